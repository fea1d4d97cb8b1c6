import Foundation
import HerokuAPI
import Logging
import Schema
import Warehouse

/// Runs one load: checks the key (while the database connection opens), takes the schema
/// lock, migrates, then fetches and merges each report in its own transaction, recording
/// everything in `_loads` / `_load_reports`.
///
/// A report that fails is rolled back and recorded; the others still load (status
/// `partial`). A rejected key (401/403) stops the load at once.
public struct LoadRunner: Sendable {
    private let logger: Logger
    private let progress: (@Sendable (LoadProgress) -> Void)?
    /// Where the load is stored; nil: the request's PostgreSQL warehouse.
    private let stores: (any LoadStoreConnector)?

    /// Creates a runner that logs to `logger`, reports progress to `progress` and stores in
    /// the stores `stores` opens (nil: the PostgreSQL warehouse the request names).
    public init(logger: Logger, progress: (@Sendable (LoadProgress) -> Void)? = nil,
                stores: (any LoadStoreConnector)? = nil) {
        self.logger = logger
        self.progress = progress
        self.stores = stores
    }

    /// Runs the load. Throws `LoadError` when the load cannot start; per-report failures are
    /// in the summary.
    public func run(_ request: LoadRequest) async throws -> LoadSummary {
        let client = HerokuClient(endpoint: request.endpoint, apiKey: request.apiKey,
                                      configuration: request.effectiveClient, logger: logger)
        // The key is checked (GET /account) while the database connections open: this
        // one, and the reports' own (a SCRAM handshake each).
        let label = Task { try await accountLabel(request, client: client) }
        let stores = self.stores ?? WarehouseConnector(url: request.databaseURL, schema: request.schema)
        let openedAhead = ConcurrentReports.openAhead(for: request, stores: stores)
        do {
            let warehouse: any LoadStore
            do {
                warehouse = try await stores.open()
            } catch let error as WarehouseError {
                throw error  // an invalid schema name, refused before connecting
            } catch {
                throw LoadError.databaseUnavailable(Self.describe(error, secrets: [request.apiKey.secretValue]))
            }
            // Every statement of the load waits on its connection's own thread, never on one
            // of Swift's cooperative threads; a signal cancels the statement in flight.
            let summary = try await warehouse.onOwnThread {
                try warehouse.prepareSession(lockWait: request.lockWait)
                return try await run(request, warehouse: warehouse, stores: stores, client: client, label: label,
                                     openedAhead: openedAhead)
            }
            try await client.shutdown()
            return summary
        } catch {
            await label.cancelAndWait()
            // No connection may still be opening when the process exits (libpq's crypto is torn down).
            await openedAhead?.value.close()
            try? await client.shutdown()
            throw error is CancellationError ? LoadError.interrupted : error
        }
    }

    private func run(_ request: LoadRequest, warehouse: any LoadStore, stores: any LoadStoreConnector,
                     client: HerokuClient,
                     label: Task<String, any Error>,
                     openedAhead: Task<ConcurrentReports.OpenedConnections, Never>?) async throws -> LoadSummary {
        // The key is checked before anything is written.
        let account: String
        do {
            account = try await label.resultFollowingCancellation.get()
        } catch let error as HerokuAPIError {
            if !request.dryRun {
                // Recording must not hide why the load stopped.
                try? recordFailedStart(error.description, request: request, account: request.accountLabel,
                                       warehouse: warehouse)
            }
            if error.isFatalForLoad { throw LoadError.apiKeyRejected(error.description) }
            throw LoadError.accountUnavailable(error.description)
        }
        try Task.checkCancellation()
        var openedAhead = openedAhead
        if try !warehouse.acquireLoadLock(wait: false) {
            // Connections are not held idle while another load runs: opened again once it is done.
            await openedAhead?.value.close()
            openedAhead = nil
            guard try await waitForLock(warehouse, request: request) else {
                throw LoadError.lockHeld(schema: request.schema)
            }
            openedAhead = ConcurrentReports.openAhead(for: request, stores: stores)
        }
        let session = WarehouseSession(warehouse: warehouse, stores: stores, request: request)
        defer { try? session.warehouse.releaseLoadLock() }
        // The free rate-limit request, sent once the lock is held (a load waited for may have
        // spent tokens), is answered while the load opens and its reports start (a
        // --max-duration budget waits for it).
        let rateLimit = Task { try? await client.rateLimitRemaining() }
        do {
            return try await runLocked(request, account: account, session: session, client: client,
                                       rateLimit: rateLimit, openedAhead: openedAhead)
        } catch {
            await rateLimit.cancelAndWait()
            await openedAhead?.value.close()
            throw error
        }
    }

