import Foundation
import HerokuSandbox
import Loader
import Testing
import WarehouseSQL

/// The fan-out reports' views, checked against values computed here from the sandbox's objects.
@Suite("More views")
struct MoreViewsTests {
    @Test("a routine load leaves the views alone (no lock on what analysts read); changed views are recreated")
    func viewsRecreatedOnlyWhenChanged() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 42, apps: 5, teams: 1, addons: 8)) { fixture in
            try await fixture.load()
            // Each view's rewrite rule: a new row version whenever the view is created or replaced.
            let rules = """
                SELECT c.relname || ':' || r.xmin::text FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
                WHERE c.relkind = 'v' AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = $1)
                  AND c.relname NOT LIKE '%\\_with\\_history'
                ORDER BY c.relname
                """
            let before = try fixture.query(rules, [fixture.schema]).rows
            #expect(before.count == WarehouseSQL.views.count + 1, "the files' views and the change feed")
            fixture.server.mutate { account in
                if let id = account.objects(.apps).first?["id"]?.stringValue { account.renameApp(id: id, to: "renamed-app") }
            }
            let routine = try await fixture.load()
            #expect(routine.report("apps").counts.updated == 1)
            #expect(try fixture.query(rules, [fixture.schema]).rows == before)

            try fixture.connection.execute(
                "UPDATE \(fixture.table("_meta")) SET value = 'older release' WHERE key = 'views_version'")
            try await fixture.load()
            let after = try fixture.query(rules, [fixture.schema]).rows
            #expect(after.count == WarehouseSQL.views.count + 1)
            #expect(zip(after, before).allSatisfy { $0 != $1 })
        }
    }

    @Test("app_costs formation, addon_sharing, members_without_2fa")
    func viewsMatchTheSandbox() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 41, apps: 40, teams: 4, addons: 80)) { fixture in
            let summary = try await fixture.load(reports: ReportCatalog.all)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            let account = fixture.server.account
            let apps = account.objects(.apps)
            let appName = Dictionary(uniqueKeysWithValues: apps.map { ($0["id"]?.stringValue ?? "", $0["name"]?.stringValue ?? "") })

            // app_costs: dynos (sum of quantities) and the formation, per app.
            let costs = try fixture.query(
                "SELECT app_id::text, dynos::text, formation FROM \(fixture.table("app_costs"))").rows
            #expect(costs.count == apps.count)
            for row in costs {
                let formation = account.objects(.formations, ofApp: row[0] ?? "")
                let quantities = formation.compactMap { Int($0["quantity"]?.numberText ?? "") }
                #expect(row[1] == String(quantities.reduce(0, +)))
                let expected = formation.map { process in
                    "\(process["type"]?.stringValue ?? "") \(process["quantity"]?.numberText ?? "")x"
                        + (process.value(at: ["dyno_size", "name"])?.stringValue ?? "?")
                }.sorted().joined(separator: ", ")
                #expect(row[2] == expected)
            }
            #expect(costs.contains { $0[1] != "0" })

            // addon_sharing: every app each add-on is attached to.
            let sharing = try fixture.query("""
                SELECT addon_id::text, owner_app_id::text, attached_app_count::text, shared_with_count::text,
                       array_to_string(attached_apps, ',')
                FROM \(fixture.table("addon_sharing"))
                """)
            #expect(sharing.count == account.count(.addons))
            let attachments = account.objects(.addonAttachments)
            for row in sharing.rows {
                let addonID = try #require(row[0])
                let attached = Set(attachments.filter { $0.value(at: ["addon", "id"])?.stringValue == addonID }
                    .compactMap { $0.value(at: ["app", "id"])?.stringValue })
                #expect(row[2] == String(attached.count))
                #expect(row[3] == String(attached.subtracting([row[1] ?? ""]).count))
                #expect(row[4] == attached.compactMap { appName[$0] }.sorted().joined(separator: ","))
            }
            #expect(sharing.rows.contains { $0[3] != "0" })

            // members_without_2fa: one row per team and member without 2FA.
            var without: Set<String> = []
            for team in account.objects(.teams) {
                let teamID = team["id"]?.stringValue ?? ""
                for member in account.members(ofTeam: teamID) where member["two_factor_authentication"] != .bool(true) {
                    without.insert("\(teamID) \(member["email"]?.stringValue ?? "")")
                }
            }
            let members = try fixture.query("SELECT team_id::text || ' ' || email FROM \(fixture.table("members_without_2fa"))")
            #expect(Set(members.rows.compactMap { $0[0] }) == without)
            #expect(members.count == without.count)
            #expect(!without.isEmpty)

            // release_history, apps_without_recent_release and stale_apps: TrustedViewsTests.
        }
    }

    @Test("every view answers on a warehouse loaded with the default reports only")
    func viewsWorkWithoutFanOut() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 42, apps: 10, teams: 2, addons: 15)) { fixture in
            try await fixture.load()
            for view in WarehouseSQL.views.map(\.name) {
                _ = try fixture.query("SELECT * FROM \(fixture.table(view))")
            }
            // What they cannot know is flagged, not answered as if the data were empty: TrustedViewsTests.
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("stale_apps")) WHERE complete") == 0)
        }
    }
}
