import ArgumentParser
import Foundation
import HerokuAPI
import Loader
import Logging

/// The options of a load, shared by `load` and `schedule`.
struct LoadOptions: ParsableArguments {
    @Option(name: .customLong("report"), parsing: .singleValue,
            help: ArgumentHelp("Load only this report (repeatable); `all` adds the per-app and per-team ones. Default: every report without fan-out.", valueName: "name"))
    var reportNames: [String] = []

    @Option(name: .customLong("account-label"),
            help: "Label stored in every row's _account column (default: the account's email).")
    var accountLabel: String?

    @Option(name: .customLong("config"),
            help: ArgumentHelp("TOML file listing several accounts to load one after another (see the README).",
                               valueName: "file"))
    var configPath: String?

    @Option(name: .customLong("max-delete-fraction"),
            help: "Refuse to delete more than this fraction of a table's rows in one load (1 disables the guard).")
    var maxDeleteFraction: Double = 0.5

    @Option(name: .customLong("max-duration"),
            help: ArgumentHelp("Skip reports whose requests do not fit in the rate-limit tokens left plus what refills in this time (e.g. 30m). Default: no limit; the load paces itself.", valueName: "duration"))
    var maxDuration: String?

    @Option(name: .customLong("rate-limit-reserve"),
            help: ArgumentHelp("Rate-limit tokens left for the account's other tools (0 to 4500): the load pauses rather than spend them, and --max-duration budgets only the tokens above them.", valueName: "tokens"))
    var rateLimitReserve: Int = LoadOptions.defaultRateLimitReserve

    /// About a ninth of the account's 4,500 tokens, kept for other tools (a
    /// deploy, the dashboard) that draw from the same pool.
    static let defaultRateLimitReserve = 500

    @Option(name: .customLong("verify-after"),
            help: ArgumentHelp("Fetch each list without If-None-Match at least this often, so a stale 304 from Heroku is never trusted longer (e.g. 6h; 0: every load). Default: 24h.", valueName: "duration"))
    var verifyAfter: String?

    @Option(name: .customLong("fan-out-verify-after"),
            help: ArgumentHelp("Fetch each app's and team's lists (releases, formation, ...) at least this often even when the app or team did not change, about an equal share each load (e.g. 3d; 0: every parent every load). Default: 7d.", valueName: "duration"))
    var fanOutVerifyAfter: String?

    @Option(name: .customLong("usage-since"),
            help: ArgumentHelp("First day (YYYY-MM-DD, UTC) the usage reports backfill for a team with no usage stored yet. Default: the first day of the month twelve months ago. Later loads ask only for the last days stored onwards.", valueName: "date"))
    var usageSince: String?

    @Flag(help: "Wait for another load on the same schema to finish instead of exiting with code 3.")
    var wait = false

    @Option(help: "Per-team or per-app lists fetched at once by fan-out reports (1 to 16).")
    var concurrency: Int = 4

    @Option(name: .customLong("report-concurrency"),
            help: "Account-wide reports loaded at once, each on its own database connection (1 to 8).")
    var reportConcurrency: Int = 3

    @Flag(name: .customLong("dry-run"),
          help: "Fetch and infer, then print the schema changes and row counts a load would make; write nothing.")
    var dryRun = false