    /// The load once the lock is held: schema, ledger, reports.
    private func runLocked(_ request: LoadRequest, account: String, session: WarehouseSession,
                           client: HerokuClient, rateLimit: Task<Int?, Never>,
                           openedAhead: Task<ConcurrentReports.OpenedConnections, Never>?) async throws -> LoadSummary {
        let warehouse = session.warehouse
        // A dry run does everything inside one transaction and rolls it back at the end; it
        // migrates only a schema that needs it, so it locks nothing analysts read.
        if request.dryRun { try warehouse.beginDryRun() }
        defer { if request.dryRun { session.warehouse.endDryRun() } }
        // Every report's tables exist, loaded or not, so the views always have what they join.
        let allTables = ReportCatalog.all.map(\.table)
        // The newest DDL change before this load's own migration: the migration's changes are
        // recorded before the load has an id, and given it once it has one.
        var changesBeforeMigration: Int64?
        // A new schema gets its bookkeeping tables now, and its report tables while the reports fetch.
        var tablesAlongside = false
        do {
            // A dry run rolls back, but upgrading history would lock and rewrite every report table meanwhile.
            if request.dryRun, try warehouse.historyUpgradePending(reports: allTables) {
                throw WarehouseError.upgradeBeforeDryRun(schema: request.schema)
            }
            if try warehouse.needsMigration(reports: allTables) {
                changesBeforeMigration = try warehouse.lastSchemaChangeID()
                tablesAlongside = try TablesAlongside.apply(to: request, schemaVersion: warehouse.schemaVersion())
                try await warehouse.migrate(tablesAlongside ? [] : allTables, lockWait: request.lockWait)
            }
        } catch {
            // The migration rolled back; the ledger, when there is one, says why nothing loaded
            // (an interrupted one, like any start, writes nothing).
            if !request.dryRun, !(error is CancellationError) {
                try? recordFailedStart(Self.describe(error, secrets: [request.apiKey.secretValue]), request: request,
                                       account: account, warehouse: warehouse)
            }
            throw error
        }
        // Holding the lock, no other load runs: a `running` row is a load that died.
        if !request.dryRun { try warehouse.closeAbandonedLoads() }

        let load = try warehouse.startLoad(
            account: account, reports: request.reports.map(\.name), apiURL: request.endpoint.baseURL,
            toolVersion: HerokuWarehouseVersion.current)
        do {
            if let changesBeforeMigration, !tablesAlongside {
                try warehouse.attributeSchemaChanges(after: changesBeforeMigration, to: load.id)
            }
            return try await loadReports(request, account: account, load: load, session: session, client: client,
                                         rateLimit: rateLimit, openedAhead: openedAhead,
                                         tablesAfterChange: tablesAlongside ? changesBeforeMigration ?? 0 : nil)
        } catch {
            // Never leave the row `running`: record why, as far as the database still lets us.
            let reason = error is CancellationError ? Self.interruptedMessage : Self.describe(error, secrets: [request.apiKey.secretValue])
            try? session.reopenIfLost()
            try? session.warehouse.finishLoad(
                load.id, status: error is CancellationError ? .interrupted : .failed, requests: 0, rowsWritten: 0,
                error: reason)
            throw error
        }
    }

