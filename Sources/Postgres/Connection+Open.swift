import Dispatch

extension Connection {
    /// Opens a connection like `init(url:)`, but waits for libpq's blocking handshake (TCP,
    /// TLS, SCRAM) on a thread of its own rather than on one of Swift concurrency's few
    /// shared threads, so several connections open at once and other tasks keep running.
    public static func open(url: String?) async throws -> Connection {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    continuation.resume(returning: try Connection(url: url))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
