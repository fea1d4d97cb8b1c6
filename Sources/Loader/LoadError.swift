/// Why a load could not run at all (per-report failures are recorded, not thrown).
/// Each description is one line naming the cause and what to do.
public enum LoadError: Error, CustomStringConvertible, Sendable, Equatable {
    /// PostgreSQL could not be reached or refused the connection (message has no password).
    case databaseUnavailable(String)
    /// Another load holds the schema's lock.
    case lockHeld(schema: String)
    /// Heroku refused the API key (401/403): nothing was loaded.
    case apiKeyRejected(String)
    /// `GET /account` did not answer usefully.
    case accountUnavailable(String)
    /// SIGTERM or SIGINT arrived before the load started (e.g. while waiting for the lock).
    case interrupted

    public var description: String {
        switch self {
        case .databaseUnavailable(let message):
            return "cannot connect to PostgreSQL: \(message)"
        case .lockHeld(let schema):
            return "another heroku-warehouse load is running on schema \(schema) (it holds the lock); wait for it or rerun with --wait"
        case .apiKeyRejected(let message):
            return message
        case .accountUnavailable(let message):
            return "cannot read the Heroku account: \(message)"
        case .interrupted:
            return "interrupted (SIGTERM or SIGINT) before the load started; nothing was written"
        }
    }

    /// The process exit code (the README lists them): 3 for a held lock, 1 otherwise.
    public var exitCode: Int32 {
        if case .lockHeld = self { return 3 }
        return 1
    }
}
