import HerokuSandbox
import Loader
import Postgres
import Testing

/// Three loads with changes between them: history, point-in-time queries and the change feed.
@Suite("History")
struct HistoryTests {
    @Test("rename, plan change, delete and add across three loads give exactly the expected versions")
    func threeLoads() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 31, apps: 8, teams: 1, addons: 12)) { fixture in
            let apps = fixture.objects(.apps)
            let renamed = try #require(apps[0]["id"]?.stringValue)
            let deleted = try #require(apps[1]["id"]?.stringValue)
            let addon = try #require(fixture.objects(.addons).first { $0.value(at: ["app", "id"])?.stringValue != deleted })
            let addonID = try #require(addon["id"]?.stringValue)
            let serviceName = try #require(addon.value(at: ["addon_service", "name"])?.stringValue)

            let first = try await fixture.load()
            let t1 = try loadTime(fixture, first.loadID)

            fixture.server.mutate { account in
                _ = account.renameApp(id: renamed, to: "renamed-in-load-2")
                _ = account.setField(resource: .addons, id: addonID, path: ["plan", "name"], value: .string("\(serviceName):premium-9"))
            }
            let second = try await fixture.load()
            let t2 = try loadTime(fixture, second.loadID)
            var added = ""
            fixture.server.mutate { account in
                _ = account.deleteApp(id: deleted)
                added = account.addApp(name: "added-in-load-3")
            }
            let third = try await fixture.load()
            let t3 = try loadTime(fixture, third.loadID)

            // Versions of the renamed app: the first closed at t2 by an update (in history), the
            // second open (in the current table); `apps_with_history` shows both.
            let renamedVersions = try fixture.query("""
                SELECT name, _op, _valid_from::text, _valid_to::text FROM \(fixture.table("apps_with_history"))
                WHERE id = $1::uuid ORDER BY _valid_from
                """, [renamed])
            #expect(renamedVersions.rows == [
                [apps[0]["name"]?.stringValue, "update", t1, t2], ["renamed-in-load-2", nil, t2, nil],
            ])
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history")) WHERE id = $1::uuid", [renamed]) == 1)
            // The deleted app: one version, closed at t3 by the delete; gone from the current table.
            let deletedVersions = try fixture.query("""
                SELECT _op, _valid_from::text, _valid_to::text FROM \(fixture.table("apps_with_history"))
                WHERE id = $1::uuid ORDER BY _load_id
                """, [deleted])
            #expect(deletedVersions.rows == [["delete", t1, t3]])
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE id = $1::uuid", [deleted]) == 0)
            // The added app: one open version from t3, nothing in history.
            let addedVersions = try fixture.query(
                "SELECT _op, _valid_from::text, _valid_to IS NULL FROM \(fixture.table("apps_with_history")) WHERE id = $1::uuid",
                [added])
            #expect(addedVersions.rows == [[nil, t3, "t"]])
            // The plan change.
            let plans = try fixture.query(
                "SELECT plan_name, _op FROM \(fixture.table("addons_with_history")) WHERE id = $1::uuid ORDER BY _valid_from",
                [addonID])
            #expect(plans.rows == [[addon.value(at: ["plan", "name"])?.stringValue, "update"], ["\(serviceName):premium-9", nil]])

            // History holds closed versions only, none overlapping the open one of its object;
            // an unchanged object (loaded three times) has no history at all.
            for table in ["apps", "addons", "addon_services", "teams"] {
                let overlapping = try fixture.int("""
                    SELECT count(*) FROM \(fixture.table(table + "_history")) h JOIN \(fixture.table(table)) t USING (_account, id)
                    WHERE h._valid_to > t._valid_from OR h._valid_to IS NULL
                    """)
                #expect(overlapping == 0, "\(table)")
            }
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addon_services_history"))") == 0)

            // Point in time: what existed at each load (`apps__as_of`).
            func appsAt(_ time: String?) throws -> Set<String> {
                let rows = try fixture.query("SELECT name FROM \(fixture.table("apps__as_of"))($1::timestamptz)", [time])
                return Set(rows.rows.compactMap { $0[0] })
            }
            let originalNames = Set(apps.compactMap { $0["name"]?.stringValue })
            #expect(try appsAt(t1) == originalNames)
            #expect(try appsAt(t2) == originalNames.subtracting([apps[0]["name"]?.stringValue ?? ""]).union(["renamed-in-load-2"]))
            let atThree = try appsAt(t3)
            #expect(atThree.contains("added-in-load-3") && !atThree.contains(apps[1]["name"]?.stringValue ?? "?"))
            let currentCount = try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))")
            #expect(atThree.count == currentCount)

            // The change feed lists each change once.
            let feed = try fixture.query("""
                SELECT report, id, operation, array_to_string(changed_keys, ',') FROM \(fixture.table("changes"))
                WHERE load_id > $1::bigint AND report = 'apps' ORDER BY changed_at, id
                """, [first.loadID.map(String.init)])
            #expect(feed.rows.filter { $0[1] == renamed } == [["apps", renamed, "update", "git_url,name,updated_at"]])
            #expect(feed.rows.filter { $0[1] == deleted } == [["apps", deleted, "delete", nil]])
            #expect(feed.rows.filter { $0[1] == added } == [["apps", added, "insert", nil]])
            #expect(feed.count == 3)
        }
    }

    @Test("the change feed compares an update with the version it replaced, and never windows the whole history")
    func changeFeedComparesWithReplacedVersion() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 32, apps: 6, teams: 1, addons: 8)) { fixture in
            let app = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            _ = try await fixture.load()
            fixture.server.mutate { account in _ = account.renameApp(id: app, to: "renamed-in-load-2") }
            _ = try await fixture.load()
            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: app, path: ["maintenance"], value: .bool(true))
            }
            _ = try await fixture.load()

            let feed = try changeFeed(fixture, report: "apps", id: app)
            // The third version changed only `maintenance`: compared with the first version, the
            // rename of the second would show again.
            #expect(feed.rows == [["insert", nil], ["update", "git_url,name,updated_at"], ["update", "maintenance"]])

            // Asking for the latest changes reads each history once; no window over all of it.
            let plan = try fixture.query(
                "EXPLAIN SELECT * FROM \(fixture.table("changes")) ORDER BY changed_at DESC LIMIT 5")
            let lines = plan.rows.compactMap { $0.first ?? nil }
            #expect(!lines.isEmpty && !lines.contains { $0.contains("WindowAgg") }, "\(lines.joined(separator: "\n"))")
        }
    }

    @Test("the change feed finds the replaced version of a per-app object by its app and id")
    func changeFeedPerAppObject() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 33, apps: 6, teams: 1, addons: 8)) { fixture in
            let account = fixture.server.account
            let apps = account.objects(.apps).compactMap { $0["id"]?.stringValue }
            let formation = try #require(apps.lazy.compactMap { account.objects(.formations, ofApp: $0).first }.first)
            let formationID = try #require(formation["id"]?.stringValue)
            let appID = try #require(formation.value(at: ["app", "id"])?.stringValue)
            _ = try await fixture.load(reports: ReportCatalog.all)
            fixture.server.mutate { account in
                _ = account.setField(resource: .formations, id: formationID, path: ["quantity"], value: .int(9))
            }
            _ = try await fixture.load(reports: ReportCatalog.all)
            let feed = try changeFeed(fixture, report: "app_formation", id: appID + "/" + formationID)
            #expect(feed.rows == [["insert", nil], ["update", "quantity"]])
        }
    }

    /// One object's rows in the change feed, oldest first: operation and changed keys.
    private func changeFeed(_ fixture: LoadFixture, report: String, id: String) throws -> QueryResult {
        try fixture.query("""
            SELECT operation, array_to_string(changed_keys, ',') FROM \(fixture.table("changes"))
            WHERE report = $1 AND id = $2 ORDER BY load_id
            """, [report, id])
    }

    private func loadTime(_ fixture: LoadFixture, _ loadID: Int64?) throws -> String? {
        try fixture.query("SELECT started_at::text FROM \(fixture.table("_loads")) WHERE load_id = $1::bigint",
                          [loadID.map(String.init)]).firstValue
    }
}
