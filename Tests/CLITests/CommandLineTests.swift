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
        #expect((summary?["reports"] as? [Any])?.count == 11)  // the four original reports and seven account-wide ones
        #expect(summary?["estimated_requests"] as? Int == summary?["requests"] as? Int)
        let all = try CommandRunner.run(
            ["load", "--api-url", server.baseURL, "--schema", schema, "--json", "--report", "all"], environment: environment)
        #expect(all.exitCode == 0, "\(all.stderr)")
        let allSummary = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any]
        #expect((allSummary?["reports"] as? [Any])?.count == 16)

        var badEnvironment = environment
        badEnvironment["HEROKU_API_KEY"] = "definitely-wrong-key-123"
        let bad = try CommandRunner.run(["load", "--api-url", server.baseURL, "--schema", schema], environment: badEnvironment)
        #expect(bad.exitCode == 1)
        #expect(bad.stderr.contains("401"))
        #expect(!bad.stderr.contains("definitely-wrong-key-123") && !bad.stdout.contains("definitely-wrong-key-123"))
        #expect(bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
        try await server.shutdown()
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

    @Test("an unreachable database: exit 1, the password masked")
    func unreachableDatabase() throws {
        let result = try CommandRunner.run(
            ["migrate", "--database-url", "postgresql://warehouse:TopSecret42@127.0.0.1:1/x"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("PostgreSQL"))
        #expect(!result.stderr.contains("TopSecret42"))
    }
}
