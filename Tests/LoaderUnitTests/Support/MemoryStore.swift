import Foundation
import Loader
import Schema
import Warehouse

/// One session of a ``MemoryWarehouse``: what a PostgreSQL connection is to the warehouse.
final class MemoryStore: LoadStore {
    let warehouse: MemoryWarehouse
    let schema: String
    /// The state before a dry run began, restored when it ends.
    private var beforeDryRun: MemoryWarehouse.State?

    init(warehouse: MemoryWarehouse, schema: String) {
        self.warehouse = warehouse
        self.schema = schema
    }

    private var id: ObjectIdentifier { ObjectIdentifier(self) }

    // MARK: Session

    var isConnected: Bool { !warehouse.isDropped(self) }

    nonisolated(nonsending)
    func onOwnThread<T>(_ body: () async throws -> T) async rethrows -> T { try await body() }

    func prepareSession(lockWait: LockWaitPolicy) throws { try checkConnected() }

    func acquireLoadLock(wait: Bool) throws -> Bool {
        try checkConnected()
        return warehouse.with { state in
            if state.lockRefusals > 0 {
                state.lockRefusals -= 1
                return false
            }
            guard state.lockHolder == nil || state.lockHolder == id else { return false }
            state.lockHolder = id
            return true
        }
    }

    func releaseLoadLock() throws {
        warehouse.with { state in if state.lockHolder == id { state.lockHolder = nil } }
    }

    func beginDryRun() throws { beforeDryRun = warehouse.with { $0 } }

    func endDryRun() {
        guard let saved = beforeDryRun else { return }
        warehouse.with { state in
            let holder = state.lockHolder
            state = saved
            state.lockHolder = holder
        }
        beforeDryRun = nil
    }

    // MARK: Schema

    func schemaVersion() throws -> Int { warehouse.with { $0.migrated } ? Migrator.supportedVersion : 0 }
    func needsMigration(reports: [ReportTable]) throws -> Bool { !(warehouse.with { $0.migrated }) }
    func historyUpgradePending(reports: [ReportTable]) throws -> Bool { false }

