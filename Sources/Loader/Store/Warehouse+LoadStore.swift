import Warehouse

/// The PostgreSQL store: a ``Warehouse`` on one connection. Most requirements are the
/// warehouse's own methods; the rest name its ledger's.
extension Warehouse: LoadStore {
    nonisolated(nonsending)
    public func migrate(_ reports: [ReportTable], lockWait: LockWaitPolicy) async throws {
        try await migrate(reports: reports, lockWait: lockWait)
    }

    public func startLoad(account: String?, reports: [String], apiURL: String, toolVersion: String) throws
        -> (id: Int64, startedAt: String) {
        try ledger.start(account: account, reports: reports, apiURL: apiURL, toolVersion: toolVersion)
    }

    public func finishLoad(_ loadID: Int64, status: LoadLedger.Status, requests: Int, rowsWritten: Int,
                           error: String?) throws {
        try ledger.finish(loadID: loadID, status: status, requests: requests, rowsWritten: rowsWritten, error: error)
    }

    public func closeAbandonedLoads() throws { try ledger.closeAbandoned() }

    public func record(_ outcomes: [ReportOutcome], loadID: Int64) throws {
        try ledger.record(outcomes, loadID: loadID)
    }

    public func lastSchemaChangeID() throws -> Int64 { try ledger.lastSchemaChangeID() }

    public func attributeSchemaChanges(after changeID: Int64, to loadID: Int64) throws {
        try ledger.attributeSchemaChanges(after: changeID, to: loadID)
    }

    public func lastVerification(account: String, report: String, trustedFor window: Duration) throws
        -> LoadHistory.Verification? {
        try history.lastVerification(account: account, report: report, trustedFor: window)
    }

    public func storedPages(account: String, table: ReportTable) throws -> [ListETags.Page] {
        try listETags.pages(account: account, table: table)
    }

    public func forgetStoredPages(account: String, report: String) throws {
        try listETags.forget(account: account, report: report)
    }

    public func selectParents(report: String, parentTable: String, account: String, verifyAfter: Duration) throws
        -> FanOutSchedule.Selection {
        try fanOutSchedule.select(report: report, parentTable: parentTable, account: account, verifyAfter: verifyAfter)
    }

    public func recordParents(report: String, parentTable: String, account: String, loadID: Int64,
                              fetched: [FanOutSchedule.Parent], failed: [String]) throws {
        try fanOutSchedule.record(report: report, parentTable: parentTable, account: account, loadID: loadID,
                                  fetched: fetched, failed: failed)
    }

    nonisolated(nonsending)
    public func loadReport(_ table: ReportTable, account: String, loadID: Int64, loadTime: String,
                           options: MergeOptions,
                           produce: nonisolated(nonsending) (any ReportSink) async throws -> ListETags.Update?)
        async throws -> ReportResult {
        try await loadReport(table, account: account, loadID: loadID, loadTime: loadTime, options: options) {
            (sink: StagingSink) in try await produce(sink)
        }
    }
}

extension StagingSink: ReportSink {}

/// Opens ``Warehouse`` stores: PostgreSQL at `url` (nil or empty: libpq's `PG*` environment), schema `schema`.
public struct WarehouseConnector: LoadStoreConnector {
    /// A PostgreSQL URL or conninfo.
    public var url: String?
    /// The warehouse schema.
    public var schema: String

    /// Creates a connector.
    public init(url: String?, schema: String) {
        self.url = url
        self.schema = schema
    }

    public func open() async throws -> any LoadStore { try await Warehouse.open(url: url, schema: schema) }

    public func connect() throws -> any LoadStore { try Warehouse.connect(url: url, schema: schema) }
}
