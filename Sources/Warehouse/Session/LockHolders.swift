import Postgres

/// The other sessions holding a lock on some of a warehouse's relations, for the error of a
/// change that could not get its locks: `pid 123 (psql), pid 456 (alice)` (application name,
/// else user), so an administrator can find or end them.
enum LockHolders {
    /// Holders of a granted lock on one of `tables` (schema-qualified, quoted) or on any
    /// relation of `schema` whose kind (`pg_class.relkind`: `r` table, `v` view) is in `kinds`.
    /// Only granted locks are listed: a session queued for a lock, or holding a row lock, is
    /// not named.
    static func describe(tables: [String], kinds: [String], schema: String, connection: Connection) -> String {
        let holders: QueryResult
        do {
            holders = try connection.execute("""
            SELECT string_agg(DISTINCT format('pid %s (%s)', l.pid,
                                              coalesce(nullif(a.application_name, ''), a.usename::text, 'unknown')), ', ')
            FROM pg_locks l
            JOIN pg_class c ON c.oid = l.relation
            LEFT JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.granted AND l.pid <> pg_backend_pid()
              AND (c.oid IN (SELECT to_regclass(t) FROM unnest($1::text[]) AS t)
                   OR (c.relkind::text = ANY ($2::text[])
                       AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = $3)))
            """, [PostgresArray.literal(tables), PostgresArray.literal(kinds), schema])
        } catch {
            return "sessions that could not be listed"
        }
        return holders.firstValue ?? "sessions that have let go since"
    }
}
