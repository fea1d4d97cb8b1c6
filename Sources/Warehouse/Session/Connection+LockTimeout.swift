import Postgres

extension Connection {
    /// Runs `body` in a savepoint with `lock_timeout` set to `timeout` (a setting such as
    /// `"1s"`): a lock `body` waits for longer fails it with `lock_not_available` (55P03), and
    /// the savepoint is rolled back. The caller's own setting is restored afterwards, so the
    /// rest of the transaction waits as it did before.
    func withLockTimeout<T>(_ timeout: String, _ body: (Connection) throws -> T) throws -> T {
        try transaction { connection in
            let previous = try connection.execute(
                "SELECT current_setting('lock_timeout'), set_config('lock_timeout', $1, true)", [timeout]).firstValue
            let value = try body(connection)
            try connection.execute("SELECT set_config('lock_timeout', $1, true)", [previous])
            return value
        }
    }
}
