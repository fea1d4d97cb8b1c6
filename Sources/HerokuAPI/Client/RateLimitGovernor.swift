import Foundation

/// Remembers the last `RateLimit-Remaining` seen by a client and turns it into a pause
/// before the next request when the account's token pool runs low.
final class RateLimitGovernor: @unchecked Sendable {
    // @unchecked: `remaining` is only touched while `lock` is held.
    private let lock = NSLock()
    private var remaining: Int?

    /// Records the header of a response (ignored when absent or not a number).
    func record(_ header: String?) {
        guard let header, let value = Int(header.trimmingWhitespaceAndNewlines()) else { return }
        lock.withLock { remaining = value }
    }

    /// Forgets the last value, e.g. after waiting out a 429.
    func reset() {
        lock.withLock { remaining = nil }
    }

    /// The pause owed before the next request, claimed once: after returning a pause the
    /// governor forgets the value until the next response reports a fresh one.
    func claimPause(floor: Int, refillInterval: Duration, maxWait: Duration) -> Duration? {
        lock.withLock {
            let threshold = max(floor, 1)
            guard let current = remaining, current < threshold else { return nil }
            remaining = nil
            let tokens = Double(threshold - max(current, 0))
            return .seconds(min(refillInterval.seconds * tokens, maxWait.seconds))
        }
    }
}
