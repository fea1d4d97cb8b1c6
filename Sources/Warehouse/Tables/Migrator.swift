import Postgres
import WarehouseSQL

/// Creates or upgrades a warehouse schema: the bookkeeping tables (`sql/migrations`, applied
/// in order and recorded in `_meta.schema_version`), the report tables with their documented
/// columns, and the views (`sql/views`). Safe to run any number of times.
public struct Migrator {
    /// The schema version this program writes.
    public static var supportedVersion: Int { WarehouseSQL.migrations.last?.version ?? 0 }

    let connection: Connection
    let identifier: Identifier

    /// What a migration run did.
    public struct Outcome: Sendable {
        /// The schema version before the run (0 for a new schema).
        public var fromVersion: Int
        /// The schema version after the run.
        public var toVersion: Int
        /// Report tables created.
        public var tablesCreated: [String]
        /// Reports whose tables were upgraded to closed-only history (schema version 11).
        public var tablesUpgraded: [String] = []
        /// The views wait for the report tables' upgrade.
        var viewsPending = false
    }

    /// Runs the migrations, creates the tables of `reports` that do not exist yet and
    /// (re)creates the views, all in one transaction. Tables and views analysts are reading
    /// are waited for as `lockWait` says, so their queries are never queued behind it for long.
    /// - Throws: `WarehouseError.schemaBusy` when other sessions held a lock through every
    ///   attempt (nothing changed).
    ///
    /// Report tables written before schema version 11 are then upgraded to closed-only
    /// history (`HistoryUpgrade`), each in a transaction of its own, and the views created
    /// once all are.
    ///
    /// With no reports, only the bookkeeping tables are made: the views read the report
    /// tables, so they wait for a migration that names the reports (a first load creates
    /// them while its reports fetch).
    nonisolated(nonsending)
    func migrate(reports: [ReportTable], lockWait: LockWaitPolicy) async throws -> Outcome {
        var outcome = try await migrateSchema(reports: reports, lockWait: lockWait)
        // A report whose history disagrees with its current rows stays as it was; the others
        // are upgraded, and the load stops naming the first such key.
        var mismatch: WarehouseError?
        for report in reports where try HistoryUpgrade(connection: connection, identifier: identifier, table: report).isNeeded() {
            do {
                if try await upgradeHistory(of: report, lockWait: lockWait) { outcome.tablesUpgraded.append(report.name) }
            } catch let error as WarehouseError {
                guard case .upgradeMismatch = error else { throw error }
                mismatch = mismatch ?? error
            }
        }
        if let mismatch { throw mismatch }
        if outcome.viewsPending {
            try await underUpgradeLock(lockWait: lockWait, holding: [], kinds: ["r", "v"]) { connection in
                try ViewInstaller(connection: connection, identifier: identifier).createAll(reports: reports)
            }
            outcome.viewsPending = false
        }
        return outcome
    }

    /// One report's upgrade to closed-only history, in its own transaction, recorded in
    /// `_schema_changes`; false when another session upgraded it meanwhile.
    nonisolated(nonsending)
    private func upgradeHistory(of report: ReportTable, lockWait: LockWaitPolicy) async throws -> Bool {
        let tables = [report.name, report.historyName].map(identifier.qualified)
        return try await underUpgradeLock(lockWait: lockWait, holding: tables, kinds: []) { connection in
            try connection.execute("SET LOCAL statement_timeout = 0")
            try connection.execute("LOCK TABLE \(tables.joined(separator: ", ")) IN ACCESS EXCLUSIVE MODE")
            let upgrade = HistoryUpgrade(connection: connection, identifier: identifier, table: report)
            guard try upgrade.isNeeded() else { return false }
            try upgrade.run()
            try connection.execute(
                "INSERT INTO \(identifier.qualified("_schema_changes")) (table_name, change, ddl) VALUES ($1, 'upgrade table', $2)",
                [report.name, HistoryUpgrade.summary])
            return true
        }
    }

    /// The migrations, missing tables and (unless report tables wait for their upgrade) views.
    nonisolated(nonsending)
    private func migrateSchema(reports: [ReportTable], lockWait: LockWaitPolicy) async throws -> Outcome {
        try await underUpgradeLock(lockWait: lockWait, holding: [], kinds: ["r", "v"]) { connection in
            try connection.execute("CREATE SCHEMA IF NOT EXISTS \(Identifier.quote(identifier.schema))")
            let from = try currentVersion()
            if from > Self.supportedVersion {
                throw WarehouseError.schemaTooNew(schema: identifier.schema, found: from, supported: Self.supportedVersion)
            }
            return try upgrade(from: from, reports: reports)
        }
    }

