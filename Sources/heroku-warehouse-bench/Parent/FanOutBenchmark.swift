import Foundation
import HerokuAPI
import HerokuSandbox
import Loader
import Logging
import Postgres
import Warehouse

/// What the fan-out part measured: requests of `--report all` loads (every report, the
/// per-app and per-team lists included) with the fan-out schedule (`fanOutVerifyAfter`)
/// against loads that fetch every parent's lists (`fanOutVerifyAfter` zero).
struct FanOutMeasurement: Codable, Sendable {
    var apps: Int
    var teams: Int
    /// `fanOutVerifyAfter` of the scheduled loads, in days.
    var verifyAfterDays: Int
    /// The first load into an empty schema with the schedule.
    var firstLoad: FanOutLoad
    /// The same first load (same data, another empty schema) with `fanOutVerifyAfter` zero.
    var firstLoadEveryParent: FanOutLoad
    /// Apps renamed (1%) before night 1.
    var renamedApps: Int
    /// Night 1 with `fanOutVerifyAfter` zero on the same data (every parent fetched): a full night.
    var fullNight: FanOutLoad
    /// Night 1's requests (the schedule, 1% of apps changed) / the full night's.
    var changedNightRatio: Double
    /// Rows of the renamed apps' lists (every per-app report) compared with the full night's.
    var renamedRowsCompared: Int
    /// Of those, rows present on one side only (`_raw` text compared).
    var renamedRowsDiffering: Int
    /// Releases of a renamed app not carrying its new name after night 1.
    var staleReleaseNames: Int
    /// Nights 1 to 7 with the schedule (night 1 is the 1% night).
    var nights: [FanOutLoad]
    /// Parents per fan-out report, and how many of them were never fetched in the 7 nights
    /// (from the sandbox's request log).
    var coverage: [FanOutCoverage]
    /// Whether every night's parents served (request log) equal the outcomes' changed + verified.
    var logMatchesCounts: Bool
    /// Seconds of the whole fan-out part (generation, every load and check).
    var seconds: Double

    /// Parents whose lists were fetched per night (changed + verified, every fan-out report).
    var parentsPerNight: [Int] { nights.map(\.parentsFetched) }
    var averageParentsPerNight: Double {
        Double(parentsPerNight.reduce(0, +)) / Double(max(nights.count, 1))
    }
}

/// One `--report all` load of the fan-out part.
struct FanOutLoad: Codable, Sendable {
    /// e.g. `night 3`.
    var name: String
    /// `fanOutVerifyAfter`, in days (0: every parent).
    var verifyAfterDays: Int
    /// Requests the sandbox answered (every report).
    var requests: Int
    /// Requests the client counted (`LoadSummary.requests`).
    var clientRequests: Int
    var seconds: Double
    var reports: [FanOutReportCounts]

    /// Parents whose lists were fetched, every fan-out report: changed + verified.
    var parentsFetched: Int { reports.reduce(0) { $0 + $1.changed + $1.verified } }
    var changed: Int { reports.reduce(0) { $0 + $1.changed } }
    var verified: Int { reports.reduce(0) { $0 + $1.verified } }
    var fresh: Int { reports.reduce(0) { $0 + $1.fresh } }
}

/// A fan-out report's parents in one load (`ReportOutcome.parents`).
struct FanOutReportCounts: Codable, Sendable {
    var report: String
    var changed: Int
    var verified: Int
    var fresh: Int
    /// Distinct parents whose list the sandbox served during the load.
    var parentsInLog: Int
}

/// One fan-out report over the 7 nights.
struct FanOutCoverage: Codable, Sendable {
    var report: String
    var parents: Int
    var neverFetched: Int
}

/// The fan-out part of the bench: 1,000 apps, every report, loaded in-process from the
/// sandbox itself (not the replay server), one round.
///
/// 1. A first load into an empty schema with the schedule, and the same first load into a
///    second schema with `fanOutVerifyAfter` zero: the same requests.
/// 2. A night passes in both (the `_loads` and `_fan_out_parents` times moved back a day),
///    10 apps (1%) are renamed; the scheduled schema loads (the 1% night), then the other
///    one fetches every parent (a full night). The renamed apps' rows must equal the full
///    night's and their releases carry the new name.
/// 3. Six more nights in the scheduled schema: over nights 1 to 7 every parent's lists are
///    fetched at least once, and no night fetches more than twice the average.
struct FanOutBenchmark {
    let apps: Int
    let seed: UInt64
    let databaseURL: String?
    let verifyAfterDays = 7
    let nightCount = 7

