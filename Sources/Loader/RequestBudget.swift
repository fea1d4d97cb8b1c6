import HerokuAPI
import Warehouse

/// Plans a load's requests against Heroku's rate limit (a per-account bucket of about 4,500
/// tokens refilled at about 75 a minute; one token per request).
///
/// Before fetching, every selected report is estimated from what the warehouse holds for
/// the account: an account-wide list costs one request per page of its previous row count
/// (at least one), an object one, a fan-out report one per parent whose lists it will fetch
/// (more for parents with more children than a page). The remaining tokens come from `GET /account/rate-limits`,
/// which costs none. With ``LoadRequest/maxDuration``, the load can spend the remaining
/// tokens (less ``ClientConfiguration/rateLimitFloor``, left for other tools) plus what
/// refills in that time; reports that do not fit are skipped, in load order, and recorded
/// as `skipped` (their tables are left as they are: nothing is deleted). Without a maximum
/// duration everything fits, and the client paces itself instead: when `RateLimit-Remaining`
/// falls below the floor it waits for the bucket to refill, so the load does not hit 429.
public struct RequestBudget: Sendable {
    /// The estimate of one report.
    public struct Estimate: Sendable, Hashable {
        /// The report's name.
        public var report: String
        /// Requests it is expected to make.
        public var requests: Int
    }

    /// Per-report estimates, in load order (at planning time).
    public private(set) var estimates: [Estimate] = []
    /// Every request the load is expected to make, `GET /account` included.
    public private(set) var estimatedRequests = 1
    /// Tokens left when the load took its lock (read by `GET /account/rate-limits`, answered
    /// alongside the first reports' requests unless a --max-duration budget waited for it),
    /// nil when the API did not say.
    public internal(set) var rateLimitRemaining: Int?
    /// Requests the load may make (nil: no limit, the client paces itself).
    public private(set) var allowance: Int?
    /// Reports skipped because they did not fit, with why.
    public private(set) var skipped: [String: String] = [:]
    /// Requests made since the remaining tokens were read (`GET /account` came before).
    private var spent = 0

    /// Estimates the reports of `request`, given the tokens the API said remain (nil: it did not say).
    static func plan(_ request: LoadRequest, account: String, warehouse: any LoadStore,
                     rateLimitRemaining: Int?) throws -> RequestBudget {
        let estimates = try request.reports.map { report in
            Estimate(report: report.name,
                     requests: try Self.estimate(report, request: request, account: account, warehouse: warehouse))
        }
        return plan(request, estimates: estimates, rateLimitRemaining: rateLimitRemaining)
    }

    /// The budget for `estimates` (in load order): the allowance `--max-duration` gives and
    /// the reports that do not fit in it, skipped in load order.
    static func plan(_ request: LoadRequest, estimates: [Estimate], rateLimitRemaining: Int?) -> RequestBudget {
        var budget = RequestBudget()
        budget.estimates = estimates
        budget.estimatedRequests += estimates.reduce(0) { $0 + $1.requests }
        budget.rateLimitRemaining = rateLimitRemaining
        if let maxDuration = request.maxDuration, let remaining = budget.rateLimitRemaining {
            let refillPerSecond = 1 / max(request.client.rateLimitRefillInterval / .seconds(1), 0.000_001)
            let refill = Int(maxDuration / .seconds(1) * refillPerSecond)
            budget.allowance = max(0, remaining - request.effectiveClient.rateLimitFloor) + refill
        }
        if let allowance = budget.allowance {
            var planned = 0
            for estimate in budget.estimates {
                if planned + estimate.requests > allowance {
                    budget.skipped[estimate.report] = Self.skipMessage(estimate.requests, allowance - planned)
                } else {
                    planned += estimate.requests
                }
            }
        }
        return budget
    }

    /// Why `report` must be skipped now, or nil to load it. A fan-out report is estimated
    /// again from the parents this load just stored.
    mutating func admit(_ report: Report, request: LoadRequest, account: String, warehouse: any LoadStore) throws -> String? {
        if let reason = skipped[report.name] { return reason }
        guard let allowance else { return nil }
        var requests = estimatedRequests(of: report.name) ?? 1
        if report.fanOut != nil {
            requests = try Self.estimate(report, request: request, account: account, warehouse: warehouse)
        }
        guard spent + requests <= allowance else {
            let reason = Self.skipMessage(requests, allowance - spent)
            skipped[report.name] = reason
            return reason
        }
        return nil
    }

    /// The requests `report` was estimated to make, nil when it was not estimated.
    func estimatedRequests(of report: String) -> Int? {
        estimates.first { $0.report == report }?.requests
    }

    /// `reports` with the ones estimated to make the most requests first (ties keep their
    /// order): started first, the longest does not end the load alone while the short ones
    /// have long finished.
    func longestFirst(_ reports: [Report]) -> [Report] {
        reports.enumerated()
            .map { (position: $0.offset, report: $0.element, requests: estimatedRequests(of: $0.element.name) ?? 0) }
            .sorted { $0.requests != $1.requests ? $0.requests > $1.requests : $0.position < $1.position }
            .map(\.report)
    }

    /// Counts the requests a report made.
    mutating func record(requests: Int) {
        spent += requests
    }

    /// One line for the summary: the estimate, the tokens left and what was skipped.
    public var summaryLine: String {
        var line = "estimated \(estimatedRequests) requests"
        if let rateLimitRemaining { line += ", \(rateLimitRemaining) rate-limit tokens left" }
        if let allowance { line += ", \(allowance) allowed within --max-duration" }
        if !skipped.isEmpty {
            line += "; skipped (over budget): " + skipped.keys.sorted().joined(separator: ", ")
        }
        return line
    }

    /// A fan-out report counts only the parents whose lists it will fetch (FanOutSchedule).
    private static func estimate(_ report: Report, request: LoadRequest, account: String,
                                 warehouse: any LoadStore) throws -> Int {
        let pageSize = request.client.pageSize
        switch report.source {
        case .object:
            return 1
        case .list:
            return try warehouse.estimatedListPages(report: report.name, account: account, pageSize: pageSize)
        case .perParent(let fanOut):
            let fetched = try warehouse.selectParents(
                report: report.name, parentTable: fanOut.parent, account: account,
                verifyAfter: request.parentVerifyAfter(report)).fetched
            if let window = report.window {
                // One request per range asked for (a range's days or months fit in one page).
                return try UsagePlan.estimatedRequests(of: report, window: window, parents: fetched, request: request,
                                                       account: account, store: warehouse)
            }
            return try warehouse.estimatedFanOutRequests(
                report: report.name, parentTable: fanOut.parent, parentKey: fanOut.parentKey, account: account,
                pageSize: pageSize, parents: fetched.map(\.id))
        }
    }

    private static func skipMessage(_ needed: Int, _ left: Int) -> String {
        "not loaded: needs about \(needed) requests but only \(max(0, left)) fit in the rate-limit budget of --max-duration"
    }
}
