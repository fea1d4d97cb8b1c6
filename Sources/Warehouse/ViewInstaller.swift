import Postgres
import WarehouseSQL

/// Creates and drops the analyst views of `sql/views`. Views are never dropped with CASCADE,
/// so a user's own view on top of ours is never removed behind their back: the drop fails
/// with PostgreSQL's message naming it instead.
struct ViewInstaller {
    let connection: Connection
    let identifier: Identifier

    /// Creates (or replaces) every view. Must run inside a transaction.
    func createAll() throws {
        try connection.execute("SET LOCAL search_path TO \(Identifier.quote(identifier.schema))")
        for view in WarehouseSQL.views {
            try connection.execute(view.sql)
        }
        try connection.execute("SET LOCAL search_path TO DEFAULT")
    }

    /// Drops every view that exists, in reverse dependency order.
    func dropAll() throws {
        for view in WarehouseSQL.views.reversed() {
            try connection.execute("DROP VIEW IF EXISTS \(identifier.qualified(view.name))")
        }
    }
}
