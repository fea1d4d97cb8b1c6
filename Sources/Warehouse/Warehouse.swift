import Postgres
import Schema

/// One warehouse schema on one PostgreSQL connection: migrations, the load lock, the audit
/// ledger and the per-report load (stage with COPY → evolve the tables → merge).
///
/// Not Sendable: a `Connection` must be used by one task at a time. Create it inside the
/// task that uses it.
public final class Warehouse {
    /// The connection all work goes through; other modules reach it only through the
    /// warehouse's methods (``onOwnThread(_:)``, ``prepareSession(lockWait:)``, ...).
    let connection: Connection
    /// The PostgreSQL schema, `heroku` by default.
    public let schema: String
    let identifier: Identifier

    /// Binds a warehouse to a connection and schema name (``open(url:schema:)`` and
    /// ``connect(url:schema:)`` connect first).
    /// - Throws: `WarehouseError.invalidSchemaName` for a name that is not a plain identifier.
    init(connection: Connection, schema: String) throws {
        guard Self.isValidSchemaName(schema) else { throw WarehouseError.invalidSchemaName(schema) }
        self.connection = connection
        self.schema = schema
        self.identifier = Identifier(schema: schema)
    }

    /// Schema names are plain lower-case identifiers so they need no quoting in analysts' SQL.
    public static func isValidSchemaName(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63, !name.hasPrefix("pg_") else { return false }
        guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) || first == UInt8(ascii: "_") else { return false }
        return name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_")
        }
    }

    /// Creates or upgrades the schema, the tables of `reports` and the views; tables and
    /// views other sessions hold are waited for as `lockWait` says.
    @discardableResult
    nonisolated(nonsending)
    public func migrate(reports: [ReportTable], lockWait: LockWaitPolicy = .standard) async throws -> Migrator.Outcome {
        try await Migrator(connection: connection, identifier: identifier).migrate(reports: reports, lockWait: lockWait)
    }

    /// The rows `account` has in a report's current table.
    public func rowCount(of table: ReportTable, account: String) throws -> Int {
        try connection.execute(
            "SELECT count(*) FROM \(identifier.qualified(table.name)) WHERE \(Identifier.quote(MetaColumn.account)) = $1",
            [account]).int(0, 0) ?? 0
    }

    /// Whether `migrate` would change anything (an older schema, missing tables or views).
    public func needsMigration(reports: [ReportTable]) throws -> Bool {
        try Migrator(connection: connection, identifier: identifier).needsMigration(reports: reports)
    }

    /// Whether report tables written before schema version 11 wait for their upgrade to
    /// closed-only history (which a dry run does not do).
    public func historyUpgradePending(reports: [ReportTable]) throws -> Bool {
        try Migrator(connection: connection, identifier: identifier).historyUpgradePending(reports: reports)
    }

    /// The schema version recorded in the database (0 when not migrated).
    public func schemaVersion() throws -> Int {
        try Migrator(connection: connection, identifier: identifier).currentVersion()
    }

    /// The audit ledger of this schema.
    public var ledger: LoadLedger { LoadLedger(connection: connection, identifier: identifier) }

    /// Takes the schema's load lock (a session-level advisory lock), waiting for it when
    /// `wait` is true. Returns false when another session holds it and `wait` is false, or
    /// when the session's `lock_timeout` (``prepareSession(lockWait:)``) ran out waiting.
    public func acquireLoadLock(wait: Bool) throws -> Bool {
        let function = wait ? "pg_advisory_lock" : "pg_try_advisory_lock"
        do {
            let result = try connection.execute("SELECT \(function)(hashtextextended($1, 0))::text", [lockKey])
            return wait || result.firstValue == "true"
        } catch let error as PostgresError where wait && error.sqlState == .lockNotAvailable {
            return false
        }
    }

    /// Releases the load lock.
    public func releaseLoadLock() throws {
        try connection.execute("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [lockKey])
    }

    private var lockKey: String { "heroku-warehouse:load:" + schema }

    /// Options of one report's merge.
    public struct MergeOptions: Sendable {
        /// Refuse to delete more than this fraction of a table's rows for one account (1 = no limit).
        public var maxDeleteFraction: Double
        /// Plan and count only: no DDL and no writes outside temporary tables, so nothing that
        /// analysts read is locked (the caller rolls the transaction back).
        public var dryRun: Bool
        /// Parse and observe every object, even those that arrive exactly as stored. Needed
        /// once per ``InferenceVersion`` (its inference may differ); afterwards the stored columns stand
        /// for the unchanged objects (`UnparsedShapes`).
        public var observeEveryObject: Bool
        /// How a column change waits for analysts' locks on the report's tables.
        public var lockWait: LockWaitPolicy
        /// The report's tables are being created meanwhile, in a new schema (`produce`
        /// returns once they are): nothing is stored, so no table is read before the merge.
        public var tablesBeingCreated: Bool
        /// Creates merge options.
        public init(maxDeleteFraction: Double = 0.5, dryRun: Bool = false, observeEveryObject: Bool = true,
                    lockWait: LockWaitPolicy = .standard, tablesBeingCreated: Bool = false) {
            self.maxDeleteFraction = maxDeleteFraction
            self.dryRun = dryRun
            self.observeEveryObject = observeEveryObject
            self.lockWait = lockWait
            self.tablesBeingCreated = tablesBeingCreated
        }
    }

    /// What loading one report did.
    public struct ReportResult: Sendable {
        /// Objects received from the producer.
        public var received = 0
        /// Rows inserted, updated, unchanged, deleted.
        public var counts = MergeCounts()
        /// Columns added to the tables in this load.
        public var columnsAdded = 0
        /// Columns widened in this load.
        public var columnsWidened = 0
        /// Objects with a value adjusted to be storable (U+0000 replaced by U+FFFD).
        public var valuesAdjusted = 0
        /// Objects recognised as stored from their text alone, never parsed.
        public var recognisedUnparsed = 0
        /// The schema changes made, one line each ("add column apps.x text (inferred)").
        public var schemaChanges: [String] = []

        /// A result with nothing done yet.
        public init() {}
    }

    /// Loads one report in one transaction: `produce` pushes every object of a complete fetch
    /// into the sink (they are streamed into a staging table), then the tables are evolved to
    /// fit what was seen and the objects are merged into the current and history tables.
    /// `produce` returns a plain list's pages, whose ETags are stored in the same transaction
    /// (nil: the stored pages are forgotten; neither in a dry run). Any error, from `produce`
    /// or from PostgreSQL, rolls everything back.
    nonisolated(nonsending)
    public func loadReport(
        _ table: ReportTable,
        account: String,
        loadID: Int64,
        loadTime: String,
        options: MergeOptions = MergeOptions(),
        produce: nonisolated(nonsending) (StagingSink) async throws -> ListETags.Update?
    ) async throws -> ReportResult {
        var analyze: [String] = []
        // Nested in the caller's transaction (a dry run), the temporary tables outlive this
        // report's savepoint: they are dropped by hand before the next report stages its own.
        let nested = connection.isInTransaction
        let result = try await connection.transaction { connection in
            var result = ReportResult()
            // The tables commit while this report stages: its later statements must see them,
            // whatever isolation level the role defaults to.
            if options.tablesBeingCreated { try connection.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED") }
            // The COPY stays open while pages arrive (and while the rate limit is waited out):
            // a role's statement or idle timeout must not cut a long fetch short.
            try connection.execute("SET LOCAL statement_timeout = 0; SET LOCAL idle_in_transaction_session_timeout = 0")
            let storedHashes = options.tablesBeingCreated ? StoredFetchHashes(sorted: []) : try StoredFetchHashes.read(
                table: identifier.qualified(table.name), account: account, connection: connection)
            // A first load merges without joining on `ord`: its index would only cost time.
            let firstLoad = storedHashes?.count == 0 && !options.dryRun
            try connection.execute(MergeSQL.createStage(indexed: !firstLoad))
            var inferrer = SchemaInferrer()
            var adjusted = 0
            var received = 0
            var recognised: StoredFetchHashes?
            var unparsed = 0
            var withoutKey = 0
            var pages: ListETags.Update?
            var kept: [JSONPath: [String]] = [:]
            var notFetched: [JSONPath: [String]] = [:]
            var outsideWindows: [StagingSink.WindowedKey: [String]] = [:]
            let stagedRows = try await connection.copyIn(MergeSQL.copyStage) { writer in
                let sink = try StagingSink(writer: writer, excludedPaths: table.excludedPaths, keyPaths: table.keyPaths,
                                           stored: storedHashes,
                                           observeEveryObject: options.observeEveryObject)
                pages = try await produce(sink)
                try sink.finish()
                inferrer = sink.inferrer
                adjusted = sink.adjustedValues
                received = sink.count
                recognised = sink.stored
                unparsed = sink.unparsed
                withoutKey = sink.withoutKey
                kept = sink.keptKeyValues
                notFetched = sink.notFetchedKeyValues
                outsideWindows = sink.outsideWindowKeyValues
            }
            result.received = received
            result.valuesAdjusted = adjusted
            result.recognisedUnparsed = unparsed

            let tables = ReportTables(connection: connection, identifier: identifier, table: table)
            let existing = try tables.columns()
            // The stored rows that did not arrive as stored (changed or gone), listed once.
            let unrecognised = recognised?.unrecognised ?? []
            if recognised != nil, unparsed > 0 {
                try UnparsedShapes(connection: connection, identifier: identifier, table: table)
                    .reconcile(&inferrer, existing: existing, account: account, unrecognised: unrecognised)
            }
            let plan = SchemaPlanner.plan(existing: existing, declared: table.declared, inferred: inferrer.fields,
                                          reservedNames: MetaColumn.all)
            if !existing.isEmpty {
                result.schemaChanges = SchemaPlanner.describe(plan).map { "\(table.name): \($0)" }
            }
            var columns = existing
            if options.dryRun {
                result.columnsAdded = plan.additions.count
                result.columnsWidened = plan.widenings.count
            } else {
                let evolution = try await SchemaEvolver(connection: connection, identifier: identifier, table: table)
                    .apply(plan, existing: existing, loadID: loadID, lockWait: options.lockWait)
                result.columnsAdded = evolution.created ? 0 : evolution.added
                result.columnsWidened = evolution.widened
                if evolution.changed { columns = try tables.columns() }
            }
            let keyColumns = try table.keyColumns(in: columns)
            let merger = ReportMerger(connection: connection, identifier: identifier, table: table,
                                      columns: columns, keyColumns: keyColumns)
            result.counts = try merger.merge(
                account: account, loadID: loadID, loadTime: loadTime, stagedRows: stagedRows, withoutKey: withoutKey,
                asStored: recognised.map { stored in
                    ReportMerger.AsStored(stored: stored.count, recognised: stored.recognisedCount, unrecognised: unrecognised,
                                          arrivals: { stored.arrivals })
                },
                deleteGuard: .init(maxFraction: options.maxDeleteFraction),
                kept: KeptRows.resolve(kept: kept, notFetched: notFetched, outsideWindows: outsideWindows, columns: columns),
                countOnly: options.dryRun)
            if !options.dryRun {
                if let pages {
                    try listETags.store(pages, account: account, table: table, loadID: loadID)
                } else {
                    try listETags.forget(account: account, report: table.name)
                }
            }
            if nested { try connection.execute(MergeSQL.dropTemporaryTables) }
            if !options.dryRun, result.counts.outdatesStatistics {
                analyze = merger.sql.analyzeStatements
            }
            return result
        }
        // Autovacuum analyzes later; the next load (a minute later, say) must not be planned
        // for the table as it was before. A small sample is enough for the row count and the
        // key columns; autovacuum's own ANALYZE refines it. Failing only costs speed.
        if !analyze.isEmpty {
            _ = try? connection.transaction { connection in
                try connection.execute("SET LOCAL default_statistics_target = 10")
                for statement in analyze { try connection.execute(statement) }
            }
        }
        return result
    }
}