    init(apps: Int = 1_000, seed: UInt64, databaseURL: String?) {
        self.apps = apps
        self.seed = seed
        self.databaseURL = databaseURL
    }

    func run() async throws -> FanOutMeasurement {
        let started = ContinuousClock.now
        // A bucket no load drains: requests are counted here, not paced.
        let configuration = SandboxConfiguration(seed: seed, apps: apps, teams: max(3, apps / 100),
                                                 rateLimitCapacity: 1_000_000)
        let server = try await SandboxServer.start(account: SandboxAccount(configuration: configuration),
                                                   configuration: configuration)
        let scheduled = "bench_fanout_\(getpid())"
        let everyParent = "bench_fanout_all_\(getpid())"
        let admin = try Connection(url: databaseURL)
        func dropSchemas() throws {
            for schema in [scheduled, everyParent] {
                try admin.execute("DROP SCHEMA IF EXISTS \(Connection.quoteIdentifier(schema)) CASCADE")
            }
        }
        do {
            try dropSchemas()
            let measurement = try await measure(server, admin: admin, scheduled: scheduled, everyParent: everyParent,
                                                started: started)
            try dropSchemas()
            try await server.shutdown()
            return measurement
        } catch {
            _ = try? dropSchemas()
            try? await server.shutdown()
            throw error
        }
    }

    private func measure(_ server: SandboxServer, admin: Connection, scheduled: String, everyParent: String,
                         started: ContinuousClock.Instant) async throws -> FanOutMeasurement {
        let week = Duration.seconds(verifyAfterDays * 86_400)
        let teams = server.account.count(.teams)
        BenchLog.say("fan-out: \(apps) apps, \(teams) teams, every report (fan-out verify after \(verifyAfterDays) days)")

        let first = try await load(server, schema: scheduled, verifyAfter: week, label: "first load")
        let firstEvery = try await load(server, schema: everyParent, verifyAfter: .zero,
                                        label: "first load, every parent")

        // 1% of the apps change: renamed (the app's `_hash` changes, and its lists name it anew).
        let renames = max(1, apps / 100)
        var renamed: [String: String] = [:]
        server.mutate { account in
            for (offset, app) in account.objects(.apps).prefix(renames).enumerated() {
                guard let id = app["id"]?.stringValue else { continue }
                let name = "bench-fan-out-renamed-\(offset)"
                if account.renameApp(id: id, to: name) { renamed[id] = name }
            }
        }
        try nightPasses(admin, schemas: [scheduled, everyParent])
        var nights: [FanOutLoad] = []
        let changedNight = try await load(server, schema: scheduled, verifyAfter: week,
                                          label: "night 1 (\(renamed.count) apps renamed)")
        nights.append(changedNight.record)
        let fullNight = try await load(server, schema: everyParent, verifyAfter: .zero,
                                       label: "night 1, every parent (full night)")
        let (compared, differing) = try compareRenamed(admin, Array(renamed.keys), scheduled: scheduled,
                                                       everyParent: everyParent)
        let stale = try staleReleaseNames(admin, renamed, schema: scheduled)
        BenchLog.say("fan-out: renamed apps' rows vs a full fetch: \(differing) of \(compared) differ; "
                     + "\(stale) releases with an old name")

        var fetched: [String: Set<String>] = [:]
        for (report, parents) in changedNight.parentsInLog { fetched[report, default: []].formUnion(parents) }
        for night in 2...nightCount {
            try nightPasses(admin, schemas: [scheduled])
            let result = try await load(server, schema: scheduled, verifyAfter: week, label: "night \(night)")
            nights.append(result.record)
            for (report, parents) in result.parentsInLog { fetched[report, default: []].formUnion(parents) }
        }
        let account = server.account
        let coverage = Self.fanOutReports.map { report in
            let parents = Set(account.objects(report.fanOut?.parent == "teams" ? .teams : .apps)
                .compactMap { $0["id"]?.stringValue })
            return FanOutCoverage(report: report.name, parents: parents.count,
                                  neverFetched: parents.subtracting(fetched[report.name] ?? []).count)
        }
        let logMatches = nights.allSatisfy { night in
            night.reports.allSatisfy { $0.parentsInLog == $0.changed + $0.verified }
        }
        return FanOutMeasurement(
            apps: apps, teams: teams, verifyAfterDays: verifyAfterDays,
            firstLoad: first.record, firstLoadEveryParent: firstEvery.record,
            renamedApps: renamed.count, fullNight: fullNight.record,
            changedNightRatio: Double(changedNight.record.requests) / Double(max(fullNight.record.requests, 1)),
            renamedRowsCompared: compared, renamedRowsDiffering: differing, staleReleaseNames: stale,
            nights: nights, coverage: coverage, logMatchesCounts: logMatches,
            seconds: ((ContinuousClock.now - started) / .seconds(1)))
    }

