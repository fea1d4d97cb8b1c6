import Foundation
import HerokuSandbox
import Loader
import Postgres
import TestSupport
import Testing
@testable import Warehouse
import Schema
import WarehouseSQL

/// Views an analyst can trust: costs read as numbers whatever a column widened to, dynos at
/// their list price, add-ons not billed monthly counted apart, abandoned apps found, the
/// same answers under any session settings, and a view over a report never loaded says so.
@Suite("Views an analyst can trust")
struct TrustedViewsTests {
    /// Numbers as the views print them, compared as decimals ("700" == "700.0").
    private func decimal(_ text: String?) -> Decimal? { text.flatMap { Decimal(string: $0) } }

    @Test("app_costs, team_costs, addon_service_usage at list prices: add-ons and dynos, after prices and quantities widen to numeric; deprovisioned left out, contract, unpriced and hourly add-ons handled")
    func costsAtListPrices() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 81, apps: 30, teams: 3, addons: 90)) { fixture in
            #expect(try await fixture.load(reports: ReportCatalog.all).status == .succeeded)
            let addons = fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.sorted()
            let running = fixture.objects(.formations).filter { (ListPriceModel.number($0["quantity"]) ?? 0) > 0 }
            let unpricedSize = try #require(fixture.objects(.dynoSizes).first { $0["cost"] == .null }?["name"]?.stringValue)
            fixture.server.mutate { account in
                // Heroku sends a price as 700.0 and a quantity as 4.0: both columns widen to numeric.
                account.setField(resource: .addons, id: addons[0], path: ["billed_price", "cents"], value: .number("700.0"))
                account.setField(resource: .addons, id: addons[1], path: ["state"], value: "deprovisioned")
                account.setField(resource: .addons, id: addons[2], path: ["billed_price", "contract"], value: .bool(true))
                account.setField(resource: .addons, id: addons[3], path: ["billed_price"], value: .null)
                account.setField(resource: .addons, id: addons[4], path: ["billed_price", "unit"], value: "hour")
                account.setField(resource: .addons, id: addons[4], path: ["billed_price", "cents"], value: .int(5))
                account.setField(resource: .addons, id: addons[5], path: ["billed_price", "unit"], value: "fortnight")
                if let first = running.first?["id"]?.stringValue {
                    account.setField(resource: .formations, id: first, path: ["quantity"], value: .number("4.0"))
                }
                if let second = running.dropFirst().first?["id"]?.stringValue {
                    account.setField(resource: .formations, id: second, path: ["dyno_size", "name"], value: .string(unpricedSize))
                }
            }
            #expect(try await fixture.load(reports: ReportCatalog.all).status == .succeeded)
            let types = try fixture.query("""
                SELECT table_name || '.' || column_name, data_type FROM information_schema.columns
                WHERE table_schema = $1 AND ((table_name = 'addons' AND column_name = 'billed_price_cents')
                                          OR (table_name = 'app_formation' AND column_name = 'quantity'))
                ORDER BY 1
                """, [fixture.schema]).rows
            #expect(types == [["addons.billed_price_cents", "numeric"], ["app_formation.quantity", "numeric"]])

            let expected = ListPriceModel(account: fixture.server.account).costs()
            let rows = try fixture.query("""
                SELECT app_id::text, addon_count::text, contract_addon_count::text, unpriced_addon_count::text,
                       addon_cost_cents::text, dyno_cost_cents::text, monthly_cost_cents::text, dynos::text,
                       unpriced_dyno_count::text, complete::text, monthly_cost_dollars::text
                FROM \(fixture.table("app_costs"))
                """).rows
            #expect(rows.count == expected.count)
            for row in rows {
                let cost = try #require(expected[row[0] ?? ""])
                #expect(row[1] == String(cost.addonCount) && row[2] == String(cost.contract) && row[3] == String(cost.unpriced),
                        "\(row)")
                #expect(decimal(row[4]) == cost.addonCents, "\(row)")
                #expect(decimal(row[5]) == cost.dynoCents, "\(row)")
                #expect(decimal(row[6]) == cost.addonCents + cost.dynoCents, "\(row)")
                #expect(decimal(row[7]) == cost.dynos && decimal(row[8]) == cost.unpricedDynos, "\(row)")
                #expect(row[9] == "true")
            }
            let total = expected.values.reduce(Decimal(0)) { $0 + $1.addonCents + $1.dynoCents }
            #expect(decimal(try fixture.query("SELECT sum(monthly_cost_cents)::text FROM \(fixture.table("app_costs"))").firstValue)
                    == total)
            // The special cases are really in there.
            #expect(expected.values.contains { $0.contract > 0 })
            #expect(expected.values.reduce(0) { $0 + $1.unpriced } >= 2, "no billed_price and an unknown unit")
            #expect(expected.values.contains { $0.unpricedDynos > 0 })
            #expect(expected.values.reduce(Decimal(0)) { $0 + $1.dynoCents } > 0)

            // team_costs: the apps' costs summed per team.
            let teamOf = Dictionary(uniqueKeysWithValues: fixture.objects(.apps).map {
                ($0["id"]?.stringValue ?? "", $0.value(at: ["team", "name"])?.stringValue ?? "")
            })
            var perTeam: [String: (addons: Decimal, dynos: Decimal, contract: Int, unpriced: Int)] = [:]
            for (app, cost) in expected {
                var team = perTeam[teamOf[app] ?? "", default: (0, 0, 0, 0)]
                team.addons += cost.addonCents
                team.dynos += cost.dynoCents
                team.contract += cost.contract
                team.unpriced += cost.unpriced
                perTeam[teamOf[app] ?? ""] = team
            }
            let teams = try fixture.query("""
                SELECT coalesce(team_name, ''), addon_cost_cents::text, dyno_cost_cents::text, monthly_cost_cents::text,
                       contract_addon_count::text, unpriced_addon_count::text
                FROM \(fixture.table("team_costs")) WHERE app_count > 0
                """).rows
            #expect(teams.count == perTeam.count)
            for row in teams {
                let team = try #require(perTeam[row[0] ?? ""])
                #expect(decimal(row[1]) == team.addons && decimal(row[2]) == team.dynos, "\(row)")
                #expect(decimal(row[3]) == team.addons + team.dynos, "\(row)")
                #expect(row[4] == String(team.contract) && row[5] == String(team.unpriced), "\(row)")
            }

            // addon_service_usage: per service, the same rules.
            var perService: [String: (installs: Int, cents: Decimal)] = [:]
            for addon in fixture.objects(.addons) where addon["state"]?.stringValue != "deprovisioned" {
                let service = addon.value(at: ["addon_service", "id"])?.stringValue ?? ""
                var entry = perService[service, default: (0, 0)]
                entry.installs += 1
                if addon.value(at: ["billed_price", "contract"]) != .bool(true),
                   let monthly = ListPriceModel.monthly(ListPriceModel.number(addon.value(at: ["billed_price", "cents"])),
                                                        unit: addon.value(at: ["billed_price", "unit"])?.stringValue) {
                    entry.cents += monthly
                }
                perService[service] = entry
            }
            let services = try fixture.query("""
                SELECT service_id::text, installs::text, monthly_cost_cents::text FROM \(fixture.table("addon_service_usage"))
                WHERE installs > 0
                """).rows
            #expect(services.count == perService.count)
            for row in services {
                let entry = try #require(perService[row[0] ?? ""])
                #expect(row[1] == String(entry.installs) && decimal(row[2]) == entry.cents, "\(row)")
            }
        }
    }

    @Test("stale_apps finds an app with no dyno and only old succeeded releases, not a busy one; apps_without_recent_release counts succeeded releases only; identical under DateStyle 'SQL, MDY' and TimeZone Asia/Shanghai")
    func abandonedAppsAnyTimeZone() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 82, apps: 24, teams: 2, addons: 30)) { fixture in
            let apps = fixture.objects(.apps).compactMap { $0["id"]?.stringValue }.sorted()
            let (stale, busy, failedRecently) = (apps[0], apps[1], apps[2])
            let now = Date()
            let iso = ISO8601DateFormatter()
            let old = "2021-04-29T10:11:12Z"
            let recent = iso.string(from: now.addingTimeInterval(-5 * 86_400))
            fixture.server.mutate { account in
                for app in [stale, failedRecently] {
                    for process in account.objects(.formations, ofApp: app) {
                        account.setField(resource: .formations, id: process["id"]?.stringValue ?? "", path: ["quantity"],
                                         value: .int(0))
                    }
                    for release in account.objects(.releases, ofApp: app) {
                        account.setField(resource: .releases, id: release["id"]?.stringValue ?? "", path: ["created_at"],
                                         value: .string(old))
                        account.setField(resource: .releases, id: release["id"]?.stringValue ?? "", path: ["status"],
                                         value: "succeeded")
                    }
                }
                // A release five days ago that failed deployed nothing.
                if let release = account.objects(.releases, ofApp: failedRecently).first?["id"]?.stringValue {
                    account.setField(resource: .releases, id: release, path: ["created_at"], value: .string(recent))
                    account.setField(resource: .releases, id: release, path: ["status"], value: "failed")
                }
                for release in account.objects(.releases, ofApp: busy) {
                    account.setField(resource: .releases, id: release["id"]?.stringValue ?? "", path: ["created_at"],
                                     value: .string(recent))
                    account.setField(resource: .releases, id: release["id"]?.stringValue ?? "", path: ["status"],
                                     value: "succeeded")
                }
            }
            #expect(try await fixture.load(reports: ReportCatalog.all).status == .succeeded)
            let account = fixture.server.account
            #expect(!account.objects(.releases, ofApp: stale).isEmpty && !account.objects(.releases, ofApp: busy).isEmpty)

            // By hand: the last succeeded release per app, and which apps look abandoned.
            let cutoff = now.addingTimeInterval(-90 * 86_400)
            var lastSucceeded: [String: Date] = [:]
            for release in account.objects(.releases) where release["status"]?.stringValue == "succeeded" {
                let app = release.value(at: ["app", "id"])?.stringValue ?? ""
                let created = try #require(iso.date(from: release["created_at"]?.stringValue ?? ""))
                lastSucceeded[app] = max(lastSucceeded[app] ?? .distantPast, created)
            }
            let expectedStale = Set(account.objects(.apps).compactMap { app -> String? in
                guard let id = app["id"]?.stringValue, let created = iso.date(from: app["created_at"]?.stringValue ?? "")
                else { return nil }
                let dynos = account.objects(.formations, ofApp: id).compactMap { ListPriceModel.number($0["quantity"]) }
                    .reduce(Decimal(0), +)
                let last = lastSucceeded[id] ?? created
                return dynos == 0 && last < cutoff && created < cutoff ? id : nil
            })
            #expect(expectedStale.contains(stale) && expectedStale.contains(failedRecently) && !expectedStale.contains(busy))

            let session = try TestDatabase.connect()
            let queries = [
                "SELECT app_id::text FROM \(fixture.table("stale_apps")) ORDER BY 1",
                """
                SELECT app_id::text, releases::text, days_since_release::text,
                       to_char(last_release_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), complete::text
                FROM \(fixture.table("apps_without_recent_release")) ORDER BY 1
                """,
                "SELECT app_id::text, to_char(week, 'YYYY-MM-DD'), releases::text FROM \(fixture.table("release_history")) ORDER BY 1, 2",
            ]
            // One transaction, so now() is the same instant for every answer.
            try session.execute("BEGIN")
            let plain = try queries.map { try session.execute($0).rows }
            try session.execute("SET LOCAL DateStyle = 'SQL, MDY'; SET LOCAL TimeZone = 'Asia/Shanghai'")
            let shanghai = try queries.map { try session.execute($0).rows }
            try session.execute("SET LOCAL TimeZone = 'Asia/Kolkata'")
            let kolkata = try queries.map { try session.execute($0).rows }
            try session.execute("COMMIT")
            #expect(plain == shanghai && plain == kolkata, "the views answer the same under any DateStyle and TimeZone")

            #expect(Set(plain[0].compactMap { $0[0] }) == expectedStale)
            for row in plain[1] {
                let app = row[0] ?? ""
                let succeeded = account.objects(.releases, ofApp: app).filter { $0["status"]?.stringValue == "succeeded" }
                #expect(row[1] == String(succeeded.count), "\(row)")
                #expect(row[3] == lastSucceeded[app].map { iso.string(from: $0) }, "\(row)")
                #expect(row[4] == "true")
            }
            // release_history: weeks cut in UTC, starting on Monday.
            var calendar = Calendar(identifier: .iso8601)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let day = DateFormatter()
            day.calendar = calendar
            day.timeZone = calendar.timeZone
            day.locale = Locale(identifier: "en_US_POSIX")
            day.dateFormat = "yyyy-MM-dd"
            var weekly: [String: Int] = [:]
            for release in account.objects(.releases) {
                let created = try #require(iso.date(from: release["created_at"]?.stringValue ?? ""))
                let week = try #require(calendar.dateInterval(of: .weekOfYear, for: created)).start
                weekly["\(release.value(at: ["app", "id"])?.stringValue ?? "") \(day.string(from: week))", default: 0] += 1
            }
            #expect(plain[2].count == weekly.count)
            for row in plain[2] {
                #expect(row[2] == weekly["\(row[0] ?? "") \(row[1] ?? "")"].map(String.init), "\(row)")
            }
        }
    }

    @Test("after a load without the fan-out reports, the views say what they do not know: report_coverage, complete = false, NULL dyno costs, released_at standing in, and check's list of views")
    func viewsWithoutFanOut() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 83, apps: 12, teams: 2, addons: 20)) { fixture in
            #expect(try await fixture.load().status == .succeeded)
            let coverage = try fixture.query("""
                SELECT report, loaded::text FROM \(fixture.table("report_coverage")) ORDER BY report
                """).rows
            let loaded = Dictionary(uniqueKeysWithValues: coverage.map { ($0[0] ?? "", $0[1] == "true") })
            #expect(loaded["apps"] == true && loaded["addons"] == true && loaded["dyno_sizes"] == true)
            #expect(loaded["app_releases"] == false && loaded["app_formation"] == false && loaded["team_members"] == false)
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("report_coverage")) WHERE report = 'apps' AND rows = 12 AND last_loaded_at IS NOT NULL
                """) == 1)

            // app_costs: the add-on cost is known, the dyno cost is not.
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("app_costs"))
                WHERE dyno_cost_cents IS NULL AND monthly_cost_cents IS NULL AND dynos IS NULL AND NOT complete
                  AND addon_cost_cents IS NOT NULL
                """) == 12)
            // apps_without_recent_release: released_at stands in, flagged.
            let released = try fixture.query("""
                SELECT app_id::text, to_char(last_release_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), release_source,
                       releases IS NULL, complete::text
                FROM \(fixture.table("apps_without_recent_release"))
                """).rows
            #expect(released.count == 12)
            let iso = ISO8601DateFormatter()
            for row in released {
                let app = try #require(fixture.objects(.apps).first { $0["id"]?.stringValue == row[0] })
                let releasedAt = app["released_at"]?.stringValue.flatMap { iso.date(from: $0) }.map { iso.string(from: $0) }
                #expect(row[1] == releasedAt && row[2] == "apps.released_at" && row[3] == "t" && row[4] == "false", "\(row)")
            }
            // stale_apps: only apps not released for 90 days, never every app, and flagged.
            let cutoff = Date().addingTimeInterval(-90 * 86_400)
            let expectedStale = fixture.objects(.apps).filter { app in
                let releasedAt = app["released_at"]?.stringValue.flatMap { iso.date(from: $0) } ?? .distantPast
                let created = app["created_at"]?.stringValue.flatMap { iso.date(from: $0) } ?? .distantPast
                return releasedAt < cutoff && created < cutoff
            }.count
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("stale_apps")) WHERE NOT complete AND dynos IS NULL")
                    == expectedStale)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("stale_apps"))") == expectedStale)

            // check names the views that cannot answer (an empty members_without_2fa is no all-clear).
            let warehouse = try Warehouse(connection: try TestDatabase.connect(), schema: fixture.schema)
            let gaps = try warehouse.viewCoverage.gaps()
            let views = Set(gaps.map(\.view))
            #expect(views.isSuperset(of: ["members_without_2fa", "stale_apps", "apps_without_recent_release", "app_costs",
                                          "team_costs", "release_history"]), "\(views)")
            #expect(!views.contains("addons_per_app") && !views.contains("addon_service_usage") && !views.contains("changes"))
            #expect(gaps.first { $0.view == "members_without_2fa" }?.missingReports == ["team_members"])
        }
    }

    @Test("changes.name is the object's own name: a release's version, not its deployer")
    func changeFeedNames() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 84, apps: 6, teams: 1, addons: 8)) { fixture in
            let releases = try #require(ReportCatalog.named("app_releases"))
            #expect(try await fixture.load(reports: ReportCatalog.defaults + [releases]).status == .succeeded)
            let rows = try fixture.query("""
                SELECT id, name FROM \(fixture.table("changes")) WHERE report = 'app_releases'
                """).rows
            #expect(!rows.isEmpty)
            let versions = Dictionary(uniqueKeysWithValues: fixture.objects(.releases).map {
                ("\($0.value(at: ["app", "id"])?.stringValue ?? "")/\($0["id"]?.stringValue ?? "")", "v" + ($0["version"]?.numberText ?? ""))
            })
            for row in rows { #expect(row[1] == versions[row[0] ?? ""], "\(row)") }
        }
    }

    @Test("every view's header names the reports it reads, and they are real reports")
    func viewHeadersNameTheirReports() {
        let names = Set(ReportCatalog.names)
        for view in WarehouseSQL.views {
            #expect(view.sql.contains("-- Reports:"), "\(view.name) has no '-- Reports:' line")
            #expect(view.reports.allSatisfy(names.contains), "\(view.name): \(view.reports)")
        }
        #expect(WarehouseSQL.views.first { $0.name == "stale_apps" }?.reports == ["apps", "app_releases", "app_formation"])
        // The change feed is generated from the catalogue: every report's current and history table.
        let changes = ChangesView.view(ReportCatalog.all.map { report in
            ChangesView.Source(table: report.table, keyColumns: report.keyPaths.map { ColumnNaming.baseName(for: $0) })
        })
        #expect(changes.sql.hasPrefix("-- Reports: every report"))
        for report in ReportCatalog.all {
            #expect(changes.sql.contains("FROM \"\(report.name)\"\n") && changes.sql.contains("FROM \"\(report.name)_history\" h"),
                    "changes leaves out \(report.name)")
        }
    }
}
