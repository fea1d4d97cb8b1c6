import Postgres
import Schema

/// Merges the staged objects of one report into its current and history tables inside the
/// caller's transaction, running the statements `MergeSQL` builds (set-based, never row by
/// row): classify each staged and stored key, then close the versions of changed and gone
/// objects into history, upsert the current rows, delete the gone ones.
///
/// On a reload the sink stages only the objects that did not arrive exactly as stored
/// (`AsStored`): then only the stored rows whose fingerprint did not arrive can be gone.
struct ReportMerger {
    let connection: Connection
    let sql: MergeSQL

    init(connection: Connection, identifier: Identifier, table: ReportTable, columns: [ColumnSpec],
         keyColumns: [ColumnSpec]) {
        self.connection = connection
        sql = MergeSQL(identifier: identifier, table: table, columns: columns, keyColumns: keyColumns)
    }

    /// Objects the sink recognised as stored (`FetchHash`) instead of staging them.
    struct AsStored {
        /// Rows stored before this load.
        var stored: Int
        /// Stored rows that arrived exactly as stored.
        var recognised: Int
        /// Fingerprints of the stored rows that did not: each changed or gone.
        var unrecognised: [FetchHash]
        /// Every stored row that arrived as stored, with the staging order of its last
        /// arrival (needed only when a key also arrived changed).
        var arrivals: () -> [(hash: FetchHash, ord: Int)]
    }

    /// Staged rows from which the work is done in several steps rather than one: the staged
    /// keys are analyzed first, and a first load into an empty table builds its indexes after
    /// the rows (``DeferredIndexes``). Below it, the fixed cost is not worth it.
    static let largeStage = 10_000

    /// Stages, compares and (unless `countOnly`) writes. With `countOnly` nothing outside the
    /// temporary tables is touched, so a dry run takes no lock that blocks readers.
    ///
    /// `stagedRows` is the number of rows COPY staged; `withoutKey` the number of staged
    /// objects the sink found without a key value.
    func merge(account: String, loadID: Int64, loadTime: String, stagedRows: Int, withoutKey: Int,
               asStored: AsStored?, deleteGuard: DeleteGuard, kept: [KeptRows] = [],
               countOnly: Bool = false) throws -> MergeCounts {
        if withoutKey > 0 {
            // Their stored rows would look deleted: refuse rather than guess.
            throw WarehouseError.objectsWithoutKey(
                table: sql.table.name, count: withoutKey, keys: sql.table.keyPaths.map { $0.joined(separator: ".") })
        }
        let keys = sql.stagedKeys()
        if let asStored, asStored.stored == 0, !countOnly {
            return try insertFirstVersions(account: account, loadID: loadID, loadTime: loadTime, keys: keys,
                                           stagedRows: stagedRows)
        }

        let manyKeys = stagedRows >= Self.largeStage
        if manyKeys {
            try run(sql.createStagedKeysTable(keys))
            try connection.execute("ANALYZE \(MergeSQL.stagedKeysTable)")
        }
        try run(sql.classify(account: account, keys: keys, fromStagedKeysTable: manyKeys,
                             recognised: asStored.map { .init(unrecognised: $0.unrecognised, storedAlsoRecognised: $0.recognised > 0) },
                             kept: kept))
        // With statistics, a few changed objects are joined to the stored rows by index
        // lookups, not by hashing every row.
        try connection.execute("ANALYZE \(MergeSQL.keyChanges)")
        var changes = try keyChangeCounts()
        if let asStored, asStored.recognised > 0, changes.servedTwice > 0 {
            try connection.execute(
                "CREATE TEMP TABLE _hw_arrivals (fetch_hash text PRIMARY KEY, ord bigint NOT NULL) ON COMMIT DROP")
            _ = try connection.copyIn("COPY \(MergeSQL.arrivals) (fetch_hash, ord) FROM STDIN") { writer in
                for arrival in asStored.arrivals() { try writer.writeRow([arrival.hash.hex, String(arrival.ord)]) }
            }
            try run(sql.dropSupersededCopies(account: account))
            // The keys left are the ones whose changed copy came last: one object each.
            changes = try keyChangeCounts()
        }
        var counts = MergeCounts()
        counts.staged = changes.staged + (asStored?.recognised ?? 0) - changes.servedTwice
        counts.inserted = changes.inserted
        counts.updated = changes.updated
        counts.unchanged = counts.staged - counts.inserted - counts.updated
        counts.deleted = changes.deleted
        counts.kept = try keptRowCount(account: account, kept: kept.filter { !$0.notFetched })
        counts.notFetched = try keptRowCount(account: account, kept: kept.filter(\.notFetched))
        try deleteGuard.check(counts, table: sql.table.name)
        if countOnly { return counts }

        try run(sql.refreshFingerprints(account: account))
        if counts.updated + counts.deleted > 0 { try run(sql.closeVersions(account: account, loadTime: loadTime)) }
        if counts.inserted + counts.updated > 0 {
            try run(sql.upsertChanges(account: account, loadID: loadID, loadTime: loadTime))
        }
        if counts.deleted > 0 { try run(sql.deleteGone(account: account)) }
        return counts
    }

    /// The first load of an account into a report: nothing stored to compare with, close or
    /// delete. Objects are de-duplicated by key only when one was served twice (the first try
    /// hits the primary key). Many rows into a table no account has rows in yet: its indexes
    /// are built after the rows (``DeferredIndexes``).
    private func insertFirstVersions(account: String, loadID: Int64, loadTime: String,
                                     keys: MergeSQL.StagedKeys, stagedRows: Int) throws -> MergeCounts {
        let current = sql.identifier.qualified(sql.table.name)
        let indexes = stagedRows >= Self.largeStage ? try DeferredIndexes.dropIfEmpty(current, connection: connection) : nil
        let insert = { (onlyLastCopies: Bool) in
            let inserted = try self.run(self.sql.insertFirstVersions(
                account: account, loadID: loadID, loadTime: loadTime, keys: keys, onlyLastCopies: onlyLastCopies))
            try indexes?.rebuild()
            return inserted
        }
        var counts = MergeCounts()
        do {
            counts.inserted = try connection.transaction { _ in try insert(false) }
        } catch let error as PostgresError where error.sqlState == .uniqueViolation {
            counts.inserted = try insert(true)
        }
        counts.staged = counts.inserted
        return counts
    }

    /// Runs one statement; the rows it affected.
    @discardableResult
    private func run(_ statement: MergeSQL.Statement) throws -> Int {
        try connection.execute(statement.sql, statement.parameters).affectedRows
    }

    /// What `_hw_merge` holds, by change.
    private func keyChangeCounts() throws -> (staged: Int, inserted: Int, updated: Int, deleted: Int, servedTwice: Int) {
        let counts = try connection.execute(MergeSQL.countChanges)
        let value = { (column: Int) in counts.int(0, column) ?? 0 }
        return (value(0), value(1), value(2), value(3), value(4))
    }

    /// The account's stored rows that `kept` names.
    private func keptRowCount(account: String, kept: [KeptRows]) throws -> Int {
        guard !kept.isEmpty else { return 0 }
        let statement = sql.keptRowCount(account: account, kept: kept)
        return try connection.execute(statement.sql, statement.parameters).int(0, 0) ?? 0
    }
}
