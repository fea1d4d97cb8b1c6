import Schema
import Warehouse

/// Where a load keeps what it fetched: the session that holds the schema's load lock, the
/// schema's tables and their audit ledger. The loader reaches storage only through this
/// protocol; ``Warehouse`` (PostgreSQL) conforms in `Store/Warehouse+LoadStore.swift`, and
/// the loader's unit tests use a store in memory.
///
/// A store is used by one task at a time (a PostgreSQL connection is), so it is not
/// `Sendable`: each report loading side by side has a store of its own (``LoadStoreConnector``).
public protocol LoadStore: AnyObject {
    /// The schema's name, for messages.
    var schema: String { get }

    // MARK: Session

    /// Whether the session still works (false once the server dropped it).
    var isConnected: Bool { get }
    /// Runs `body` where the store's blocking calls may wait (a connection's own thread,
    /// never Swift's cooperative pool).
    nonisolated(nonsending)
    func onOwnThread<T>(_ body: () async throws -> T) async rethrows -> T
    /// Sets up a load's session; also proves that it works.
    func prepareSession(lockWait: LockWaitPolicy) throws
    /// Takes the schema's load lock, waiting for it when `wait` is true; false when another
    /// load holds it (and `wait` is false, or the session's lock wait ran out).
    func acquireLoadLock(wait: Bool) throws -> Bool
    /// Releases the load lock.
    func releaseLoadLock() throws
    /// Opens the transaction a dry run does everything in.
    func beginDryRun() throws
    /// Rolls back everything since ``beginDryRun()``.
    func endDryRun()

    // MARK: Schema

    /// The schema version stored (0: not migrated).
    func schemaVersion() throws -> Int
    /// Whether ``migrate(_:lockWait:)`` would change anything.
    func needsMigration(reports: [ReportTable]) throws -> Bool
    /// Whether history written by an older release waits for its upgrade (a dry run refuses it).
    func historyUpgradePending(reports: [ReportTable]) throws -> Bool
    /// Creates or upgrades the schema, the tables of `reports` and the views.
    nonisolated(nonsending)
    func migrate(_ reports: [ReportTable], lockWait: LockWaitPolicy) async throws

    // MARK: Ledger

    /// Records a load as started; its id and start time (UTC text).
    func startLoad(account: String?, reports: [String], apiURL: String, toolVersion: String) throws
        -> (id: Int64, startedAt: String)
    /// Records how a load ended.
    func finishLoad(_ loadID: Int64, status: LoadLedger.Status, requests: Int, rowsWritten: Int, error: String?) throws
    /// Marks loads left `running` by a process that died as failed (only with the lock held).
    func closeAbandonedLoads() throws
    /// Records reports' outcomes, in one commit.
    func record(_ outcomes: [ReportOutcome], loadID: Int64) throws
    /// The newest schema change recorded (0: none).
    func lastSchemaChangeID() throws -> Int64
    /// Gives the schema changes after `changeID` (made by the migration before the load had an id) to `loadID`.
    func attributeSchemaChanges(after changeID: Int64, to loadID: Int64) throws
    /// When `report` was last fetched in full for `account`, and until when its 304s are trusted.
    func lastVerification(account: String, report: String, trustedFor window: Duration) throws
        -> LoadHistory.Verification?

    // MARK: Reports

    /// The rows `account` has in a report's current table.
    func rowCount(of table: ReportTable, account: String) throws -> Int
    /// The pages (with ETags) of a plain list as its last load stored them, if inferred as this release infers.
    func storedPages(account: String, table: ReportTable) throws -> [ListETags.Page]
    /// Forgets a list's stored pages: its next load fetches it in full.
    func forgetStoredPages(account: String, report: String) throws
    /// Which parents' lists a fan-out report fetches in this load.
    func selectParents(report: String, parentTable: String, account: String, verifyAfter: Duration) throws
        -> FanOutSchedule.Selection
    /// Records the parents a fan-out report fetched, and those whose lists failed.
    func recordParents(report: String, parentTable: String, account: String, loadID: Int64,
                       fetched: [FanOutSchedule.Parent], failed: [String]) throws
    /// A windowed report's latest stored period (`date`, `month`) per parent id (at `parentPath`).
    func latestPeriods(of table: ReportTable, account: String, parentPath: JSONPath, periodPath: JSONPath) throws
        -> [String: String]
    /// Requests an account-wide list is expected to take.
    func estimatedListPages(report: String, account: String, pageSize: Int) throws -> Int
    /// Requests a fan-out report is expected to take for the parents `parents` (ids).
    func estimatedFanOutRequests(report: String, parentTable: String, parentKey: String, account: String,
                                 pageSize: Int, parents: [String]) throws -> Int
    /// Loads one report in one transaction: `produce` pushes every object of a complete
    /// fetch into the sink, then the report's tables are evolved and merged. `produce`
    /// returns a plain list's pages to store (nil: forget them). Any error rolls it all back.
    nonisolated(nonsending)
    func loadReport(_ table: ReportTable, account: String, loadID: Int64, loadTime: String,
                    options: Warehouse.MergeOptions,
                    produce: nonisolated(nonsending) (any ReportSink) async throws -> ListETags.Update?)
        async throws -> Warehouse.ReportResult
}

/// Opens the stores of a load: the load's own, and one per report loading side by side.
public protocol LoadStoreConnector: Sendable {
    /// Opens a store without blocking Swift's cooperative pool.
    func open() async throws -> any LoadStore
    /// Opens a store on the calling thread (a store's own thread, when one reconnects mid-load).
    func connect() throws -> any LoadStore
}

/// A report's objects on their way into a store, while they are being fetched (only valid
/// inside ``LoadStore/loadReport(_:account:loadID:loadTime:options:produce:)``'s `produce`).
public protocol ReportSink: AnyObject {
    /// Takes one object.
    func append(_ object: JSONObject) throws
    /// Takes one object whose JSON text is `text` (kept as it is when `storableAsIs`).
    func append(_ object: JSONObject, originalText text: ArraySlice<UInt8>, storableAsIs: Bool) throws
    /// Whether ``recognise(_:)`` may spare parsing objects stored exactly as fetched.
    var recognisesStoredText: Bool { get }
    /// Whether a stored row came from exactly this text (queued for ``appendRecognised()``).
    func recognise(_ text: UnsafeBufferPointer<UInt8>) -> Bool
    /// Takes the next recognised object, in page order, as arrived exactly as stored.
    func appendRecognised()
    /// Keeps the stored rows whose value at `path` is `value`: the fetch could not see them (403).
    func keepStoredRows(at path: JSONPath, equalTo value: String)
    /// Leaves the stored rows whose value at `path` is `value`: the load did not fetch them on purpose.
    func leaveStoredRows(at path: JSONPath, equalTo value: String)
    /// Leaves the stored rows whose value at `path` is `value` and whose period lies outside
    /// `window`: a windowed report did not ask for those periods.
    func leaveStoredRows(at path: JSONPath, equalTo value: String, outside window: PeriodWindow)
}