    private func loadReports(
        _ request: LoadRequest, account: String, load: (id: Int64, startedAt: String), session: WarehouseSession,
        client: HerokuClient, rateLimit: Task<Int?, Never>, openedAhead: Task<ConcurrentReports.OpenedConnections, Never>?,
        tablesAfterChange: Int64?
    ) async throws -> LoadSummary {
        logger.info("load started", metadata: ["load.id": "\(load.id)", "account": "\(account)"])
        // Only a --max-duration budget needs the remaining tokens before the first request.
        // Otherwise the client paces itself on every response's RateLimit-Remaining, and the
        // reading is only reported: the reports do not wait for it (one API round trip).
        let budgetNeedsTokens = request.maxDuration != nil
        var budget = try RequestBudget.plan(
            request, account: account, warehouse: session.warehouse,
            rateLimitRemaining: budgetNeedsTokens ? await rateLimit.resultFollowingCancellation.get() : nil)
        if budgetNeedsTokens { logger.info("request budget", metadata: ["budget": "\(budget.summaryLine)"]) }
        var outcomes: [ReportOutcome] = []
        var fatal: String?
        func skipped(_ report: Report, because reason: String) -> ReportOutcome {
            var skipped = ReportOutcome(report: report.name, status: .skipped)
            skipped.error = reason
            return skipped
        }
        func skip(_ report: Report, because reason: String) throws {
            let outcome = skipped(report, because: reason)
            try session.warehouse.record([outcome], loadID: load.id)
            outcomes.append(outcome)
        }
        var sequential = request.reports
        // The reports' own connections, closed once the load is recorded (or before the
        // per-parent reports, which run on the load's connection).
        var idleConnections: [ConcurrentReports.ReusableConnection] = []
        let sideBySide = request.sideBySideReports
        if !sideBySide.isEmpty {
            // Account-wide reports load side by side on connections of their own (the load's
            // keeps the lock), the one expected to take the most requests first; the per-team
            // and per-app reports follow on the load's connection, as they read the parents
            // just stored.
            sequential = request.reports.filter { $0.fanOut != nil }
            var admitted: [Report] = []
            for report in sideBySide {
                if let reason = try budget.admit(report, request: request, account: account,
                                                 warehouse: session.warehouse) {
                    try skip(report, because: reason)
                } else {
                    admitted.append(report)
                }
            }
            // A new schema's report tables (`tablesAfterChange`: the last change before the load).
            let tablesCreated = tablesAfterChange.map { changeID in
                TablesAlongside.start(on: session.warehouse, reports: ReportCatalog.all.map(\.table),
                                      lockWait: request.lockWait, changesBefore: changeID, loadID: load.id)
            }
            let opened = await openedAhead?.value.takeAll() ?? []
            let ran = await withTaskCancellationHandler {
                await ConcurrentReports(runner: self, request: request, stores: session.stores, account: account,
                                        load: load, client: client, tablesCreated: tablesCreated)
                    .run(budget.longestFirst(admitted), opened: opened)
            } onCancel: {
                tablesCreated?.cancel()
            }
            if let tablesCreated {
                // The reports failed with the same error; the load says it once more.
                do {
                    try await tablesCreated.value
                } catch {
                    fatal = Task.isCancelled ? Self.interruptedMessage : Self.describe(error, secrets: [request.apiKey.secretValue])
                }
            }
            idleConnections = ran.idle
            let results = ran.results
            var finished: [ReportOutcome] = []
            for report in admitted {
                guard let result = results.first(where: { $0.outcome.report == report.name }) else {
                    finished.append(skipped(report, because: "not loaded: \(fatal ?? Self.interruptedMessage)"))
                    continue
                }
                finished.append(result.outcome)
                budget.record(requests: result.outcome.requests)
                if result.fatal, fatal == nil { fatal = result.outcome.error }
            }
            // One statement, so one commit, for the reports that ran side by side.
            try session.warehouse.record(finished, loadID: load.id)
            outcomes += finished
        }
        if !sequential.isEmpty { idleConnections.removeAll() }
        for report in sequential {
            if fatal == nil && Task.isCancelled { fatal = Self.interruptedMessage }
            if let fatal {
                try skip(report, because: "not loaded: \(fatal)")
                continue
            }
            if let reason = try budget.admit(report, request: request, account: account, warehouse: session.warehouse) {
                try skip(report, because: reason)
                continue
            }
            let outcome = await loadReport(report, account: account, load: load, request: request,
                                           warehouse: session.warehouse, client: client)
            if outcome.outcome.status == .failed && !request.dryRun { try session.reopenIfLost() }
            try session.warehouse.record([outcome.outcome], loadID: load.id)
            outcomes.append(outcome.outcome)
            budget.record(requests: outcome.outcome.requests)
            if outcome.fatal { fatal = outcome.outcome.error }
        }
        if !budgetNeedsTokens {
            budget.rateLimitRemaining = await rateLimit.resultFollowingCancellation.get()
            logger.info("request budget", metadata: ["budget": "\(budget.summaryLine)"])
        }
        // The summary lists the reports as they were asked for, whichever ran first.
        outcomes = Self.inRequestOrder(outcomes, request.reports)
        let failed = outcomes.filter { $0.status != .succeeded }
        var status: LoadLedger.Status = failed.isEmpty ? .succeeded : (failed.count == outcomes.count ? .failed : .partial)
        if fatal == Self.interruptedMessage { status = .interrupted }
        let error = fatal ?? failed.first.map { "\($0.report): \($0.error ?? "failed")" }
        let requests = outcomes.reduce(0) { $0 + $1.requests } + 1
        let written = outcomes.reduce(0) { $0 + $1.counts.inserted + $1.counts.updated + $1.counts.deleted }
        try session.warehouse.finishLoad(load.id, status: status, requests: requests, rowsWritten: written,
                                         error: error)
        idleConnections.removeAll()
        logger.info("load finished", metadata: ["load.id": "\(load.id)", "status": "\(status.rawValue)"])
        return LoadSummary(loadID: request.dryRun ? nil : load.id, account: account, status: status, reports: outcomes,
                           requests: requests, error: error, dryRun: request.dryRun, budget: budget)
    }

