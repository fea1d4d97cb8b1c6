import Postgres

extension ReportMerger {
    /// The first load of an account into a report: nothing stored to compare with or to
    /// delete, so every staged object is projected straight into the current table (one
    /// per key, the last fetched wins) and copied from there into history as its `insert`
    /// version. Two statements instead of the general merge's temporary tables; objects are
    /// sorted by key only when the sink saw a key twice.
    func insertFirstVersions(
        account: String, loadID: Int64, loadTime: String,
        keys: (list: String, notNull: String, parameters: [String?]), mayRepeatKeys: Bool
    ) throws -> MergeCounts {
        var parameters = SQLParameters()
        for value in keys.parameters { _ = parameters.bind(value) }
        let projections = columns.map {
            JSONProjection.expression(from: "raw", path: $0.path, type: $0.type, parameters: &parameters)
        }
        let meta = [parameters.bind(account), parameters.bind(String(loadID)) + "::bigint", "md5(raw::text)", "raw",
                    "fetch_hash"]
        let currentColumns = (dataColumns + Self.metaColumns + [Identifier.quote(MetaColumn.fetchHash)])
            .joined(separator: ", ")
        // De-duplicated on (key, ord) alone: sorting whole projected rows spills to disk.
        let lastOfEachKey = mayRepeatKeys
            ? "ord IN (SELECT DISTINCT ON (\(keys.list)) ord FROM \(Self.stage) WHERE \(keys.notNull) ORDER BY \(keys.list), ord DESC)"
            : keys.notNull
        let inserted = try connection.execute("""
            INSERT INTO \(identifier.qualified(table.name)) (\(currentColumns))
            SELECT \((projections + meta).joined(separator: ", "))
            FROM \(Self.stage)
            WHERE \(lastOfEachKey)
            """, parameters.values).affectedRows

        let rowColumns = (dataColumns + Self.metaColumns).joined(separator: ", ")
        try connection.execute("""
            INSERT INTO \(identifier.qualified(table.historyName)) (\(historyColumns))
            SELECT \(rowColumns), $2::timestamptz, NULL, 'insert'
            FROM \(identifier.qualified(table.name))
            WHERE \(Identifier.quote(MetaColumn.account)) = $1
            """, [account, loadTime])
        var counts = MergeCounts()
        counts.staged = inserted
        counts.inserted = inserted
        return counts
    }
}
