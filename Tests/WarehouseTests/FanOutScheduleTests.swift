import Foundation
import HerokuSandbox
import Loader
import Logging
import Testing

/// `--report all` within Heroku's rate limit: a parent's lists are fetched when the parent
/// changed, and the others are verified on a rolling schedule (`--fan-out-verify-after`).
@Suite("Fan-out schedule")
struct FanOutScheduleTests {
    private static let apps = ReportCatalog.named("apps")!
    private static let formation = ReportCatalog.named("app_formation")!
    private static let week = Duration.seconds(7 * 86_400)

    @discardableResult
    private func load(_ fixture: LoadFixture, _ reports: [Report], fanOutVerifyAfter: Duration = week) async throws
        -> LoadSummary {
        var request = try fixture.request(reports: reports)
        request.fanOutVerifyAfter = fanOutVerifyAfter
        return try await LoadRunner(logger: Logger(label: "test")).run(request)
    }

    /// A night passes: the loads so far, and the fetches of the parents' lists, happened a day earlier.
    private func nightPasses(_ fixture: LoadFixture) throws {
        try fixture.connection.execute("""
            UPDATE \(fixture.table("_loads")) SET started_at = started_at - interval '1 day',
                                                  finished_at = finished_at - interval '1 day';
            UPDATE \(fixture.table("_fan_out_parents")) SET fetched_at = fetched_at - interval '1 day';
            """)
    }

    /// The apps whose formation the last load asked for.
    private func formationRequests(_ fixture: LoadFixture) -> Set<String> {
        Set(fixture.server.requests.map(\.path).filter { $0.hasSuffix("/formation") }
            .map { $0.split(separator: "/")[1].description })
    }

    private func quantity(_ fixture: LoadFixture, process: String) throws -> String? {
        try fixture.query("SELECT quantity::text FROM \(fixture.table("app_formation")) WHERE id = $1::uuid", [process])
            .firstValue
    }

