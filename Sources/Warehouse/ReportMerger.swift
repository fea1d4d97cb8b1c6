import Postgres
import Schema

/// Merges the staged objects of one report into its current and history tables with a
/// handful of set-based statements (never row by row), inside the caller's transaction.
///
/// Staged rows are de-duplicated by key (the last one fetched wins) and carry their hash
/// (`md5(_raw::text)`, jsonb's normalized text, computed by the client as `ContentHash`, or
/// here when it declined). Only new and changed objects are projected
/// and written; unchanged ones are not touched; objects missing from the (complete) fetch
/// are deleted from the current table and get a closed `delete` version in history.
///
/// On a reload the sink stages only the objects that did not arrive exactly as stored
/// (`AsStored`): then only the stored rows whose fingerprint did not arrive can be gone.
///
/// What each key is to the stored rows (new, changed, same content, gone) is worked out by
/// one statement into one temporary table (`_hw_merge`); every write reads it. A reload of
/// a few changed objects is then a few short statements, not a temporary table per step.
struct ReportMerger {
    let connection: Connection
    let identifier: Identifier
    let table: ReportTable
    let columns: [ColumnSpec]
    let keyColumns: [ColumnSpec]

    /// Limits on deletions, against an API glitch that returns too few objects.
    struct DeleteGuard {
        /// Refuse when a load would delete more than this fraction of the account's rows.
        var maxFraction: Double
        /// Tables with fewer rows than this are not guarded (except when every row would go).
        var minimumRows: Int = 10
    }

    /// Objects the sink recognised as stored (`FetchHash`) instead of staging them.
    struct AsStored {
        /// Rows stored before this load.
        var stored: Int
        /// Stored rows that arrived exactly as stored.
        var seen: Int
        /// Fingerprints of the stored rows that did not: each changed or gone.
        var unseen: [FetchHash]
        /// Every stored row that arrived as stored, with the staging order of its last
        /// arrival (needed only when a key also arrived changed).
        var arrivals: () -> [(hash: FetchHash, ord: Int)]
    }

    /// Stored rows the fetch could not see, by their value in one column: kept as they are.
    struct KeptRows {
        var column: ColumnSpec
        var values: [String]
        /// Not fetched on purpose (a fresh parent of a fan-out report), rather than unreadable.
        var notFetched = false

        /// Whether a row of `alias` is one of them, its values bound as `parameter`.
        func condition(alias: String, parameter: String) -> String {
            "\(alias).\(Identifier.quote(column.name))::text = ANY(\(parameter)::text[])"
        }
    }

    /// The account's stored rows that `kept` names.
    private func keptRowCount(account: String, kept: [KeptRows]) throws -> Int {
        guard !kept.isEmpty else { return 0 }
        var parameters = SQLParameters()
        let accountParameter = parameters.bind(account)
        let conditions = kept.map { $0.condition(alias: "t", parameter: parameters.bind(PostgresArray.literal($0.values))) }
        return try connection.execute("""
            SELECT count(*) FROM \(identifier.qualified(table.name)) t
            WHERE t.\(Identifier.quote(MetaColumn.account)) = \(accountParameter) AND (\(conditions.joined(separator: " OR ")))
            """, parameters.values).int(0, 0) ?? 0
    }

    static let stage = "pg_temp._hw_stage"
    /// One row per staged key and per stored key gone from the fetch: the key columns, then
    /// `_hw_hash`, `_hw_fetch_hash`, `_hw_ord` (NULL for a gone key), `_hw_change`
    /// (`insert`, `update`, `same` or `delete`, as history's `_op` names them) and
    /// `_hw_stored_seen` (the stored row also arrived exactly as stored: served twice).
    static let keyChanges = "pg_temp._hw_merge"
    static let arrivals = "pg_temp._hw_arrivals"
    /// The staged keys (the copy fetched last of each), as a table of their own when there
    /// are at least `largeStage` staged rows.
    static let stagedKeysTable = "pg_temp._hw_staged"
    /// Staged rows from which the work is done in several steps rather than one: the merge
    /// analyzes the staged keys first, and a first load into an empty table builds its
    /// indexes after the rows (``DeferredIndexes``). Below it, the fixed cost of an extra
    /// table or of rebuilding indexes is not worth it.
    static let largeStage = 10_000

