import Foundation
import HerokuSandbox
import Loader
import Testing

/// The spend views against numbers computed here from the sandbox's formations, dyno sizes
/// and add-on prices (the sandbox bills a dyno size's dyno units per day, and an add-on's
/// monthly price spread over 30 days in whole cents, a credit being 100 cents).
@Suite("Spend: views")
struct SpendViewTests {
    @Test("app_spend_daily/monthly, app_spend_vs_list and team_spend_monthly equal the usage computed by hand")
    func viewsByHand() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 9, apps: 30, teams: 3)) { fixture in
            let today = CalendarDay.today()
            let lastMonth = today.firstOfMonth.addingMonths(-1)
            let daysInLastMonth = lastMonth.lastOfMonth.day
            let reports = ["teams", "apps", "addons", "app_formation", "dyno_sizes", "team_daily_usage",
                           "team_monthly_usage", "team_invoices"].compactMap(ReportCatalog.named)
            let summary = try await SpendLoad.run(fixture, today: today.description,
                                                  since: today.firstOfMonth.addingMonths(-2).description, reports: reports)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            let model = UsageByHand(fixture.server.account)
            let team = try #require(fixture.objects(.teams).first { $0["type"]?.stringValue == "enterprise" })
            let apps = fixture.objects(.apps).filter { $0.value(at: ["team", "id"]) == team["id"] }
            #expect(apps.count > 2)

            let yesterday = today.addingDays(-1).description
            for app in apps {
                let id = app["id"]?.stringValue ?? ""
                let usage = model.perDay(app)
                let daily = try fixture.query("""
                    SELECT dyno_units::text, addon_credits::text FROM \(fixture.table("app_spend_daily"))
                    WHERE app_id = $1 AND date = $2::date
                    """, [id, yesterday]).rows
                #expect(daily.map { $0.map { Decimal(string: $0 ?? "") } } == [[usage.dynos, usage.credits]], "\(id)")
                let monthly = try fixture.query("""
                    SELECT dyno_units::text, addon_credits::text FROM \(fixture.table("app_spend_monthly"))
                    WHERE app_id = $1 AND month = $2::date
                    """, [id, lastMonth.description]).rows
                let days = Decimal(daysInLastMonth)
                #expect(monthly.map { $0.map { Decimal(string: $0 ?? "") } } == [[usage.dynos * days, usage.credits * days]])
                let versus = try fixture.query("""
                    SELECT coalesce(dyno_units_difference::text, 'null'), addon_difference::text
                    FROM \(fixture.table("app_spend_vs_list")) WHERE app_id = $1
                    """, [id]).rows
                let hasFormation = !fixture.server.account.objects(.formations, ofApp: id).isEmpty
                #expect(versus.count == 1)
                #expect(versus.first?[0] == (hasFormation ? "0.000" : "null"), "\(id)")
                #expect(Decimal(string: versus.first?[1] ?? "") == usage.credits * days - usage.listDollars, "\(id)")
            }

            // The invoice of last month bills exactly the month's usage.
            let total = apps.map(model.perDay).reduce((Decimal(0), Decimal(0))) { ($0.0 + $1.dynos, $0.1 + $1.credits) }
            let days = Decimal(daysInLastMonth)
            let reconciled = try fixture.query("""
                SELECT usage_dyno_units::text, invoice_dyno_units::text, dyno_units_difference::text,
                       usage_addon_credits::text, invoice_total::text
                FROM \(fixture.table("team_spend_monthly")) WHERE team_id = $1 AND month = $2::date
                """, [team["id"]?.stringValue, lastMonth.description]).rows
            let row = try #require(reconciled.first)
            #expect(Decimal(string: row[0] ?? "") == total.0 * days)
            #expect(Decimal(string: row[1] ?? "") == total.0 * days)
            #expect(Decimal(string: row[2] ?? "") == 0)
            #expect(Decimal(string: row[3] ?? "") == total.1 * days)
            #expect(Decimal(string: row[4] ?? "") == (total.0 + total.1) * days * 100)
            // This month is not invoiced yet.
            let open = try fixture.query("""
                SELECT invoice_id FROM \(fixture.table("team_spend_monthly")) WHERE team_id = $1 AND month = $2::date
                """, [team["id"]?.stringValue, today.firstOfMonth.description]).rows
            #expect(open == [[nil]])
        }
    }

    @Test("spend_movers lists the apps whose last 7 days average above 1.5x the 28 days before")
    func movers() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 9, apps: 16, teams: 3)) { fixture in
            let model = UsageByHand(fixture.server.account)
            let team = try #require(fixture.objects(.teams).first { $0["type"]?.stringValue == "enterprise" })
            let apps = fixture.objects(.apps).filter { $0.value(at: ["team", "id"]) == team["id"] }
            let created = { (app: SandboxJSON) in CalendarDay(String(app["created_at"]?.stringValue?.prefix(10) ?? ""))! }
            // Three days after an app with usage was created: it is new in the last 7 days.
            let newApp = try #require(apps.filter { model.perDay($0).dynos > 0 }.max { created($0) < created($1) })
            let today = created(newApp).addingDays(3)
            let reports = ["teams", "apps", "team_daily_usage"].compactMap(ReportCatalog.named)
            let summary = try await SpendLoad.run(fixture, today: today.description,
                                                  since: today.addingDays(-40).description, reports: reports)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")

            var expected: Set<[String]> = []
            for app in apps {
                let first = created(app)
                let daysIn = { (from: Int, to: Int) in (from...to).filter { today.addingDays(-$0) >= first }.count }
                let last7 = Decimal(daysIn(0, 6)) / 7
                let prior28 = Decimal(daysIn(7, 34)) / 28
                let usage = model.perDay(app)
                for (measure, perDay) in [("dyno_units", usage.dynos), ("addon_credits", usage.credits)]
                where perDay > 0 && perDay * last7 > Decimal(string: "1.5")! * perDay * prior28 {
                    expected.insert([app["id"]?.stringValue ?? "", measure])
                }
            }
            #expect(expected.contains([newApp["id"]?.stringValue ?? "", "dyno_units"]))
            let listed = try fixture.query("SELECT app_id, measure FROM \(fixture.table("spend_movers"))").rows
            #expect(Set(listed.map { $0.map { $0 ?? "" } }) == expected)
        }
    }
}

