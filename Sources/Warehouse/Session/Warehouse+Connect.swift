import Postgres

/// Connections: how a warehouse is opened, where its blocking calls run, how a load's
/// sessions are set up and how a dropped one is replaced. The loader and the CLI reach
/// PostgreSQL only through these.
extension Warehouse {
    /// Connects to `url` (nil or empty: libpq's `PG*` environment) for `schema`, off Swift's
    /// cooperative pool (a SCRAM handshake blocks its thread).
    /// - Throws: `WarehouseError.invalidSchemaName` before connecting; PostgreSQL's error
    ///   (no password in it) when the server cannot be reached or refuses.
    public static func open(url: String?, schema: String) async throws -> Warehouse {
        guard isValidSchemaName(schema) else { throw WarehouseError.invalidSchemaName(schema) }
        return try Warehouse(connection: try await Connection.open(url: url), schema: schema)
    }

    /// Connects to `url` for `schema` on the calling thread: for short commands (`check`,
    /// `runs`) that do nothing else meanwhile.
    public static func connect(url: String?, schema: String) throws -> Warehouse {
        guard isValidSchemaName(schema) else { throw WarehouseError.invalidSchemaName(schema) }
        return try Warehouse(connection: try Connection(url: url), schema: schema)
    }

    /// Runs `body` on the connection's own thread, so its statements never block Swift's
    /// cooperative pool; cancelling the task cancels the statement in flight
    /// (`Connection.onOwnThread`).
    nonisolated(nonsending)
    public func onOwnThread<T>(_ body: () async throws -> T) async rethrows -> T {
        try await connection.onOwnThread(body)
    }

    /// Whether the connection still works (false once the server dropped it).
    public var isConnected: Bool { connection.isHealthy }

    /// Sets up a load's (or `migrate`'s) session: staging tables of a large report stay in memory instead
    /// of spilling to disk (set before the session first uses a temporary table), and no
    /// statement waits for a lock longer than `lockWait.longestWait` (column changes wait
    /// less, in attempts of their own). Also proves that the connection works.
    public func prepareSession(lockWait: LockWaitPolicy) throws {
        try connection.execute("SELECT set_config('temp_buffers', '128MB', false), set_config('lock_timeout', $1, false)",
                               [lockWait.longestWaitSetting])
    }

    /// Opens the transaction a dry run does everything in (``endDryRun()`` rolls it back).
    public func beginDryRun() throws {
        try connection.execute("BEGIN")
    }

    /// Rolls back everything since ``beginDryRun()``; errors are ignored (the connection may
    /// be gone, which rolls back too).
    public func endDryRun() {
        _ = try? connection.execute("ROLLBACK")
    }

    /// One line for an error, on one line, with `secrets` and any password written in a
    /// connection string masked.
    public static func describe(_ error: any Error, secrets: [String]) -> String {
        let text = String(describing: error).replacingOccurrences(of: "\n", with: " ")
        return DatabaseURL.redacting(text, secrets: secrets)
    }
}
