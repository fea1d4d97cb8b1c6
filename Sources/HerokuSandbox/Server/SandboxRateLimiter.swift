/// Heroku's per-account token bucket: each request takes one token, the bucket refills
/// continuously at a configured rate, and an empty bucket answers 429.
struct SandboxRateLimiter: Sendable {
    let capacity: Int
    let refillPerMinute: Double
    private var tokens: Double
    private var lastRefill: ContinuousClock.Instant

    init(capacity: Int, refillPerMinute: Double, now: ContinuousClock.Instant = .now) {
        self.capacity = capacity
        self.refillPerMinute = refillPerMinute
        tokens = Double(capacity)
        lastRefill = now
    }

    /// Whole tokens left.
    mutating func remaining(now: ContinuousClock.Instant = .now) -> Int {
        refill(now: now)
        return Int(tokens)
    }

    /// Takes one token if there is one.
    mutating func take(now: ContinuousClock.Instant = .now) -> Bool {
        refill(now: now)
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }

    /// Sets the number of tokens left (tests).
    mutating func set(remaining: Int, now: ContinuousClock.Instant = .now) {
        tokens = Double(Swift.max(0, Swift.min(remaining, capacity)))
        lastRefill = now
    }

    /// Seconds until one token is back (what `Retry-After` says).
    var retryAfterSeconds: Int {
        refillPerMinute > 0 ? Swift.max(1, Int((60 / refillPerMinute).rounded(.up))) : 60
    }

    private mutating func refill(now: ContinuousClock.Instant) {
        guard refillPerMinute > 0 else { return }
        let elapsed = now - lastRefill
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        tokens = Swift.min(Double(capacity), tokens + seconds * refillPerMinute / 60)
        lastRefill = now
    }
}
