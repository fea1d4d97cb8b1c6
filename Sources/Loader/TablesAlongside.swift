import Warehouse

/// A first load's report tables and views, created on the load's own connection while its
/// account-wide reports fetch and stage on theirs. Creating every report's pair of tables
/// and the views takes about 0.4 s on one core, during which the other stood idle; now the
/// reports' fetching fills it. Each report waits for the tables before it merges (its
/// staging needs none: a new schema stores no fingerprint and no ETag).
///
/// Only for a schema this load creates, and only when every report is account-wide: the
/// per-team and per-app reports read their parents' tables to plan their requests.
enum TablesAlongside {
    /// Whether `request` loads into a new schema this way (``LoadRequest/sideBySideReports``
    /// are all its reports).
    static func apply(to request: LoadRequest, schemaVersion: Int) -> Bool {
        schemaVersion == 0 && !request.sideBySideReports.isEmpty
            && request.sideBySideReports.count == request.reports.count
    }

    /// Starts creating the tables of `reports` and the views on `warehouse` (the load's
    /// connection, which the caller leaves alone until the task ends), then gives the
    /// changes to load `loadID`. Cancel the task when the load is cancelled.
    static func start(on warehouse: any LoadStore, reports: [ReportTable], lockWait: LockWaitPolicy,
                      changesBefore changeID: Int64, loadID: Int64) -> Task<Void, any Error> {
        let connection = ConcurrentReports.ReusableConnection(warehouse)
        return Task {
            // Its statements wait on the connection's own thread, never on the cooperative pool.
            try await connection.warehouse.onOwnThread {
                try await connection.warehouse.migrate(reports, lockWait: lockWait)
                try connection.warehouse.attributeSchemaChanges(after: changeID, to: loadID)
            }
        }
    }
}
