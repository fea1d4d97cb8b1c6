internal import CLibpq

extension Connection {
    /// Runs `body` inside a transaction: `BEGIN`, then `COMMIT` if `body` returns, `ROLLBACK`
    /// if it throws (and the error is rethrown).
    ///
    /// A `transaction` inside another one on the same connection becomes a savepoint, so the
    /// inner body's failure rolls back only its own work.
    ///
    /// - Important: If `body` catches a statement's error and carries on, the transaction is
    ///   already aborted; the final COMMIT then fails with `in_failed_sql_transaction` instead
    ///   of silently rolling back.
    /// - Throws: `body`'s error (even when the ROLLBACK itself fails, for example because the
    ///   connection is gone), or a `PostgresError` from BEGIN/COMMIT.
    @discardableResult
    public func transaction<T>(_ body: (Connection) throws -> T) throws -> T {
        let scope = try beginScope()
        let value: T
        do {
            value = try body(self)
        } catch {
            rollbackIgnoringErrors(scope)
            throw error
        }
        try commit(scope)
        return value
    }

    /// The async variant of `transaction(_:)`: runs `body` inside BEGIN/COMMIT, with ROLLBACK
    /// if it throws. Both this method and `body` run on the caller's isolation
    /// (`nonisolated(nonsending)`), so the connection never crosses isolation domains.
    ///
    /// - Important: The libpq calls block the current thread while the server works; keep the
    ///   connection in a task of its own.
    @discardableResult
    nonisolated(nonsending)
    public func transaction<T>(
        _ body: nonisolated(nonsending) (Connection) async throws -> T
    ) async throws -> T {
        let scope = try beginScope()
        let value: T
        do {
            value = try await body(self)
        } catch {
            rollbackIgnoringErrors(scope)
            throw error
        }
        try commit(scope)
        return value
    }

    /// A transaction or, when nested, a savepoint.
    struct TransactionScope {
        /// nil for the outermost transaction.
        let savepoint: String?
    }

    private func beginScope() throws -> TransactionScope {
        if transactionDepth > 0 || isInTransaction {
            let name = "heroku_warehouse_savepoint_\(transactionDepth + 1)"
            try execute("SAVEPOINT \(name)")
            transactionDepth += 1
            return TransactionScope(savepoint: name)
        }
        try execute("BEGIN")
        transactionDepth += 1
        return TransactionScope(savepoint: nil)
    }

    private func commit(_ scope: TransactionScope) throws {
        if let savepoint = scope.savepoint {
            do {
                try executeEvenIfCancelled("RELEASE SAVEPOINT \(savepoint)")
            } catch {
                rollbackIgnoringErrors(scope)
                throw error
            }
            transactionDepth -= 1
            return
        }
        if PQtransactionStatus(pgConn) == PQTRANS_INERROR {
            rollbackIgnoringErrors(scope)
            throw PostgresError(
                sqlState: .inFailedSQLTransaction,
                message: "the transaction was aborted by an earlier error and has been rolled back"
            )
        }
        let result: QueryResult
        do {
            result = try executeEvenIfCancelled("COMMIT")
        } catch {
            // COMMIT failed (deferred constraint, lost connection): make sure nothing stays open.
            rollbackIgnoringErrors(scope)
            throw error
        }
        transactionDepth -= 1
        if result.commandTag == "ROLLBACK" {
            throw PostgresError(
                sqlState: .inFailedSQLTransaction,
                message: "COMMIT rolled back the transaction because of an earlier error"
            )
        }
    }

    /// ROLLBACK (or ROLLBACK TO SAVEPOINT); failures are ignored because the caller rethrows
    /// the error that caused the rollback.
    private func rollbackIgnoringErrors(_ scope: TransactionScope) {
        defer { transactionDepth = max(0, transactionDepth - 1) }
        guard PQstatus(pgConn) == CONNECTION_OK else { return }
        if let savepoint = scope.savepoint {
            _ = try? executeEvenIfCancelled("ROLLBACK TO SAVEPOINT \(savepoint); RELEASE SAVEPOINT \(savepoint)")
        } else if isInTransaction {
            _ = try? executeEvenIfCancelled("ROLLBACK")
        }
    }
}
