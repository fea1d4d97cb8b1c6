extension Connection {
    /// Runs `body` with this connection's own thread as its task executor preference, so
    /// the blocking libpq calls it makes (and those of the child tasks it starts) wait on
    /// that thread and never on Swift's cooperative pool; when the task is cancelled, the
    /// statement the connection is running at that moment is cancelled in the server
    /// (`PQcancel`), so a load that waits in PostgreSQL stops at once.
    ///
    /// `body` is resumed on that thread after each suspension (an HTTP response, a
    /// `Task.sleep`); unstructured tasks it creates do not inherit the preference.
    nonisolated(nonsending)
    public func onOwnThread<T>(_ body: () async throws -> T) async rethrows -> T {
        let canceller = canceller
        return try await withTaskExecutorPreference(ownThread) {
            try await withTaskCancellationHandler(operation: body, onCancel: { canceller.cancel() })
        }
    }

    /// Asks the server to cancel the statement this connection is running, if any; safe to
    /// call from any thread.
    public func cancelRunningStatement() {
        canceller.cancel()
    }
}
