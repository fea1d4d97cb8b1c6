import Foundation
import Loader
import Schema
import Warehouse

/// A warehouse in memory, for tests of the load's orchestration without PostgreSQL: the
/// current rows of each report per account (by key), the ledger, the stored pages, the
/// fan-out schedule and the load lock. Sessions (``MemoryStore``) share it, as connections
/// share a database. Merges count as the PostgreSQL warehouse counts (inserted, updated,
/// unchanged, deleted, kept, not fetched; the same delete guard), and a report's writes
/// happen all at once after its fetch, or not at all.
final class MemoryWarehouse: @unchecked Sendable {
    // @unchecked: `state` is only touched while `lock` is held.
    /// One stored object: its JSON text (secrets removed) and its values at the key paths.
    struct Row: Equatable {
        var text: String
        var object: JSONObject
        static func == (lhs: Row, rhs: Row) -> Bool { lhs.text == rhs.text }
    }

    /// One load, as `_loads` and `_load_reports` record it.
    struct Load {
        var id: Int64
        var account: String?
        var reports: [String]
        var startedAt: Date
        var status: LoadLedger.Status = .running
        var requests = 0
        var rowsWritten = 0
        var error: String?
        var outcomes: [ReportOutcome] = []
    }

    /// What `_fan_out_parents` holds for one parent.
    struct FetchedParent {
        var hash: String?
        var fetchedAt: Date
        var failed: Bool
    }

    struct State {
        var migrated = false
        var rows: [String: [String: [String: Row]]] = [:]  // table → account → key → row
        var loads: [Load] = []
        var pages: [String: [ListETags.Page]] = [:]  // key(account, report)
        var parents: [String: [String: FetchedParent]] = [:]  // key(account, report) → parent id
        var lockHolder: ObjectIdentifier?
        /// Another load holds the lock for this many more attempts to take it.
        var lockRefusals = 0
        /// The reports each migration was given, in order (none: the bookkeeping only).
        var migrations: [Int] = []
        /// Reports that entered `loadReport`.
        var reportsStarted = 0
        /// A migration that creates report tables waits (at most 10 s) until a report started:
        /// proof that the reports do not wait for the tables before they fetch.
        var tablesWaitForAReport = false
    }

    private let lock = NSLock()
    private var state = State()
    /// The database's clock: tests move it to cross a verification bound.
    private var clock = Date(timeIntervalSince1970: 1_796_000_000)
    /// Errors the next merge of a report throws after its fetch (then cleared), and whether
    /// the server drops the session with it.
    private var mergeFailures: [String: (error: any Error, dropsSession: Bool)] = [:]
    /// Sessions the server dropped: they report not connected, and lose the lock.
    private var dropped: Set<ObjectIdentifier> = []
    /// Stores opened so far (the connector's `open` and `connect`).
    private var openedCount = 0

    /// Runs `body` on the state, holding the lock.
    func with<T>(_ body: (inout State) throws -> T) rethrows -> T {
        try lock.withLock { try body(&state) }
    }

    /// The time now on the database's clock.
    var now: Date { lock.withLock { clock } }

    /// Moves the database's clock forward.
    func advance(by duration: Duration) {
        lock.withLock { clock += duration / .seconds(1) }
    }

    /// Makes the next merge of `report` fail with `error` after its fetch (so it rolls back),
    /// the server dropping the session with it when `dropsSession`.
    func failNextMerge(of report: String, with error: any Error, dropsSession: Bool = false) {
        lock.withLock { mergeFailures[report] = (error, dropsSession) }
    }

    /// Takes the failure the next merge of `report` must end with, if any.
    func takeMergeFailure(of report: String) -> (error: any Error, dropsSession: Bool)? {
        lock.withLock { mergeFailures.removeValue(forKey: report) }
    }

    /// Drops `stores` (as `pg_terminate_backend` would): a lock one of them held is free again.
    func dropSessions(_ stores: [MemoryStore]) {
        lock.withLock {
            for store in stores { dropped.insert(ObjectIdentifier(store)) }
            if let holder = state.lockHolder, dropped.contains(holder) { state.lockHolder = nil }
        }
    }

    /// Whether the server dropped `store`.
    func isDropped(_ store: MemoryStore) -> Bool {
        lock.withLock { dropped.contains(ObjectIdentifier(store)) }
    }

    /// Counts an opened store.
    func countOpened() {
        lock.withLock { openedCount += 1 }
    }

    /// Stores opened so far (the connector's `open` and `connect`).
    var opened: Int { lock.withLock { openedCount } }

    // MARK: What tests check

    /// The rows of `table` for `account`, by key.
    func rows(_ table: String, account: String) -> [String: Row] {
        with { $0.rows[table]?[account] ?? [:] }
    }

    /// Every stored row: table → account → key → row.
    var snapshot: [String: [String: [String: Row]]] { with { $0.rows } }

    /// The loads recorded, oldest first.
    var loads: [Load] { with { $0.loads } }

    /// The pages stored for `account`'s list `report`.
    func storedPages(account: String, report: String) -> [ListETags.Page] {
        with { $0.pages[Self.key(account, report)] ?? [] }
    }

    /// The key of one account's report in ``State/pages`` and ``State/parents``.
    static func key(_ account: String, _ report: String) -> String { account + "/" + report }
}

/// Opens sessions (``MemoryStore``) of one ``MemoryWarehouse``.
struct MemoryConnector: LoadStoreConnector {
    let warehouse: MemoryWarehouse
    var schema = "heroku"

    func open() async throws -> any LoadStore { try connect() }

    func connect() throws -> any LoadStore {
        warehouse.countOpened()
        return MemoryStore(warehouse: warehouse, schema: schema)
    }
}
