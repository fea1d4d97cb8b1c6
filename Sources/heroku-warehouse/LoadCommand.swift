import ArgumentParser
import Foundation
import HerokuAPI
import Loader
import Logging

/// `heroku-warehouse load`: one load of the selected reports (for one account, or for every
/// account of `--config`).
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Fetch reports from the Heroku API and upsert them into PostgreSQL.",
        discussion: """
            Each report is fetched completely (following Range pagination), then merged in one
            transaction: new objects inserted, changed ones updated (their previous version closed
            into the history table), vanished ones deleted (closed too). A failed report is rolled back and recorded
            in heroku._load_reports; the others still load. SIGTERM or SIGINT rolls back the
            report in flight and records the load as interrupted. See `heroku-warehouse reports`.
            """
    )

    @OptionGroup var options: LoadOptions

    @Flag(help: "Print the summary as JSON on stdout.")
    var json = false

    func run() async throws {
        let logger = options.logging.makeLogger()
        let planned = try options.plannedLoads(logger: logger)
        let progress = ProgressPrinter(enabled: !json && isatty(STDERR_FILENO) == 1)
        let runner = AccountLoads(logger: logger, progress: progress)
        let results = try await SignalCancellation.run { await runner.run(planned) }
        progress.finish()
        print(json ? SummaryRenderer.json(results) : SummaryRenderer.table(results))
        // On stderr with --json too, where cron mails or a supervisor shows them.
        for line in SummaryRenderer.problems(results) {
            FileHandle.standardError.write(Data("heroku-warehouse: \(line)\n".utf8))
        }
        let code = AccountLoads.exitCode(results)
        if code != 0 { throw ExitCode(code) }
    }
}

/// Runs planned loads one after another; one account's failure does not stop the others.
struct AccountLoads: Sendable {
    let logger: Logger
    let progress: ProgressPrinter

    /// The outcome of one account's load.
    struct Outcome: Sendable {
        var label: String?
        var result: Result<LoadSummary, LoadFailure>
    }

    /// Why an account's load did not run (one line) and its exit code.
    struct LoadFailure: Error, Sendable {
        var message: String
        var exitCode: Int32
    }

    func run(_ planned: [LoadOptions.PlannedLoad]) async -> [Outcome] {
        var outcomes: [Outcome] = []
        for load in planned {
            if Task.isCancelled {
                outcomes.append(Outcome(label: load.label, result: .failure(
                    LoadFailure(message: "not started: interrupted", exitCode: 1))))
                continue
            }
            switch load.request {
            case .failure(let error):
                outcomes.append(Outcome(label: load.label, result: .failure(LoadFailure(message: error.message, exitCode: 2))))
            case .success(let request):
                do {
                    let summary = try await LoadRunner(logger: logger, progress: progress.report).run(request)
                    outcomes.append(Outcome(label: load.label ?? summary.account, result: .success(summary)))
                } catch let error as LoadError {
                    outcomes.append(Outcome(label: load.label, result: .failure(
                        LoadFailure(message: error.description, exitCode: error.exitCode))))
                } catch {
                    outcomes.append(Outcome(label: load.label, result: .failure(
                        LoadFailure(message: String(describing: error), exitCode: 1))))
                }
            }
        }
        return outcomes
    }

    /// 0 when every load succeeded; 3 when the only failures were a held lock; 2 when a
    /// single load could not be configured; 1 otherwise.
    static func exitCode(_ outcomes: [Outcome]) -> Int32 {
        let codes = outcomes.map { outcome -> Int32 in
            switch outcome.result {
            case .success(let summary): return summary.exitCode
            case .failure(let failure): return failure.exitCode
            }
        }
        let failures = codes.filter { $0 != 0 }
        guard let first = failures.first else { return 0 }
        return failures.allSatisfy({ $0 == first }) ? first : 1
    }
}
