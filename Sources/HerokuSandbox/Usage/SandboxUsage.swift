/// Usage summed over apps and days, as Heroku reports it: a month is each app's monthly run
/// rate prorated by the days it existed; a day is Heroku's estimate, the monthly run rate
/// divided by thirty (Dev Center, *Enterprise Accounts Usage*), so a month's days do not add
/// up exactly to the month. Dyno units in ten-thousandths, credits in hundredths.
struct SandboxUsageTotals: Sendable {
    var dynos = 0
    var data = 0
    var partner = 0

    mutating func add(_ other: SandboxUsageTotals) {
        dynos += other.dynos
        data += other.data
        partner += other.partner
    }

    /// One app's usage on one day: its monthly run rate / 30.
    static func day(of app: SandboxUsageApp) -> SandboxUsageTotals {
        SandboxUsageTotals(dynos: rounded(app.monthlyDynoThousandths * 10, 30), data: rounded(app.monthlyDataHundredths, 30),
                           partner: rounded(app.monthlyPartnerHundredths, 30))
    }

    /// One app's usage over `days` of a month of `monthDays` days: its monthly run rate prorated.
    static func month(of app: SandboxUsageApp, days: Int, monthDays: Int) -> SandboxUsageTotals {
        SandboxUsageTotals(dynos: rounded(app.monthlyDynoThousandths * 10 * days, monthDays),
                           data: rounded(app.monthlyDataHundredths * days, monthDays),
                           partner: rounded(app.monthlyPartnerHundredths * days, monthDays))
    }

    /// `value / divisor`, rounded half up.
    private static func rounded(_ value: Int, _ divisor: Int) -> Int { (value * 2 + divisor) / (divisor * 2) }

    /// The numbers of a usage object: `addons` (all add-on credits), `data`, `dynos`, `partner`.
    var fields: [(key: String, value: SandboxJSON)] {
        [("addons", Self.decimal(data + partner, places: 2)), ("data", Self.decimal(data, places: 2)),
         ("dynos", Self.decimal(dynos, places: 4)), ("partner", Self.decimal(partner, places: 2))]
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
    /// Usage per app name of the apps of `teamID` (nil: personal apps) on one day, or over one
    /// month (`days` its days; none after ``usageToday``): an app renamed within the month
    /// appears under each name, for the days it had it, as on Heroku.
    func appUsage(teamID: String?, days: ClosedRange<SandboxDay>, monthly: Bool, apps: [SandboxUsageApp])
        -> [(name: String, totals: SandboxUsageTotals)] {
        let last = min(days.upperBound, today)
        guard days.lowerBound <= last else { return [] }
        var byName: [String: SandboxUsageTotals] = [:]
        for app in apps where app.teamID == teamID {
            var daysByName: [String: Int] = [:]
            for day in days.lowerBound...last where app.exists(on: day) { daysByName[app.name(on: day), default: 0] += 1 }
            for (name, count) in daysByName {
                byName[name, default: SandboxUsageTotals()].add(monthly
                    ? .month(of: app, days: count, monthDays: days.count) : .day(of: app))
            }
        }
        return byName.keys.sorted().map { ($0, byName[$0]!) }
    }

    /// One usage object: the totals, the apps' usage, the period and who it is of.
    func usageObject(id: String, name: String, period: (key: String, value: String), teamID: String?,
                     days: ClosedRange<SandboxDay>, apps: [SandboxUsageApp]) -> (json: SandboxJSON, totals: SandboxUsageTotals) {
        var totals = SandboxUsageTotals()
        let perApp = appUsage(teamID: teamID, days: days, monthly: period.key == "month", apps: apps).map { name, usage -> SandboxJSON in
            totals.add(usage)
            return .object(SandboxObject([("app_name", .string(name))] + usage.fields))
        }
        let object = SandboxObject(totals.fields + [
            ("apps", .array(perApp)), (period.key, .string(period.value)), ("id", .string(id)),
            ("name", .string(name)), ("space", SandboxUsageTotals.decimal(0, places: 2)),
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
                        days: month.daysOfMonth, apps: apps).json
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
