import Postgres

/// Where a warehouse is connected and what its role may do there: what `check` prints.
public struct ConnectionFacts: Sendable {
    /// The role connected as.
    public var user: String
    public var database: String
    /// The server's address, or `local socket`.
    public var host: String
    public var port: String
    public var serverVersion: String
    /// Whether the schema exists already.
    public var schemaExists: Bool
    /// Whether the role can create and use tables in the schema (or, when it does not exist
    /// yet, create it in the database).
    public var canCreateTables: Bool
}

extension Warehouse {
    /// Reads where this warehouse is connected and what its role may do in its schema.
    public func connectionFacts() throws -> ConnectionFacts {
        let row = try connection.execute("""
            SELECT current_user, current_database(), coalesce(host(inet_server_addr()), 'local socket'),
                   coalesce(inet_server_port()::text, ''), current_setting('server_version'),
                   to_regnamespace($1) IS NOT NULL,
                   CASE WHEN to_regnamespace($1) IS NULL
                        THEN has_database_privilege(current_database(), 'CREATE')
                        ELSE has_schema_privilege($1, 'CREATE') AND has_schema_privilege($1, 'USAGE') END
            """, [schema]).rows[0]
        return ConnectionFacts(user: row[0] ?? "?", database: row[1] ?? "?", host: row[2] ?? "?", port: row[3] ?? "",
                               serverVersion: row[4] ?? "?", schemaExists: row[5] == "t", canCreateTables: row[6] == "t")
    }
}
