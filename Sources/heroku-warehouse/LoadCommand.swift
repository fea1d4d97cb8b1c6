import ArgumentParser
import Foundation
import HerokuAPI
import Loader

/// `heroku-warehouse load`: one load of the selected reports.
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Fetch reports from the Heroku API and upsert them into PostgreSQL.",
        discussion: """
            Each report is fetched completely (following Range pagination), then merged in one
            transaction: new objects inserted, changed ones updated (with a new version in the
            history table), vanished ones deleted. A failed report is rolled back and recorded
            in heroku._load_reports; the others still load. See `heroku-warehouse reports`.
            """
    )

    @Option(name: .customLong("report"), parsing: .singleValue,
            help: ArgumentHelp("Load only this report (repeatable). Default: all of them.", valueName: "name"))
    var reportNames: [String] = []

    @Option(name: .customLong("account-label"),
            help: "Label stored in every row's _account column (default: the account's email).")
    var accountLabel: String?

    @Option(name: .customLong("max-delete-fraction"),
            help: "Refuse to delete more than this fraction of a table's rows in one load (1 disables the guard).")
    var maxDeleteFraction: Double = 0.5

    @Flag(help: "Wait for another load on the same schema to finish instead of exiting with code 3.")
    var wait = false

    @Flag(help: "Print the summary as JSON on stdout.")
    var json = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var heroku: HerokuOptions
    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        let logger = logging.makeLogger()
        let reports = try ReportSelection.resolve(reportNames)
        guard (0...1).contains(maxDeleteFraction) else {
            throw UsageError(message: "--max-delete-fraction must be between 0 and 1, got \(maxDeleteFraction)")
        }
        let request: LoadRequest
        do {
            request = LoadRequest(
                reports: reports, schema: database.schema, databaseURL: try database.resolvedURL(),
                accountLabel: accountLabel, endpoint: try heroku.endpoint(), apiKey: try heroku.credential(logger: logger),
                client: heroku.clientConfiguration(), maxDeleteFraction: maxDeleteFraction, waitForLock: wait)
        } catch {
            throw UsageError(message: String(describing: error))
        }
        let progress = ProgressPrinter(enabled: !json && isatty(STDERR_FILENO) == 1)
        let summary: LoadSummary
        do {
            summary = try await LoadRunner(logger: logger, progress: progress.report).run(request)
        } catch let error as LoadError {
            FileHandle.standardError.write(Data("heroku-warehouse: \(error.description)\n".utf8))
            throw ExitCode(error.exitCode)
        }
        progress.finish()
        if json {
            print(SummaryRenderer.json(summary))
        } else {
            print(SummaryRenderer.table(summary))
        }
        if summary.exitCode != 0 {
            if let error = summary.error, !json {
                FileHandle.standardError.write(Data("heroku-warehouse: load \(summary.status.rawValue): \(error)\n".utf8))
            }
            throw ExitCode(summary.exitCode)
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
            guard let report = ReportCatalog.named(normalized) else {
                throw UsageError(message: "unknown report \(name.debugDescription); valid reports: \(ReportCatalog.names.joined(separator: ", "))")
            }
            if !reports.contains(report) { reports.append(report) }
        }
        return ReportCatalog.all.filter { reports.contains($0) }
    }
}