    nonisolated(nonsending)
    func migrate(_ reports: [ReportTable], lockWait: LockWaitPolicy) async throws {
        try checkConnected()
        let waits = warehouse.with { state in
            state.migrations.append(reports.count)
            return state.tablesWaitForAReport && !reports.isEmpty
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while waits, warehouse.with({ $0.reportsStarted }) == 0 {
            guard ContinuousClock.now < deadline else {
                throw MemoryStoreError("no report started while the report tables were created")
            }
            try await Task.sleep(for: .milliseconds(2))
        }
        warehouse.with { $0.migrated = true }
    }

    // MARK: Ledger

    func startLoad(account: String?, reports: [String], apiURL: String, toolVersion: String) throws
        -> (id: Int64, startedAt: String) {
        try checkConnected()
        let now = warehouse.now
        let id = warehouse.with { state in
            let id = Int64(state.loads.count + 1)
            state.loads.append(.init(id: id, account: account, reports: reports, startedAt: now))
            return id
        }
        return (id, now.formatted(.iso8601))
    }

    func finishLoad(_ loadID: Int64, status: LoadLedger.Status, requests: Int, rowsWritten: Int, error: String?) throws {
        try checkConnected()
        try updateLoad(loadID) { load in
            load.status = status
            load.requests = requests
            load.rowsWritten = rowsWritten
            load.error = error
        }
    }

    func closeAbandonedLoads() throws {
        try checkConnected()
        warehouse.with { state in
            for index in state.loads.indices where state.loads[index].status == .running {
                state.loads[index].status = .failed
                state.loads[index].error = "abandoned"
            }
        }
    }

    /// Like `_load_reports`, one outcome per report: a later one replaces it.
    func record(_ outcomes: [ReportOutcome], loadID: Int64) throws {
        try checkConnected()
        try updateLoad(loadID) { load in
            for outcome in outcomes {
                load.outcomes.removeAll { $0.report == outcome.report }
                load.outcomes.append(outcome)
            }
        }
    }

    func lastSchemaChangeID() throws -> Int64 { 0 }
    func attributeSchemaChanges(after changeID: Int64, to loadID: Int64) throws {}

    func lastVerification(account: String, report: String, trustedFor window: Duration) throws
        -> LoadHistory.Verification? {
        let now = warehouse.now
        let verified = warehouse.with { state in
            state.loads.filter { load in
                load.account == account && load.outcomes.contains { $0.report == report && $0.verified }
            }.map(\.startedAt).max()
        }
        guard let verified else { return nil }
        let until = verified + window / .seconds(1)
        return .init(verifiedAt: verified.formatted(.iso8601), trustedUntil: until.formatted(.iso8601),
                     stillTrusted: until > now)
    }

    private func updateLoad(_ loadID: Int64, _ body: (inout MemoryWarehouse.Load) -> Void) throws {
        try warehouse.with { state in
            guard let index = state.loads.firstIndex(where: { $0.id == loadID }) else {
                throw MemoryStoreError("no load \(loadID)")
            }
            body(&state.loads[index])
        }
    }

    // MARK: Reports

    func rowCount(of table: ReportTable, account: String) throws -> Int {
        warehouse.rows(table.name, account: account).count
    }

    func storedPages(account: String, table: ReportTable) throws -> [ListETags.Page] {
        warehouse.storedPages(account: account, report: table.name)
    }

    func forgetStoredPages(account: String, report: String) throws {
        try checkConnected()
        warehouse.with { $0.pages[MemoryWarehouse.key(account, report)] = nil }
    }

    func selectParents(report: String, parentTable: String, account: String, verifyAfter: Duration) throws
        -> FanOutSchedule.Selection {
        let now = warehouse.now
        return warehouse.with { state in
            let fetched = state.parents[MemoryWarehouse.key(account, report)] ?? [:]
            let candidates = Self.parents(in: state, table: parentTable, account: account).map { parent in
                let last = fetched[parent.id]
                return FanOutSchedule.Candidate(
                    parent: parent, fetchedHash: last?.hash, failed: last?.failed ?? false,
                    secondsSinceFetched: last.map { now.timeIntervalSince($0.fetchedAt) } ?? .infinity)
            }
            let lastLoad = state.loads.filter { load in
                load.account == account && load.outcomes.contains { $0.report == report && $0.status == .succeeded }
            }.map(\.startedAt).max()
            return FanOutSchedule.choose(candidates, verifyAfter: verifyAfter,
                                         secondsSinceLastLoad: lastLoad.map { now.timeIntervalSince($0) })
        }
    }

    func recordParents(report: String, parentTable: String, account: String, loadID: Int64,
                       fetched: [FanOutSchedule.Parent], failed: [String]) throws {
        try warehouse.with { state in
            guard let started = state.loads.first(where: { $0.id == loadID })?.startedAt else {
                throw MemoryStoreError("no load \(loadID)")
            }
            var schedule = state.parents[MemoryWarehouse.key(account, report)] ?? [:]
            for parent in fetched { schedule[parent.id] = .init(hash: parent.hash, fetchedAt: started, failed: false) }
            for id in failed { schedule[id] = .init(hash: nil, fetchedAt: started, failed: true) }
            let present = Set(Self.parents(in: state, table: parentTable, account: account).map(\.id))
            state.parents[MemoryWarehouse.key(account, report)] = schedule.filter { present.contains($0.key) }
        }
    }

    func latestPeriods(of table: ReportTable, account: String, parentPath: JSONPath, periodPath: JSONPath) throws
        -> [String: String] {
        var latest: [String: String] = [:]
        for row in warehouse.rows(table.name, account: account).values {
            guard let parent = Self.text(at: parentPath, of: row.object), let period = Self.text(at: periodPath, of: row.object)
            else { continue }
            latest[parent] = max(latest[parent] ?? period, period)
        }
        return latest
    }

    func estimatedListPages(report: String, account: String, pageSize: Int) throws -> Int {
        let stored = warehouse.storedPages(account: account, report: report).count
        if stored > 0 { return stored }
        return max(1, (warehouse.rows(report, account: account).count + pageSize - 1) / pageSize)
    }

    func estimatedFanOutRequests(report: String, parentTable: String, parentKey: String, account: String,
                                 pageSize: Int, parents: [String]) throws -> Int {
        let children = warehouse.rows(report, account: account).values
        return parents.reduce(0) { total, parent in
            let count = children.filter { Self.text(at: [parentKey, "id"], of: $0.object) == parent }.count
            return total + max(1, (count + pageSize - 1) / pageSize)
        }
    }

    nonisolated(nonsending)
    func loadReport(_ table: ReportTable, account: String, loadID: Int64, loadTime: String,
                    options: Warehouse.MergeOptions,
                    produce: nonisolated(nonsending) (any ReportSink) async throws -> ListETags.Update?)
        async throws -> Warehouse.ReportResult {
        try checkConnected()
        warehouse.with { $0.reportsStarted += 1 }
        let sink = MemorySink(table: table)
        let pages = try await produce(sink)
        if let failure = warehouse.takeMergeFailure(of: table.name) {
            if failure.dropsSession { warehouse.dropSessions([self]) }
            throw failure.error
        }
        try checkConnected()
        return try warehouse.with { state in
            let stored = state.rows[table.name]?[account] ?? [:]
            let merge = try sink.merge(into: stored, table: table, deleteGuard: DeleteGuard(maxFraction: options.maxDeleteFraction))
            if !options.dryRun {
                state.rows[table.name, default: [:]][account] = merge.rows
                state.pages[MemoryWarehouse.key(account, table.name)] = pages?.pages
            }
            var result = Warehouse.ReportResult()
            result.received = sink.received
            result.counts = merge.counts
            return result
        }
    }

    private func checkConnected() throws {
        guard isConnected else { throw MemoryStoreError("the server closed the connection unexpectedly") }
    }

    /// The parents stored in `table` for `account` (their id, name and content), by id.
    private static func parents(in state: MemoryWarehouse.State, table: String, account: String)
        -> [FanOutSchedule.Parent] {
        (state.rows[table]?[account] ?? [:]).values.compactMap { row -> FanOutSchedule.Parent? in
            guard let id = text(at: ["id"], of: row.object) else { return nil }
            return FanOutSchedule.Parent(id: id, name: text(at: ["name"], of: row.object), hash: row.text)
        }.sorted { $0.id < $1.id }
    }

    /// The value at `path` as text (strings as they are, other values as JSON); nil for null or absent.
    static func text(at path: JSONPath, of object: JSONObject) -> String? {
        switch object.value(at: path) {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let value?: return value.jsonText()
        }
    }
}

/// A failure of the memory store, as PostgreSQL's error would read.
struct MemoryStoreError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