    /// The fan-out reports on the parents' schedule (not usage and invoices, which ask every
    /// parent every load: `Report.fetchesEveryParent`).
    static let fanOutReports = ReportCatalog.all.filter { $0.fanOut != nil && !$0.fetchesEveryParent }

    /// One load and what the sandbox saw.
    private struct LoadResult {
        var record: FanOutLoad
        /// Per fan-out report, the parents whose list was served (from the request log).
        var parentsInLog: [String: Set<String>]
    }

    /// A `--report all` load of `schema`; fails unless every report succeeded.
    private func load(_ server: SandboxServer, schema: String, verifyAfter: Duration,
                      label: String) async throws -> LoadResult {
        var request = LoadRequest(
            reports: ReportCatalog.all, schema: schema, databaseURL: databaseURL,
            endpoint: try APIEndpoint(server.baseURL), apiKey: try APIKey(server.account.configuration.apiKey))
        request.fanOutVerifyAfter = verifyAfter
        var logger = Logger(label: "heroku-warehouse-bench")
        logger.logLevel = .warning
        server.setRateLimitRemaining(Int.max)
        server.resetRequestLog()
        let started = ContinuousClock.now
        let summary = try await LoadRunner(logger: logger).run(request)
        let seconds = ((ContinuousClock.now - started) / .seconds(1))
        guard summary.status == .succeeded else {
            let failed = summary.reports.filter { $0.status != .succeeded }
                .map { "\($0.report): \($0.status) \($0.error ?? "")" }
            throw BenchError.loadFailed("fan-out \(label): \(summary.status): \(summary.error ?? "") \(failed)")
        }
        let log = server.requests
        var parents: [String: Set<String>] = [:]
        for record in log where record.status == 200 {
            if let match = Self.fanOutParent(of: record.path) { parents[match.report, default: []].insert(match.parent) }
        }
        let reports = Self.fanOutReports.map { report in
            let counts = summary.reports.first { $0.report == report.name }?.parents
            return FanOutReportCounts(report: report.name, changed: counts?.changed ?? 0,
                                      verified: counts?.verified ?? 0, fresh: counts?.fresh ?? 0,
                                      parentsInLog: parents[report.name]?.count ?? 0)
        }
        let record = FanOutLoad(name: label, verifyAfterDays: Int(verifyAfter.components.seconds / 86_400),
                                requests: log.count, clientRequests: summary.requests, seconds: seconds,
                                reports: reports)
        BenchLog.say("fan-out: \(label): \(log.count) requests (client \(summary.requests)), parents' lists "
                     + "fetched \(record.parentsFetched) (changed \(record.changed), verified \(record.verified), "
                     + "kept \(record.fresh)), \(BenchFormat.seconds(seconds)) s")
        return LoadResult(record: record, parentsInLog: parents)
    }

