internal import CLibpq
import Foundation

/// Asks the server to cancel whatever statement a connection is running (`PQcancel`), from
/// any thread: what a cancelled task uses to stop a statement that waits in PostgreSQL (a
/// lock, a long query) instead of waiting for it to end.
final class StatementCanceller: @unchecked Sendable {
    private let lock = NSLock()
    /// The `PGcancel*`, freed in `deinit`; nil when libpq could not make one.
    private let handle: OpaquePointer?

    init(_ pgConn: OpaquePointer) {
        handle = PQgetCancel(pgConn)
    }

    deinit {
        if let handle { PQfreeCancel(handle) }
    }

    /// Sends the cancel request. The server cancels the statement running when it arrives
    /// (that statement fails with `query_canceled`, 57014); with none running it does nothing.
    func cancel() {
        guard let handle else { return }
        var message = [CChar](repeating: 0, count: 256)
        // Serialized: one request at a time is plenty, and the handle outlives every call.
        lock.withLock { _ = PQcancel(handle, &message, Int32(message.count)) }
    }
}