    @OptionGroup var lockWait: LockWaitOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var heroku: HerokuOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard (1...8).contains(reportConcurrency) else {
            throw ValidationError("--report-concurrency takes a number from 1 to 8, got \(reportConcurrency)")
        }
        guard (1...16).contains(concurrency) else {
            throw ValidationError("--concurrency takes a number from 1 to 16, got \(concurrency)")
        }
        guard (0...4500).contains(rateLimitReserve) else {
            throw ValidationError("--rate-limit-reserve takes a number of tokens from 0 to 4500, got \(rateLimitReserve)")
        }
        guard (0...1).contains(maxDeleteFraction) else {
            throw ValidationError("--max-delete-fraction must be between 0 and 1, got \(maxDeleteFraction)")
        }
        if let maxDuration {
            do { _ = try Schedule.parseDuration(maxDuration) } catch { throw ValidationError(String(describing: error)) }
        }
        do { _ = try verifyAfterDuration() } catch { throw ValidationError("--verify-after: \(error)") }
        do { _ = try Self.duration(fanOutVerifyAfter, default: LoadRequest.defaultFanOutVerifyAfter) } catch {
            throw ValidationError("--fan-out-verify-after: \(error)")
        }
        if let usageSince {
            guard let day = CalendarDay(usageSince) else {
                throw ValidationError("--usage-since takes a date like 2025-01-01, got '\(usageSince)'")
            }
            guard day <= CalendarDay.today() else {
                throw ValidationError("--usage-since \(usageSince) is in the future; give a past date (UTC)")
            }
        }
        if configPath != nil && (accountLabel != nil || heroku.apiKeyFile != nil) {
            throw ValidationError("--config names each account's label and key; drop --account-label and --api-key-file")
        }
    }

    /// One planned load: the request, or why it cannot run (a bad key file for one account of
    /// a config must not stop the others).
    struct PlannedLoad {
        var label: String?
        var request: Result<LoadRequest, UsageError>
    }

    /// The loads to run: one, or one per account of `--config`.
    func plannedLoads(logger: Logger) throws -> [PlannedLoad] {
        let databaseURL = try database.resolvedURL()
        guard let configPath else {
            let request = try makeRequest(reports: try ReportSelection.resolve(reportNames), schema: database.schemaName,
                                          databaseURL: databaseURL, label: accountLabel,
                                          endpoint: try usage { try heroku.endpoint() },
                                          key: try usage { try heroku.credential(logger: logger) })
            return [PlannedLoad(label: accountLabel, request: .success(request))]
        }
        let file = try usage { try AccountsFile.load(path: configPath) }
        let schema = database.schemaWasGiven ? database.schemaName : (file.schema ?? database.schemaName)
        try usage { try DatabaseOptions.checkSchemaName(schema) }
        return try file.accounts.map { account in
            let reports = try ReportSelection.resolve(account.reports ?? reportNames)
            let endpoint = try usage {
                try APIEndpoint.resolve(apiURL: account.apiURL ?? heroku.apiURL, environment: ProcessInfo.processInfo.environment)
            }
            do {
                let key = try AccountCredential.key(for: account)
                return PlannedLoad(label: account.label, request: .success(
                    try makeRequest(reports: reports, schema: schema, databaseURL: databaseURL, label: account.label,
                                    endpoint: endpoint, key: key)))
            } catch let error as UsageError {
                return PlannedLoad(label: account.label, request: .failure(error))
            }
        }
    }

    private func makeRequest(reports: [Report], schema: String, databaseURL: String?, label: String?,
                             endpoint: APIEndpoint, key: APIKey) throws -> LoadRequest {
        var request = LoadRequest(reports: reports, schema: schema, databaseURL: databaseURL, accountLabel: label,
                                  endpoint: endpoint, apiKey: key, client: heroku.clientConfiguration(),
                                  maxDeleteFraction: maxDeleteFraction, waitForLock: wait)
        request.dryRun = dryRun
        request.concurrency = concurrency
        request.reportConcurrency = reportConcurrency
        request.maxDuration = try maxDuration.map { .seconds(try Schedule.parseDuration($0)) }
        request.client.rateLimitFloor = rateLimitReserve
        request.lockWait = try lockWait.policy()
        request.verifyAfter = try verifyAfterDuration()
        request.fanOutVerifyAfter = try Self.duration(fanOutVerifyAfter, default: LoadRequest.defaultFanOutVerifyAfter)
        request.usageSince = usageSince.flatMap { CalendarDay($0) }
        return request
    }

    /// `--verify-after` (`0`: every load), the default without it.
    private func verifyAfterDuration() throws -> Duration {
        try Self.duration(verifyAfter, default: LoadRequest.defaultVerifyAfter)
    }

    /// A duration flag's value (`0`: zero, every load), `fallback` without it.
    private static func duration(_ text: String?, default fallback: Duration) throws -> Duration {
        guard let text else { return fallback }
        if text.allSatisfy({ $0 == "0" }), !text.isEmpty { return .zero }
        return .seconds(try Schedule.parseDuration(text))
    }
}

/// Runs `body`, turning any error into a one-line usage error (exit code 2).
func usage<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as UsageError {
        throw error
    } catch {
        throw UsageError(message: String(describing: error))
    }
}

/// The API key of one account of an accounts file.
enum AccountCredential {
    static func key(for account: AccountsFile.Account) throws -> APIKey {
        try usage {
            if let variable = account.apiKeyEnvironmentVariable {
                guard let value = ProcessInfo.processInfo.environment[variable] else {
                    throw UsageError(message: "environment variable \(variable) (its api_key_env) is not set; set it or change the accounts file")
                }
                return try APIKey(value, source: "$\(variable)")
            }
            let resolved = try CredentialResolver().resolve(
                apiKeyFile: account.apiKeyFile, environment: [:],
                homeDirectory: FileManager.default.homeDirectoryForCurrentUser.path)
            return resolved.apiKey
        }
    }
}

/// Turns `--report` names into reports, with a usage error listing the valid names.
enum ReportSelection {
    static func resolve(_ names: [String]) throws -> [Report] {
        if names.isEmpty { return ReportCatalog.defaults }
        var reports: [Report] = []
        for name in names {
            let normalized = name.lowercased().replacingOccurrences(of: "-", with: "_")
            if normalized == "all" { return ReportCatalog.all }
            guard let report = ReportCatalog.named(normalized) else {
                throw UsageError(message: "unknown report \(name.debugDescription); valid reports: all, \(ReportCatalog.names.joined(separator: ", "))")
            }
            if !reports.contains(report) { reports.append(report) }
        }
        return ReportCatalog.all.filter { reports.contains($0) }
    }
}
