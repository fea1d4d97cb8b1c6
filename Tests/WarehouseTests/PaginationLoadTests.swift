import HerokuSandbox
import Loader
import Testing

/// An account larger than a page loads completely, one request per page.
@Suite("Paginated load")
struct PaginationLoadTests {
    @Test("2,500 add-ons load completely in exactly three requests of 1,000")
    func largeAccountLoadsCompletely() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 21, apps: 300, teams: 4, addons: 2_500)) { fixture in
            fixture.server.resetRequestLog()
            let summary = try await fixture.load(reports: [ReportCatalog.named("addons")!])
            let addons = summary.report("addons")
            #expect(addons.status == .succeeded)
            #expect(addons.pages == 3)
            #expect(addons.requests == 3)
            #expect(fixture.server.requestCount(path: "/addons") == 3)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons"))") == 2_500)
            #expect(try fixture.int("SELECT count(DISTINCT id) FROM \(fixture.table("addons"))") == 2_500)
        }
    }
}
