import Foundation
import HerokuAPI
import Warehouse

/// Loads several account-wide reports at once, each on a PostgreSQL connection of its own
/// (its own transaction; the load lock stays with the runner's session), at most
/// ``LoadRequest/reportConcurrency`` at a time. A report that finishes hands its connection
/// to the next one, so a load opens `reportConcurrency` connections, not one per report;
/// the caller closes them once the load is recorded.
///
/// A report that fails for good (401/403) stops the others: those still running are
/// cancelled (they roll back) and recorded as not finished; those not started are left to
/// the caller to record as skipped. SIGTERM cancels them all the same way.
struct ConcurrentReports: Sendable {
    /// One report's outcome, and whether it must stop the load.
    struct Result: Sendable {
        var outcome: ReportOutcome
        var fatal: Bool
        /// The connection, still healthy, for the next report.
        var connection: ReusableConnection?
    }

    /// A connection passed from one task to another (a finished report's to the next
    /// report's; the load's to the task creating a new schema's tables, ``TablesAlongside``):
    /// only the task that holds the box uses it, one after the other, never at once.
    final class ReusableConnection: @unchecked Sendable {
        let warehouse: any LoadStore
        /// Opened ahead and not used yet: its session settings are made when it is taken,
        /// which also proves it still works.
        let fresh: Bool
        init(_ warehouse: any LoadStore, fresh: Bool = false) {
            self.warehouse = warehouse
            self.fresh = fresh
        }
    }

    /// Connections opened ahead, handed out once (`takeAll`): after that the reports use
    /// them, and ``run(_:opened:)`` returns them to the caller.
    final class OpenedConnections: @unchecked Sendable {
        private let lock = NSLock()
        private var connections: [any LoadStore]
        init(_ connections: [any LoadStore]) { self.connections = connections }

        /// Closes every connection not taken yet.
        func close() { _ = takeAll() }

        /// Every connection opened, the first time; none after.
        func takeAll() -> [any LoadStore] {
            lock.withLock {
                defer { connections = [] }
                return connections
            }
        }
    }

    let runner: LoadRunner
    let request: LoadRequest
    let stores: any LoadStoreConnector
    let account: String
    let load: (id: Int64, startedAt: String)
    let client: HerokuClient
    /// A new schema's report tables, created meanwhile: each report waits for them before it merges.
    var tablesCreated: Task<Void, any Error>? = nil

    /// Opens a connection for each of the first account-wide reports that load side by side
    /// (none for a dry run or one report at a time), while the load checks the key and
    /// prepares on its own connection. One that fails to open is left out: that report
    /// opens its own and reports the error. Dropping the task closes what it opened.
    ///
    /// The load's own connection serves no report: it holds the load lock, which must not
    /// go with a report's connection (a backend terminated, a transaction timeout).
    static func openAhead(for request: LoadRequest, stores: any LoadStoreConnector) -> Task<OpenedConnections, Never>? {
        let count = min(request.reportConcurrency, request.sideBySideReports.count)
        guard count > 0 else { return nil }
        return Task {
            await withTaskGroup(of: ReusableConnection?.self) { group in
                for _ in 0..<count {
                    group.addTask { (try? await stores.open()).map { ReusableConnection($0) } }
                }
                var opened: [any LoadStore] = []
                for await box in group { if let box { opened.append(box.warehouse) } }
                return OpenedConnections(opened)
            }
        }
    }

    /// The outcomes of the reports that ran, in the order they finished, and the reports'
    /// connections, still open: the caller closes them once the load is recorded, so that
    /// their backends' exit work does not compete with the load's last statements.
    /// `opened` connections (``openAhead(for:stores:)``) go to the first reports.
    ///
    /// The reports' tasks start on the global executor, each then moving to its own
    /// connection's thread: the caller's connection thread may be busy creating the tables
    /// (``TablesAlongside``), and a report queued behind it would not start fetching.
    func run(_ reports: [Report], opened: [any LoadStore] = []) async -> (results: [Result], idle: [ReusableConnection]) {
        await withTaskGroup(of: Result.self) { group in
            func start(_ report: Report, reusing connection: ReusableConnection?) {
                group.addTask(executorPreference: globalConcurrentExecutor) {
                    await loadOnOwnConnection(report, reusing: connection)
                }
            }
            var pending = reports.makeIterator()
            var available = opened.map { ReusableConnection($0, fresh: true) }
            for _ in 0..<max(1, request.reportConcurrency) {
                guard let report = pending.next() else { break }
                start(report, reusing: available.popLast())
            }
            var results: [Result] = []
            var idle = available
            var stoppedBy: String?
            while let result = await group.next() {
                var result = result
                let connection = result.connection
                result.connection = nil
                if let reason = stoppedBy, result.outcome.status == .failed {
                    result.outcome.status = .skipped
                    result.outcome.error = "not finished: \(reason)"
                }
                results.append(result)
                if result.fatal, stoppedBy == nil {
                    stoppedBy = result.outcome.error ?? "stopped"
                    group.cancelAll()
                }
                if stoppedBy == nil, !Task.isCancelled, let report = pending.next() {
                    start(report, reusing: connection)
                } else if let connection {
                    idle.append(connection)
                }
            }
            return (results, idle)
        }
    }

    private func loadOnOwnConnection(_ report: Report, reusing reusable: ReusableConnection?) async -> Result {
        let warehouse: any LoadStore
        do {
            warehouse = try await usableConnection(reusing: reusable)
        } catch {
            return cannotConnect(report, error)
        }
        // The report's statements wait on its connection's own thread (see LoadRunner.run).
        return await warehouse.onOwnThread {
            let result = await runner.loadReport(report, account: account, load: load, request: request,
                                                 warehouse: warehouse, client: client, tablesCreated: tablesCreated)
            let reusable = warehouse.isConnected ? ReusableConnection(warehouse) : nil
            return Result(outcome: result.outcome, fatal: result.fatal, connection: reusable)
        }
    }

    /// The connection handed over when it still works (one opened ahead gets its session
    /// settings now, which proves it: the server may have closed it while the load waited),
    /// else a new one.
    private func usableConnection(reusing reusable: ReusableConnection?) async throws -> any LoadStore {
        if let reusable, reusable.warehouse.isConnected {
            let warehouse = reusable.warehouse
            guard reusable.fresh else { return warehouse }
            let prepared = await warehouse.onOwnThread { (try? warehouse.prepareSession(lockWait: request.lockWait)) != nil }
            if prepared { return warehouse }
        }
        let warehouse = try await stores.open()
        try await warehouse.onOwnThread { try warehouse.prepareSession(lockWait: request.lockWait) }
        return warehouse
    }

    private func cannotConnect(_ report: Report, _ error: any Error) -> Result {
        var outcome = ReportOutcome(report: report.name, status: .failed)
        outcome.error = "cannot open a PostgreSQL connection for this report: "
            + LoadRunner.describe(error, secrets: [request.apiKey.secretValue])
        return Result(outcome: outcome, fatal: false, connection: nil)
    }
}