    /// The fan-out report and parent id of a request path such as `/apps/<id>/releases`.
    static func fanOutParent(of path: String) -> (report: String, parent: String)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for report in fanOutReports {
            let template = report.path.split(separator: "/", omittingEmptySubsequences: false)
            guard template.count == parts.count,
                  let slot = template.firstIndex(of: "{parent}"),
                  zip(template, parts).enumerated().allSatisfy({ $0.offset == slot || $0.element.0 == $0.element.1 })
            else { continue }
            return (report.name, String(parts[slot]))
        }
        return nil
    }

    /// A night passes: the loads so far, and the fetches of the parents' lists, a day earlier.
    private func nightPasses(_ connection: Connection, schemas: [String]) throws {
        for schema in schemas {
            try connection.execute("""
                UPDATE \(Connection.quoteQualified(schema, "_loads"))
                   SET started_at = started_at - interval '1 day', finished_at = finished_at - interval '1 day';
                UPDATE \(Connection.quoteQualified(schema, "_fan_out_parents")) SET fetched_at = fetched_at - interval '1 day';
                """)
        }
    }

    /// Rows of the renamed apps' lists, every per-app report: compared, and on one side only.
    private func compareRenamed(_ connection: Connection, _ ids: [String], scheduled: String,
                                everyParent: String) throws -> (compared: Int, differing: Int) {
        let idArray = "{" + ids.joined(separator: ",") + "}"
        var compared = 0
        var differing = 0
        for report in Self.fanOutReports where report.fanOut?.parent == "apps" {
            func rows(_ schema: String) -> String {
                "SELECT _raw::text FROM \(Connection.quoteQualified(schema, report.name)) "
                    + "WHERE _raw #>> '{app,id}' = ANY ($1::text[])"
            }
            let result = try connection.execute("""
                SELECT (SELECT count(*) FROM (\(rows(everyParent))) a),
                       (SELECT count(*) FROM ((\(rows(scheduled))) EXCEPT ALL (\(rows(everyParent)))) b)
                     + (SELECT count(*) FROM ((\(rows(everyParent))) EXCEPT ALL (\(rows(scheduled)))) c)
                """, [idArray])
            compared += result.int(0, 0) ?? 0
            differing += result.int(0, 1) ?? 0
        }
        return (compared, differing)
    }

    /// Releases of a renamed app whose `app_name` is not its new name.
    private func staleReleaseNames(_ connection: Connection, _ renamed: [String: String], schema: String) throws -> Int {
        var stale = 0
        for (id, name) in renamed {
            stale += try connection.execute("""
                SELECT count(*) FROM \(Connection.quoteQualified(schema, "app_releases"))
                WHERE app_id = $1::uuid AND app_name IS DISTINCT FROM $2
                """, [id, name]).int(0, 0) ?? 0
        }
        return stale
    }
}

/// The fan-out part's three targets.
enum FanOutTargets {
    static func evaluate(_ fanOut: FanOutMeasurement) -> [TargetCheck] {
        let apps = BenchFormat.integer(fanOut.apps)
        let perNight = fanOut.parentsPerNight
        let average = fanOut.averageParentsPerNight
        let peak = perNight.max() ?? 0
        let never = fanOut.coverage.reduce(0) { $0 + $1.neverFetched }
        let parents = fanOut.coverage.reduce(0) { $0 + $1.parents }
        return [
            TargetCheck(
                target: "fan-out: the full first load is unchanged in requests (\(apps) apps, every report; "
                    + "verify after \(fanOut.verifyAfterDays) days vs 0)",
                measured: "\(BenchFormat.integer(fanOut.firstLoad.requests)) vs "
                    + "\(BenchFormat.integer(fanOut.firstLoadEveryParent.requests)) requests",
                passed: fanOut.firstLoad.requests == fanOut.firstLoadEveryParent.requests),
            TargetCheck(
                target: "fan-out: a night with 1% of apps changed <= 20% of a full night's requests, "
                    + "changed apps' rows equal a full fetch (\(apps) apps)",
                measured: "\(BenchFormat.integer(fanOut.nights.first?.requests ?? 0)) / "
                    + "\(BenchFormat.integer(fanOut.fullNight.requests)) = "
                    + String(format: "%.1f%%", 100 * fanOut.changedNightRatio)
                    + "; \(fanOut.renamedApps) renamed apps: \(fanOut.renamedRowsDiffering) of "
                    + "\(fanOut.renamedRowsCompared) rows differ, \(fanOut.staleReleaseNames) releases with an old name",
                passed: fanOut.changedNightRatio <= 0.2 && fanOut.renamedRowsDiffering == 0
                    && fanOut.staleReleaseNames == 0 && fanOut.renamedApps > 0),
            TargetCheck(
                target: "fan-out: every parent's lists fetched within \(fanOut.nights.count) nights "
                    + "(verify after \(fanOut.verifyAfterDays) days), no night > 2x the average",
                measured: "\(BenchFormat.integer(parents - never)) of \(BenchFormat.integer(parents)) parents' lists; "
                    + "parents fetched per night "
                    + perNight.map(String.init).joined(separator: ", ")
                    + String(format: " (average %.0f, max %.2fx)", average, Double(peak) / max(average, 1))
                    + (fanOut.logMatchesCounts ? "" : "; request log differs from the outcome counts"),
                passed: never == 0 && Double(peak) <= 2 * average && fanOut.logMatchesCounts),
        ]
    }
}
