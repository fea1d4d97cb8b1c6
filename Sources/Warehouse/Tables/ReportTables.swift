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
    /// Both tables dropped by hand are created again (their `_columns` rows are forgotten).
    /// - Throws: `WarehouseError.reportTableMissing` when only one of the two is gone.
    func ensureExists(loadID: Int64? = nil) throws -> Bool {
        if try !columns().isEmpty {
            let names = [table.name, table.historyName]
            let exists = try connection.execute(
                "SELECT to_regclass($1) IS NOT NULL, to_regclass($2) IS NOT NULL", names.map(identifier.qualified))
            switch (exists.value(0, 0) == "t", exists.value(0, 1) == "t") {
            case (true, true):
                return false
            case (false, false):
                try connection.execute("DELETE FROM \(identifier.qualified("_columns")) WHERE table_name = $1", [table.name])
            case (let current, _):
                throw WarehouseError.reportTableMissing(
                    missing: identifier.qualified(current ? table.historyName : table.name),
                    present: identifier.qualified(current ? table.name : table.historyName))
            }
        }
        let plan = SchemaPlanner.plan(existing: [], declared: table.declared, inferred: [],
                                      reservedNames: MetaColumn.all)
        _ = try SchemaEvolver(connection: connection, identifier: identifier, table: table)
            .create(plan.additions, loadID: loadID)
        return true
    }
}
