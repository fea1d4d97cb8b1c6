import Foundation

/// Remembers the last `RateLimit-Remaining` seen by a client and turns it into a pause
/// before the next requests when the account's token pool runs low.
///
/// One pause serves every request: the first to ask below the floor gets a pause long enough
/// for the pool to refill to the floor, and requests asking meanwhile wait for the same
/// moment (not a pause each, and not none: requests sent side by side must not overdraw a
/// pool that started below the floor). Readings that arrive during the pause come from
/// requests sent before it, so they are not taken as a reason to pause again.
final class RateLimitGovernor: @unchecked Sendable {
    // @unchecked: every property is only touched while `lock` is held.
    private let lock = NSLock()
    private var reading: (remaining: Int, at: ContinuousClock.Instant)?
    private var pausedUntil: ContinuousClock.Instant?

    /// Records the header of a response (ignored when absent or not a number).
    func record(_ header: String?, now: ContinuousClock.Instant = .now) {
        guard let header, let value = Int(header.trimmingWhitespaceAndNewlines()) else { return }
        lock.withLock { reading = (value, now) }
    }

    /// Forgets the last value and any pause, e.g. after waiting out a 429.
    func reset() {
        lock.withLock {
            reading = nil
            pausedUntil = nil
        }
    }

    /// The pause owed before the next request, nil when none.
    func claimPause(floor: Int, refillInterval: Duration, maxWait: Duration,
                    now: ContinuousClock.Instant = .now) -> Duration? {
        lock.withLock {
            if let until = pausedUntil {
                if now < until { return until - now }
                pausedUntil = nil
                if let seen = reading, seen.at < until { reading = nil }
            }
            let threshold = max(floor, 1)
            guard let current = reading?.remaining, current < threshold else { return nil }
            reading = nil
            let tokens = Double(threshold - max(current, 0))
            let pause = Duration.seconds(min(refillInterval.seconds * tokens, maxWait.seconds))
            pausedUntil = now + pause
            return pause
        }
    }
}
