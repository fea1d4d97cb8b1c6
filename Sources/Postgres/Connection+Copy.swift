internal import CLibpq

extension Connection {
    /// Runs a `COPY ... FROM STDIN` statement and streams the data written by `body`.
    ///
    /// ```swift
    /// let rows = try connection.copyIn("COPY \(Connection.quoteQualified(schema, table)) (a, b) FROM STDIN") { writer in
    ///     for item in items { try writer.writeRow([item.a, item.b]) }
    /// }
    /// ```
    ///
    /// - Important: Table and column names are spliced into `sql`: quote them with
    ///   `quoteIdentifier(_:)` / `quoteQualified(_:_:)`. The default (text) format is what
    ///   `CopyInWriter.writeRow(_:)` produces.
    /// - Parameters:
    ///   - sql: A `COPY ... FROM STDIN` statement.
    ///   - body: Writes the data. If it throws, the COPY is aborted (`PQputCopyEnd` with a
    ///     reason), nothing is copied, and its error is rethrown; the connection stays usable.
    /// - Returns: The number of rows copied.
    /// - Throws: `body`'s error, or `PostgresError` (for example `22P02` for bad data, or
    ///   `.copyFailed` when `sql` is not a COPY FROM STDIN).
    @discardableResult
    public func copyIn(_ sql: String, _ body: (CopyInWriter) throws -> Void) throws -> Int {
        try cancellable { try beginCopy(sql) }
        let writer = CopyInWriter(connection: self)
        do {
            try body(writer)
            try writer.finish()
        } catch {
            throw abortCopy(writer: writer, error: error)
        }
        return try cancellable { try endCopy() }
    }

    /// The async variant of `copyIn(_:_:)`; `body` runs on the caller's isolation.
    ///
    /// - Important: The connection stays in COPY mode while `body` is suspended; do not use it
    ///   for anything else until `body` returns.
    @discardableResult
    nonisolated(nonsending)
    public func copyIn(
        _ sql: String,
        _ body: nonisolated(nonsending) (CopyInWriter) async throws -> Void
    ) async throws -> Int {
        try cancellable { try beginCopy(sql) }
        let writer = CopyInWriter(connection: self)
        do {
            try await body(writer)
            try writer.finish()
        } catch {
            throw abortCopy(writer: writer, error: error)
        }
        return try cancellable { try endCopy() }
    }

    /// `PQexec` the COPY statement and require `PGRES_COPY_IN`.
    private func beginCopy(_ sql: String) throws {
        try refuseWhenCancelledInTransaction()
        let result = try withCString(sql, what: "SQL") { PQexec(pgConn, $0) }
        guard let result else {
            throw LibpqResult.connectionError(pgConn, secrets: secrets, fallback: "libpq returned no result for COPY")
        }
        let status = PQresultStatus(result)
        switch status {
        case PGRES_COPY_IN:
            PQclear(result)
        case PGRES_FATAL_ERROR, PGRES_BAD_RESPONSE, PGRES_NONFATAL_ERROR:
            defer { PQclear(result) }
            throw LibpqResult.error(result, connection: pgConn, secrets: secrets)
        default:
            PQclear(result)
            if status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH {
                abandonCopy(reason: "expected COPY FROM STDIN")
            } else {
                drainResults()
            }
            throw PostgresError.copyFailed(
                "expected a COPY ... FROM STDIN statement, got result \(LibpqResult.statusName(status))")
        }
    }

    /// `PQputCopyEnd(NULL)`, then read the final result and drain to NULL.
    private func endCopy() throws -> Int {
        guard PQputCopyEnd(pgConn, nil) == 1 else {
            let error = LibpqResult.connectionError(pgConn, secrets: secrets, fallback: "PQputCopyEnd failed")
            drainResults()
            throw error
        }
        return try finalCopyResult()
    }

    /// Reads the COPY's result (`PGRES_COMMAND_OK` with the row count) and drains to NULL.
    private func finalCopyResult() throws -> Int {
        guard let result = PQgetResult(pgConn) else {
            throw LibpqResult.connectionError(pgConn, secrets: secrets, fallback: "COPY returned no result")
        }
        defer {
            PQclear(result)
            drainResults()
        }
        guard PQresultStatus(result) == PGRES_COMMAND_OK else {
            throw LibpqResult.error(result, connection: pgConn, secrets: secrets)
        }
        return LibpqResult.affectedRows(result)
    }

    /// Aborts the server side of the COPY and returns the error to throw: the server's own
    /// error when sending data failed because of it, otherwise `error` itself.
    private func abortCopy(writer: CopyInWriter, error: any Error) -> any Error {
        writer.close()
        let reason = "COPY aborted by the client (\(type(of: error)))"
        guard PQstatus(pgConn) == CONNECTION_OK else { return error }
        _ = PQputCopyEnd(pgConn, reason)
        do {
            _ = try finalCopyResult()
        } catch let serverError as PostgresError {
            let fromWriter = (error as? PostgresError)?.kind == .copyFailed
            if fromWriter, serverError.sqlState != .queryCanceled {
                return serverError
            }
        } catch {}
        return error
    }
}
