internal import CLibpq
import Dispatch
import Foundation

/// Cancels what a connection's task is doing in PostgreSQL, from any thread: the statement
/// running now is cancelled in the server (`PQcancel`: it fails with `query_canceled`,
/// 57014), and the cancellation stays, so a statement the task would start afterwards inside
/// a transaction is refused before it is sent (a merge that meets a lock after the signal
/// must not wait for it). Rolling back stays possible, and so do statements outside a
/// transaction (recording that the load was interrupted).
final class StatementCanceller: @unchecked Sendable {
    private let lock = NSLock()
    /// The `PGcancel*`, freed in `deinit`; nil when libpq could not make one.
    private let handle: OpaquePointer?
    private var cancelled = false
    /// The `onOwnThread` scopes open on the connection (``enter()`` / ``leave()``).
    private var scopes = 0
    /// A statement of a transaction is running: the one a cancel request is for.
    private var running = false

    init(_ pgConn: OpaquePointer) {
        handle = PQgetCancel(pgConn)
    }

    deinit {
        if let handle { PQfreeCancel(handle) }
    }

    /// Whether ``cancel()`` was called since the outermost scope was entered.
    var isCancelled: Bool {
        lock.withLock { cancelled }
    }

    /// Runs `body` (a statement inside a transaction) as the one a cancel request stops.
    func whileRunning<T>(_ body: () throws -> T) rethrows -> T {
        lock.withLock { running = true }
        defer { lock.withLock { running = false } }
        return try body()
    }

    /// Marks the connection's work cancelled and, when a statement of a transaction is
    /// running, sends the cancel request from a thread of its own: `PQcancel` connects to the
    /// server and waits for it, which must never hold up the caller (a signal handler). No
    /// request is sent otherwise, so none can reach a later statement (the one recording
    /// that the load was interrupted); statements of the transaction are refused instead.
    func cancel() {
        let sendRequest = lock.withLock {
            cancelled = true
            return running
        }
        guard sendRequest else { return }
        DispatchQueue.global().async { [self] in
            guard let handle else { return }
            var message = [CChar](repeating: 0, count: 256)
            // Serialized with `deinit` by the reference this closure holds.
            _ = PQcancel(handle, &message, Int32(message.count))
        }
    }

    /// Opens a scope of the connection's work.
    func enter() {
        lock.withLock { scopes += 1 }
    }

    /// Closes a scope; the cancellation is cleared once the outermost one is over.
    func leave() {
        lock.withLock {
            scopes -= 1
            if scopes == 0 { cancelled = false }
        }
    }
}
