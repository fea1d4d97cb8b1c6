import Foundation
import HerokuSandbox
import Postgres
import TestSupport
import Testing

/// The executable as a user meets it: arguments, exit codes, one-line errors, stdout.
@Suite("Command line")
struct CommandLineTests {
    @Test("an unknown report is a usage error (exit 2) listing the valid ones")
    func unknownReport() throws {
        let result = try CommandRunner.run(["load", "--report", "dynos"], environment: ["HEROKU_API_KEY": "x"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("unknown report \"dynos\""))
        #expect(result.stderr.contains("teams, apps, addons, addon_services"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("no API key anywhere: exit 2 and one line naming the three ways to give one")
    func missingKey() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("hw-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try CommandRunner.run(["load"], environment: ["HOME": home.path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("HEROKU_API_KEY"))
        #expect(result.stderr.contains("netrc"))
        #expect(result.stderr.contains("--api-key-file"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("plain http to a non-loopback host is refused")
    func insecureURLRefused() throws {
        let result = try CommandRunner.run(["load", "--api-url", "http://api.example.com"],
                                           environment: ["HEROKU_API_KEY": "k"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("http://"))
    }

    @Test("nonsensical timeouts are usage errors, not crashes", arguments: ["inf", "nan", "-1", "0"])
    func badTimeouts(value: String) throws {
        let result = try CommandRunner.run(["load", "--timeout", value], environment: ["HEROKU_API_KEY": "k"])
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--timeout"))
    }

    @Test("reports lists every report with its API path")
    func reportsCommand() throws {
        let result = try CommandRunner.run(["reports"])
        #expect(result.exitCode == 0)
        for line in ["apps", "GET /apps", "addons", "GET /addons", "addon_services", "GET /addon-services", "teams", "GET /teams",
                     "GET /apps/{app}/releases", "GET /teams/{team}/members"] {
            #expect(result.stdout.contains(line))
        }
    }

    @Test("load against the sandbox: JSON summary on stdout, bad key exit 1 without the key")
    func loadThroughTheCommandLine() async throws {
        let databaseURL = try #require(TestDatabase.url, Comment(rawValue: TestDatabase.missingMessage))
        let connection = try TestDatabase.connect()
        let schema = TestDatabase.uniqueSchemaName("cli")
        let configuration = SandboxConfiguration(seed: 4, apps: 6, teams: 1)
        let server = try await SandboxServer.start(account: SandboxAccount(configuration: configuration),
                                                   configuration: configuration)
        defer { _ = try? connection.execute("DROP SCHEMA IF EXISTS \(Connection.quoteIdentifier(schema)) CASCADE") }
        let environment = ["HEROKU_API_KEY": configuration.apiKey, "DATABASE_URL": databaseURL]
        let good = try CommandRunner.run(
            ["load", "--api-url", server.baseURL, "--schema", schema, "--json"], environment: environment)
        #expect(good.exitCode == 0, "\(good.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [String: Any]
        #expect(summary?["status"] as? String == "succeeded")
        #expect((summary?["reports"] as? [Any])?.count == 12)  // the four original reports and eight account-wide ones
        #expect(summary?["estimated_requests"] as? Int == summary?["requests"] as? Int)
        let all = try CommandRunner.run(
            ["load", "--api-url", server.baseURL, "--schema", schema, "--json", "--report", "all"], environment: environment)
        #expect(all.exitCode == 0, "\(all.stderr)")
        let allSummary = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any]
        #expect((allSummary?["reports"] as? [Any])?.count == 24)  // and the fan-out, usage and invoice reports
        #expect(allSummary?["rate_limit_remaining"] is Int, "\(all.stdout)")
        // Loaded a moment ago and unchanged: every page of apps answered 304.
        let apps = (allSummary?["reports"] as? [[String: Any]])?.first { $0["report"] as? String == "apps" }
        #expect(apps?["not_modified"] as? Bool == true && apps?["recognised_unparsed"] as? Int == 0
                && apps?["fetched"] as? Int == 0 && apps?["rate_limit_wait_ms"] as? Int == 0, "\(apps ?? [:])")

        var badEnvironment = environment
        badEnvironment["HEROKU_API_KEY"] = "definitely-wrong-key-123"
        let bad = try CommandRunner.run(["load", "--api-url", server.baseURL, "--schema", schema], environment: badEnvironment)
        #expect(bad.exitCode == 1)
        #expect(bad.stderr.contains("401"))
        #expect(!bad.stderr.contains("definitely-wrong-key-123") && !bad.stdout.contains("definitely-wrong-key-123"))
        #expect(bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
        // With --json, stdout holds the JSON and the same line still goes to stderr.
        let badJSON = try CommandRunner.run(["load", "--api-url", server.baseURL, "--schema", schema, "--json"],
                                            environment: badEnvironment)
        #expect(badJSON.exitCode == 1)
        let failed = try JSONSerialization.jsonObject(with: Data(badJSON.stdout.utf8)) as? [String: Any]
        #expect(failed?["status"] as? String == "not started")
        #expect(badJSON.stderr.split(separator: "\n").count == 1 && badJSON.stderr.contains("401"), "\(badJSON.stderr)")
        try await server.shutdown()
    }

    @Test("the summary a person reads: the load line, the budget line, one row per report; 304 on a reload")
    func summaryTable() async throws {
        try await CLIFixture.with(SandboxConfiguration(seed: 5, apps: 6, teams: 2)) { fixture in
            let arguments = ["load"] + fixture.targetArguments + ["--report", "apps", "--report", "teams"]
            let first = try CommandRunner.run(arguments, environment: fixture.environment)
            #expect(first.exitCode == 0, "\(first.stderr)")
            let lines = first.stdout.split(separator: "\n").map(String.init)
            // The free rate-limit reading is not counted (it takes no token).
            let requests = fixture.server.requests.filter { $0.path != "/account/rate-limits" }.count
            #expect(lines.first == "load 1 for owner@sandbox.example: succeeded, \(requests) requests", "\(first.stdout)")
            #expect(lines.dropFirst().first?.hasPrefix("estimated ") == true
                    && lines.dropFirst().first?.hasSuffix(" rate-limit tokens left") == true, "\(first.stdout)")
            let table = lines.dropFirst(2).map { $0.split(separator: " ").map(String.init) }
            #expect(table.first == ["report", "status", "pages", "fetched", "inserted", "updated", "unchanged", "deleted",
                                    "columns+", "adjusted"])
            // In the catalog's order (`reports`), whatever order the flags gave.
            #expect(table.dropFirst(2).first?.prefix(8) == ["teams", "succeeded", "1", "2", "2", "0", "0", "0"], "\(first.stdout)")
            #expect(table.dropFirst(3).first?.prefix(8) == ["apps", "succeeded", "1", "6", "6", "0", "0", "0"], "\(first.stdout)")

            let again = try CommandRunner.run(arguments, environment: fixture.environment)
            #expect(again.exitCode == 0, "\(again.stderr)")
            let rows = again.stdout.split(separator: "\n").filter { $0.hasPrefix("apps ") || $0.hasPrefix("teams ") }
            #expect(rows.count == 2 && rows.allSatisfy { $0.contains(" unchanged (304) ") }, "\(again.stdout)")
        }
    }

    @Test("sandbox --port 0 prints its address at once, serves a load and refills its token pool; it listens on loopback only")
    func sandboxCommand() async throws {
        try await CLIFixture.with { fixture in
            let sandbox = try CommandRunner.start(
                ["sandbox", "--port", "0", "--apps", "3", "--teams", "1", "--api-key", "k-sandbox"])
            defer {
                sandbox.terminate()
                _ = try? sandbox.wait(timeout: 10)
            }
            func address() -> String? {
                sandbox.stdoutSoFar.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") }.map(String.init)
            }
            #expect(try fixture.waitUntil { address() != nil }, "the sandbox printed no address: \(sandbox.stdoutSoFar)")
            let baseURL = try #require(address())
            let load = try CommandRunner.run(["load", "--api-url", baseURL, "--schema", fixture.schema, "--report", "apps"],
                                             environment: ["HEROKU_API_KEY": "k-sandbox", "DATABASE_URL": fixture.databaseURL])
            #expect(load.exitCode == 0, "\(load.stderr)")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == 3)

            // Its token pool refills like Heroku's (75 a minute), so a sandbox loaded for weeks never runs dry.
            func tokensLeft() throws -> Int? {
                let check = try CommandRunner.run(["check", "--api-url", baseURL, "--schema", fixture.schema],
                                                  environment: ["HEROKU_API_KEY": "k-sandbox", "DATABASE_URL": fixture.databaseURL])
                // "..., 4487 API requests left in the rate-limit pool"
                guard let phrase = check.stdout.range(of: " API requests left") else { return nil }
                return Int(check.stdout[..<phrase.lowerBound].split(separator: " ").last ?? "")
            }
            let before = try #require(try tokensLeft())
            try await Task.sleep(for: .seconds(2))
            let after = try #require(try tokensLeft())
            #expect(after > before, "\(before) tokens, then \(after) after 2 s and one more request")
        }
        let outside = try CommandRunner.run(["sandbox", "--host", "0.0.0.0"])
        #expect(outside.exitCode == 2)
        #expect(outside.stderr.contains("loopback addresses only"), "\(outside.stderr)")
    }

    @Test("time spent waiting for Heroku's rate limit is in the summary, a line per report that waited")
    func rateLimitWaitReported() async throws {
        try await CLIFixture.with { fixture in
            fixture.server.inject(SandboxFault(pathPrefix: "/apps", status: 429, trigger: .times(1), retryAfter: 1))
            let result = try CommandRunner.run(["load"] + fixture.targetArguments, environment: fixture.environment)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let waits = result.stdout.split(separator: "\n").filter { $0.contains("for Heroku's rate limit") }
            // The 429 on /apps empties the pool for every request, so the reports loading side by
            // side wait it out too.
            #expect(waits.contains { $0.hasPrefix("apps: waited 1.") }, "\(result.stdout)")
            #expect(waits.allSatisfy { $0.hasSuffix(" s for Heroku's rate limit (summed over its requests)") })
        }
    }

    @Test("500 rate-limit tokens are left for the account's other tools by default: the load pauses above them and --max-duration budgets without them; --rate-limit-reserve 0 spends them")
    func rateLimitReserve() async throws {
        try await CLIFixture.with { fixture in
            func load(remaining: Int, _ arguments: [String]) throws -> CommandRunner.Result {
                fixture.server.setRateLimitRemaining(remaining)
                fixture.server.resetRequestLog()
                return try CommandRunner.run(["load", "--max-wait", "0.3"] + arguments + fixture.targetArguments,
                                             environment: fixture.environment)
            }
            func waits(_ result: CommandRunner.Result) -> [Substring] {
                result.stdout.split(separator: "\n").filter { $0.contains("for Heroku's rate limit") }
            }
            // 504 tokens after GET /account: the reports cross 500 after a few requests and pause
            // (each pause capped at --max-wait 0.3 s; the sandbox does not refill).
            let paced = try load(remaining: 505, [])
            #expect(paced.exitCode == 0, "\(paced.stderr)")
            #expect(!waits(paced).isEmpty, "\(paced.stdout)")
            #expect(!fixture.server.requests.contains { $0.status == 429 })
            let spending = try load(remaining: 505, ["--rate-limit-reserve", "0"])
            #expect(spending.exitCode == 0, "\(spending.stderr)")
            #expect(waits(spending).isEmpty, "\(spending.stdout)")

            // A 1 s budget: 4 tokens above the reserve and 1 refilled cannot cover every report.
            let budgeted = try load(remaining: 505, ["--max-duration", "1s"])
            #expect(budgeted.exitCode == 1, "\(budgeted.stderr)")
            #expect(budgeted.stdout.contains("504 rate-limit tokens left, 5 allowed within --max-duration; skipped (over budget)"),
                    "\(budgeted.stdout)")
            #expect(fixture.server.requests.filter { $0.path != "/account/rate-limits" }.count <= 6)
            let unreserved = try load(remaining: 505, ["--max-duration", "1s", "--rate-limit-reserve", "0"])
            #expect(unreserved.exitCode == 0, "\(unreserved.stdout)\n\(unreserved.stderr)")
            #expect(!unreserved.stdout.contains("skipped (over budget)"), "\(unreserved.stdout)")
        }
        let tooMany = try CommandRunner.run(["load", "--rate-limit-reserve", "5000"], environment: ["HEROKU_API_KEY": "k"])
        #expect(tooMany.exitCode == 2)
        #expect(tooMany.stderr.contains("--rate-limit-reserve takes a number of tokens from 0 to 4500, got 5000"),
                "\(tooMany.stderr)")
    }

    @Test("--lock-wait bounds how long a column change waits for an analyst's query before the report fails")
    func lockWaitOption() async throws {
        try await CLIFixture.with { fixture in
            let first = try fixture.runLoad(["--report", "apps"])
            #expect(first.exitCode == 0, "\(first.stderr)")
            fixture.server.mutate { account in
                for object in account.objects(.apps) {
                    guard let id = object["id"]?.stringValue else { continue }
                    _ = account.setField(resource: .apps, id: id, path: ["sandbox_tier"], value: "gold")
                }
            }
            // An analyst's open transaction has read the apps table: the new column must wait.
            let analyst = try TestDatabase.connect()
            try analyst.execute("BEGIN")
            _ = try analyst.execute("SELECT count(*) FROM \(fixture.table("apps"))")
            defer { _ = try? analyst.execute("ROLLBACK") }

            let started = Date()
            let busy = try fixture.runLoad(["--report", "apps", "--lock-wait", "5s"])
            let seconds = Date().timeIntervalSince(started)
            #expect(busy.exitCode == 1, "\(busy.stderr)")
            // Two attempts of 2 s with a 1 s pause between: 5 s in all.
            #expect(busy.stderr.contains("through 2 attempts") && busy.stderr.contains("--lock-wait"), "\(busy.stderr)")
            #expect(seconds < 30, "the standard wait is about 75 s; --lock-wait 5s took \(seconds) s")
        }
        let invalid = try CommandRunner.run(["migrate", "--lock-wait", "soon"], environment: ["DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"])
        #expect(invalid.exitCode == 2)
        #expect(invalid.stderr.contains("--lock-wait: invalid duration \"soon\""), "\(invalid.stderr)")
        let tooLong = try CommandRunner.run(["load", "--lock-wait", "2d"], environment: ["HEROKU_API_KEY": "k"])
        #expect(tooLong.exitCode == 2)
        #expect(tooLong.stderr.contains("--lock-wait takes at most a day (1d), got \"2d\""), "\(tooLong.stderr)")
    }

    @Test("a skipped parent is shown: a note line under the table, `kept` and `error` in --json")
    func skippedParentsShown() async throws {
        try await CLIFixture.with { fixture in
            let first = try fixture.runLoad(["--report", "all"])
            #expect(first.exitCode == 0, "\(first.stderr)")
            let team = try #require(fixture.server.account.objects(.teams).first?["id"]?.stringValue)
            let members = try fixture.int("SELECT count(*) FROM \(fixture.table("team_members")) WHERE team_id::text = $1", [team])
            fixture.server.inject(SandboxFault(pathPrefix: "/teams/\(team)/members", status: 403, trigger: .always))
            let teams = fixture.server.account.objects(.teams).count
            let note = "team_members: kept the stored rows of 1 of \(teams) teams: the API key may not read their lists (403): \(team)"

            // Every parent fetched (the team did not change: the schedule would keep it as fresh).
            let text = try fixture.runLoad(["--report", "all", "--fan-out-verify-after", "0"])
            #expect(text.exitCode == 0, "\(text.stderr)")
            #expect(text.stdout.split(separator: "\n").contains { $0 == note }, "\(text.stdout)")

            let json = try fixture.runLoad(["--report", "team_members", "--json", "--fan-out-verify-after", "0"])
            #expect(json.exitCode == 0, "\(json.stderr)")
            let summary = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let report = (summary?["reports"] as? [[String: Any]])?.first
            #expect(report?["kept"] as? Int == members && members > 0, "\(report ?? [:])")
            #expect(report?["error"] as? String == String(note.dropFirst("team_members: ".count)), "\(report ?? [:])")
        }
    }

    @Test("a bad schema name is a usage error (exit 2) before anything connects, from the flag or a config file")
    func badSchemaName() throws {
        let environment = ["HEROKU_API_KEY": "k", "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"]
        for command in ["load", "schedule", "migrate", "runs"] {
            let result = try CommandRunner.run([command, "--schema", "Bad-Name"], environment: environment)
            #expect(result.exitCode == 2, "\(command): \(result.stderr)")
            // The problem on the first line; ArgumentParser's usage hint follows.
            #expect(result.stderr.split(separator: "\n").first?.contains("invalid schema name \"Bad-Name\"") == true,
                    "\(command): \(result.stderr)")
        }
        let config = try temporaryFile("schema", contents: """
            schema = "pg_catalog"
            [[accounts]]
            label = "acme"
            api_key_env = "HEROKU_API_KEY"
            """)
        defer { try? FileManager.default.removeItem(at: config) }
        let result = try CommandRunner.run(["load", "--config", config.path], environment: environment)
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("invalid schema name \"pg_catalog\""), "\(result.stderr)")
    }

    @Test("on a terminal, load shows live progress per report on stderr; --json and pipes get none")
    func liveProgressOnATerminal() async throws {
        try await CLIFixture.with { fixture in
            // `script` runs the command on a pseudo-terminal, as a person at a shell would.
            let command = ([CommandRunner.executable.path, "load"] + fixture.targetArguments)
                .map { "'\($0)'" }.joined(separator: " ")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
            var environment = fixture.environment
            environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            environment["TERM"] = "xterm"
            process.environment = environment
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
            #expect(text.contains("apps: fetching, 1 pages, \(fixture.server.account.count(.apps)) objects"), "\(text)")
            #expect(text.contains("\u{1B}[K"), "the progress line is rewritten in place")
            let piped = try CommandRunner.run(["load"] + fixture.targetArguments, environment: fixture.environment)
            #expect(!piped.stderr.contains("fetching"), "no progress when stderr is not a terminal")
        }
    }

    @Test("the database password from --database-password-file or its variable, never in the URL; a missing file is exit 2")
    func databasePasswordFile() throws {
        let url = try #require(TestDatabase.url, Comment(rawValue: TestDatabase.missingMessage))
        var components = try #require(URLComponents(string: url), "the test database URL is not a URL: set it as postgresql://user:password@host:port/db")
        let password = try #require(components.password, "this test needs a password in the test database URL (scripts/test sets one)")
        components.password = nil
        let withoutPassword = try #require(components.string)
        let file = try temporaryFile("pgpass", contents: password + "\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let connection = try TestDatabase.connect()
        let schema = TestDatabase.uniqueSchemaName("cli")
        defer { _ = try? connection.execute("DROP SCHEMA IF EXISTS \(Connection.quoteIdentifier(schema)) CASCADE") }
        let home = FileManager.default.temporaryDirectory.path  // no ~/.pgpass to fall back on
        let base = ["HOME": home, "DATABASE_URL": withoutPassword]

        let flag = try CommandRunner.run(["migrate", "--schema", schema, "--database-password-file", file.path],
                                         environment: base)
        #expect(flag.exitCode == 0, "\(flag.stderr)")
        var viaVariable = base
        viaVariable["HEROKU_WAREHOUSE_DATABASE_PASSWORD_FILE"] = file.path
        let variable = try CommandRunner.run(["runs", "--schema", schema], environment: viaVariable)
        #expect(variable.exitCode == 0, "\(variable.stderr)")
        #expect(!(flag.stdout + flag.stderr + variable.stdout + variable.stderr).contains(password))

        let missing = try CommandRunner.run(["migrate", "--schema", schema, "--database-password-file", "/nonexistent/pw"],
                                            environment: base)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("/nonexistent/pw") && missing.stderr.split(separator: "\n").count == 1, "\(missing.stderr)")
        let none = try CommandRunner.run(["migrate", "--schema", schema], environment: base)
        #expect(none.exitCode != 0, "without the file, the server must refuse the password-less URL")
    }

    @Test("an unreachable database: exit 1, the password masked")
    func unreachableDatabase() throws {
        let result = try CommandRunner.run(
            ["migrate", "--database-url", "postgresql://warehouse:TopSecret42@127.0.0.1:1/x"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("PostgreSQL"))
        #expect(!result.stderr.contains("TopSecret42"))
    }
}