    /// The staging table that COPY fills: `(ord, fetch_hash, hash, raw)`; `hash` is the
    /// object's `_hash` when the client could compute it (`ContentHash`), else NULL. `ord`
    /// is unique either way; it is `indexed` for the general merge, which joins on it.
    static func createStage(indexed: Bool) -> String {
        """
        CREATE TEMP TABLE _hw_stage (ord bigint \(indexed ? "PRIMARY KEY" : "NOT NULL"), fetch_hash text NOT NULL,
            hash text, raw jsonb NOT NULL) ON COMMIT DROP
        """
    }

    /// A staged row's `_hash`: the client's, or computed here when it declined.
    static let stagedHash = "coalesce(hash, md5(raw::text))"

    /// Drops the staging tables of this merge.
    static let dropTemporaryTables =
        "DROP TABLE IF EXISTS \(stage), \(stagedKeysTable), \(keyChanges), \(arrivals)"

    /// Stages, compares and (unless `countOnly`) writes. With `countOnly` nothing outside the
    /// temporary tables is touched, so a dry run takes no lock that blocks readers.
    ///
    /// `stagedRows` is the number of rows COPY staged; `withoutKey` the number of staged
    /// objects the sink found without a key value.
    func merge(account: String, loadID: Int64, loadTime: String, stagedRows: Int, withoutKey: Int,
               asStored: AsStored?, deleteGuard: DeleteGuard, kept: [KeptRows] = [],
               countOnly: Bool = false) throws -> MergeCounts {
        var counts = MergeCounts()
        let keys = stagedKeys()
        counts.withoutKey = withoutKey
        if counts.withoutKey > 0 {
            // Their stored rows would look deleted: refuse rather than guess.
            throw WarehouseError.objectsWithoutKey(
                table: table.name, count: counts.withoutKey, keys: table.keyPaths.map { $0.joined(separator: ".") })
        }
        if let asStored, asStored.stored == 0, !countOnly {
            return try insertFirstVersions(account: account, loadID: loadID, loadTime: loadTime, keys: keys,
                                           stagedRows: stagedRows)
        }

        try compareKeys(account: account, keys: keys, unseen: asStored?.unseen,
                        storedAlsoSeen: (asStored?.seen ?? 0) > 0, stagedRows: stagedRows, kept: kept)
        var changes = try keyChangeCounts()
        if let asStored, asStored.seen > 0, changes.servedTwice > 0 {
            try dropSupersededCopies(asStored.arrivals(), account: account)
            // The keys left are the ones whose changed copy came last: one object each.
            changes = try keyChangeCounts()
        }
        counts.staged = changes.staged + (asStored?.seen ?? 0) - changes.servedTwice
        counts.inserted = changes.inserted
        counts.updated = changes.updated
        counts.unchanged = counts.staged - counts.inserted - counts.updated
        counts.deleted = changes.deleted
        counts.kept = try keptRowCount(account: account, kept: kept.filter { !$0.notFetched })
        counts.notFetched = try keptRowCount(account: account, kept: kept.filter(\.notFetched))
        try deleteGuard.check(counts, table: table.name)
        if countOnly { return counts }

        let current = identifier.qualified(table.name)
        let history = identifier.qualified(table.historyName)
        let account_ = Identifier.quote(MetaColumn.account)
        let fetchHash = Identifier.quote(MetaColumn.fetchHash)
        // Equal content whose text changed (or rows stored before fingerprints existed): only
        // the fingerprint is brought up to date, no version is written.
        try connection.execute("""
            UPDATE \(current) t SET \(fetchHash) = m._hw_fetch_hash
            FROM \(Self.keyChanges) m
            WHERE m._hw_change = 'same' AND t.\(account_) = $1 AND \(keyJoin("t", "m"))
              AND t.\(fetchHash) IS DISTINCT FROM m._hw_fetch_hash
            """, [account])
        if counts.inserted + counts.updated + counts.deleted == 0 { return counts }

        // Close the open version of every updated or deleted object.
        try connection.execute("""
            UPDATE \(history) h SET \(Identifier.quote(MetaColumn.validTo)) = $2::timestamptz
            FROM \(Self.keyChanges) m
            WHERE m._hw_change IN ('update', 'delete') AND h.\(account_) = $1
              AND h.\(Identifier.quote(MetaColumn.validTo)) IS NULL AND \(keyJoin("h", "m"))
            """, [account, loadTime])

        // New and changed objects: projected once, into the current table, and copied from
        // there into history as their new open version.
        if counts.inserted + counts.updated > 0 {
            try upsertChanges(account: account, loadID: loadID)
            let rowColumns = (dataColumns + Self.metaColumns).map { "t.\($0)" }.joined(separator: ", ")
            try connection.execute("""
                INSERT INTO \(history) (\(historyColumns))
                SELECT \(rowColumns), $2::timestamptz, NULL, m._hw_change
                FROM \(Self.keyChanges) m JOIN \(current) t ON t.\(account_) = $1 AND \(keyJoin("t", "m"))
                WHERE m._hw_change IN ('insert', 'update')
                """, [account, loadTime])
        }

        // Deletions: the row leaves the current table and becomes a closed `delete` version.
        if counts.deleted > 0 {
            let copied = (dataColumns + [account_]).joined(separator: ", ")
            try connection.execute("""
                WITH gone AS (
                    DELETE FROM \(current) t USING \(Self.keyChanges) m
                    WHERE m._hw_change = 'delete' AND t.\(account_) = $1 AND \(keyJoin("t", "m"))
                    RETURNING t.*)
                INSERT INTO \(history) (\(historyColumns))
                SELECT \(copied), $2::bigint, \(Identifier.quote(MetaColumn.hash)), \(Identifier.quote(MetaColumn.raw)),
                       $3::timestamptz, $3::timestamptz, 'delete'
                FROM gone
                """, [account, String(loadID), loadTime])
        }
        return counts
    }

