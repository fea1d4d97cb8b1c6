import Foundation
import HerokuAPI
import Loader
import Logging
import Postgres
import Schema

/// The `_floor` child: the least any loader must spend, in two separately timed parts.
///
/// (a) fetch every page of every default report with `HerokuClient.fetchList` and parse it
/// with `JSONParser.parseArray`, discarding the values (the raw pages are kept, untimed, for
/// part b); (b) COPY the same objects, as the exact JSON text fetched, into an UNLOGGED
/// scratch table `(raw jsonb)` in one transaction. Reports are fetched one after another.
/// Its peak memory is not meaningful: it holds every page to separate (b) from (a).
enum FloorChild {
    static func run(_ arguments: ChildArguments, logger: Logger) async throws -> FloorChildResult {
        let endpoint = try APIEndpoint(arguments.apiURL)
        let key = try APIKey(arguments.apiKey)
        let pagesHeld = try await HerokuClient.withClient(endpoint: endpoint, apiKey: key, logger: logger) { client in
            try await fetchAndParse(client)
        }
        let rows = pagesHeld.pages.flatMap { page in
            JSONArraySplitter.elementRanges(page).map { String(decoding: page[$0], as: UTF8.self) }
        }
        guard rows.count == pagesHeld.objects else {
            throw BenchError.childFailed("split \(rows.count) objects, parsed \(pagesHeld.objects)")
        }
        let copySeconds = try copy(rows, arguments: arguments)
        return FloorChildResult(fetchSeconds: pagesHeld.seconds, copySeconds: copySeconds,
                                rows: rows.count, pages: pagesHeld.pages.count)
    }

    /// Part (a): every page of every default report, parsed and discarded.
    private static func fetchAndParse(
        _ client: HerokuClient
    ) async throws -> (pages: [[UInt8]], objects: Int, seconds: Double) {
        var pages: [[UInt8]] = []
        var objects = 0
        let clock = ContinuousClock()
        let elapsed = try await clock.measure {
            for report in BenchReports.measured {
                _ = try await client.fetchList(path: report.path) { page in
                    objects += try JSONParser.parseArray(page.bytes).count
                    pages.append(page.bytes)
                }
            }
        }
        return (pages, objects, (elapsed / .seconds(1)))
    }

    /// Part (b): the rows COPYed into a fresh unlogged table, commit included.
    private static func copy(_ rows: [String], arguments: ChildArguments) throws -> Double {
        let connection = try Connection(url: arguments.databaseURL)
        let table = Connection.quoteQualified(arguments.schema, "floor_scratch")
        try connection.execute("""
            CREATE SCHEMA IF NOT EXISTS \(Connection.quoteIdentifier(arguments.schema));
            DROP TABLE IF EXISTS \(table);
            CREATE UNLOGGED TABLE \(table) (raw jsonb)
            """)
        defer { _ = try? connection.execute("DROP TABLE IF EXISTS \(table)") }
        let elapsed = try ContinuousClock().measure {
            let copied = try connection.transaction { connection in
                try connection.copyIn("COPY \(table) (raw) FROM STDIN") { writer in
                    for row in rows { try writer.writeRow([row]) }
                }
            }
            guard copied == rows.count else {
                throw BenchError.childFailed("COPY wrote \(copied) rows, expected \(rows.count)")
            }
        }
        return (elapsed / .seconds(1))
    }
}
