/// Errors the warehouse raises itself (PostgreSQL's own errors arrive as `PostgresError`).
/// Each description is one line that says what is wrong and what to do.
public enum WarehouseError: Error, CustomStringConvertible, Sendable {
    /// `_columns` holds something the loader cannot read.
    case corruptCatalog(table: String, detail: String)
    /// The warehouse schema is newer than this program.
    case schemaTooNew(schema: String, found: Int, supported: Int)
    /// A load would delete more of a table than the guard allows.
    case massDeleteRefused(table: String, deleting: Int, existing: Int, maxFraction: Double)
    /// Another process holds the schema's load lock.
    case lockHeld(schema: String)
    /// The schema name is not usable.
    case invalidSchemaName(String)
    /// Objects of a complete fetch had no value for a key field.
    case objectsWithoutKey(table: String, count: Int, keys: [String])
    /// A column cannot be widened because an object the loader does not own depends on it.
    case dependentObjectBlocksWidening(table: String, column: String, detail: String)
    /// One of a report's two tables was dropped by hand, the other not.
    case reportTableMissing(missing: String, present: String)
    /// Other sessions held a lock on a table whose columns the load had to change, through
    /// every attempt of its `LockWaitPolicy`.
    case tableBusy(table: String, attempts: Int, seconds: Int, holders: String)
    /// Other sessions held a lock on tables or views an upgrade of the schema had to change,
    /// through every attempt of its `LockWaitPolicy`.
    case schemaBusy(schema: String, attempts: Int, seconds: Int, holders: String)
    /// Another heroku-warehouse session held a lock of the loader's own (the schema's DDL or
    /// migration lock) for longer than ``LockWaitPolicy/longestWait``.
    case lockWaitExceeded(what: String, seconds: Int)
    /// A report's history, written before schema version 11, disagrees with its current
    /// table, so its upgrade to closed-only history would lose or invent a version.
    case upgradeMismatch(table: String, key: String, problem: String)
    /// A dry run met report tables that must first be upgraded to closed-only history.
    case upgradeBeforeDryRun(schema: String)

    public var description: String {
        switch self {
        case .corruptCatalog(let table, let detail):
            return "the column map for \(table) in _columns is damaged (\(detail)); restore it or drop the table's rows from _columns and reload"
        case .schemaTooNew(let schema, let found, let supported):
            return "schema \(schema) is at version \(found) but this heroku-warehouse supports up to \(supported); upgrade heroku-warehouse"
        case .massDeleteRefused(let table, let deleting, let existing, let maxFraction):
            let percent = Int((maxFraction * 100).rounded())
            return "refusing to delete \(deleting) of \(existing) rows of \(table) in one load (more than \(percent)%); if the account really lost them, rerun with --max-delete-fraction 1"
        case .lockHeld(let schema):
            return "another heroku-warehouse load holds the lock on schema \(schema); wait for it to finish or rerun with --wait"
        case .invalidSchemaName(let name):
            return "invalid schema name \(name.debugDescription): use 1 to 63 bytes of letters, digits and underscores, not starting with a digit or pg_"
        case .objectsWithoutKey(let table, let count, let keys):
            return "\(count) objects for \(table) have no \(keys.joined(separator: "/")); nothing was merged (their stored rows would look deleted); report it to Heroku or rerun later"
        case .dependentObjectBlocksWidening(let table, let column, let detail):
            return "cannot widen \(table).\(column): \(detail); drop or change that object, then reload"
        case .reportTableMissing(let missing, let present):
            return "table \(missing) is missing but \(present) exists; restore it, or drop \(present) too and the next load rebuilds both from the API"
        case .tableBusy(let table, let attempts, let seconds, let holders):
            return "could not add or widen columns of \(table): other sessions kept it locked through \(attempts) attempts over \(seconds) s, held by \(holders); this report keeps its previous data; end those transactions, rerun later or wait longer with --lock-wait"
        case .lockWaitExceeded(let what, let seconds):
            return "waited \(seconds) s for \(what), held by another heroku-warehouse session; nothing was changed; see pg_stat_activity for a load that hangs, or wait longer with --lock-wait"
        case .upgradeMismatch(let table, let key, let problem):
            return "cannot upgrade \(table) to closed-only history: for key \(key), \(problem); nothing of \(table) was changed; fix that row (or drop both of its tables with CASCADE to reload them from the API) and rerun; the other reports were upgraded"
        case .upgradeBeforeDryRun(let schema):
            return "schema \(schema) holds report tables of a release before schema version 11, which a dry run does not upgrade; run `heroku-warehouse migrate` (or a load) first, then the dry run"
        case .schemaBusy(let schema, let attempts, let seconds, let holders):
            return "could not upgrade schema \(schema): other sessions kept its tables or views locked through \(attempts) attempts over \(seconds) s, held by \(holders); nothing was changed; end those transactions, rerun later or wait longer with --lock-wait"
        }
    }
}
