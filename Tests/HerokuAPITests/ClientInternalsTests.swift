import Foundation
@testable import HerokuAPI
import Testing

@Suite struct ClientInternalsTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func retryAfterForms() {
        #expect(RetryAfter.delay(from: "1", now: now) == .seconds(1))
        #expect(RetryAfter.delay(from: " 120 ", now: now) == .seconds(120))
        #expect(RetryAfter.delay(from: "1700000030", now: now) == .seconds(30))
        #expect(RetryAfter.delay(from: "1600000000", now: now) == .zero)
        let httpDate = RetryAfter.delay(from: "Wed, 15 Nov 2023 00:13:20 GMT", now: now)
        #expect(httpDate == .seconds(7200))
        #expect(RetryAfter.delay(from: "soon", now: now) == nil)
        #expect(RetryAfter.delay(from: "-5", now: now) == nil)
    }

    @Test func backoffDoublesUpToTheCap() {
        let configuration = ClientConfiguration(initialBackoff: .milliseconds(500), maxBackoff: .seconds(30))
        #expect(configuration.backoffCeiling(retry: 0) == .milliseconds(500))
        #expect(configuration.backoffCeiling(retry: 3) == .seconds(4))
        #expect(configuration.backoffCeiling(retry: 6) == .seconds(30))
        #expect(configuration.backoffCeiling(retry: 500) == .seconds(30))
    }

    @Test func fullJitterStaysWithinTheCeiling() {
        for _ in 0..<100 {
            let value = ClientConfiguration.fullJitter(.seconds(2))
            #expect(value >= .zero && value <= .seconds(2))
        }
        #expect(ClientConfiguration.fullJitter(.zero) == .zero)
    }

    @Test func defaults() {
        let configuration = ClientConfiguration()
        #expect(configuration.pageSize == 1000)
        #expect(configuration.requestTimeout == .seconds(30))
        #expect(configuration.maxRetries == 5)
        #expect(configuration.maxWait == .seconds(300))
        #expect(configuration.maxPages == 10_000)
        #expect(configuration.maxBodyBytes == 64 * 1024 * 1024)
        #expect(configuration.userAgent.hasPrefix("heroku-warehouse/0.1.0 (swift; "))
    }

    @Test func governorPausesEveryRequestUntilTheRefill() {
        let governor = RateLimitGovernor()
        let start = Duration.zero
        func claim(floor: Int = 10, at seconds: Int) -> Duration? {
            governor.claimPause(floor: floor, refillInterval: .seconds(1), maxWait: .seconds(60),
                                now: start + .seconds(seconds))
        }
        governor.record("5", sentAt: start)
        #expect(claim(floor: 0, at: 0) == nil)
        #expect(claim(at: 0) == .seconds(5))
        // Requests asking meanwhile (side by side) wait for the same moment, not a pause each.
        #expect(claim(at: 2) == .seconds(3))
        // A reading from a request sent before the pause ended does not pause again.
        governor.record("4", sentAt: start + .seconds(1))
        #expect(claim(at: 5) == nil)
        // A fresh reading does.
        governor.record("0", sentAt: start + .seconds(6))
        #expect(claim(floor: 1000, at: 6) == .seconds(60))
        // An older reading, answered late, never replaces a newer one.
        governor.record("500", sentAt: start + .seconds(100))
        governor.record("3", sentAt: start + .seconds(99))
        #expect(claim(at: 100) == nil)
        // A 429 makes every request wait it out; a shorter one later does not cut it short.
        governor.rateLimited(waiting: .seconds(30), now: start + .seconds(200))
        #expect(claim(at: 210) == .seconds(20))
        governor.rateLimited(waiting: .seconds(5), now: start + .seconds(211))
        #expect(claim(at: 212) == .seconds(18))
        #expect(claim(at: 230) == nil)
        governor.record("garbage", sentAt: start + .seconds(231))
        #expect(claim(at: 231) == nil)
    }

    @Test func emptyArrayDetection() {
        #expect(HerokuClient.isEmptyJSONArray(Array("[]".utf8)))
        #expect(HerokuClient.isEmptyJSONArray(Array(" [ \n ] ".utf8)))
        #expect(HerokuClient.isEmptyJSONArray([]))
        #expect(!HerokuClient.isEmptyJSONArray(Array("[1]".utf8)))
        #expect(!HerokuClient.isEmptyJSONArray(Array("[{}]".utf8)))
    }

    @Test func errorBodyParsing() {
        let body = HerokuErrorBody(bytes: Array(#"{"id":"rate_limit","message":"a\nb","url":"u"}"#.utf8))
        #expect(body == HerokuErrorBody(id: "rate_limit", message: "a\nb", url: "u"))
        #expect(HerokuErrorBody(bytes: Array("[1]".utf8)) == nil)
        #expect(HerokuErrorBody(bytes: Array("{}".utf8)) == nil)
        #expect(HerokuErrorBody(bytes: Array("not json".utf8)) == nil)
    }

    @Test func errorDescriptionIsOneLine() {
        let error = HerokuAPIError(kind: .rateLimited, path: "/apps", errorID: "rate_limit",
                                   message: "Your account reached the API rate limit\nPlease wait", requestID: "r1")
        #expect(error.description
            == "GET /apps failed: 429 rate limited — Your account reached the API rate limit Please wait (Request-Id r1)")
        let transport = HerokuAPIError(kind: .transport(message: "connection\nreset"), path: "/apps")
        #expect(transport.description == "GET /apps failed: connection error: connection reset")
    }

    @Test("a page asked for ahead is taken once, with its own Range; released untaken, its request is cancelled")
    func prefetchedPageIsTakenOnceOrCancelled() async throws {
        func pending() -> Task<(RawResponse, RequestCounters), any Error> {
            Task {
                try await Task.sleep(for: .seconds(60))
                throw CancellationError()
            }
        }
        let untaken = pending()
        do {
            let page = PrefetchedPage(range: "id ]2..; max=1000", request: untaken)
            #expect(page.take(range: "id ]3..; max=1000") == nil)
            #expect(!page.wasTaken)
        }
        #expect(untaken.isCancelled)

        let taken = pending()
        do {
            let page = PrefetchedPage(range: "id ]2..; max=1000", request: taken)
            #expect(page.take(range: "id ]2..; max=1000") != nil)
            #expect(page.take(range: "id ]2..; max=1000") == nil)
            #expect(page.wasTaken)
        }
        // The fetch that took it owns it now.
        #expect(!taken.isCancelled)
        taken.cancel()
    }
}
