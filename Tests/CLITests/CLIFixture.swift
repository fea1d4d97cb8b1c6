import Foundation
import HerokuSandbox
import Postgres
import TestSupport
import Testing

/// A sandbox and a fresh schema for running the executable against; dropped afterwards.
typealias CLIFixture = SandboxWarehouse

extension SandboxWarehouse {
    static func with<T>(
        _ configuration: SandboxConfiguration = SandboxConfiguration(seed: 4, apps: 6, teams: 1),
        _ body: (CLIFixture) async throws -> T
    ) async throws -> T {
        try await run(configuration, schemaPrefix: "cli", body)
    }

    /// The environment of a load against this fixture.
    var environment: [String: String] {
        ["HEROKU_API_KEY": server.account.configuration.apiKey, "DATABASE_URL": databaseURL]
    }

    /// `--api-url ... --schema ...`.
    var targetArguments: [String] {
        ["--api-url", server.baseURL, "--schema", schema]
    }

    /// Runs `heroku-warehouse load` with `arguments` against this fixture's sandbox and schema.
    func runLoad(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(["load"] + arguments + targetArguments, environment: environment)
    }

    /// Loads recorded with `status`, 0 while the schema does not exist yet.
    func loads(status: String) throws -> Int {
        let exists = try connection.execute("SELECT to_regclass($1) IS NOT NULL", [table("_loads")])
        guard exists.firstValue == "t" else { return 0 }
        return try int("SELECT count(*) FROM \(table("_loads")) WHERE status = $1", [status])
    }

    /// Whether some session holds this schema's load lock. Read from `pg_locks` (a bigint
    /// key shows as its high and low 32 bits): taking the lock to probe it would make a load
    /// starting at that instant find it held.
    func lockIsHeld() throws -> Bool {
        let result = try connection.execute("""
            SELECT EXISTS (SELECT 1 FROM pg_locks
                           WHERE locktype = 'advisory' AND granted AND objsubid = 1
                             AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0))
            """, ["heroku-warehouse:load:" + schema])
        return result.firstValue == "t"
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

/// A temporary file holding `contents`, readable by this user only (it may hold a secret);
/// the caller removes it.
func temporaryFile(_ prefix: String, contents: String) throws -> URL {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: file.path, contents: Data(contents.utf8),
                                         attributes: [.posixPermissions: 0o600]) else {
        throw CocoaError(.fileWriteUnknown)
    }
    return file
}
