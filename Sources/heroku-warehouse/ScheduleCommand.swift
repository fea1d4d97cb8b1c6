import ArgumentParser
import Foundation
import Loader
import Logging
import ServiceLifecycle

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
        // SIGTERM and SIGINT shut the service down gracefully (ServiceLifecycle, the
        // server-side Swift convention for a daemon): see ScheduleService.
        let service = ScheduleService(schedule: schedule, options: options, logger: logger)
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: service)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        // ServiceGroup shuts down on the first signal; this says so and exits on a second.
        let sources = SignalCancellation.watch(onFirst: {})
        defer { for source in sources { source.cancel() } }
        try await group.run()
    }
}
