import Foundation
import HerokuAPI
import Loader
import Logging

/// The `_load` child: one `LoadRunner.run` of every default report into the given schema,
/// timed in-process (process start-up excluded), exactly as `heroku-warehouse load` runs it.
enum LoadChild {
    static func run(_ arguments: ChildArguments, logger: Logger) async throws -> LoadChildResult {
        let request = LoadRequest(
            reports: BenchReports.measured, schema: arguments.schema, databaseURL: arguments.databaseURL,
            endpoint: try APIEndpoint(arguments.apiURL), apiKey: try APIKey(arguments.apiKey))
        let clock = ContinuousClock()
        let started = clock.now
        let summary = try await LoadRunner(logger: logger, progress: RSSTrace.progress).run(request)
        let seconds = ((clock.now - started) / .seconds(1))
        let reports = summary.reports
        return LoadChildResult(
            seconds: seconds, status: summary.status.rawValue,
            fetched: reports.reduce(0) { $0 + $1.fetched },
            pages: reports.reduce(0) { $0 + $1.pages },
            requests: summary.requests,
            inserted: reports.reduce(0) { $0 + $1.counts.inserted },
            updated: reports.reduce(0) { $0 + $1.counts.updated },
            unchanged: reports.reduce(0) { $0 + $1.counts.unchanged },
            deleted: reports.reduce(0) { $0 + $1.counts.deleted },
            error: summary.error)
    }
}
