import Postgres

/// The SQL pieces the merge's statements share: column lists, key projections, ANALYZE, and
/// the handling of an object served twice.
extension ReportMerger {
    /// An object that arrived twice (a page boundary moved while the list was fetched), once
    /// exactly as stored and once changed: the copy fetched last wins, as when both are staged.
    /// Staged copies fetched before a copy that arrived as stored are dropped.
    func dropSupersededCopies(_ arrivals: [(hash: FetchHash, ord: Int)], account: String) throws {
        try connection.execute(
            "CREATE TEMP TABLE _hw_arrivals (fetch_hash text PRIMARY KEY, ord bigint NOT NULL) ON COMMIT DROP")
        _ = try connection.copyIn("COPY \(Self.arrivals) (fetch_hash, ord) FROM STDIN") { writer in
            for arrival in arrivals { try writer.writeRow([arrival.hash.hex, String(arrival.ord)]) }
        }
        try connection.execute("""
            DELETE FROM \(Self.keyChanges) m USING \(identifier.qualified(table.name)) t, \(Self.arrivals) a
            WHERE m._hw_change <> 'delete' AND t.\(Identifier.quote(MetaColumn.account)) = $1 AND \(keyJoin("t", "m"))
              AND t.\(Identifier.quote(MetaColumn.fetchHash)) = a.fetch_hash AND a.ord > m._hw_ord
            """, [account])
    }

    /// `left.k1 = right.k1 AND ...` over the key columns, for two table aliases.
    func keyJoin(_ left: String, _ right: String) -> String {
        keyColumns.map { "\(left).\(Identifier.quote($0.name)) = \(right).\(Identifier.quote($0.name))" }
            .joined(separator: " AND ")
    }

    /// The data columns, quoted, in catalog order.
    var dataColumns: [String] { columns.map { Identifier.quote($0.name) } }

    /// The meta columns both tables have, quoted.
    static let metaColumns = [MetaColumn.account, MetaColumn.loadID, MetaColumn.hash, MetaColumn.raw].map(Identifier.quote)

    /// Every column a history insert names: data, meta, then validity and operation.
    var historyColumns: String {
        (dataColumns + Self.metaColumns + [MetaColumn.validFrom, MetaColumn.validTo, MetaColumn.operation]
            .map(Identifier.quote)).joined(separator: ", ")
    }

    /// The key columns projected from the staged `raw`, with their bound JSON keys.
    struct StagedKeys {
        /// One expression a key column.
        var projections: [String]
        /// Named as the key columns: `expr AS "id", ...`.
        var aliased: String
        var parameters: [String?]
        /// `expr1, expr2`.
        var list: String { projections.joined(separator: ", ") }
        /// Every key has a value.
        var notNull: String { projections.map { "\($0) IS NOT NULL" }.joined(separator: " AND ") }
    }

    /// The key columns projected from the staged `raw`, with their bound JSON keys (`$1`...).
    func stagedKeys() -> StagedKeys {
        var parameters = SQLParameters()
        let projections = keyColumns.map {
            JSONProjection.expression(from: "raw", path: $0.path, type: $0.type, parameters: &parameters)
        }
        let aliased = zip(projections, keyColumns).map { "\($0) AS \(Identifier.quote($1.name))" }
        return StagedKeys(projections: projections, aliased: aliased.joined(separator: ", "),
                          parameters: parameters.values)
    }

    /// `ANALYZE` of the columns the merge joins and filters on (the row count comes with it),
    /// not of the wide data and `_raw` columns, which would cost as much as the load.
    var analyzeStatements: [String] {
        let keys = keyColumns.map { Identifier.quote($0.name) }
        let current = [MetaColumn.account, MetaColumn.fetchHash].map(Identifier.quote) + keys
        let history = [MetaColumn.account, MetaColumn.validTo].map(Identifier.quote) + keys
        return [
            "ANALYZE \(identifier.qualified(table.name)) (\(current.joined(separator: ", ")))",
            "ANALYZE \(identifier.qualified(table.historyName)) (\(history.joined(separator: ", ")))",
        ]
    }
}
