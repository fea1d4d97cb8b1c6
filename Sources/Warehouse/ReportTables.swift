import Postgres
import Schema

/// A report's pair of tables (current and history) as recorded in `_columns`.
struct ReportTables {
    let connection: Connection
    let identifier: Identifier
    let table: ReportTable

    /// The recorded columns, empty when the tables do not exist yet.
    func columns() throws -> [ColumnSpec] {
        try ColumnCatalog(connection: connection, identifier: identifier).columns(of: table.name)
    }

    /// Creates the tables with the documented columns when they do not exist; true if created.
    func ensureExists(loadID: Int64? = nil) throws -> Bool {
        guard try columns().isEmpty else { return false }
        let plan = SchemaPlanner.plan(existing: [], declared: table.declared, inferred: [],
                                      reservedNames: MetaColumn.all)
        _ = try SchemaEvolver(connection: connection, identifier: identifier, table: table)
            .apply(plan, existing: [], loadID: loadID)
        return true
    }
}