    func loadReport(
        _ report: Report, account: String, load: (id: Int64, startedAt: String), request: LoadRequest,
        warehouse: any LoadStore, client: HerokuClient, tablesCreated: Task<Void, any Error>? = nil
    ) async -> (outcome: ReportOutcome, fatal: Bool) {
        var outcome = ReportOutcome(report: report.name, status: .succeeded)
        let started = ContinuousClock.now
        progress?(LoadProgress(report: report.name, phase: .fetching, pages: 0, objects: 0))
        var fetch: ReportFetch?
        var fatal = false
        // The tables could not be created: no other report can be merged either.
        var tablesFailed = false
        var conditionalRequests = 0
        var conditionalWait = Duration.zero
        // The failing call's rate-limit wait (its counters are lost with it).
        var failedCallWait = Duration.zero
        do {
            let check = try await ConditionalReload(report: report, account: account, request: request,
                                                    warehouse: warehouse, client: client).check()
            let stats = check.recheck.stats
            conditionalRequests = stats.requests
            conditionalWait = stats.waitedForRateLimit
            if check.recheck.unchanged {
                outcome.notModified = true
                outcome.trustedUntil = check.trustedUntil
                outcome.pages = stats.pages
                outcome.requests = stats.requests
                outcome.retries = stats.retries
                outcome.rateLimitWaitMilliseconds = Int(stats.waitedForRateLimit / .milliseconds(1))
                outcome.counts.unchanged = try warehouse.rowCount(of: report.table, account: account)
                outcome.counts.staged = outcome.counts.unchanged
                logger.info("list unchanged (304)", metadata: ["report": "\(report.name)",
                                                               "trusted_until": "\(check.trustedUntil ?? "-")"])
                progress?(LoadProgress(report: report.name, phase: .done, pages: stats.pages, objects: 0))
                return (outcome, false)
            }
            if check.verificationDue {
                logger.info("list due for verification: fetched without If-None-Match",
                            metadata: ["report": "\(report.name)", "verify_after": "\(request.verifyAfter)"])
            }
            // A fan-out report fetches the lists of the parents that changed or are due for
            // verification; the others keep their rows (FanOutSchedule).
            let selection = try report.fanOut.map {
                try warehouse.selectParents(report: report.name, parentTable: $0.parent, account: account,
                                            verifyAfter: request.parentVerifyAfter(report))
            }
            let usage = try report.window.map {
                try UsagePlan.ranges(of: report, window: $0, parents: selection?.fetched ?? [], request: request,
                                     account: account, store: warehouse)
            }
            let reportFetch = ReportFetch(report: report, client: client, parents: selection?.fetched ?? [],
                                          concurrency: request.concurrency, receivedPage: check.recheck.changedPage,
                                          keptParents: (selection?.fresh.map(\.id) ?? []) + (usage?.absent ?? []),
                                          windows: usage?.ranges)
            fetch = reportFetch
            let result = try await warehouse.loadReport(
                report.table, account: account, loadID: load.id, loadTime: load.startedAt,
                // Stored ETags of this inference version: a load that infers as this one does
                // already observed every object of the list, so unchanged ones need no parsing.
                options: .init(maxDeleteFraction: request.maxDeleteFraction, dryRun: request.dryRun,
                               observeEveryObject: !check.storedByThisInference, lockWait: request.lockWait,
                               tablesBeingCreated: tablesCreated != nil)
            ) { sink in
                try await reportFetch.run(into: sink) { pages, objects in
                    progress?(LoadProgress(report: report.name, phase: .fetching, pages: pages, objects: objects))
                }
                // A new schema's tables may still be on their way (TablesAlongside).
                do {
                    try await tablesCreated?.value
                } catch {
                    tablesFailed = true
                    throw error
                }
                progress?(LoadProgress(report: report.name, phase: .merging, pages: reportFetch.pages,
                                       objects: reportFetch.objects))
                return reportFetch.listUpdate()
            }
            if let selection, let fanOut = report.fanOut, !request.dryRun {
                try warehouse.recordParents(report: report.name, parentTable: fanOut.parent, account: account,
                                            loadID: load.id, fetched: selection.fetched,
                                            failed: reportFetch.forbiddenParents + reportFetch.goneParents
                                                + reportFetch.unpublishedParents)
            }
            // A report that asks every parent every load has no schedule to report.
            outcome.parents = report.fetchesEveryParent ? nil : selection?.counts
            // Every page was a 200: nothing of the report rests on a 304 (a dry run records
            // nothing); a fan-out report only when it fetched every parent.
            outcome.verified = !request.dryRun && (selection?.fresh.isEmpty ?? true)
            outcome.verificationDue = check.verificationDue
            outcome.fetched = result.received
            outcome.counts = result.counts
            outcome.columnsAdded = result.columnsAdded
            outcome.columnsWidened = result.columnsWidened
            outcome.valuesAdjusted = result.valuesAdjusted
            outcome.recognisedUnparsed = result.recognisedUnparsed
            outcome.schemaChanges = result.schemaChanges
            outcome.error = reportFetch.skippedParentsNote
        } catch {
            if !request.dryRun { try? warehouse.forgetStoredPages(account: account, report: report.name) }
            outcome.status = .failed
            outcome.error = Task.isCancelled
                ? Self.interruptedMessage : Self.describe(error, secrets: [request.apiKey.secretValue])
            outcome.fetched = fetch?.objects ?? 0
            if let apiError = error as? HerokuAPIError {
                failedCallWait = apiError.waitedForRateLimit
                if apiError.isFatalForLoad { fatal = true }
            }
            if Task.isCancelled || tablesFailed { fatal = true }
            logger.error("report failed", metadata: ["report": "\(report.name)", "error": "\(outcome.error ?? "")"])
        }
        outcome.pages = fetch?.pages ?? 0
        outcome.requests = (fetch?.requests ?? 0) + conditionalRequests
        outcome.retries = fetch?.retries ?? 0
        outcome.rateLimitWaitMilliseconds = Int(((fetch?.rateLimitWait ?? .zero) + conditionalWait + failedCallWait)
            / .milliseconds(1))
        outcome.durationMilliseconds = Int((ContinuousClock.now - started) / .milliseconds(1))
        progress?(LoadProgress(report: report.name, phase: .done, pages: fetch?.pages ?? 0, objects: fetch?.objects ?? 0))
        return (outcome, fatal)
    }

