import ArgumentParser
import Foundation
import HerokuSandbox

/// `heroku-warehouse sandbox`: serve a fake Heroku API for demos and tests.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Serve a fake Heroku Platform API with a generated account (for demos and tests).",
        discussion: """
            The sandbox speaks Heroku's protocol (Range pagination, JSON errors, rate-limit
            headers, Bearer keys) over plain HTTP on a loopback address. Point a load at it:
              heroku-warehouse sandbox --port 5099 &
              HEROKU_API_KEY=sandbox-key heroku-warehouse load --api-url http://127.0.0.1:5099
            The same --seed and sizes always generate the same account.
            """
    )

    @Option(help: "Address to listen on (loopback only).")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 5099

    @Option(help: "Seed of the generated account.")
    var seed: UInt64 = 1

    @Option(help: "Number of apps.")
    var apps: Int = 20

    @Option(help: "Number of add-ons (default: about two per app).")
    var addons: Int?

    @Option(help: "Number of teams.")
    var teams: Int = 3

    @Option(name: .customLong("api-key"), help: "The API key the sandbox accepts.")
    var apiKey: String = "sandbox-key"

    func validate() throws {
        guard ["127.0.0.1", "localhost", "::1"].contains(host) || host.hasPrefix("127.") else {
            throw ValidationError("the sandbox listens on loopback addresses only, not \(host)")
        }
        guard apps >= 0, teams >= 0, (addons ?? 0) >= 0 else {
            throw ValidationError("--apps, --addons and --teams must not be negative")
        }
    }

    func run() async throws {
        var configuration = SandboxConfiguration()
        configuration.seed = seed
        configuration.apps = apps
        configuration.teams = teams
        configuration.addons = addons
        configuration.apiKey = apiKey
        // Heroku's bucket refills (4,500 tokens, 75 a minute): a sandbox loaded every hour for
        // weeks (the Compose demo) must not run dry.
        configuration.rateLimitRefillPerMinute = 75
        let account = SandboxAccount(configuration: configuration)
        let server = try await SandboxServer.start(host: host, port: port, account: account, configuration: configuration)
        // A script or test reads the address (--port 0) while the sandbox runs.
        StandardOutput.writeLine("sandbox listening on \(server.baseURL) (seed \(seed), \(apps) apps); API key: \(apiKey)")
        try await server.waitUntilShutdown()
    }
}