    @Test("a changed app's lists are fetched at the next load; an untouched app's within --fan-out-verify-after, a seventh a night, each at least once in 7 nights")
    func changedNextLoadUntouchedOnSchedule() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 91, apps: 35, teams: 2, addons: 40)) { fixture in
            let reports = [Self.apps, Self.formation]
            let first = try await load(fixture, reports)
            #expect(first.report("app_formation").parents == .init(changed: 35, verified: 0, fresh: 0))
            let processes = fixture.objects(.formations)
            let touched = try #require(processes.first)
            let untouched = try #require(processes.first {
                $0.value(at: ["app", "id"]) != touched.value(at: ["app", "id"])
            })
            fixture.server.mutate { account in
                _ = account.setChildField(resource: .formations, id: touched["id"]?.stringValue ?? "", path: ["quantity"],
                                          value: .int(7), touchingApp: true)
                _ = account.setChildField(resource: .formations, id: untouched["id"]?.stringValue ?? "", path: ["quantity"],
                                          value: .int(9), touchingApp: false)
            }
            let touchedApp = try #require(touched.value(at: ["app", "id"])?.stringValue)
            let untouchedApp = try #require(untouched.value(at: ["app", "id"])?.stringValue)
            var fetchedAt: [String: Int] = [:]
            var perNight: [Int] = []
            var untouchedLoadedOn: Int?
            for night in 1...7 {
                try nightPasses(fixture)
                fixture.server.resetRequestLog()
                let summary = try await load(fixture, reports)
                let parents = try #require(summary.report("app_formation").parents)
                let asked = formationRequests(fixture)
                #expect(asked.count == parents.changed + parents.verified && parents.fresh == 35 - asked.count)
                #expect(summary.report("app_formation").requests == asked.count)
                if night == 1 {
                    // The touched app changed: fetched at once, its new quantity loaded.
                    #expect(parents.changed == 1 && asked.contains(touchedApp))
                    #expect(try quantity(fixture, process: touched["id"]?.stringValue ?? "") == "7")
                    // A seventh of the 35 apps is verified on schedule.
                    #expect(parents.verified == 5)
                } else {
                    #expect(parents.changed == 0)
                }
                for app in asked { fetchedAt[app, default: night] = min(fetchedAt[app] ?? night, night) }
                perNight.append(parents.verified)
                if untouchedLoadedOn == nil, try quantity(fixture, process: untouched["id"]?.stringValue ?? "") == "9" {
                    untouchedLoadedOn = night
                    #expect(asked.contains(untouchedApp))
                }
                // A parent not fetched keeps its rows: nothing was deleted.
                #expect(summary.report("app_formation").counts.deleted == 0)
                #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("app_formation"))") == processes.count)
            }
            // Over 7 nights every app's formation was fetched, none night more than twice the average.
            #expect(fetchedAt.count == 35, "\(35 - fetchedAt.count) apps never verified")
            #expect(untouchedLoadedOn != nil, "the untouched app's change was never loaded")
            let average = Double(perNight.reduce(0, +)) / Double(perNight.count)
            #expect(perNight.allSatisfy { Double($0) <= 2 * average }, "\(perNight)")
        }
    }

    @Test("the delete guard judges the lists fetched: every fetched list empty is refused, however few parents were fetched")
    func deleteGuardOnFetchedParents() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 94, apps: 35, teams: 1, addons: 20)) { fixture in
            let reports = [Self.apps, Self.formation]
            try await load(fixture, reports)
            let stored = try fixture.int("SELECT count(*) FROM \(fixture.table("app_formation"))")
            try nightPasses(fixture)
            // Every app's formation list comes back empty.
            fixture.server.inject(SandboxFault(pathPrefix: "/apps/", status: 200, trigger: .always, rawBody: "[]"))
            let summary = try await load(fixture, reports)
            let formation = summary.report("app_formation")
            #expect(formation.status == .failed)
            #expect(formation.error?.contains("refusing to delete") == true, "\(formation.error ?? "")")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("app_formation"))") == stored)
        }
    }

    @Test("a renamed app's releases carry the new name after the next load (the app changed)")
    func renamedAppsReleases() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 92, apps: 20, teams: 1, addons: 20)) { fixture in
            let releases = try #require(ReportCatalog.named("app_releases"))
            try await load(fixture, [Self.apps, releases])
            let app = try #require(fixture.objects(.apps).first { !fixture.server.account.objects(.releases, ofApp: $0["id"]?.stringValue ?? "").isEmpty })
            let id = try #require(app["id"]?.stringValue)
            fixture.server.mutate { account in _ = account.renameApp(id: id, to: "renamed-for-releases") }
            try nightPasses(fixture)
            let summary = try await load(fixture, [Self.apps, releases])
            #expect(summary.report("app_releases").parents?.changed == 1)
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("app_releases")) WHERE app_id = $1::uuid AND app_name <> 'renamed-for-releases'
                """, [id]) == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("app_releases")) WHERE app_name = 'renamed-for-releases'") > 0)
        }
    }

    @Test("a parent whose list answered 403 is fetched again the next load; a failed night changes no schedule; 0 fetches every parent")
    func retriesAndFailures() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 93, apps: 21, teams: 1, addons: 20)) { fixture in
            let reports = [Self.apps, Self.formation]
            let appIDs = fixture.objects(.apps).compactMap { $0["id"]?.stringValue }.sorted()
            fixture.server.inject(SandboxFault(pathPrefix: "/apps/\(appIDs[0])/formation", status: 403, trigger: .always))
            let first = try await load(fixture, reports)
            #expect(first.report("app_formation").status == .succeeded)
            fixture.server.clearFaults()
            // The forbidden app is retried although it did not change.
            fixture.server.resetRequestLog()
            let retried = try await load(fixture, reports)
            #expect(retried.report("app_formation").parents?.changed == 1)
            #expect(formationRequests(fixture).contains(appIDs[0]))

            // A failed night: every formation request fails; the schedule is as before it.
            let schedule = "SELECT parent_id || fetched_at::text || parent_hash FROM \(fixture.table("_fan_out_parents")) ORDER BY 1"
            let before = try fixture.query(schedule).rows
            try nightPasses(fixture)
            let shifted = try fixture.query(schedule).rows
            fixture.server.inject(SandboxFault(pathPrefix: "/apps/", status: 500, trigger: .always))
            let failed = try await load(fixture, reports)
            #expect(failed.report("app_formation").status == .failed)
            fixture.server.clearFaults()
            #expect(try fixture.query(schedule).rows == shifted)
            #expect(before.count == shifted.count)
            fixture.server.resetRequestLog()
            let next = try await load(fixture, reports)
            #expect(next.report("app_formation").parents?.verified ?? 0 >= 3, "the failed night's share is verified now")

            // --fan-out-verify-after 0: every parent, every load (the behaviour before the schedule).
            fixture.server.resetRequestLog()
            let every = try await load(fixture, reports, fanOutVerifyAfter: .zero)
            #expect(every.report("app_formation").parents == .init(changed: 21, verified: 0, fresh: 0))
            #expect(formationRequests(fixture) == Set(appIDs))
        }
    }
}