    /// The account label: `--account-label`, else the account's email from `GET /account`.
    private func accountLabel(_ request: LoadRequest, client: HerokuClient) async throws -> String {
        let fetched = try await client.fetchObject(path: "/account")
        if let label = request.accountLabel { return label }
        guard case .object(let account)? = try? JSONParser.parse(fetched.bytes),
              case .string(let email)? = account["email"], !email.isEmpty
        else {
            throw LoadError.accountUnavailable("GET /account returned no email; pass --account-label")
        }
        return email
    }

    /// A load that could not start (key rejected, account unreadable, schema that cannot be
    /// brought up to date) is recorded as failed when the warehouse already exists (and is not
    /// a newer release's); a new warehouse is not created for it.
    private func recordFailedStart(_ reason: String, request: LoadRequest, account: String?,
                                   warehouse: any LoadStore) throws {
        // A newer release's schema is left as it is.
        let version = try warehouse.schemaVersion()
        guard version > 0, version <= Migrator.supportedVersion else { return }
        let load = try warehouse.startLoad(account: account, reports: request.reports.map(\.name),
                                           apiURL: request.endpoint.baseURL, toolVersion: HerokuWarehouseVersion.current)
        try warehouse.finishLoad(load.id, status: .failed, requests: 1, rowsWritten: 0, error: reason)
    }

