import HerokuSandbox
import Postgres

/// A sandbox of the Heroku API on a free loopback port and a fresh schema on the test
/// PostgreSQL, for tests that load one into the other (in-process or through the
/// executable). `run` drops the schema and stops the sandbox afterwards, whatever happens.
public final class SandboxWarehouse {
    /// The running sandbox.
    public let server: SandboxServer
    /// A connection of the test's own, for checking what a load wrote.
    public let connection: Connection
    /// The schema loads go into (unique per test).
    public let schema: String
    /// The test server's URL.
    public let databaseURL: String

    private init(server: SandboxServer, connection: Connection, schema: String, databaseURL: String) {
        self.server = server
        self.connection = connection
        self.schema = schema
        self.databaseURL = databaseURL
    }

    /// Starts a sandbox with `configuration`, picks a schema named `<schemaPrefix>_...`, runs
    /// `body` and cleans up.
    public static func run<T>(
        _ configuration: SandboxConfiguration, schemaPrefix: String, _ body: (SandboxWarehouse) async throws -> T
    ) async throws -> T {
        guard let url = TestDatabase.url else { throw TestDatabaseUnavailable(reason: TestDatabase.missingMessage) }
        let connection = try TestDatabase.connect()
        let server = try await SandboxServer.start(account: SandboxAccount(configuration: configuration),
                                                   configuration: configuration)
        let fixture = SandboxWarehouse(server: server, connection: connection,
                                       schema: TestDatabase.uniqueSchemaName(schemaPrefix), databaseURL: url)
        defer {
            _ = try? connection.execute("DROP SCHEMA IF EXISTS \(Connection.quoteIdentifier(fixture.schema)) CASCADE")
        }
        do {
            let result = try await body(fixture)
            try await server.shutdown()
            return result
        } catch {
            try? await server.shutdown()
            throw error
        }
    }

    /// Runs a query with parameters.
    public func query(_ sql: String, _ parameters: [String?] = []) throws -> QueryResult {
        try connection.execute(sql, parameters)
    }

    /// A single integer from a query (-1 for NULL).
    public func int(_ sql: String, _ parameters: [String?] = []) throws -> Int {
        try connection.execute(sql, parameters).int(0, 0) ?? -1
    }

    /// `"schema"."name"`.
    public func table(_ name: String) -> String {
        Connection.quoteQualified(schema, name)
    }
}
