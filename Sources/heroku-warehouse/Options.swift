import ArgumentParser
import Foundation
import HerokuAPI
import Logging
import Warehouse

/// Where the warehouse is.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"),
            help: ArgumentHelp("PostgreSQL URL (postgresql://user:pass@host:5432/db).",
                               discussion: "Default: $DATABASE_URL, else libpq's PG* variables (PGHOST, PGUSER, ...)."))
    var databaseURL: String?

    @Option(name: .customLong("database-password-file"),
            help: ArgumentHelp("File holding the database password (default: $HEROKU_WAREHOUSE_DATABASE_PASSWORD_FILE).",
                               discussion: "Keeps the password out of URLs and the process list; used as libpq's PGPASSWORD."))
    var passwordFile: String?

    @Option(help: "PostgreSQL schema to load into (default: heroku).")
    var schema: String?

    /// The schema to use.
    var schemaName: String { schema ?? "heroku" }

    /// Whether `--schema` was given (it wins over an accounts file's schema).
    var schemaWasGiven: Bool { schema != nil }

    /// A bad `--schema` is a usage error (exit 2), found before anything connects.
    func validate() throws {
        try Self.checkSchemaName(schemaName)
    }

    /// Throws a usage error naming `name` when it is not a usable schema name.
    static func checkSchemaName(_ name: String) throws {
        guard Warehouse.isValidSchemaName(name) else {
            throw ValidationError(WarehouseError.invalidSchemaName(name).description)
        }
    }

    /// The URL to use: the flag, else `DATABASE_URL`, else nil (libpq's environment). Reads
    /// the password file, if any, into this process's `PGPASSWORD` (never into arguments).
    func resolvedURL() throws -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = passwordFile ?? environment["HEROKU_WAREHOUSE_DATABASE_PASSWORD_FILE"] {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UsageError(message: "cannot read the database password file \(path); check the path and its permissions")
            }
            let password = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            setenv("PGPASSWORD", password, 1)
        }
        return databaseURL ?? environment["DATABASE_URL"]
    }
}

/// How to reach the Heroku API.
struct HerokuOptions: ParsableArguments {
    @Option(name: .customLong("api-key-file"),
            help: ArgumentHelp("File holding the Heroku API key.",
                               discussion: "Default: $HEROKU_API_KEY, else the api.heroku.com entry of ~/.netrc. Heroku CLI 11 "
                                   + "keeps its login token in the OS keychain, not ~/.netrc: use HEROKU_API_KEY=$(heroku auth:token), "
                                   + "or `heroku authorizations:create` for a long-lived token."))
    var apiKeyFile: String?

    @Option(name: .customLong("api-url"),
            help: ArgumentHelp("Base URL of the Heroku API (default: $HEROKU_API_URL, else https://api.heroku.com).",
                               discussion: "Plain http:// is accepted only for loopback hosts, such as the sandbox."))
    var apiURL: String?

    @Option(help: "Seconds before one HTTP request times out.")
    var timeout: Double = 30

    @Option(name: .customLong("max-retries"), help: "Retries of one request on 5xx, 429 or a dropped connection.")
    var maxRetries: Int = 5

    @Option(name: .customLong("max-wait"),
            help: "Longest wait, in seconds, for Heroku's rate limit (Retry-After or an empty token pool).")
    var maxWait: Double = 300

    func validate() throws {
        for (name, value) in [("--timeout", timeout), ("--max-wait", maxWait)] where !(value.isFinite && value > 0 && value <= 86_400) {
            throw ValidationError("\(name) takes a number of seconds between 0 and 86400, got \(value)")
        }
        guard (0...100).contains(maxRetries) else {
            throw ValidationError("--max-retries takes a number from 0 to 100, got \(maxRetries)")
        }
    }

    func endpoint() throws -> APIEndpoint {
        try APIEndpoint.resolve(apiURL: apiURL, environment: ProcessInfo.processInfo.environment)
    }

    func credential(logger: Logger) throws -> APIKey {
        let resolved = try CredentialResolver().resolve(
            apiKeyFile: apiKeyFile,
            environment: ProcessInfo.processInfo.environment,
            homeDirectory: FileManager.default.homeDirectoryForCurrentUser.path)
        if let warning = resolved.warning { logger.warning("\(warning)") }
        return resolved.apiKey
    }

    func clientConfiguration() -> ClientConfiguration {
        var configuration = ClientConfiguration()
        configuration.requestTimeout = .milliseconds(Int64(timeout * 1000))
        configuration.maxRetries = maxRetries
        configuration.maxWait = .milliseconds(Int64(maxWait * 1000))
        return configuration
    }
}

/// Logging to standard error.
struct LoggingOptions: ParsableArguments {
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .warning

    /// Bootstraps swift-log once (stderr, so stdout stays free for results) and returns a logger.
    func makeLogger() -> Logger {
        LogBootstrap.once(level: logLevel)
        return Logger(label: "heroku-warehouse")
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// Makes `LoggingSystem.bootstrap` run at most once per process.
enum LogBootstrap {
    private static let done = LockedFlag()

    static func once(level: Logger.Level) {
        guard done.setIfUnset() else { return }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

/// A thread-safe one-shot flag.
final class LockedFlag: @unchecked Sendable {
    // Safe: `value` is only read and written while `lock` is held.
    private let lock = NSLock()
    private var value = false

    /// Sets the flag; true if it was not set before.
    func setIfUnset() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if value { return false }
        value = true
        return true
    }
}