    /// Fills `_hw_merge`: each staged key once (the copy fetched last) with its change against
    /// the stored row, then each stored key that is gone: not staged, and (on a reload that
    /// recognised stored objects) whose fingerprint did not arrive, and not `kept`.
    /// `storedAlsoSeen`: some stored rows arrived exactly as stored, so a staged key may also
    /// have arrived so.
    private func compareKeys(account: String, keys: StagedKeys, unseen: [FetchHash]?, storedAlsoSeen: Bool,
                             stagedRows: Int, kept: [KeptRows]) throws {
        let current = identifier.qualified(table.name)
        let account_ = Identifier.quote(MetaColumn.account)
        let fetchHash = Identifier.quote(MetaColumn.fetchHash)
        // One row per key, the copy fetched last (its JSON keys are parameters `$1`...).
        var staged = """
            SELECT DISTINCT ON (\(keys.list)) \(keys.aliased), \(Self.stagedHash) AS _hw_hash,
                   st.fetch_hash AS _hw_fetch_hash, st.ord AS _hw_ord
            FROM \(Self.stage) st
            WHERE \(keys.notNull)
            ORDER BY \(keys.list), st.ord DESC
            """
        var parameters = SQLParameters()
        if stagedRows >= Self.largeStage {
            // Many rows: analyzed first, so the planner joins them to the stored rows by hashing,
            // not by one index lookup each (it would assume a couple of hundred keys).
            try connection.execute("CREATE TEMP TABLE _hw_staged ON COMMIT DROP AS \(staged)", keys.parameters)
            try connection.execute("ANALYZE \(Self.stagedKeysTable)")
            staged = "SELECT * FROM \(Self.stagedKeysTable)"
        } else {
            for value in keys.parameters { _ = parameters.bind(value) }
        }
        let accountParameter = parameters.bind(account)
        var unseenCTE = ""
        var unseenJoin = ""
        var servedTwice = "false"
        var goneFilter = ""
        if let unseen {
            unseenCTE = ", unseen AS (SELECT unnest(\(parameters.bind(PostgresArray.literal(unseen)))::text[]) AS fetch_hash)"
            goneFilter = "AND t.\(fetchHash) IN (SELECT fetch_hash FROM unseen)"
            if storedAlsoSeen {
                // The stored row of a staged key also arrived as stored: its fingerprint is not unseen.
                unseenJoin = "LEFT JOIN unseen u ON u.fetch_hash = t.\(fetchHash)"
                servedTwice = "t.\(account_) IS NOT NULL AND u.fetch_hash IS NULL"
            }
        }
        for rows in kept {
            goneFilter += " AND NOT \(rows.condition(alias: "t", parameter: parameters.bind(PostgresArray.literal(rows.values))))"
        }
        let storedKeys = keyColumns.map { "t." + Identifier.quote($0.name) }.joined(separator: ", ")
        try connection.execute("""
            CREATE TEMP TABLE _hw_merge ON COMMIT DROP AS
            WITH staged AS MATERIALIZED (\(staged))\(unseenCTE)
            SELECT s.*, CASE WHEN t.\(account_) IS NULL THEN 'insert'
                             WHEN t.\(Identifier.quote(MetaColumn.hash)) <> s._hw_hash THEN 'update'
                             ELSE 'same' END AS _hw_change,
                   \(servedTwice) AS _hw_stored_seen
            FROM staged s LEFT JOIN \(current) t ON t.\(account_) = \(accountParameter) AND \(keyJoin("t", "s"))
            \(unseenJoin)
            UNION ALL
            SELECT \(storedKeys), NULL::text, NULL::text, NULL::bigint, 'delete', false
            FROM \(current) t
            WHERE t.\(account_) = \(accountParameter) \(goneFilter)
              AND NOT EXISTS (SELECT 1 FROM staged s WHERE \(keyJoin("s", "t")))
            """, parameters.values)
        // A temporary table has no statistics until analyzed; with them, a few changed
        // objects are joined to the stored rows by index lookups, not by hashing every row.
        try connection.execute("ANALYZE \(Self.keyChanges)")
    }

