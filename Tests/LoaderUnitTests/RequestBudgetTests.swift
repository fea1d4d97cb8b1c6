import HerokuAPI
@testable import Loader
import Testing

/// The request budget of `--max-duration`, from estimates alone: no database, no network.
@Suite struct RequestBudgetTests {
    private func request(maxDuration: Duration?, concurrency: Int = 1) throws -> LoadRequest {
        var request = LoadRequest(reports: ReportCatalog.defaults, databaseURL: nil,
                                  endpoint: try APIEndpoint("http://127.0.0.1:1"), apiKey: try APIKey("unit-test-key"))
        request.maxDuration = maxDuration
        request.concurrency = concurrency
        request.client.rateLimitFloor = 0
        request.client.rateLimitRefillInterval = .milliseconds(800)
        return request
    }

    private let estimates = [("apps", 100), ("addons", 80), ("teams", 50), ("addon_services", 10)]
        .map { RequestBudget.Estimate(report: $0.0, requests: $0.1) }

    @Test("the allowance is the tokens left above the floor plus what refills in --max-duration; what does not fit is skipped in load order")
    func allowanceAndSkips() throws {
        // 100 left, a floor of 2 (room for the requests in flight at concurrency 1), 60 s at
        // one token per 0.8 s: 98 + 75 = 173 requests.
        let budget = RequestBudget.plan(try request(maxDuration: .seconds(60)), estimates: estimates, rateLimitRemaining: 100)
        #expect(budget.allowance == 173)
        #expect(budget.estimatedRequests == 1 + 240, "GET /account and every report")
        // apps (100) fits, addons (180 in all) does not, teams (150) and addon_services (160) do.
        #expect(budget.skipped.keys.sorted() == ["addons"])
        #expect(budget.skipped["addons"] == "not loaded: needs about 80 requests but only 73 fit in the rate-limit budget of --max-duration")
    }

    @Test("a higher --concurrency keeps more tokens back: the floor is room for every request in flight")
    func concurrencyRaisesTheFloor() throws {
        let budget = RequestBudget.plan(try request(maxDuration: .seconds(60), concurrency: 10), estimates: estimates,
                                        rateLimitRemaining: 100)
        // A floor of 20: 80 + 75 = 155. apps (100) and teams (150 in all) fit; addons (180)
        // and then addon_services (160) do not.
        #expect(budget.allowance == 80 + 75)
        #expect(budget.skipped.keys.sorted() == ["addon_services", "addons"])
    }

    @Test("no budget without --max-duration, or when the API did not say how many tokens remain")
    func noBudget() throws {
        for (maxDuration, remaining) in [(nil, 100), (Duration.seconds(60), nil)] as [(Duration?, Int?)] {
            let budget = RequestBudget.plan(try request(maxDuration: maxDuration), estimates: estimates,
                                            rateLimitRemaining: remaining)
            #expect(budget.allowance == nil && budget.skipped.isEmpty)
        }
    }

    @Test("an empty pool allows only what refills; a pool below the floor counts as empty")
    func emptyPool() throws {
        let budget = RequestBudget.plan(try request(maxDuration: .seconds(8)), estimates: estimates, rateLimitRemaining: 1)
        #expect(budget.allowance == 10)
        #expect(budget.skipped.keys.sorted() == ["addons", "apps", "teams"])
    }

    @Test("the reports estimated to make the most requests start first; ties keep their order")
    func longestFirst() throws {
        let reports = ["addon_services", "teams", "apps", "addons"].compactMap { name in
            ReportCatalog.all.first { $0.name == name }
        }
        let tied = estimates + [RequestBudget.Estimate(report: "account", requests: 50)]
        let budget = RequestBudget.plan(try request(maxDuration: nil), estimates: tied, rateLimitRemaining: nil)
        #expect(budget.longestFirst(reports).map(\.name) == ["apps", "addons", "teams", "addon_services"])
    }
}
