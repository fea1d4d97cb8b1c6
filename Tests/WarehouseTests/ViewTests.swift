import Foundation
import HerokuSandbox
import Loader
import Testing

/// The analyst views, checked against values computed here from the sandbox's objects.
@Suite("Views")
struct ViewTests {
    @Test("addons_per_app: one row per app with its add-ons, services and monthly cost")
    func addonsPerApp() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 13, apps: 30, teams: 3, addons: 75)) { fixture in
            try await fixture.load()
            let addons = fixture.objects(.addons)
            let rows = try fixture.query("""
                SELECT app_id::text, app_name, team_name, addon_count::text, array_to_string(addon_names, ','),
                       array_to_string(services, ','), monthly_cost_cents::text
                FROM \(fixture.table("addons_per_app")) ORDER BY app_name
                """)
            #expect(rows.count == fixture.objects(.apps).count)
            for row in rows.rows {
                let appID = try #require(row[0])
                let mine = addons.filter {
                    $0.value(at: ["app", "id"])?.stringValue == appID && $0["state"]?.stringValue != "deprovisioned"
                }
                let names = mine.compactMap { $0["name"]?.stringValue }.sorted()
                let services = Set(mine.compactMap { $0.value(at: ["addon_service", "name"])?.stringValue }).sorted()
                let cost = ListPriceModel(account: fixture.server.account).costs()[appID]?.addonCents ?? -1
                let app = fixture.objects(.apps).first { $0["id"]?.stringValue == appID }
                #expect(row[1] == app?["name"]?.stringValue)
                #expect(row[2] == app?.value(at: ["team", "name"])?.stringValue)
                #expect(row[3] == String(mine.count))
                #expect(row[4] == names.joined(separator: ","))
                #expect(row[5] == services.joined(separator: ","))
                #expect(row[6] == "\(cost)")
            }
        }
    }

    @Test("a view or a report's two tables dropped by hand are back after the next load; one of the two alone stops the load")
    func droppedObjectsAreRestored() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 14, apps: 8, teams: 2, addons: 12)) { fixture in
            try await fixture.load()
            let exists = { (name: String) in
                try fixture.query("SELECT to_regclass($1) IS NOT NULL", [fixture.table(name)]).firstValue == "t"
            }
            try fixture.connection.execute("DROP VIEW \(fixture.table("stale_apps"))")
            #expect(try !exists("stale_apps"))
            try await fixture.load()
            #expect(try exists("stale_apps"))
            // Both tables of a report dropped (the change feed, which reads every history
            // table, goes with them): the next load rebuilds them and reloads the report.
            try fixture.connection.execute("""
                DROP TABLE \(fixture.table("stacks")), \(fixture.table("stacks_history")) CASCADE
                """)
            #expect(try !exists("changes"))
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("stacks"))") == fixture.objects(.stacks).count)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("stacks_with_history"))") == fixture.objects(.stacks).count)
            #expect(try exists("changes"))

            // Only a history table dropped: its versions are gone for good, so the load stops
            // and says what to do rather than start a history that forgot the past.
            try fixture.connection.execute("DROP TABLE \(fixture.table("stacks_history")) CASCADE")
            let error = await #expect(throws: (any Error).self) { try await fixture.load() }
            let message = error.map { "\($0)" } ?? ""
            #expect(message.contains("stacks_history\" is missing") && message.contains("drop"), "\(message)")
            #expect(try exists("stacks"))
            // The ledger records the load that could not start, and why.
            let last = try fixture.query(
                "SELECT status, error, account IS NOT NULL FROM \(fixture.table("_loads")) ORDER BY load_id DESC LIMIT 1")
            #expect(last.rows.first?[0] == "failed")
            #expect(last.rows.first?[1]?.contains("stacks_history\" is missing") == true, "\(last.rows)")
            #expect(last.rows.first?[2] == "t")
        }
    }

    @Test("team_costs, addon_service_usage and app_inventory match the sandbox's objects")
    func costAndInventoryViews() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 17, apps: 25, teams: 3, addons: 60)) { fixture in
            try await fixture.load()
            let apps = fixture.objects(.apps)
            let addons = fixture.objects(.addons).filter { $0["state"]?.stringValue != "deprovisioned" }
            let model = ListPriceModel(account: fixture.server.account).costs()
            func appCost(_ appID: String?) -> Decimal { model[appID ?? ""]?.addonCents ?? -1 }

            // team_costs: apps grouped by team; the null team gathers personal apps; teams without
            // apps show 0. Without app_formation the dyno cost, and so the total, is unknown.
            let teamRows = try fixture.query("""
                SELECT coalesce(team_name, '(personal)'), app_count::text, addon_cost_cents::text,
                       monthly_cost_cents IS NULL AND NOT complete
                FROM \(fixture.table("team_costs")) ORDER BY 1
                """).rows
            var expectedTeams: [String: (apps: Int, cost: Decimal)] = [:]
            for team in fixture.objects(.teams) { expectedTeams[team["name"]?.stringValue ?? "?"] = (0, 0) }
            for app in apps {
                let team = app.value(at: ["team", "name"])?.stringValue ?? "(personal)"
                let current = expectedTeams[team] ?? (0, 0)
                expectedTeams[team] = (current.apps + 1, current.cost + appCost(app["id"]?.stringValue))
            }
            let expectedTeamRows = expectedTeams.keys.sorted().map { name in
                [name, String(expectedTeams[name]!.apps), "\(expectedTeams[name]!.cost)", "t"]
            }
            #expect(teamRows.map { $0.map { $0 ?? "" } } == expectedTeamRows)

            // app_costs: the per-app add-on cost; no dyno cost is claimed without app_formation.
            let appCosts = try fixture.query("""
                SELECT app_id::text, addon_cost_cents::text, (monthly_cost_dollars IS NULL AND dyno_cost_cents IS NULL)::text
                FROM \(fixture.table("app_costs"))
                """).rows
            #expect(appCosts.count == apps.count)
            for row in appCosts {
                #expect(row[1] == "\(appCost(row[0]))")
                #expect(row[2] == "true")
            }

            // addon_service_usage: installs, distinct apps and plans per service.
            let usage = try fixture.query("""
                SELECT service_name, installs::text, apps::text, array_to_string(plans, ','), monthly_cost_cents::text
                FROM \(fixture.table("addon_service_usage")) ORDER BY service_name
                """).rows
            #expect(usage.count == fixture.objects(.addonServices).count)
            for row in usage {
                let mine = addons.filter { $0.value(at: ["addon_service", "name"])?.stringValue == row[0] }
                #expect(row[1] == String(mine.count))
                #expect(row[2] == String(Set(mine.compactMap { $0.value(at: ["app", "id"])?.stringValue }).count))
                #expect(row[3] == Set(mine.compactMap { $0.value(at: ["plan", "name"])?.stringValue }).sorted().joined(separator: ","))
                let cents = mine.filter { $0.value(at: ["billed_price", "contract"]) != .bool(true) }.compactMap {
                    ListPriceModel.monthly(ListPriceModel.number($0.value(at: ["billed_price", "cents"])),
                                           unit: $0.value(at: ["billed_price", "unit"])?.stringValue)
                }.reduce(Decimal(0), +)
                #expect(row[4] == "\(cents)")
            }

            // app_inventory: one row per app with its facts and add-on count.
            let inventory = try fixture.query("""
                SELECT app_id::text, team_name, region, stack, owner, addon_count::text
                FROM \(fixture.table("app_inventory"))
                """).rows
            #expect(inventory.count == apps.count)
            for row in inventory {
                let app = try #require(apps.first { $0["id"]?.stringValue == row[0] })
                #expect(row[1] == app.value(at: ["team", "name"])?.stringValue)
                #expect(row[2] == app.value(at: ["region", "name"])?.stringValue)
                #expect(row[3] == app.value(at: ["stack", "name"])?.stringValue)
                #expect(row[4] == app.value(at: ["owner", "email"])?.stringValue)
                #expect(row[5] == String(addons.filter { $0.value(at: ["app", "id"])?.stringValue == row[0] }.count))
            }
        }
    }
}
