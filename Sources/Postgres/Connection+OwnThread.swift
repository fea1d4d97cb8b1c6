extension Connection {
    /// Runs `body` with this connection's own thread as its task executor preference, so
    /// the blocking libpq calls it makes (and those of the child tasks it starts) wait on
    /// that thread and never on Swift's cooperative pool; when the task is cancelled, the
    /// statement the connection is running at that moment is cancelled in the server
    /// (`PQcancel`), so a load that waits in PostgreSQL stops at once.
    ///
    /// `body` is resumed on that thread after each suspension (an HTTP response, a
    /// `Task.sleep`); unstructured tasks it creates do not inherit the preference.
    ///
    /// Once cancelled, a statement inside a transaction is refused with `CancellationError`
    /// before it is sent (so one started after the signal never waits for a lock), until
    /// `body` returns; `ROLLBACK` and statements outside a transaction still run.
    nonisolated(nonsending)
    public func onOwnThread<T>(_ body: () async throws -> T) async rethrows -> T {
        let canceller = canceller
        // Nested scopes (a task creating tables on the load's connection) leave the
        // cancellation to the outermost one.
        canceller.enter()
        defer { canceller.leave() }
        return try await withTaskExecutorPreference(ownThread) {
            // The preference applies from the task's next enqueueing: hop now, so that the
            // body's first statements do not run on the caller's thread.
            await Task.yield()
            return try await withTaskCancellationHandler(operation: body, onCancel: { canceller.cancel() })
        }
    }

    /// Throws `CancellationError` when the connection's work was cancelled and a transaction
    /// is open: the statement about to be sent is one the cancelled task must not wait for.
    func refuseWhenCancelledInTransaction() throws {
        if transactionDepth > 0, canceller.isCancelled { throw CancellationError() }
    }

    /// Runs a statement; inside a transaction, as the one a cancellation stops in the server.
    func cancellable<T>(_ body: () throws -> T) rethrows -> T {
        guard transactionDepth > 0 else { return try body() }
        return try canceller.whileRunning(body)
    }
}
