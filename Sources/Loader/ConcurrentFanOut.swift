import HerokuAPI
import Warehouse

/// Fetches the per-parent lists of a fan-out report with at most `concurrency` requests in
/// flight, and hands each parent's pages back in one piece, in the order they complete, to a
/// single consumer (the staging COPY is one stream on one connection).
///
/// Only bytes cross tasks; parsing and staging stay with the consumer.
struct ConcurrentFanOut: Sendable {
    /// Why a parent's list was not fetched.
    enum Skip: Sendable {
        /// 404: the parent was deleted during the load; its rows go.
        case gone
        /// 403: the API key may not read this parent's list; its stored rows stay.
        case forbidden
        /// A windowed report's 403, 404 or 422: Heroku publishes no usage for this parent (a
        /// team that is not an Enterprise team); its stored rows stay.
        case unpublished

        /// The skip a failed parent list calls for; nil for an error that fails the report.
        init?(_ error: HerokuAPIError, windowed: Bool) {
            switch (error.kind, windowed) {
            case (.notFound, true), (.forbidden, true), (.http(422, _, _), true): self = .unpublished
            case (.notFound, false): self = .gone
            case (.forbidden, false): self = .forbidden
            default: return nil
            }
        }
    }

    /// One parent's list, fetched completely, or skipped.
    struct ParentPages: Sendable {
        var parent: FanOutSchedule.Parent
        /// The parent's list path (`/apps/{id}/domains`).
        var path: String
        var pages: [ListPage]
        var stats: ListFetchStats
        var skipped: Skip?
        /// A windowed report: the ranges Heroku answered, newest first.
        var answered: [UsageRange] = []
        /// A windowed report: Heroku refused an older start, so the backfill stopped short.
        var backfillCut = false
        /// The list was refused with 422 (for usage: a start too far back, or no usage at all).
        var startRefused = false

        /// Adds the requests of `part` (another range of the same parent).
        mutating func count(_ part: ParentPages) {
            stats.requests += part.stats.requests
            stats.retries += part.stats.retries
            stats.waitedForRateLimit += part.stats.waitedForRateLimit
        }
    }

    let client: HerokuClient
    let path: String
    let sortField: String
    let concurrency: Int
    /// A windowed report's ranges per parent id, newest first (nil: one list per parent).
    var windows: [String: [UsageRange]]? = nil

    /// A parent's list failed (other than 404 or 403): the error, and the requests that
    /// parent's list sent (its pages and the failing one), which the report still counts.
    struct ParentFailure: Error {
        var error: HerokuAPIError
        var requests: Int
    }

    /// Streams every parent's pages; the first error (other than a 404 or 403, and wrapped in
    /// ``ParentFailure`` for an API error) ends the stream and cancels the fetches still running.
    func pages(of parents: [FanOutSchedule.Parent]) -> AsyncThrowingStream<ParentPages, any Error> {
        let (stream, continuation) = AsyncThrowingStream<ParentPages, any Error>.makeStream()
        let producer = Task {
            do {
                try await withThrowingTaskGroup(of: ParentPages.self) { group in
                    var next = parents.makeIterator()
                    for _ in 0..<max(1, concurrency) {
                        guard let parent = next.next() else { break }
                        group.addTask { try await fetch(parent) }
                    }
                    while let done = try await group.next() {
                        continuation.yield(done)
                        if let parent = next.next() { group.addTask { try await fetch(parent) } }
                    }
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in producer.cancel() }
        return stream
    }

    private func fetch(_ parent: FanOutSchedule.Parent) async throws -> ParentPages {
        let path = self.path.replacingOccurrences(of: "{parent}", with: ReportFetch.pathSegment(parent.id))
        guard let ranges = windows?[parent.id] else {
            return try await fetch(parent, path: path, windowed: false)
        }
        var result = ParentPages(parent: parent, path: path, pages: [], stats: ListFetchStats())
        do {
            try await fetchWindowed(ranges, path: path, into: &result)
        } catch let failure as ParentFailure {
            // The ranges answered before the failing one were requests too.
            throw ParentFailure(error: failure.error, requests: failure.requests + result.stats.requests)
        }
        return result
    }

    func fetch(_ parent: FanOutSchedule.Parent, path: String, windowed: Bool) async throws -> ParentPages {
        var pages: [ListPage] = []
        do {
            let stats = try await client.fetchList(path: path, sortField: sortField) { page in
                try Task.checkCancellation()
                pages.append(page)
            }
            return ParentPages(parent: parent, path: path, pages: pages, stats: stats, skipped: nil)
        } catch let error as HerokuAPIError {
            guard let skip = Skip(error, windowed: windowed) else {
                throw ParentFailure(error: error, requests: pages.count + 1)
            }
            var stats = ListFetchStats()
            stats.requests = pages.count + 1
            stats.waitedForRateLimit = error.waitedForRateLimit
            var skipped = ParentPages(parent: parent, path: path, pages: [], stats: stats, skipped: skip)
            if case .http(422, _, _) = error.kind { skipped.startRefused = true }
            return skipped
        }
    }
}
