import Foundation

/// Remembers the last `RateLimit-Remaining` seen by a client and turns it into a pause
/// before the next requests when the account's token pool runs low.
///
/// One pause serves every request: the first to ask below the floor gets a pause long enough
/// for the pool to refill to the floor, and requests asking meanwhile wait for the same
/// moment (not a pause each, and not none: requests sent side by side must not overdraw a
/// pool that started below the floor). A reading is dated when its request was sent, so one
/// sent before a pause does not start another once it is over, and an older reading never
/// replaces a newer one. Times are the client's ``ElapsedTime``.
final class RateLimitGovernor: @unchecked Sendable {
    // @unchecked: every property is only touched while `lock` is held.
    private let lock = NSLock()
    private var reading: (remaining: Int, sentAt: Duration)?
    private var pausedUntil: Duration?

    /// Records the header of a response to a request sent at `sentAt` (ignored when absent,
    /// not a number, or older than the reading already held).
    func record(_ header: String?, sentAt: Duration) {
        guard let header, let value = Int(header.trimmingWhitespaceAndNewlines()) else { return }
        lock.withLock {
            if let held = reading, held.sentAt > sentAt { return }
            reading = (value, sentAt)
        }
    }

    /// A 429 answered now, to be waited out for `delay`: the last reading no longer holds,
    /// and every request waits at least that long (the pool is empty for all of them).
    func rateLimited(waiting delay: Duration, now: Duration) {
        lock.withLock {
            reading = nil
            pausedUntil = max(pausedUntil ?? now, now + delay)
        }
    }

    /// The pause owed before the next request, nil when none.
    func claimPause(floor: Int, refillInterval: Duration, maxWait: Duration,
                    now: Duration) -> Duration? {
        lock.withLock {
            if let until = pausedUntil {
                if now < until { return until - now }
                pausedUntil = nil
                if let seen = reading, seen.sentAt < until { reading = nil }
            }
            let threshold = max(floor, 1)
            guard let current = reading?.remaining, current < threshold else { return nil }
            reading = nil
            let pause = Self.refillTime(tokens: threshold - max(current, 0), refillInterval: refillInterval,
                                        maxWait: maxWait)
            pausedUntil = now + pause
            return pause
        }
    }

    /// How long the pool takes to regain `tokens`, at most `maxWait`.
    static func refillTime(tokens: Int, refillInterval: Duration, maxWait: Duration) -> Duration {
        min(refillInterval * max(tokens, 0), maxWait)
    }
}
