import Foundation
import HerokuSandbox
import Postgres
import TestSupport
import Testing

/// A sandbox and a fresh schema for running the executable against; dropped afterwards.
final class CLIFixture {
    let server: SandboxServer
    let connection: Connection
    let schema: String
    let databaseURL: String

    private init(server: SandboxServer, connection: Connection, schema: String, databaseURL: String) {
        self.server = server
        self.connection = connection
        self.schema = schema
        self.databaseURL = databaseURL
    }

    static func with<T>(
        _ configuration: SandboxConfiguration = SandboxConfiguration(seed: 4, apps: 6, teams: 1),
        _ body: (CLIFixture) async throws -> T
    ) async throws -> T {
        guard let url = TestDatabase.url else { throw TestDatabaseUnavailable(reason: TestDatabase.missingMessage) }
        let connection = try TestDatabase.connect()
        let server = try await SandboxServer.start(account: SandboxAccount(configuration: configuration),
                                                   configuration: configuration)
        let fixture = CLIFixture(server: server, connection: connection,
                                 schema: TestDatabase.uniqueSchemaName("cli"), databaseURL: url)
        defer { _ = try? connection.execute("DROP SCHEMA IF EXISTS \(Connection.quoteIdentifier(fixture.schema)) CASCADE") }
        do {
            let result = try await body(fixture)
            try await server.shutdown()
            return result
        } catch {
            try? await server.shutdown()
            throw error
        }
    }

    /// The environment of a load against this fixture.
    var environment: [String: String] {
        ["HEROKU_API_KEY": server.account.configuration.apiKey, "DATABASE_URL": databaseURL]
    }

    /// `--api-url ... --schema ...`.
    var targetArguments: [String] {
        ["--api-url", server.baseURL, "--schema", schema]
    }

    func int(_ sql: String, _ parameters: [String?] = []) throws -> Int {
        try connection.execute(sql, parameters).int(0, 0) ?? -1
    }

    func query(_ sql: String, _ parameters: [String?] = []) throws -> QueryResult {
        try connection.execute(sql, parameters)
    }

    func table(_ name: String) -> String {
        Connection.quoteQualified(schema, name)
    }

    /// Loads recorded with `status`, 0 while the schema does not exist yet.
    func loads(status: String) throws -> Int {
        let exists = try connection.execute("SELECT to_regclass($1) IS NOT NULL", [table("_loads")])
        guard exists.firstValue == "t" else { return 0 }
        return try int("SELECT count(*) FROM \(table("_loads")) WHERE status = $1", [status])
    }

    /// Whether some session holds this schema's load lock.
    func lockIsHeld() throws -> Bool {
        let result = try connection.execute(
            "SELECT pg_try_advisory_lock(hashtextextended($1, 0))", ["heroku-warehouse:load:" + schema])
        guard result.firstValue == "t" else { return true }
        try connection.execute("SELECT pg_advisory_unlock(hashtextextended($1, 0))", ["heroku-warehouse:load:" + schema])
        return false
    }

    /// Polls `condition` every 50 ms for at most `seconds`.
    func waitUntil(seconds: Double = 30, _ condition: () throws -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            usleep(50_000)
        }
        return false
    }
}