    /// Waits for the load lock another load holds, polling every ``lockPollInterval`` on the
    /// client's clock in a way SIGTERM can interrupt; returns false at once without `--wait`.
    private func waitForLock(_ warehouse: any LoadStore, request: LoadRequest) async throws -> Bool {
        guard request.waitForLock else { return false }
        logger.notice("another load holds the lock; waiting for it", metadata: ["schema": "\(warehouse.schema)"])
        while true {
            try await request.client.clock.sleep(for: Self.lockPollInterval)
            if try warehouse.acquireLoadLock(wait: false) { return true }
        }
    }

    /// How often a load waiting for the lock tries to take it.
    static let lockPollInterval = Duration.milliseconds(500)

    /// `outcomes` in the order of `reports` (stable: a report listed twice keeps its order).
    static func inRequestOrder(_ outcomes: [ReportOutcome], _ reports: [Report]) -> [ReportOutcome] {
        var position: [String: Int] = [:]
        for (index, report) in reports.enumerated() where position[report.name] == nil { position[report.name] = index }
        return outcomes.enumerated()
            .sorted { (position[$0.element.report] ?? .max, $0.offset) < (position[$1.element.report] ?? .max, $1.offset) }
            .map(\.element)
    }

    /// What an interrupted load and its unfinished reports record.
    static let interruptedMessage = "interrupted by a signal (SIGTERM or SIGINT); the unfinished report was rolled back"

    /// One line for an error, with every secret removed.
    static func describe(_ error: any Error, secrets: [String]) -> String {
        Warehouse.describe(error, secrets: secrets)
    }
}

/// A page did not hold what a list endpoint must return.
public enum ReportDataError: Error, CustomStringConvertible, Sendable {
    /// An element of the list was not a JSON object.
    case notAnObject(path: String, page: Int)

    public var description: String {
        switch self {
        case .notAnObject(let path, let page):
            return "GET \(path) page \(page + 1) holds an element that is not a JSON object"
        }
    }
}
