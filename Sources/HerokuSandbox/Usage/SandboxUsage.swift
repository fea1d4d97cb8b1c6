/// Usage summed over apps and days: dyno units in thousandths, credits in hundredths, so
/// that a month is exactly the sum of its days and an invoice exactly its month's usage.
struct SandboxUsageTotals: Sendable {
    var dynos = 0
    var data = 0
    var partner = 0

    mutating func add(_ other: SandboxUsageTotals) {
        dynos += other.dynos
        data += other.data
        partner += other.partner
    }

    /// The numbers of a usage object: `addons` (all add-on credits), `data`, `dynos`, `partner`.
    var fields: [(key: String, value: SandboxJSON)] {
        [("addons", Self.decimal(data + partner, places: 2)), ("data", Self.decimal(data, places: 2)),
         ("dynos", Self.decimal(dynos, places: 3)), ("partner", Self.decimal(partner, places: 2))]
    }

    /// `value` / 10^places as a JSON number with exactly `places` decimals.
    static func decimal(_ value: Int, places: Int) -> SandboxJSON {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let fraction = String(value % scale)
        return .number("\(value / scale).\(String(repeating: "0", count: places - fraction.count))\(fraction)")
    }
}

extension SandboxAccount {
    /// Usage per app name of the apps of `teamID` (nil: personal apps) over `days` (none after
    /// ``usageToday``): an app renamed within the days appears under each name, as on Heroku.
    func appUsage(teamID: String?, days: ClosedRange<SandboxDay>, apps: [SandboxUsageApp])
        -> [(name: String, totals: SandboxUsageTotals)] {
        var byName: [String: SandboxUsageTotals] = [:]
        let last = min(days.upperBound, today)
        guard days.lowerBound <= last else { return [] }
        for app in apps where app.teamID == teamID {
            for day in days.lowerBound...last where app.exists(on: day) {
                byName[app.name(on: day), default: SandboxUsageTotals()].add(
                    SandboxUsageTotals(dynos: app.dynoThousandths, data: app.dataHundredths, partner: app.partnerHundredths))
            }
        }
        return byName.keys.sorted().map { ($0, byName[$0]!) }
    }

    /// One usage object: the totals, the apps' usage, the period and who it is of.
    func usageObject(id: String, name: String, period: (key: String, value: String), teamID: String?,
                     days: ClosedRange<SandboxDay>, apps: [SandboxUsageApp]) -> (json: SandboxJSON, totals: SandboxUsageTotals) {
        var totals = SandboxUsageTotals()
        let perApp = appUsage(teamID: teamID, days: days, apps: apps).map { name, usage -> SandboxJSON in
            totals.add(usage)
            return .object(SandboxObject([("app_name", .string(name))] + usage.fields))
        }
        let object = SandboxObject(totals.fields + [
            ("apps", .array(perApp)), (period.key, .string(period.value)), ("id", .string(id)),
            ("name", .string(name)), ("space", SandboxUsageTotals.decimal(0, places: 3)),
        ])
        return (.object(object), totals)
    }

    /// `GET /teams/{id}/usage/daily`: one object per day from `first` to `last` (not after today).
    func teamDailyUsage(_ team: SandboxJSON, first: SandboxDay, last: SandboxDay) -> [SandboxJSON] {
        let apps = usageApps()
        let id = team["id"]?.stringValue ?? ""
        guard first <= min(last, today) else { return [] }
        return (first...min(last, today)).map { day in
            usageObject(id: id, name: team["name"]?.stringValue ?? "", period: ("date", day.text), teamID: id,
                        days: day...day, apps: apps).json
        }
    }

    /// `GET /teams/{id}/usage/monthly`: one object per month from `first`'s to `last`'s (not after this month).
    func teamMonthlyUsage(_ team: SandboxJSON, first: SandboxDay, last: SandboxDay) -> [SandboxJSON] {
        let apps = usageApps()
        let id = team["id"]?.stringValue ?? ""
        return months(from: first, through: last).map { month in
            usageObject(id: id, name: team["name"]?.stringValue ?? "", period: ("month", month.monthText), teamID: id,
                        days: month...month.nextMonth.advanced(by: -1), apps: apps).json
        }
    }

    /// The first days of the months from `first`'s through `last`'s, none after this month.
    func months(from first: SandboxDay, through last: SandboxDay) -> [SandboxDay] {
        var result: [SandboxDay] = []
        var month = first.firstOfMonth
        while month <= min(last, today) {
            result.append(month)
            month = month.nextMonth
        }
        return result
    }

    /// Whether Heroku publishes usage and invoices for this team (an Enterprise team).
    func isEnterprise(_ team: SandboxJSON) -> Bool {
        team["type"]?.stringValue == "enterprise"
    }
}
