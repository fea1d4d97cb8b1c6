@testable import HerokuSandbox
import Testing

@Suite struct SandboxRateLimiterTests {
    @Test func refillsContinuouslyUpToCapacity() {
        let start = ContinuousClock.now
        var limiter = SandboxRateLimiter(capacity: 10, refillPerMinute: 60, now: start)
        var taken = 0
        while limiter.take(now: start) { taken += 1 }
        #expect(taken == 10)
        #expect(limiter.retryAfterSeconds == 1)
        let afterThreeSeconds = limiter.remaining(now: start + .seconds(3))
        let afterTenMinutes = limiter.remaining(now: start + .seconds(600))
        #expect(afterThreeSeconds == 3)
        #expect(afterTenMinutes == 10)
    }

    @Test func withoutRefillTheBucketStaysEmpty() {
        let start = ContinuousClock.now
        var limiter = SandboxRateLimiter(capacity: 1, refillPerMinute: 0, now: start)
        let first = limiter.take(now: start)
        let later = limiter.take(now: start + .seconds(3_600))
        #expect(first)
        #expect(!later)
        #expect(limiter.retryAfterSeconds == 60)
    }
}
