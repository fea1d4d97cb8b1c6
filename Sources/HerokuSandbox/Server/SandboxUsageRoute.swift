/// `GET /teams/{team}/usage/daily|monthly` and `GET /enterprise-accounts/{id}/usage/daily|monthly`:
/// a JSON array for `?start=…&end=…` (days `YYYY-MM-DD`, months `YYYY-MM`; without `end`, one
/// month), for Enterprise teams only (403 for the others), 422 for a missing or malformed
/// `start`, or one before ``SandboxConfiguration/usageAvailableFrom``.
enum SandboxUsageRoute {
    static func usage(_ segments: [String], _ request: SandboxHTTPRequest, account: SandboxAccount) -> SandboxHTTPResponse {
        let monthly = segments[3] == "monthly"
        let parameters = query(request.query)
        guard let startText = parameters["start"], let first = SandboxDay(startText[...], month: monthly) else {
            return .error(422, "invalid_params", "start is required, as \(monthly ? "YYYY-MM" : "YYYY-MM-DD")")
        }
        var last = monthly ? first : first.daysOfMonth.upperBound
        if let endText = parameters["end"] {
            guard let end = SandboxDay(endText[...], month: monthly) else {
                return .error(422, "invalid_params", "end must be \(monthly ? "YYYY-MM" : "YYYY-MM-DD")")
            }
            last = end
        }
        if let earliest = account.configuration.usageAvailableFrom.flatMap({ SandboxDay($0[...]) }),
           first < (monthly ? earliest.firstOfMonth : earliest) {
            return .error(422, "invalid_params", "start must be on or after \(monthly ? earliest.monthText : earliest.text)")
        }
        switch segments[0] {
        case "teams":
            guard let team = account.object(.teams, idOrName: segments[1]) else { return .notFound("team") }
            guard account.isEnterprise(team) else { return .notEnterprise }
            let objects = monthly ? account.teamMonthlyUsage(team, first: first, last: last)
                : account.teamDailyUsage(team, first: first, last: last)
            return SandboxHTTPResponse(status: 200, json: .array(objects))
        case "enterprise-accounts":
            guard let enterprise = account.enterpriseAccounts().first(where: {
                $0["id"]?.stringValue == segments[1] || $0["name"]?.stringValue == segments[1]
            }) else { return .notFound("enterprise account") }
            return SandboxHTTPResponse(status: 200,
                                       json: .array(account.enterpriseUsage(enterprise, monthly: monthly, first: first, last: last)))
        default:
            return .unknownEndpoint
        }
    }

    /// The parameters of a query string (no percent-decoding: dates need none).
    static func query(_ text: String?) -> [String: String] {
        var result: [String: String] = [:]
        for pair in (text ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { result[String(parts[0])] = String(parts[1]) }
        }
        return result
    }
}

extension SandboxHTTPResponse {
    /// 403 for a team that is not an Enterprise team: Heroku publishes its usage and invoices only for those.
    static let notEnterprise = error(403, "forbidden", "Usage and invoices are only available for Enterprise teams.")
}
