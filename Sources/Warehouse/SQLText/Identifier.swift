import Postgres

/// Quoting for the identifiers the warehouse splices into SQL: schema, table and column
/// names. Values never go through here; they are bound parameters or COPY data.
struct Identifier {
    let schema: String

    /// `"schema"."name"`.
    func qualified(_ name: String) -> String {
        Connection.quoteQualified(schema, name)
    }

    /// `"name"`.
    static func quote(_ name: String) -> String {
        Connection.quoteIdentifier(name)
    }
}
