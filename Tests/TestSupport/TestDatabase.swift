import Foundation
import Postgres

/// Where the integration tests find their PostgreSQL server.
///
/// `./scripts/test` starts a throwaway cluster and exports `HEROKU_WAREHOUSE_TEST_DATABASE_URL`; run by hand,
/// export `HEROKU_WAREHOUSE_TEST_DATABASE_URL` (or `DATABASE_URL`) yourself. There is no
/// silent skip: without a reachable server every database test fails with `missingMessage`.
public enum TestDatabase {
    /// The message a test fails with when no database is configured or reachable.
    public static let missingMessage = """
        No test PostgreSQL: run the tests with ./scripts/test (it starts a throwaway server), \
        or export HEROKU_WAREHOUSE_TEST_DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db
        """

    /// The connection URL for tests, or nil when none is configured.
    public static var url: String? {
        let env = ProcessInfo.processInfo.environment
        return env["HEROKU_WAREHOUSE_TEST_DATABASE_URL"] ?? env["DATABASE_URL"]
    }

    /// Opens a connection to the test server, or throws an error whose description says how
    /// to start one.
    public static func connect() throws -> Connection {
        guard let url else { throw TestDatabaseUnavailable(reason: missingMessage) }
        do {
            return try Connection(url: url)
        } catch {
            throw TestDatabaseUnavailable(reason: "\(missingMessage) (connecting failed: \(error))")
        }
    }

    /// A fresh, uniquely named schema for one test; dropped by `dropSchema`.
    public static func uniqueSchemaName(_ prefix: String = "t") -> String {
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        return "\(prefix)_\(suffix)"
    }
}

/// Thrown when the integration tests cannot reach PostgreSQL.
public struct TestDatabaseUnavailable: Error, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public let reason: String
    public var description: String { reason }

    /// An error carrying `reason`.
    public init(reason: String) {
        self.reason = reason
    }
}
