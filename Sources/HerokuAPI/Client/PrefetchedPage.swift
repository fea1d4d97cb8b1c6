import Foundation

/// A list page asked for ahead of the fetch that will need it: the page after the one a
/// conditional check found changed, requested as soon as that page arrived, so it travels
/// while the caller gets ready to fetch (opens a transaction, reads what is stored).
///
/// Taken at most once, by the fetch that reaches it with the same `Range`; cancelled when
/// released untaken (the report failed before fetching, or the fetch went another way).
final class PrefetchedPage: Sendable {
    /// The `Range` it was asked with.
    let range: String
    private let request: Task<(RawResponse, RequestCounters), any Error>
    private let taken = NSLock()
    private nonisolated(unsafe) var isTaken = false

    init(range: String, request: Task<(RawResponse, RequestCounters), any Error>) {
        self.range = range
        self.request = request
    }

    /// Whether a fetch took the request.
    var wasTaken: Bool { taken.withLock { isTaken } }

    /// The request, the first time it is asked for with its own `Range`; nil otherwise.
    func take(range wanted: String) -> Task<(RawResponse, RequestCounters), any Error>? {
        guard wanted == range else { return nil }
        return taken.withLock {
            defer { isTaken = true }
            return isTaken ? nil : request
        }
    }

    deinit {
        if !isTaken { request.cancel() }
    }
}
