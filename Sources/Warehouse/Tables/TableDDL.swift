import Schema

/// The DDL of a report's two tables. Only identifiers are spliced (quoted); types come from
/// the closed `ColumnType` set.
struct TableDDL {
    let identifier: Identifier
    let table: ReportTable

    /// `CREATE TABLE` for the current table (open versions) and the history table (closed
    /// versions) with `columns`, then the view of every version and the point-in-time function.
    func createTables(columns: [ColumnSpec], keyColumns: [String]) -> [String] {
        let data = columns.map { column in
            let notNull = keyColumns.contains(column.name) ? " NOT NULL" : ""
            return "    \(Identifier.quote(column.name)) \(column.type.sqlName)\(notNull)"
        }
        let current = createTable(table.name, data: data, keyColumns: keyColumns, then: [
            "\(Identifier.quote(MetaColumn.fetchHash)) text",
            "\(Identifier.quote(MetaColumn.validFrom)) timestamptz NOT NULL",
        ])
        let history = createTable(table.historyName, data: data, keyColumns: keyColumns + [MetaColumn.loadID], then: [
            "\(Identifier.quote(MetaColumn.validFrom)) timestamptz NOT NULL",
            "\(Identifier.quote(MetaColumn.validTo)) timestamptz NOT NULL",
            "\(Identifier.quote(MetaColumn.operation)) text NOT NULL \(Self.operationCheck)",
        ])
        // A reload looks up the rows whose fingerprint did not arrive (changed or gone).
        let fingerprints = "CREATE INDEX ON \(identifier.qualified(table.name)) (\(Identifier.quote(MetaColumn.fetchHash)))"
        return [current, history, fingerprints] + metaComments() + createHistoryAccess(columns: columns)
    }

    /// `CREATE TABLE name (_account, data..., _load_id, _hash, _raw, then..., PRIMARY KEY
    /// (_account, keyColumns...))`: the columns both tables of a report share, then its own.
    private func createTable(_ name: String, data: [String], keyColumns: [String], then own: [String]) -> String {
        let key = ([MetaColumn.account] + keyColumns).map(Identifier.quote).joined(separator: ", ")
        let shared = ["    \(Identifier.quote(MetaColumn.account)) text NOT NULL"] + data + [
            "\(Identifier.quote(MetaColumn.loadID)) bigint NOT NULL",
            "\(Identifier.quote(MetaColumn.hash)) text NOT NULL",
            "\(Identifier.quote(MetaColumn.raw)) jsonb NOT NULL",
        ].map { "    " + $0 }
        let columns = shared + own.map { "    " + $0 } + ["    PRIMARY KEY (\(key))"]
        return "CREATE TABLE \(identifier.qualified(name)) (\n\(columns.joined(separator: ",\n"))\n)"
    }

    /// History's `_op`: what closed the version.
    static let operationCheck = "CHECK (\(Identifier.quote(MetaColumn.operation)) IN ('update', 'delete'))"

    /// `R_with_history` (every version: the open ones with `_valid_to` and `_op` null) and
    /// `R__as_of(timestamptz)` (the versions valid at that instant). The meta columns come
    /// first, so a column added later is appended and the view is replaced in place.
    func createHistoryAccess(columns: [ColumnSpec]) -> [String] {
        let data = columns.map { Identifier.quote($0.name) }
        let shared = [MetaColumn.account, MetaColumn.validFrom].map(Identifier.quote)
        let versionColumns = [MetaColumn.loadID, MetaColumn.hash, MetaColumn.raw].map(Identifier.quote) + data
        let open = (shared + ["NULL::timestamptz AS \(Identifier.quote(MetaColumn.validTo))",
                              "NULL::text AS \(Identifier.quote(MetaColumn.operation))"] + versionColumns)
        let closed = shared + [MetaColumn.validTo, MetaColumn.operation].map(Identifier.quote) + versionColumns
        let view = identifier.qualified(table.withHistoryName)
        let validFrom = Identifier.quote(MetaColumn.validFrom)
        let validTo = Identifier.quote(MetaColumn.validTo)
        return [
            """
            CREATE OR REPLACE VIEW \(view) AS
            SELECT \(open.joined(separator: ", ")) FROM \(identifier.qualified(table.name))
            UNION ALL
            SELECT \(closed.joined(separator: ", ")) FROM \(identifier.qualified(table.historyName))
            """,
            "COMMENT ON VIEW \(view) IS 'Every version of every object: the open ones (_valid_to and _op null) and the closed ones of \(table.historyName)'",
            // `$1`, not a name: a data column of the same name would win over a parameter's.
            """
            CREATE OR REPLACE FUNCTION \(identifier.qualified(table.asOfName))(timestamptz) RETURNS SETOF \(view)
            LANGUAGE sql STABLE AS $$
                SELECT * FROM \(view) WHERE \(validFrom) <= $1 AND (\(validTo) IS NULL OR \(validTo) > $1)
            $$
            """,
            "COMMENT ON FUNCTION \(identifier.qualified(table.asOfName))(timestamptz) IS 'The objects of \(table.name) as they were at that instant (the versions valid then)'",
        ]
    }

