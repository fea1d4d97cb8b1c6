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
                let mine = addons.filter { $0.value(at: ["app", "id"])?.stringValue == appID }
                let names = mine.compactMap { $0["name"]?.stringValue }.sorted()
                let services = Set(mine.compactMap { $0.value(at: ["addon_service", "name"])?.stringValue }).sorted()
                let cost = mine.compactMap { $0.value(at: ["billed_price", "cents"])?.numberText }.compactMap { Int($0) }
                    .reduce(0, +)
                let app = fixture.objects(.apps).first { $0["id"]?.stringValue == appID }
                #expect(row[1] == app?["name"]?.stringValue)
                #expect(row[2] == app?.value(at: ["team", "name"])?.stringValue)
                #expect(row[3] == String(mine.count))
                #expect(row[4] == names.joined(separator: ","))
                #expect(row[5] == services.joined(separator: ","))
                #expect(row[6] == String(cost))
            }
        }
    }
}
