import Postgres

/// How a load changes a table analysts may be reading (adding or widening a column, which
/// takes PostgreSQL's `ACCESS EXCLUSIVE` lock) without stalling them.
///
/// A DDL statement that waits for a lock makes every later reader of the table wait behind
/// it, so a long analyst query would freeze dashboards for as long as the load waited.
/// Instead, each lock an attempt needs is waited for at most `attemptTimeout` (PostgreSQL's
/// `lock_timeout`); when one times out, the attempt is rolled back to a savepoint, readers
/// go on, and the load pauses before the next attempt. After the last pause the change
/// fails and nothing of it is left.
public struct LockWaitPolicy: Sendable, Equatable {
    /// The longest an attempt waits for any one lock it needs.
    public var attemptTimeout: Duration
    /// The pauses between attempts: one more attempt than pauses.
    public var pauses: [Duration]

    /// Creates a policy.
    public init(attemptTimeout: Duration, pauses: [Duration]) {
        self.attemptTimeout = attemptTimeout
        self.pauses = pauses
    }

    /// Lock waits of at most 2 s, with pauses of 1, 2, 4, 8, 15 and 30 s between attempts:
    /// readers queue behind a waiting change for at most 2 s at a time, and a change that
    /// never gets its locks gives up after about 75 s.
    public static let standard = LockWaitPolicy(
        attemptTimeout: .seconds(2), pauses: [1, 2, 4, 8, 15, 30].map { Duration.seconds($0) })

    /// The standard attempts and pauses (the last one repeated, the final one shortened) for
    /// a change that may wait about `total` in all: `--lock-wait`. The pauses and one attempt
    /// timeout per attempt add up to at most `total` (an attempt waits that long for each lock
    /// it needs, so one that meets several busy tables or views takes longer); less than two
    /// timeouts is a single attempt, whose timeout is at most `total`.
    public static func waiting(atMost total: Duration) -> LockWaitPolicy {
        let attempt = min(standard.attemptTimeout, total)
        var pauses: [Duration] = []
        var left = total - attempt
        var steps = standard.pauses.makeIterator()
        let longest = standard.pauses.last ?? attempt
        // Room for a pause and the attempt after it.
        while left > attempt {
            let pause = min(steps.next() ?? longest, left - attempt)
            pauses.append(pause)
            left -= pause + attempt
        }
        return LockWaitPolicy(attemptTimeout: attempt, pauses: pauses)
    }

    /// The attempt timeout as a `lock_timeout` setting, in whole milliseconds (at least 1:
    /// 0 would mean no timeout at all).
    var lockTimeoutSetting: String {
        Self.setting(attemptTimeout)
    }

    private static func setting(_ duration: Duration) -> String {
        "\(max(1, Int(duration / .milliseconds(1))))ms"
    }
}

extension LockWaitPolicy {
    /// Runs `body` under `Connection.withLockTimeout` (a savepoint of the caller's transaction)
    /// until it gets its locks: after an attempt fails with `lock_not_available`, its work is
    /// rolled back and the caller's task pauses (its transaction stays open) before the next.
    /// - Parameter exhausted: the error to throw after the last attempt, given the number of
    ///   attempts and the seconds they took with their pauses.
    nonisolated(nonsending)
    func run<T>(on connection: Connection, _ body: (Connection) throws -> T,
                exhausted: (_ attempts: Int, _ seconds: Int) -> any Error) async throws -> T {
        let started = ContinuousClock.now
        var pauses = pauses[...]
        var attempts = 0
        while true {
            attempts += 1
            do {
                return try connection.withLockTimeout(lockTimeoutSetting, body)
            } catch let error as PostgresError where error.sqlState == .lockNotAvailable {
                guard let pause = pauses.popFirst() else {
                    throw exhausted(attempts, Int((ContinuousClock.now - started).components.seconds))
                }
                try await Task.sleep(for: pause)
            }
        }
    }
}

extension LockWaitPolicy {
    /// Every attempt's timeout and every pause: how long a column change waits in all.
    var total: Duration {
        pauses.reduce(attemptTimeout * (pauses.count + 1), +)
    }

    /// The longest any statement of a load waits for a lock (the session's `lock_timeout`):
    /// a sibling report that holds the schema's DDL lock holds it for its own lock wait
    /// (``total``), its column change and its merge, so ten minutes more are allowed for those.
    public var longestWait: Duration {
        total + .seconds(600)
    }

    /// ``longestWait`` as a `lock_timeout` setting.
    public var longestWaitSetting: String {
        Self.setting(longestWait)
    }

    /// Takes a transaction-level advisory lock that only heroku-warehouse's own sessions take
    /// (the schema's DDL or migration lock), waiting in slices of ``attemptTimeout`` so that a
    /// cancelled task stops within one slice, for at most ``longestWait`` in all.
    /// - Throws: `CancellationError`, or `WarehouseError.lockWaitExceeded`.
    func takeAdvisoryXactLock(_ key: String, shared: Bool, on connection: Connection, purpose: String) throws {
        let function = shared ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock"
        let started = ContinuousClock.now
        while true {
            do {
                _ = try connection.withLockTimeout(lockTimeoutSetting) { connection in
                    try connection.execute("SELECT \(function)(hashtextextended($1, 0))", [key])
                }
                return
            } catch let error as PostgresError where error.sqlState == .lockNotAvailable {
                try Task.checkCancellation()
                let waited = ContinuousClock.now - started
                if waited >= longestWait {
                    throw WarehouseError.lockWaitExceeded(what: purpose, seconds: Int(waited.components.seconds))
                }
            }
        }
    }
}
