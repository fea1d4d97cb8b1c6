import Foundation
import Loader
import Logging
import ServiceLifecycle

/// The scheduler's loop as a ServiceLifecycle service: a load when due, then the next. A
/// graceful shutdown (SIGTERM or SIGINT, through `ServiceGroup`) ends the wait between
/// loads at once and cancels a load in flight, which rolls back its open report, is
/// recorded as interrupted and releases the lock; the loop then stops.
struct ScheduleService: Service {
    let schedule: Schedule
    let options: LoadOptions
    let logger: Logger

    func run() async throws {
        var due = schedule.firstRun(from: Date())
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            StandardOutput.writeLine("\(Self.timestamp(Date())) next load at \(Self.timestamp(due))")
            let wait = max(0, due.timeIntervalSinceNow)
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(wait)) }
            } catch {
                break
            }
            if Task.isShuttingDownGracefully { break }
            let started = Date()
            do {
                let planned = try options.plannedLoads(logger: logger)
                let logger = self.logger
                let outcomes = await cancelWhenGracefulShutdown {
                    await AccountLoads(logger: logger, progress: ProgressPrinter(enabled: false)).run(planned)
                }
                for line in Self.lines(outcomes, at: started) { StandardOutput.writeLine(line) }
            } catch {
                StandardOutput.writeLine("\(Self.timestamp(started)) load not started: \(error)")
            }
            due = schedule.nextRun(after: due)
        }
        StandardOutput.writeLine("\(Self.timestamp(Date())) scheduler stopped")
    }

    /// One line per account: what its load did.
    static func lines(_ outcomes: [AccountLoads.Outcome], at time: Date) -> [String] {
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

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
