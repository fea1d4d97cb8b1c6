import ArgumentParser
import Foundation
import Loader
import Logging

/// `heroku-warehouse schedule`: a long-running loop of loads.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Run loads on a schedule until stopped (SIGTERM or SIGINT).",
        discussion: """
            --every runs a load at once and then every DURATION (30s, 15m, 6h, 1d, 1h30m);
            --daily-at HH:MM runs one every day at that time in --timezone (default UTC).
            A failed load is logged and the next one still happens. SIGTERM or SIGINT stops the
            loop; a load in flight rolls back its open report, is recorded as interrupted and
            releases the lock. Each load prints one line per account on stdout.
            """
    )

    @OptionGroup var options: LoadOptions

    @Option(help: ArgumentHelp("Interval between loads, e.g. 30s, 15m, 6h, 1d.", valueName: "duration"))
    var every: String?

    @Option(name: .customLong("daily-at"), help: ArgumentHelp("Time of the daily load.", valueName: "HH:MM"))
    var dailyAt: String?

    @Option(help: "IANA time zone of --daily-at (default UTC).")
    var timezone: String?

    func run() async throws {
        let schedule = try usage { try Schedule.parse(every: every, dailyAt: dailyAt, timeZone: timezone) }
        let logger = options.logging.makeLogger()
        _ = try options.plannedLoads(logger: logger)  // fail fast on a bad configuration
        let options = self.options
        try await SignalCancellation.run {
            var due = schedule.firstRun(from: Date())
            while !Task.isCancelled {
                StandardOutput.writeLine("\(Self.timestamp(Date())) next load at \(Self.timestamp(due))")
                do {
                    try await Task.sleep(for: .seconds(max(0, due.timeIntervalSinceNow)))
                } catch {
                    break
                }
                let started = Date()
                do {
                    let planned = try options.plannedLoads(logger: logger)
                    let outcomes = await AccountLoads(logger: logger, progress: ProgressPrinter(enabled: false)).run(planned)
                    for line in Self.lines(outcomes, at: started) { StandardOutput.writeLine(line) }
                } catch {
                    StandardOutput.writeLine("\(Self.timestamp(started)) load not started: \(error)")
                }
                due = schedule.nextRun(after: due)
            }
            StandardOutput.writeLine("\(Self.timestamp(Date())) scheduler stopped")
        }
    }

    private static func lines(_ outcomes: [AccountLoads.Outcome], at time: Date) -> [String] {
        outcomes.map { outcome in
            let label = outcome.label ?? "account"
            switch outcome.result {
            case .failure(let failure):
                return "\(timestamp(time)) \(label): not loaded: \(failure.message)"
            case .success(let summary):
                let counts = summary.reports.reduce(into: (0, 0, 0)) {
                    $0.0 += $1.counts.inserted
                    $0.1 += $1.counts.updated
                    $0.2 += $1.counts.deleted
                }
                var line = "\(timestamp(time)) \(label): load \(summary.loadID.map(String.init) ?? "-") "
                    + "\(summary.status.rawValue): \(counts.0) inserted, \(counts.1) updated, \(counts.2) deleted"
                if let error = summary.error { line += "; \(error)" }
                return line
            }
        }
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
