import Foundation
import HerokuSandbox
import Loader
import Testing

/// The spend views against numbers computed here from the sandbox's formations, dyno sizes
/// and add-on prices (per month, a size's dyno units and an add-on's price, a credit being
/// 100 cents; per day, Heroku's estimate: the month's run rate / 30).
@Suite("Spend: views")
struct SpendViewTests {
    @Test("app_spend_daily/monthly, app_spend_vs_list and team_spend_monthly equal the usage computed by hand")
    func viewsByHand() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 9, apps: 30, teams: 3)) { fixture in
            let today = CalendarDay.today()
            let lastMonth = today.firstOfMonth.addingMonths(-1)
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
            let decimals = { (rows: [[String?]]) in rows.map { $0.map { Decimal(string: $0 ?? "") } } }
            for app in apps {
                let id = app["id"]?.stringValue ?? ""
                let usage = model.usage(app)
                let daily = try fixture.query("""
                    SELECT dyno_units::text, addon_credits::text FROM \(fixture.table("app_spend_daily"))
                    WHERE app_id = $1 AND date = $2::date
                    """, [id, yesterday]).rows
                #expect(decimals(daily) == [[usage.dailyDynos, usage.dailyCredits]], "\(id)")
                let monthly = try fixture.query("""
                    SELECT dyno_units::text, addon_credits::text FROM \(fixture.table("app_spend_monthly"))
                    WHERE app_id = $1 AND month = $2::date
                    """, [id, lastMonth.description]).rows
                #expect(decimals(monthly) == [[usage.monthlyDynos, usage.monthlyCredits]], "\(id)")
                let versus = try fixture.query("""
                    SELECT actual_dyno_units::text, list_dyno_units::text, dyno_units_difference::text,
                           actual_addon_credits::text, list_addon_dollars::text, addon_difference::text
                    FROM \(fixture.table("app_spend_vs_list")) WHERE app_id = $1
                    """, [id]).rows
                // A whole month of the current formation and plans: actual equals list.
                let hasFormation = !fixture.server.account.objects(.formations, ofApp: id).isEmpty
                let list: Decimal? = hasFormation ? usage.monthlyDynos : nil
                #expect(decimals(versus) == [[usage.monthlyDynos, list, list.map { _ in 0 }, usage.monthlyCredits,
                                              usage.monthlyCredits, 0]], "\(id)")
            }

            // The invoice of last month bills exactly the month's usage (100 cents a dyno unit or a credit).
            let dynos = apps.map { model.usage($0).monthlyDynos }.reduce(0, +)
            let credits = apps.map { model.usage($0).monthlyCredits }.reduce(0, +)
            let reconciled = try fixture.query("""
                SELECT usage_dyno_units::text, invoice_dyno_units::text, dyno_units_difference::text,
                       usage_addon_credits::text, invoice_total::text, invoice_count::text
                FROM \(fixture.table("team_spend_monthly")) WHERE team_id = $1 AND month = $2::date
                """, [team["id"]?.stringValue, lastMonth.description]).rows
            #expect(decimals(reconciled) == [[dynos, dynos, 0, credits, (dynos + credits) * 100, 1]])
            // This month is not invoiced yet.
            let open = try fixture.query("""
                SELECT invoice_count::text, invoice_total::text FROM \(fixture.table("team_spend_monthly"))
                WHERE team_id = $1 AND month = $2::date
                """, [team["id"]?.stringValue, today.firstOfMonth.description]).rows
            #expect(open == [["0", nil]])
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
            let newApp = try #require(apps.filter { model.usage($0).dailyDynos > 0 }.max { created($0) < created($1) })
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
                let usage = model.usage(app)
                for (measure, perDay) in [("dyno_units", usage.dailyDynos), ("addon_credits", usage.dailyCredits)]
                where perDay > 0 && perDay * last7 > Decimal(string: "1.5")! * perDay * prior28 {
                    expected.insert([app["id"]?.stringValue ?? "", measure])
                }
            }
            #expect(expected.contains([newApp["id"]?.stringValue ?? "", "dyno_units"]))
            let listed = try fixture.query("SELECT app_id, measure FROM \(fixture.table("spend_movers"))").rows
            #expect(Set(listed.map { $0.map { $0 ?? "" } }) == expected)
        }
    }

    @Test("spend_movers: strictly above 1.5x, biggest increase first, with increase and ratio as computed here")
    func moverArithmetic() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 9, apps: 30, teams: 3)) { fixture in
            let reports = ["teams", "apps", "team_daily_usage"].compactMap(ReportCatalog.named)
            try await SpendLoad.run(fixture, today: "2026-03-10", since: "2026-01-01", reports: reports)
            let team = try #require(fixture.objects(.teams).first { $0["type"]?.stringValue == "enterprise" })
            let apps = fixture.objects(.apps).filter { $0.value(at: ["team", "id"]) == team["id"] }
            #expect(apps.count >= 4)
            let names = apps.prefix(4).map { $0["name"]?.stringValue ?? "" }
            // The last 35 days rewritten: per app, dyno units a day before and in the last 7 days.
            let usage: [(before: String, last: String)] = [("1", "2"), ("1", "1"), ("1", "1.6"), ("1", "1.5")]
            let entries = zip(names, usage).map { name, usage in
                "jsonb_build_object('app_name', '\(name)', 'dynos', CASE WHEN date::date > '2026-03-03' THEN \(usage.last) ELSE \(usage.before) END, 'addons', 1, 'data', 1, 'partner', 0)"
            }
            try fixture.connection.execute("""
                UPDATE \(fixture.table("team_daily_usage")) SET apps = jsonb_build_array(\(entries.joined(separator: ", ")))
                WHERE date::date > '2026-02-03'
                """)
            let movers = try fixture.query("""
                SELECT app_name, measure, last_day::text, last_7_daily::text, prior_28_daily::text, increase::text, ratio::text
                FROM \(fixture.table("spend_movers"))
                """).rows
            #expect(movers == [
                [names[0], "dyno_units", "2026-03-10", "2.000", "1.000", "1.000", "2.00"],
                [names[2], "dyno_units", "2026-03-10", "1.600", "1.000", "0.600", "1.60"],
            ])
        }
    }

    @Test("a name two apps had resolves, day by day, to the app that held it (the first holder for days before)")
    func reusedName() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 9, apps: 8, teams: 3)) { fixture in
            let reports = ["teams", "apps", "team_daily_usage"].compactMap(ReportCatalog.named)
            try await SpendLoad.run(fixture, today: "2026-03-10", since: "2025-12-10", reports: reports)
            let first = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { $0.renameApp(id: first, to: "shared-name") }
            try await SpendLoad.run(fixture, today: "2026-03-10", since: "2025-12-10", reports: reports)
            fixture.server.mutate { $0.renameApp(id: first, to: "moved-on") }
            try await SpendLoad.run(fixture, today: "2026-03-10", since: "2025-12-10", reports: reports)
            let second = fixture.server.mutate { $0.addApp(name: "shared-name") }
            try await SpendLoad.run(fixture, today: "2026-03-10", since: "2025-12-10", reports: reports)
            // The warehouse saw the first app as shared-name from January 1 to February 1, the
            // second from March 1 (the loads above all ran today: their times are moved).
            let apps = fixture.table("apps")
            let history = fixture.table("apps_history")
            try fixture.connection.execute("""
                UPDATE \(history) SET _valid_from = '2026-01-01', _valid_to = '2026-02-01' WHERE id = '\(first)' AND name = 'shared-name';
                UPDATE \(history) SET _valid_to = '2026-01-01' WHERE id = '\(first)' AND name <> 'shared-name';
                UPDATE \(history) SET _valid_from = '2025-06-01' WHERE id = '\(first)' AND name <> 'shared-name' AND name <> 'moved-on';
                UPDATE \(apps) SET _valid_from = '2026-02-01' WHERE id = '\(first)';
                UPDATE \(apps) SET _valid_from = '2026-03-01' WHERE id = '\(second)';
                UPDATE \(fixture.table("team_daily_usage"))
                   SET apps = '[{"app_name": "shared-name", "dynos": 1, "addons": 0, "data": 0, "partner": 0}]'
                """)
            let resolved = try fixture.query("""
                SELECT date::text, app_id::text FROM \(fixture.table("app_spend_daily"))
                WHERE date IN ('2025-12-15', '2026-01-15', '2026-02-15', '2026-03-05') ORDER BY date
                """).rows
            // Before anything was seen: the first holder; while it held the name: it; after it
            // moved on, until the next holder was seen: still it; from then: the second app.
            // (One Enterprise team: one row a day.)
            #expect(resolved == [["2025-12-15", first], ["2026-01-15", first], ["2026-02-15", first], ["2026-03-05", second]])
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

    /// One app's usage in a whole month (its formation's dyno units, its add-ons' prices in
    /// credits) and on one day (Heroku's estimate: the month / 30, rounded half up, dyno units
    /// to 4 decimals and credits to cents, first-party and partner add-ons apart).
    func usage(_ app: SandboxJSON) -> (monthlyDynos: Decimal, monthlyCredits: Decimal, dailyDynos: Decimal, dailyCredits: Decimal) {
        let id = app["id"]?.stringValue ?? ""
        var dynos = Decimal(0)
        for process in account.objects(.formations, ofApp: id) {
            let quantity = Decimal(string: process["quantity"]?.numberText ?? "0") ?? 0
            dynos += quantity * (dynoUnits[process.value(at: ["dyno_size", "name"])?.stringValue?.lowercased() ?? ""] ?? 0)
        }
        var data = 0
        var partner = 0
        for addon in account.objects(.addons) where addon.value(at: ["app", "id"])?.stringValue == id {
            let price = Int(addon.value(at: ["billed_price", "cents"])?.numberText ?? "0") ?? 0
            if addon.value(at: ["addon_service", "name"])?.stringValue?.hasPrefix("heroku-") == true { data += price } else { partner += price }
        }
        let perDay = { (value: Int) in (value * 2 + 30) / 60 }  // value / 30, rounded half up
        let dynoTenThousandths = NSDecimalNumber(decimal: dynos * 10_000).intValue
        return (dynos, Decimal(data + partner) / 100, Decimal(perDay(dynoTenThousandths)) / 10_000,
                Decimal(perDay(data) + perDay(partner)) / 100)
    }
}
