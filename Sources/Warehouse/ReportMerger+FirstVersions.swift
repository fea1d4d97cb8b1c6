import Postgres

extension ReportMerger {
    /// The first load of an account into a report: nothing stored to compare with or to
    /// delete, so every staged object is projected straight into the current table (one
    /// per key, the last fetched wins) and copied from there into history as its `insert`
    /// version. Two statements instead of the general merge's temporary tables; objects are
    /// sorted by key only when one was served twice (the first try hits the primary key).
    /// Many rows into a table no account has rows in yet: its indexes are built after the
    /// rows (``DeferredIndexes``); a key served twice then fails the primary key's build.
    func insertFirstVersions(
        account: String, loadID: Int64, loadTime: String,
        keys: StagedKeys, stagedRows: Int
    ) throws -> MergeCounts {
        var parameters = SQLParameters()
        for value in keys.parameters { _ = parameters.bind(value) }
        let projections = columns.map {
            JSONProjection.expression(from: "raw", path: $0.path, type: $0.type, parameters: &parameters)
        }
        let meta = [parameters.bind(account), parameters.bind(String(loadID)) + "::bigint", Self.stagedHash, "raw",
                    "fetch_hash"]
        let currentColumns = (dataColumns + Self.metaColumns + [Identifier.quote(MetaColumn.fetchHash)])
            .joined(separator: ", ")
        let current = identifier.qualified(table.name)
        let history = identifier.qualified(table.historyName)
        // Many rows into an empty table go in without indexes, which are then built in one sort each.
        let deferIndexes = stagedRows >= Self.largeStage
        let currentIndexes = deferIndexes ? try DeferredIndexes.dropIfEmpty(current, connection: connection) : nil
        let insert = { (rows: String) in
            let inserted = try self.connection.execute("""
                INSERT INTO \(current) (\(currentColumns))
                SELECT \((projections + meta).joined(separator: ", "))
                FROM \(Self.stage)
                WHERE \(rows)
                """, parameters.values).affectedRows
            try currentIndexes?.rebuild()
            return inserted
        }
        let inserted: Int
        do {
            inserted = try connection.transaction { _ in try insert(keys.notNull) }
        } catch let error as PostgresError where error.sqlState == SQLState("23505") {
            // A key served twice: keep the copy fetched last, de-duplicating on (key, ord)
            // alone (sorting whole projected rows would spill to disk).
            inserted = try insert("""
                ord IN (SELECT DISTINCT ON (\(keys.list)) ord FROM \(Self.stage)
                        WHERE \(keys.notNull) ORDER BY \(keys.list), ord DESC)
                """)
        }

        let historyIndexes = deferIndexes ? try DeferredIndexes.dropIfEmpty(history, connection: connection) : nil
        let rowColumns = (dataColumns + Self.metaColumns).joined(separator: ", ")
        try connection.execute("""
            INSERT INTO \(history) (\(historyColumns))
            SELECT \(rowColumns), $2::timestamptz, NULL, 'insert'
            FROM \(current)
            WHERE \(Identifier.quote(MetaColumn.account)) = $1
            """, [account, loadTime])
        try historyIndexes?.rebuild()
        var counts = MergeCounts()
        counts.staged = inserted
        counts.inserted = inserted
        return counts
    }
}