    /// What `_hw_merge` holds, by change.
    private func keyChangeCounts() throws -> (staged: Int, inserted: Int, updated: Int, deleted: Int, servedTwice: Int) {
        let counts = try connection.execute("""
            SELECT count(*) FILTER (WHERE _hw_change <> 'delete'), count(*) FILTER (WHERE _hw_change = 'insert'),
                   count(*) FILTER (WHERE _hw_change = 'update'), count(*) FILTER (WHERE _hw_change = 'delete'),
                   count(*) FILTER (WHERE _hw_stored_seen)
            FROM \(Self.keyChanges)
            """)
        let value = { (column: Int) in counts.int(0, column) ?? 0 }
        return (value(0), value(1), value(2), value(3), value(4))
    }

    /// `INSERT INTO current ... ON CONFLICT DO UPDATE`: every new and changed object, its
    /// typed columns projected from the staged `raw`.
    private func upsertChanges(account: String, loadID: Int64) throws {
        var parameters = SQLParameters()
        let projections = columns.map {
            JSONProjection.expression(from: "s.raw", path: $0.path, type: $0.type, parameters: &parameters)
        }
        let meta = [parameters.bind(account), parameters.bind(String(loadID)) + "::bigint", "m._hw_hash", "s.raw",
                    "m._hw_fetch_hash"]
        let fetchHash = Identifier.quote(MetaColumn.fetchHash)
        let targetColumns = dataColumns + Self.metaColumns + [fetchHash]
        let updates = (dataColumns + Self.metaColumns.dropFirst() + [fetchHash]).map { "\($0) = EXCLUDED.\($0)" }
        let keyList = keyColumns.map { Identifier.quote($0.name) }.joined(separator: ", ")
        try connection.execute("""
            INSERT INTO \(identifier.qualified(table.name)) (\(targetColumns.joined(separator: ", ")))
            SELECT \((projections + meta).joined(separator: ", "))
            FROM \(Self.keyChanges) m JOIN \(Self.stage) s ON s.ord = m._hw_ord
            WHERE m._hw_change IN ('insert', 'update')
            ON CONFLICT (\(Identifier.quote(MetaColumn.account)), \(keyList)) DO UPDATE SET \(updates.joined(separator: ", "))
            """, parameters.values)
    }
}

extension ReportMerger.DeleteGuard {
    /// Refuses a merge that would delete every row, or more than `maxFraction` of a table
    /// of at least `minimumRows` (unless the guard is off: `maxFraction` 1).
    func check(_ counts: MergeCounts, table: String) throws {
        guard counts.deleted > 0 else { return }
        let existing = counts.deleted + counts.updated + counts.unchanged + counts.kept
        let everything = counts.deleted == existing
        let tooMany = existing >= minimumRows && Double(counts.deleted) > maxFraction * Double(existing)
        if (everything || tooMany) && maxFraction < 1 {
            throw WarehouseError.massDeleteRefused(
                table: table, deleting: counts.deleted, existing: existing, maxFraction: maxFraction)
        }
    }
}
