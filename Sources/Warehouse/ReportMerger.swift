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

    static let stage = "pg_temp._hw_stage"
    static let rows = "pg_temp._hw_rows"
    private static let changes = "pg_temp._hw_changes"
    private static let gone = "pg_temp._hw_gone"
    private static let projected = "pg_temp._hw_projected"
    private static let unseen = "pg_temp._hw_unseen"
    static let arrivals = "pg_temp._hw_arrivals"

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
    static let dropTemporaryTables = "DROP TABLE IF EXISTS \(stage), \(rows), \(changes), \(gone), \(projected), \(unseen), \(arrivals)"

    /// Stages, compares and (unless `countOnly`) writes. With `countOnly` nothing outside the
    /// temporary tables is touched, so a dry run takes no lock that blocks readers.
    ///
    /// `withoutKey` is the number of staged objects the sink found without a key value.
    func merge(account: String, loadID: Int64, loadTime: String, withoutKey: Int, asStored: AsStored?,
               deleteGuard: DeleteGuard, countOnly: Bool = false) throws -> MergeCounts {
        var counts = MergeCounts()
        let keyDefinitions = keyColumns.map { "\(Identifier.quote($0.name)) \($0.type.sqlName) NOT NULL" }
        let keyList = keyColumns.map { Identifier.quote($0.name) }.joined(separator: ", ")
        let current = identifier.qualified(table.name)
        let history = identifier.qualified(table.historyName)
        let account_ = Identifier.quote(MetaColumn.account)

        let keys = stagedKeys()
        counts.withoutKey = withoutKey
        if counts.withoutKey > 0 {
            // Their stored rows would look deleted: refuse rather than guess.
            throw WarehouseError.objectsWithoutKey(
                table: table.name, count: counts.withoutKey, keys: table.keyPaths.map { $0.joined(separator: ".") })
        }
        if let asStored, asStored.stored == 0, !countOnly {
            return try insertFirstVersions(account: account, loadID: loadID, loadTime: loadTime, keys: keys)
        }

        let fetchHash = Identifier.quote(MetaColumn.fetchHash)
        if let asStored {
            try connection.execute("CREATE TEMP TABLE _hw_unseen (fetch_hash text PRIMARY KEY) ON COMMIT DROP")
            _ = try connection.copyIn("COPY \(Self.unseen) (fetch_hash) FROM STDIN") { writer in
                for hash in asStored.unseen { try writer.writeRow([hash.hex]) }
            }
            try connection.execute("ANALYZE \(Self.unseen)")
        }

        // 1. De-duplicated, hashed, keyed rows.
        try connection.execute("""
            CREATE TEMP TABLE _hw_rows (\(keyDefinitions.joined(separator: ", ")), _hash text NOT NULL,
                fetch_hash text NOT NULL, ord bigint NOT NULL, PRIMARY KEY (\(keyList))) ON COMMIT DROP
            """)
        try connection.execute("""
            INSERT INTO \(Self.rows)
            SELECT DISTINCT ON (\(keys.list)) \(keys.list), \(Self.stagedHash), fetch_hash, ord
            FROM \(Self.stage)
            WHERE \(keys.notNull)
            ORDER BY \(keys.list), ord DESC
            """, keys.parameters)
        // Temporary tables have no statistics until analyzed; with them, a few changed
        // objects are joined to the stored rows by index lookups, not by hashing every row.
        try connection.execute("ANALYZE \(Self.rows)")
        // Staged keys whose stored row also arrived exactly as stored (served twice).
        let alsoSeen = """
            SELECT count(*) FROM \(Self.rows) r JOIN \(current) t ON t.\(account_) = $1 AND \(keyJoin("t", "r"))
            WHERE NOT EXISTS (SELECT 1 FROM \(Self.unseen) u WHERE u.fetch_hash = t.\(fetchHash))
            """
        var servedTwice = 0
        if let asStored, asStored.seen > 0, try count(alsoSeen, [account]) > 0 {
            try dropSupersededCopies(asStored.arrivals(), account: account)
            // The keys left are the ones whose changed copy came last: one object each.
            servedTwice = try count(alsoSeen, [account])
        }
        let stagedRows = try count("SELECT count(*) FROM \(Self.rows)")
        counts.staged = stagedRows + (asStored?.seen ?? 0) - servedTwice

        // 2. New and changed objects.
        try connection.execute("""
            CREATE TEMP TABLE _hw_changes (\(keyDefinitions.joined(separator: ", ")), _hash text NOT NULL,
                fetch_hash text NOT NULL, ord bigint NOT NULL, is_new boolean NOT NULL) ON COMMIT DROP
            """)
        try connection.execute("""
            INSERT INTO \(Self.changes)
            SELECT r.*, t.\(account_) IS NULL
            FROM \(Self.rows) r
            LEFT JOIN \(current) t ON t.\(account_) = $1 AND \(keyJoin("t", "r"))
            WHERE t.\(account_) IS NULL OR t.\(Identifier.quote(MetaColumn.hash)) <> r._hash
            """, [account])
        try connection.execute("ANALYZE \(Self.changes)")

        // 3. Objects gone from the fetch: stored rows neither staged nor (when the sink
        //    recognised stored objects) seen as stored.
        try connection.execute("""
            CREATE TEMP TABLE _hw_gone (\(keyDefinitions.joined(separator: ", "))) ON COMMIT DROP
            """)
        if asStored == nil || asStored?.unseen.isEmpty == false {
            let unseenOnly = asStored == nil ? "" : "AND t.\(fetchHash) IN (SELECT fetch_hash FROM \(Self.unseen))"
            try connection.execute("""
                INSERT INTO \(Self.gone)
                SELECT \(keyColumns.map { "t." + Identifier.quote($0.name) }.joined(separator: ", "))
                FROM \(current) t
                WHERE t.\(account_) = $1 \(unseenOnly)
                  AND NOT EXISTS (SELECT 1 FROM \(Self.rows) r WHERE \(keyJoin("r", "t")))
                """, [account])
            try connection.execute("ANALYZE \(Self.gone)")
        }

        let changeCounts = try connection.execute(
            "SELECT count(*) FILTER (WHERE is_new), count(*) FILTER (WHERE NOT is_new) FROM \(Self.changes)")
        counts.inserted = changeCounts.int(0, 0) ?? 0
        counts.updated = changeCounts.int(0, 1) ?? 0
        counts.unchanged = counts.staged - counts.inserted - counts.updated
        counts.deleted = try count("SELECT count(*) FROM \(Self.gone)")
        if counts.deleted > 0 {
            let existing = counts.deleted + counts.updated + counts.unchanged
            let everything = counts.deleted == existing
            let tooMany = existing >= deleteGuard.minimumRows
                && Double(counts.deleted) > deleteGuard.maxFraction * Double(existing)
            if (everything || tooMany) && deleteGuard.maxFraction < 1 {
                throw WarehouseError.massDeleteRefused(
                    table: table.name, deleting: counts.deleted, existing: existing, maxFraction: deleteGuard.maxFraction)
            }
        }
        if countOnly { return counts }
        // Equal content whose text changed (or rows stored before fingerprints existed): only
        // the fingerprint is brought up to date, no version is written.
        try connection.execute("""
            UPDATE \(current) t SET \(fetchHash) = r.fetch_hash
            FROM \(Self.rows) r
            WHERE t.\(account_) = $1 AND \(keyJoin("t", "r")) AND t.\(Identifier.quote(MetaColumn.hash)) = r._hash
              AND t.\(fetchHash) IS DISTINCT FROM r.fetch_hash
            """, [account])
        if counts.inserted + counts.updated + counts.deleted == 0 { return counts }

        let validTo = Identifier.quote(MetaColumn.validTo)
        // 4. Close the open version of every updated or deleted object.
        try connection.execute("""
            UPDATE \(history) h SET \(validTo) = $2::timestamptz
            FROM (SELECT \(keyList) FROM \(Self.changes) WHERE NOT is_new
                  UNION ALL SELECT \(keyList) FROM \(Self.gone)) c
            WHERE h.\(account_) = $1 AND h.\(validTo) IS NULL AND \(keyJoin("h", "c"))
            """, [account, loadTime])

        // 5. New versions, in history and in the current table. Each changed object is
        //    projected into typed columns once, into a temporary copy of the current table.
        let rowColumns = (dataColumns + Self.metaColumns).joined(separator: ", ")
        try connection.execute("""
            CREATE TEMP TABLE _hw_projected (LIKE \(current)) ON COMMIT DROP;
            ALTER TABLE \(Self.projected) ADD COLUMN _hw_is_new boolean NOT NULL
            """)
        try insertChanges(into: Self.projected, columns: dataColumns + Self.metaColumns + [fetchHash, "_hw_is_new"],
                          account: account, loadID: loadID)
        try connection.execute("""
            INSERT INTO \(history) (\(historyColumns))
            SELECT \(rowColumns), $1::timestamptz, NULL, CASE WHEN _hw_is_new THEN 'insert' ELSE 'update' END
            FROM \(Self.projected)
            """, [loadTime])
        let updates = (dataColumns + Self.metaColumns.dropFirst() + [fetchHash]).map { "\($0) = EXCLUDED.\($0)" }
        let currentColumns = rowColumns + ", " + fetchHash
        try connection.execute("""
            INSERT INTO \(current) (\(currentColumns))
            SELECT \(currentColumns) FROM \(Self.projected)
            ON CONFLICT (\(account_), \(keyList)) DO UPDATE SET \(updates.joined(separator: ", "))
            """)

        // 6. Deletions: a closed `delete` version, then the row leaves the current table.
        if counts.deleted > 0 {
            let copied = (dataColumns + [Identifier.quote(MetaColumn.account)]).map { "t.\($0)" }
            try connection.execute("""
                INSERT INTO \(history) (\(historyColumns))
                SELECT \(copied.joined(separator: ", ")), $2::bigint, t.\(Identifier.quote(MetaColumn.hash)),
                       t.\(Identifier.quote(MetaColumn.raw)), $3::timestamptz, $3::timestamptz, 'delete'
                FROM \(current) t JOIN \(Self.gone) g ON \(keyJoin("t", "g"))
                WHERE t.\(account_) = $1
                """, [account, String(loadID), loadTime])
            try connection.execute("""
                DELETE FROM \(current) t USING \(Self.gone) g
                WHERE t.\(account_) = $1 AND \(keyJoin("t", "g"))
                """, [account])
        }
        return counts
    }

    /// `INSERT INTO target (columns) SELECT <projected data>, account, load, hash, raw, fetch hash, is new
    /// FROM changes`.
    private func insertChanges(into target: String, columns targetColumns: [String], account: String, loadID: Int64) throws {
        var parameters = SQLParameters()
        let projections = columns.map {
            JSONProjection.expression(from: "s.raw", path: $0.path, type: $0.type, parameters: &parameters)
        }
        let meta = [parameters.bind(account), parameters.bind(String(loadID)) + "::bigint", "c._hash", "s.raw",
                    "c.fetch_hash", "c.is_new"]
        let values = projections + meta
        try connection.execute("""
            INSERT INTO \(target) (\(targetColumns.joined(separator: ", ")))
            SELECT \(values.joined(separator: ", "))
            FROM \(Self.changes) c JOIN \(Self.stage) s ON s.ord = c.ord
            """, parameters.values)
    }

    func count(_ sql: String, _ parameters: [String?] = []) throws -> Int {
        try connection.execute(sql, parameters).int(0, 0) ?? 0
    }
}