    /// Drops the view of every version and the point-in-time function (before a widening
    /// changes a column's type under them). Never with CASCADE: a user's view on them stops it.
    func dropHistoryAccess() -> [String] {
        ["DROP FUNCTION IF EXISTS \(identifier.qualified(table.asOfName))(timestamptz)",
         "DROP VIEW IF EXISTS \(identifier.qualified(table.withHistoryName))"]
    }

    /// What the loader's own columns mean, in `\d+` of both tables.
    private func metaComments() -> [String] {
        let shared = [
            (MetaColumn.account, "label of the Heroku account the row came from (--account-label, default its email)"),
            (MetaColumn.loadID, "the load (heroku._loads.load_id) that wrote this version of the row"),
            (MetaColumn.hash, Self.hashComment),
            (MetaColumn.raw, "the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)"),
            (MetaColumn.validFrom, Self.validFromComment),
        ]
        return shared.flatMap { column, text in
            [table.name, table.historyName].map { comment(on: $0, column: column, text: text) }
        } + closingComments() + [comment(on: table.name, column: MetaColumn.fetchHash, text: Self.fetchHashComment)]
    }

    /// History's `_valid_to` and `_op`.
    private func closingComments() -> [String] {
        [comment(on: table.historyName, column: MetaColumn.validTo,
                 text: "when this version stopped being current (the start of the load that closed it)"),
         comment(on: table.historyName, column: MetaColumn.operation, text: "update or delete: what closed this version")]
    }

    /// The comments the upgrade to closed-only history changes.
    func upgradeComments() -> [String] {
        [comment(on: table.name, column: MetaColumn.hash, text: Self.hashComment),
         comment(on: table.historyName, column: MetaColumn.hash, text: Self.hashComment),
         comment(on: table.name, column: MetaColumn.validFrom, text: Self.validFromComment)] + closingComments()
    }

    static let validFromComment = "when this version became current (the start of the load that first saw it)"

    /// What `_hash` is (also set by the upgrade on older tables).
    static let hashComment =
        "content hash (MurmurHash3 128) of the canonical JSON of the object (keys sorted, numbers by value): equal hash, equal content"

    /// What `_fetch_hash` is for (also set by migration v004 on older tables).
    static let fetchHashComment =
        "fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored"

    /// `COMMENT ON COLUMN` with one of the constant texts above (no data goes in here).
    private func comment(on name: String, column: String, text: String) -> String {
        "COMMENT ON COLUMN \(identifier.qualified(name)).\(Identifier.quote(column)) IS '\(text)'"
    }

    /// `ALTER TABLE ... ADD COLUMN` for both tables.
    func addColumn(_ column: ColumnSpec) -> [String] {
        [table.name, table.historyName].map { name in
            "ALTER TABLE \(identifier.qualified(name)) ADD COLUMN \(Identifier.quote(column.name)) \(column.type.sqlName)"
        }
    }

    /// `ALTER TABLE ... ALTER COLUMN ... TYPE` for both tables, converting with a cast that
    /// cannot fail along the widening lattice. Values are then re-read from `_raw` by
    /// `refreshFromRaw` so text and jsonb hold the API's own representation.
    func widenColumn(_ column: String, to type: ColumnType, from old: ColumnType) -> [String] {
        let quoted = Identifier.quote(column)
        let using: String
        switch type {
        case .jsonb: using = "to_jsonb(\(quoted))"
        default: using = "\(quoted)::\(type.sqlName)"
        }
        return [table.name, table.historyName].map { name in
            "ALTER TABLE \(identifier.qualified(name)) ALTER COLUMN \(quoted) TYPE \(type.sqlName) USING \(using)"
        }
    }

    /// Whether a widening from `old` to `new` changes how values are written, so that the
    /// column must be re-read from `_raw` (numbers keep their value from bigint to numeric).
    static func needsRefresh(from old: ColumnType, to new: ColumnType) -> Bool {
        !(old == .bigint && new == .numeric)
    }

    /// `UPDATE` statements (one per table) that re-read a column from `_raw`: after a
    /// widening (`onlySet`: rows that had a value), or after adding a column to a table that
    /// already holds rows (rows whose `_raw` has a value there).
    func refreshFromRaw(_ column: ColumnSpec, onlySet: Bool) -> [(sql: String, parameters: [String?])] {
        [table.name, table.historyName].map { name in
            var parameters = SQLParameters()
            let value = JSONProjection.expression(
                from: Identifier.quote(MetaColumn.raw), path: column.path, type: column.type, parameters: &parameters)
            let condition = onlySet ? "\(Identifier.quote(column.name)) IS NOT NULL" : "\(value) IS NOT NULL"
            let sql = """
                UPDATE \(identifier.qualified(name)) SET \(Identifier.quote(column.name)) = \(value)
                WHERE \(condition)
                """
            return (sql, parameters.values)
        }
    }
}