    /// Runs `body` in a transaction holding the schema's upgrade lock (concurrent migrations of
    /// one schema are serialized), in attempts that wait for analysts' locks as `lockWait` says.
    /// - Throws: `WarehouseError.schemaBusy`, naming the sessions holding `tables` (or the
    ///   schema's relations of `kinds`), when they kept them through every attempt.
    nonisolated(nonsending)
    private func underUpgradeLock<T>(lockWait: LockWaitPolicy, holding tables: [String], kinds: [String],
                                     _ body: (Connection) throws -> T) async throws -> T {
        try await connection.transaction { connection in
            // Pausing between attempts leaves the transaction idle: a role's timeout must not end it.
            try connection.execute("SET LOCAL idle_in_transaction_session_timeout = 0")
            try lockWait.takeAdvisoryXactLock("heroku-warehouse:migrate:" + identifier.schema, shared: false,
                                              on: connection, purpose: "the upgrade lock of schema \(identifier.schema)")
            return try await lockWait.run(on: connection, body) { attempts, seconds in
                WarehouseError.schemaBusy(
                    schema: identifier.schema, attempts: attempts, seconds: seconds,
                    holders: LockHolders.describe(tables: tables, kinds: kinds, schema: identifier.schema,
                                                  connection: connection))
            }
        }
    }

    /// One attempt at the migrations, the missing tables and the views (in the caller's savepoint).
    private func upgrade(from: Int, reports: [ReportTable]) throws -> Outcome {
        try connection.execute("SET LOCAL search_path TO \(Identifier.quote(identifier.schema))")
        for migration in WarehouseSQL.migrations where migration.version > from {
            try connection.execute(migration.sql)
        }
        try connection.execute("SET LOCAL search_path TO DEFAULT")
        try connection.execute(
            """
            INSERT INTO \(identifier.qualified("_meta")) (key, value) VALUES ('schema_version', $1)
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
            """, [String(Self.supportedVersion)])
        var created: [String] = []
        for report in reports {
            if try ReportTables(connection: connection, identifier: identifier, table: report).ensureExists() {
                created.append(report.name)
            }
        }
        // A table created again (dropped by hand) holds nothing: the ETags of what it held
        // must not make the next load skip its lists as unchanged.
        if !created.isEmpty {
            try connection.execute("DELETE FROM \(identifier.qualified("_list_etags")) WHERE report = ANY($1::text[])",
                                   [PostgresArray.literal(created)])
        }
        // Views are (re)created only when they changed, are missing or a table was created,
        // so a routine load takes no exclusive lock on what analysts are reading.
        let views = ViewInstaller(connection: connection, identifier: identifier)
        var outcome = Outcome(fromVersion: from, toVersion: Self.supportedVersion, tablesCreated: created)
        if try !reports.isEmpty && (from != Self.supportedVersion || !created.isEmpty || views.needRecreation(reports: reports)) {
            // The generated views read the upgraded layout: created after the upgrade. Until
            // then no `changes` at all: the old one would misread upgraded reports.
            outcome.viewsPending = try reports.contains {
                try HistoryUpgrade(connection: connection, identifier: identifier, table: $0).isNeeded()
            }
            if outcome.viewsPending {
                try connection.execute("DROP VIEW IF EXISTS \(identifier.qualified(ChangesView.name))")
            } else {
                try views.createAll(reports: reports)
            }
        }
        return outcome
    }

    /// Whether `migrate` has anything to do: an older schema, a report without tables, or
    /// views that are missing or out of date.
    func needsMigration(reports: [ReportTable]) throws -> Bool {
        guard try currentVersion() == Self.supportedVersion else { return true }
        // One question for every report (recorded in `_columns`, and both tables there, not
        // dropped by hand): this runs before every load.
        let names = reports.map(\.name)
        let tables = reports.flatMap { [identifier.qualified($0.name), identifier.qualified($0.historyName)] }
        let recorded = try connection.execute("""
            SELECT (SELECT count(DISTINCT table_name) FROM \(identifier.qualified("_columns")) WHERE table_name = ANY($1::text[])),
                   (SELECT count(*) FROM unnest($2::text[]) AS t(name) WHERE to_regclass(t.name) IS NULL)
            """, [PostgresArray.literal(names), PostgresArray.literal(tables)])
        if recorded.int(0, 0) != Set(names).count || recorded.int(0, 1) != 0 { return true }
        return try ViewInstaller(connection: connection, identifier: identifier).needRecreation(reports: reports)
    }

    /// Whether a report's tables are still in the layout before schema version 11.
    func historyUpgradePending(reports: [ReportTable]) throws -> Bool {
        try reports.contains { try HistoryUpgrade(connection: connection, identifier: identifier, table: $0).isNeeded() }
    }

    /// The schema version recorded in `_meta`, 0 when the schema has none yet.
    func currentVersion() throws -> Int {
        let exists = try connection.execute(
            "SELECT to_regclass($1) IS NOT NULL", [identifier.qualified("_meta")])
        guard exists.firstValue == "t" else { return 0 }
        let version = try connection.execute(
            "SELECT value FROM \(identifier.qualified("_meta")) WHERE key = 'schema_version'")
        return version.firstValue.flatMap { Int($0) } ?? 0
    }
}