/// What the sandbox's usage should be, computed from its objects.
struct UsageByHand {
    let account: SandboxAccount
    let dynoUnits: [String: Decimal]

    init(_ account: SandboxAccount) {
        self.account = account
        var units: [String: Decimal] = [:]
        for size in account.objects(.dynoSizes) {
            units[size["name"]?.stringValue?.lowercased() ?? ""] = Decimal(string: size["precise_dyno_units"]?.numberText ?? "0")
        }
        dynoUnits = units
    }

    /// Per day: dyno units (quantity x the size's units), add-on credits (each add-on's monthly
    /// cents / 30, in whole cents), and the add-ons' list price in dollars a month.
    func perDay(_ app: SandboxJSON) -> (dynos: Decimal, credits: Decimal, listDollars: Decimal) {
        let id = app["id"]?.stringValue ?? ""
        var dynos = Decimal(0)
        for process in account.objects(.formations, ofApp: id) {
            let quantity = Decimal(string: process["quantity"]?.numberText ?? "0") ?? 0
            dynos += quantity * (dynoUnits[process.value(at: ["dyno_size", "name"])?.stringValue?.lowercased() ?? ""] ?? 0)
        }
        var cents = 0
        var listCents = 0
        for addon in account.objects(.addons) where addon.value(at: ["app", "id"])?.stringValue == id {
            let price = Int(addon.value(at: ["billed_price", "cents"])?.numberText ?? "0") ?? 0
            cents += price / 30
            listCents += price
        }
        return (dynos, Decimal(cents) / 100, Decimal(listCents) / 100)
    }
}
