import Foundation
import HerokuAPI
import HerokuSandbox
import Loader
import Logging
import Testing
import Warehouse

/// A 304 is a hint, bounded in time: Heroku has served stale 304s on paginated lists
/// (platform-api issue #73), so every list is fetched without `If-None-Match` at least once
/// per `--verify-after`, and a 304 on a full last page is not trusted.
@Suite("Verification bound")
struct VerificationBoundTests {
    @discardableResult
    private func load(_ fixture: LoadFixture, reports: [Report] = ReportCatalog.defaults,
                      verifyAfter: Duration) async throws -> LoadSummary {
        var request = try fixture.request(reports: reports)
        request.verifyAfter = verifyAfter
        return try await LoadRunner(logger: Logger(label: "test")).run(request)
    }

    @Test("stale 304s: trusted (and said so) within --verify-after; past it the tables, history and fan-out equal the API again")
    func staleNotModified() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 17, apps: 40, teams: 2, addons: 60)) { fixture in
            let reports = ReportCatalog.defaults + [try #require(ReportCatalog.named("app_releases"))]
            try await load(fixture, reports: reports, verifyAfter: .seconds(3_600))
            let apps = fixture.objects(.apps).compactMap { $0["id"]?.stringValue }.sorted()
            var added: [String] = []
            fixture.server.mutate { account in
                for (index, id) in apps.prefix(5).enumerated() { account.renameApp(id: id, to: "renamed-app-\(index)") }
                for id in apps.suffix(2) { account.deleteApp(id: id) }
                for _ in 0..<3 { added.append(account.addApp()) }
            }
            // Heroku's bug: every conditional list request answers 304, whatever changed.
            fixture.server.inject(.staleETags(pathPrefix: "/"))

            fixture.server.resetRequestLog()
            let trusted = try await load(fixture, reports: reports, verifyAfter: .seconds(3_600))
            #expect(trusted.report("apps").notModified)
            let until = try #require(trusted.report("apps").trustedUntil)
            #expect(until.hasSuffix("Z"))
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == 40, "the stale 304 is trusted")
            #expect(!fixture.server.requests.filter { $0.path == "/apps" }.isEmpty)
            #expect(fixture.server.requests.filter { $0.path == "/apps" }.allSatisfy { $0.status == 304 })

            // Past the bound (0: every load verifies), nothing rests on a 304.
            fixture.server.resetRequestLog()
            let verified = try await load(fixture, reports: reports, verifyAfter: .zero)
            let appsReport = verified.report("apps")
            #expect(!appsReport.notModified && appsReport.verified && appsReport.verificationDue)
            #expect(appsReport.counts.inserted == 3 && appsReport.counts.updated == 5 && appsReport.counts.deleted == 2)
            #expect(fixture.server.requests.filter { $0.path == "/apps" }.allSatisfy { $0.status != 304 })
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == 41)
            let names = try fixture.query("SELECT name FROM \(fixture.table("apps")) WHERE name LIKE 'renamed-app-%'")
            #expect(names.rows.count == 5)
            // History keeps the versions before the renames and the deleted apps.
            #expect(try fixture.int("""
                SELECT count(DISTINCT id) FROM \(fixture.table("apps_history"))
                WHERE _valid_to IS NOT NULL AND id = ANY($1::uuid[])
                """, ["{" + (Array(apps.prefix(5)) + Array(apps.suffix(2))).joined(separator: ",") + "}"]) == 7)
            // The fan-out report reads its parents from the verified apps: the new apps' releases are asked for.
            let releasePaths = Set(fixture.server.requests.map(\.path).filter { $0.hasSuffix("/releases") })
            #expect(added.allSatisfy { releasePaths.contains("/apps/\($0)/releases") })
            #expect(verified.report("app_releases").status == .succeeded)
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("_load_reports"))
                WHERE load_id = $1::bigint AND report = 'apps' AND verified
                """, [verified.loadID.map(String.init)]) == 1)
        }
    }

    @Test("past --verify-after the list is fetched in full; the verification is in the database, so it survives a restart")
    func boundPasses() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 18, apps: 12, teams: 2, addons: 20)) { fixture in
            let apps = [try #require(ReportCatalog.named("apps"))]
            let bound = Duration.seconds(3_600)
            try await load(fixture, reports: apps, verifyAfter: bound)
            let ids = fixture.objects(.apps).compactMap { $0["id"]?.stringValue }
            let first = try #require(ids.first)
            fixture.server.mutate { account in _ = account.renameApp(id: first, to: "renamed-late") }
            fixture.server.inject(.staleETags(pathPrefix: "/"))
            // A new runner (a new process, as far as the loader knows) still trusts the 304 within the bound.
            #expect(try await load(fixture, reports: apps, verifyAfter: bound).report("apps").notModified)
            // Most of an hour passes (the verification is dated by the database): 23/24 of the
            // bound is past, so the next load verifies.
            try fixture.connection.execute("""
                UPDATE \(fixture.table("_loads")) SET started_at = started_at - interval '58 minutes'
                """)
            let past = try await load(fixture, reports: apps, verifyAfter: bound)
            #expect(past.report("apps").verificationDue && past.report("apps").counts.updated == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE name = 'renamed-late'") == 1)
            // Verified just now: the next load trusts the 304s again.
            #expect(try await load(fixture, reports: apps, verifyAfter: bound).report("apps").notModified)
        }
    }

    @Test("exactly 2,000 add-ons, one appended with the largest id: one reload loads it although the last page answers 304")
    func fullLastPage() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 19, apps: 10, teams: 1, addons: 2_000)) { fixture in
            let reports = [try #require(ReportCatalog.named("addons"))]
            try await load(fixture, reports: reports, verifyAfter: .seconds(3_600))
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 2_000)
            let template = try #require(fixture.objects(.addons).max { ($0["id"]?.stringValue ?? "") < ($1["id"]?.stringValue ?? "") })
            var appended = template
            appended.setValue(.string("ffffffff-ffff-4fff-bfff-ffffffffffff"), at: ["id"])
            appended.setValue(.string("appended-addon"), at: ["name"])
            fixture.server.mutate { account in account.insertObject(resource: .addons, appended) }
            fixture.server.resetRequestLog()
            let reload = try await load(fixture, reports: reports, verifyAfter: .seconds(3_600))
            #expect(reload.report("addons").counts.inserted == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons")) WHERE name = 'appended-addon'") == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 2_001)
        }
    }
}
