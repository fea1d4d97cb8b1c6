import Foundation
import HerokuSandbox
import Postgres
import Testing

/// The API key never leaves the process: not in output at any log level, not in errors,
/// not in the database, not in the process list.
@Suite("Secrets")
struct SecretsTests {
    static let key = "hw-secret-key-6f1c9a7e52"

    @Test("the API key appears in no output, no error, no table and no process arguments")
    func apiKeyNeverLeaks() async throws {
        let configuration = SandboxConfiguration(seed: 9, apps: 5, teams: 1, apiKey: Self.key)
        try await CLIFixture.with(configuration) { fixture in
            var outputs: [String] = []
            let good = try CommandRunner.run(["load", "--log-level", "trace"] + fixture.targetArguments,
                                             environment: fixture.environment)
            #expect(good.exitCode == 0, "\(good.stderr)")
            #expect(good.stderr.contains("trace") || good.stderr.contains("debug"), "trace logging is on")
            outputs += [good.stdout, good.stderr]

            // Failures: a server error, then a rejected key (its error echoes nothing secret either).
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 500, trigger: .always))
            let failing = try CommandRunner.run(["load", "--log-level", "trace", "--max-retries", "1", "--json"]
                                                + fixture.targetArguments, environment: fixture.environment)
            fixture.server.clearFaults()
            outputs += [failing.stdout, failing.stderr]
            var wrong = fixture.environment
            wrong["HEROKU_API_KEY"] = Self.key + "-expired"
            let rejected = try CommandRunner.run(["load", "--log-level", "trace"] + fixture.targetArguments,
                                                 environment: wrong)
            #expect(rejected.exitCode == 1)
            outputs += [rejected.stdout, rejected.stderr]
            let check = try CommandRunner.run(["check", "--log-level", "trace"] + fixture.targetArguments,
                                              environment: fixture.environment)
            outputs += [check.stdout, check.stderr]

            // The process list: a running scheduler's arguments.
            let scheduler = try CommandRunner.start(["schedule", "--every", "1h"] + fixture.targetArguments,
                                                    environment: fixture.environment)
            let arguments = try String(contentsOfFile: "/proc/\(scheduler.process.processIdentifier)/cmdline", encoding: .utf8)
            scheduler.terminate()
            outputs += [arguments, try scheduler.wait().stdout]

            for output in outputs {
                #expect(!output.contains(Self.key), "the key leaked into: \(output.prefix(300))")
            }
            // Every table of the warehouse, every column, as text.
            let tables = try fixture.query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [fixture.schema])
            #expect(tables.count >= 12)
            for table in tables.rows.compactMap({ $0[0] }) {
                let hits = try fixture.int(
                    "SELECT count(*) FROM \(fixture.table(table)) t WHERE strpos(t::text, $1) > 0", [Self.key])
                #expect(hits == 0, "the key is stored in \(table)")
            }
        }
    }
}
