import Postgres

/// What the previous loads stored, read as the requests a report will need: the budget of
/// `--max-duration` is planned from them before anything is fetched.
extension Warehouse {
    /// Estimated requests of an account-wide list: the pages the previous load fetched (their
    /// ETags are stored), else one page per `pageSize` rows it stored (at least one). The
    /// stored pages spare counting a large table on every load. One page for a report whose
    /// table is not created yet (a new schema's are created while its first load fetches).
    public func estimatedListPages(report: String, account: String, pageSize: Int) throws -> Int {
        let created = try connection.execute(
            "SELECT EXISTS (SELECT 1 FROM \(identifier.qualified("_columns")) WHERE table_name = $1)", [report])
        guard created.firstValue == "t" else { return 1 }
        let result = try connection.execute("""
            SELECT coalesce(
                (SELECT nullif(count(*), 0) FROM \(identifier.qualified("_list_etags"))
                 WHERE account = $1 AND report = $3),
                (SELECT greatest(1, ceil(count(*)::numeric / $2::integer))::bigint FROM \(identifier.qualified(report))
                 WHERE \(Identifier.quote(MetaColumn.account)) = $1))
            """, [account, String(pageSize), report])
        return result.int(0, 0) ?? 1
    }

    /// Estimated requests of a fan-out report (`report`, one list per row of `parentTable`,
    /// its rows naming their parent at `parentKey.id`): per parent among `parents` (ids), one
    /// page per `pageSize` children the previous load stored for it (at least one).
    public func estimatedFanOutRequests(report: String, parentTable: String, parentKey: String, account: String,
                                        pageSize: Int, parents: [String]) throws -> Int {
        let result = try connection.execute("""
            SELECT coalesce(sum(greatest(1, ceil(n::numeric / $2::integer))), 0)::bigint
            FROM (SELECT p.id, count(c._account) AS n
                  FROM \(identifier.qualified(parentTable)) p
                  LEFT JOIN \(identifier.qualified(report)) c ON c._account = p._account AND c._raw #>> $3::text[] = p.id::text
                  WHERE p._account = $1 AND p.id::text = ANY ($4::text[])
                  GROUP BY p.id) per_parent
            """, [account, String(pageSize), PostgresArray.literal([parentKey, "id"]), PostgresArray.literal(parents)])
        return result.int(0, 0) ?? 0
    }
}
