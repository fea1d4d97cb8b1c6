import Foundation
import HerokuSandbox
import Loader
import Logging
import Postgres
import Testing
import Warehouse

/// The reports beyond the first four: account-wide ones, fan-out ones with their parent ids, and secrets.
@Suite("More reports")
struct MoreReportsTests {
    static let accountWide: [(String, SandboxResource)] = [
        ("addon_attachments", .addonAttachments), ("pipelines", .pipelines),
        ("pipeline_couplings", .pipelineCouplings), ("spaces", .spaces), ("regions", .regions), ("stacks", .stacks),
        ("dyno_sizes", .dynoSizes),
    ]

    @Test("the default load adds the account-wide reports, each with the sandbox's row count")
    func accountWideReportsLoad() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 21, apps: 30, teams: 3, addons: 70)) { fixture in
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(Set(summary.reports.map(\.report)) == Set(ReportCatalog.defaults.map(\.name)))
            #expect(!summary.reports.contains { ["team_members", "app_releases"].contains($0.report) })
            for (table, resource) in Self.accountWide {
                let rows = try fixture.int("SELECT count(*) FROM \(fixture.table(table))")
                #expect(rows == fixture.objects(resource).count, "\(table)")
                #expect(rows > 0, "\(table)")
                #expect(summary.report(table).counts.inserted == rows, "\(table)")
            }
            let account = try fixture.query("SELECT id::text, email, two_factor_authentication::text FROM \(fixture.table("account"))")
            #expect(account.count == 1)
            #expect(account.rows.first?[0] == fixture.server.account.accountObject["id"]?.stringValue)
            #expect(account.rows.first?[1] == fixture.server.account.configuration.accountEmail)
            // Attachments carry both the add-on's app and the attached app.
            for attachment in fixture.objects(.addonAttachments) {
                let id = try #require(attachment["id"]?.stringValue)
                let row = try fixture.query(
                    "SELECT app_id::text, addon_id::text, addon_app_id::text FROM \(fixture.table("addon_attachments")) WHERE id = $1::uuid",
                    [id])
                #expect(row.rows.first == [attachment.value(at: ["app", "id"])?.stringValue,
                                           attachment.value(at: ["addon", "id"])?.stringValue,
                                           attachment.value(at: ["addon", "app", "id"])?.stringValue])
            }
            // Dyno sizes: the documented price columns are typed; a size without a price has none.
            let unpriced = fixture.objects(.dynoSizes).count { $0.value(at: ["cost", "cents"])?.numberText == nil }
            #expect(unpriced > 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("dyno_sizes")) WHERE cost_cents IS NULL") == unpriced)
            let price = try fixture.query("""
                SELECT pg_typeof(cost_cents)::text, cost_cents::text, cost_unit FROM \(fixture.table("dyno_sizes"))
                WHERE name = 'Standard-2X'
                """)
            #expect(price.rows == [["bigint", "5000", "monthly"]])
        }
    }

    @Test("fan-out reports load one list per parent; every row carries its parent's id",
          arguments: [1, 4, 16])
    func fanOutReportsCarryParentIDs(concurrency: Int) async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 22, apps: 25, teams: 4, addons: 50)) { fixture in
            var request = try fixture.request(reports: ReportCatalog.all)
            request.concurrency = concurrency
            let summary = try await LoadRunner(logger: Logger(label: "test")).run(request)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            let account = fixture.server.account
            let apps = account.objects(.apps).compactMap { $0["id"]?.stringValue }
            let perApp: [(String, SandboxResource)] = [
                ("app_releases", .releases), ("app_formation", .formations), ("app_domains", .domains),
                ("app_collaborators", .collaborators),
            ]
            for (table, resource) in perApp {
                #expect(summary.report(table).requests == apps.count, "\(table)")
                let rows = try fixture.query(
                    "SELECT app_id::text, count(*)::text FROM \(fixture.table(table)) GROUP BY app_id")
                var stored: [String: String] = [:]
                for row in rows.rows { stored[row[0] ?? "?"] = row[1] }
                for app in apps {
                    let expected = account.objects(resource, ofApp: app).count
                    #expect(stored[app] == (expected == 0 ? nil : String(expected)), "\(table) \(app)")
                }
                #expect(try fixture.int("SELECT count(*) FROM \(fixture.table(table)) WHERE app_id IS NULL") == 0)
            }
            // Team members: the same person in several teams is one row per team.
            let teams = account.objects(.teams)
            #expect(summary.report("team_members").requests == teams.count)
            var total = 0
            for team in teams {
                let teamID = try #require(team["id"]?.stringValue)
                let expected = Set(account.members(ofTeam: teamID).compactMap { $0["id"]?.stringValue })
                let stored = try fixture.query(
                    "SELECT id::text, team_name FROM \(fixture.table("team_members")) WHERE team_id = $1::uuid", [teamID])
                #expect(Set(stored.rows.compactMap { $0[0] }) == expected)
                #expect(stored.rows.allSatisfy { $0[1] == team["name"]?.stringValue })
                total += expected.count
            }
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("team_members"))") == total)
            #expect(total > Set(account.objects(.teamMembers).compactMap { $0["id"]?.stringValue }).count)
            // A reload of an unchanged account writes nothing.
            let again = try await fixture.load(reports: ReportCatalog.all)
            #expect(again.reports.allSatisfy { $0.counts.inserted + $0.counts.updated + $0.counts.deleted == 0 })
        }
    }

    @Test("a fan-out report named alone uses the apps the previous load stored, not the API's list")
    func fanOutAloneUsesStoredParents() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 23, apps: 4, teams: 1, addons: 6)) { fixture in
            try await fixture.load(reports: [ReportCatalog.named("apps")!])
            let stored = fixture.objects(.apps).compactMap { $0["id"]?.stringValue }
            let added = fixture.server.mutate { $0.addApp(name: "added-after-the-load") }
            fixture.server.resetRequestLog()
            let summary = try await fixture.load(reports: [ReportCatalog.named("app_releases")!])
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            let asked = fixture.server.requests.map(\.path).filter { $0.hasSuffix("/releases") }
            #expect(asked.count == stored.count, "\(asked)")
            for id in stored { #expect(asked.contains { $0.contains(id) }, "\(id)") }
            #expect(!asked.contains { $0.contains(added) || $0.contains("added-after-the-load") })
            #expect(!fixture.server.requests.contains { $0.path == "/apps" }, "the app list itself is not fetched")
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("app_releases")) WHERE NOT (app_id::text = ANY ($1::text[]))
                """, ["{" + stored.joined(separator: ",") + "}"]) == 0)
        }
    }

    @Test("an app deleted during the load (404 on its list) is skipped and counted, not fatal")
    func goneParentIsSkipped() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 23, apps: 10, teams: 2, addons: 20)) { fixture in
            let gone = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.inject(SandboxFault(pathPrefix: "/apps/\(gone)/releases", status: 404))
            let summary = try await fixture.load(reports: ReportCatalog.all)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            let releases = summary.report("app_releases")
            #expect(releases.status == .succeeded)
            #expect(releases.error?.contains("skipped 1 apps gone") == true, "\(releases.error ?? "")")
            #expect(releases.error?.contains(gone) == true)
            let expected = fixture.objects(.releases).count { $0.value(at: ["app", "id"])?.stringValue != gone }
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("app_releases"))") == expected)
        }
    }

    /// Loads every report with `concurrency` parents' lists at once, expecting success.
    private func loadEveryReport(_ fixture: LoadFixture, concurrency: Int) async throws -> LoadSummary {
        var request = try fixture.request(reports: ReportCatalog.all)
        request.concurrency = concurrency
        let summary = try await LoadRunner(logger: Logger(label: "test")).run(request)
        #expect(summary.status == .succeeded, "\(summary.error ?? "")")
        return summary
    }

    @Test("an app whose domains list answers 403 is skipped with its stored domains kept; the others refresh and the load goes on",
          arguments: [1, 4])
    func forbiddenParentKeepsItsRows(concurrency: Int) async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 25, apps: 8, teams: 2, addons: 10)) { fixture in
            #expect(try await fixture.load(reports: ReportCatalog.all).status == .succeeded)
            let domains = fixture.objects(.domains)
            let apps = Set(domains.compactMap { $0.value(at: ["app", "id"])?.stringValue }).sorted()
            try #require(apps.count >= 2)
            let (hidden, readable) = (apps[0], apps[1])
            func stored(of app: String) throws -> Int {
                try fixture.int("SELECT count(*) FROM \(fixture.table("app_domains")) WHERE app_id::text = $1", [app])
            }
            let hiddenDomains = try stored(of: hidden)
            let readableDomains = try stored(of: readable)
            #expect(hiddenDomains > 0 && readableDomains > 0)
            // A domain goes from each of the two apps: only the readable app's departure can be seen.
            for app in [hidden, readable] {
                let leaving = try #require(domains.first { $0.value(at: ["app", "id"])?.stringValue == app }?["id"]?.stringValue)
                let removed = fixture.server.mutate { $0.removeObject(resource: .domains, id: leaving) }
                #expect(removed)
            }
            fixture.server.inject(SandboxFault(pathPrefix: "/apps/\(hidden)/domains", status: 403, trigger: .always))

            let summary = try await loadEveryReport(fixture, concurrency: concurrency)
            let report = summary.report("app_domains")
            #expect(report.status == .succeeded)
            let appCount = fixture.objects(.apps).count
            #expect(report.error == "kept the stored rows of 1 of \(appCount) apps: the API key may not read their lists (403): \(hidden)")
            #expect(try stored(of: hidden) == hiddenDomains)
            #expect(try stored(of: readable) == readableDomains - 1)
            #expect(report.counts.deleted == 1)
            #expect(report.counts.kept == hiddenDomains)
            #expect(try fixture.int("""
                SELECT kept FROM \(fixture.table("_load_reports")) WHERE report = 'app_domains' AND load_id = $1::bigint
                """, [summary.loadID.map(String.init)]) == hiddenDomains)
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("app_domains_history")) WHERE _op = 'delete' AND app_id::text = $1
                """, [hidden]) == 0)
            // The report after it still ran.
            #expect(summary.report("app_collaborators").status == .succeeded)
        }
    }

    @Test("a parent whose list fails (500) fails the report, which still records the requests it sent, one parent at a time")
    func failedParentCountsItsRequests() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 27, apps: 6, teams: 2, addons: 6)) { fixture in
            let apps = fixture.objects(.apps).compactMap { $0["id"]?.stringValue }
            let failing = try #require(apps.last)
            fixture.server.inject(SandboxFault(pathPrefix: "/apps/\(failing)/domains", status: 500, trigger: .always))
            var request = try fixture.request(reports: [ReportCatalog.all.first { $0.name == "apps" }!,
                                                        ReportCatalog.all.first { $0.name == "app_domains" }!])
            request.concurrency = 1
            request.client.maxRetries = 0
            let summary = try await LoadRunner(logger: Logger(label: "test")).run(request)
            let report = summary.report("app_domains")
            #expect(report.status == .failed)
            let sent = fixture.server.requests.filter { $0.path.hasSuffix("/domains") }.count
            #expect(sent >= 1 && report.requests == sent, "recorded \(report.requests), the sandbox saw \(sent)")
            #expect(report.error?.contains("/apps/\(failing)/domains") == true, "\(report.error ?? "")")
        }
    }

    @Test("when every team's members list answers 403 the report keeps all its rows and says so; the load succeeds",
          arguments: [1, 4])
    func everyParentForbidden(concurrency: Int) async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 26, apps: 4, teams: 2, addons: 6)) { fixture in
            #expect(try await fixture.load(reports: ReportCatalog.all).status == .succeeded)
            let before = try fixture.int("SELECT count(*) FROM \(fixture.table("team_members"))")
            #expect(before > 0)
            fixture.server.inject(SandboxFault(pathPrefix: "/teams/", status: 403, trigger: .always))
            let report = try await loadEveryReport(fixture, concurrency: concurrency).report("team_members")
            let teams = fixture.objects(.teams).count
            #expect(report.error?.hasPrefix("kept the stored rows of \(teams) of \(teams) teams: the API key may not read their lists (403): ") == true,
                    "\(report.error ?? "")")
            #expect(report.counts.kept == before && report.counts.deleted == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("team_members"))") == before)
        }
    }

    @Test("the delete guard counts the rows kept for a forbidden parent: the others may all go")
    func deleteGuardCountsKeptRows() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 25, apps: 8, teams: 2, addons: 10)) { fixture in
            #expect(try await fixture.load(reports: ReportCatalog.all).status == .succeeded)
            let domains = fixture.objects(.domains)
            let hidden = try #require(domains.first?.value(at: ["app", "id"])?.stringValue)
            let kept = domains.count { $0.value(at: ["app", "id"])?.stringValue == hidden }
            // Every other app loses every domain: without the kept rows that is the whole table.
            for domain in domains where domain.value(at: ["app", "id"])?.stringValue != hidden {
                let id = try #require(domain["id"]?.stringValue)
                let removed = fixture.server.mutate { $0.removeObject(resource: .domains, id: id) }
                #expect(removed)
            }
            fixture.server.inject(SandboxFault(pathPrefix: "/apps/\(hidden)/domains", status: 403, trigger: .always))
            var request = try fixture.request(reports: ReportCatalog.all)
            request.maxDeleteFraction = 0.99
            let summary = try await LoadRunner(logger: Logger(label: "test")).run(request)
            let report = summary.report("app_domains")
            #expect(report.status == .succeeded, "\(report.error ?? "")")
            #expect(report.counts.deleted == domains.count - kept)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("app_domains"))") == kept)
        }
    }

    @Test("log_input_url and other secret URLs never reach any table")
    func secretsNeverStored() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 24, apps: 20, teams: 2, addons: 40)) { fixture in
            let summary = try await fixture.load(reports: ReportCatalog.all)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(fixture.objects(.addonAttachments).allSatisfy { $0["log_input_url"] != nil })
            let needles = ["%logplex%", "%log_input_url%", "%token:t.%", "%output_stream_url%", "%busl.heroku.com%"]
            let columns = try fixture.query("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = $1 AND data_type IN ('text', 'jsonb', 'character varying', 'json', 'ARRAY')
                ORDER BY table_name, column_name
                """, [fixture.schema])
            #expect(columns.count > 50)
            var searched = Set<String>()
            for row in columns.rows {
                let table = try #require(row[0])
                let column = try #require(row[1])
                searched.insert(table)
                let hits = try fixture.int("""
                    SELECT count(*) FROM \(fixture.table(table))
                    WHERE \(Connection.quoteIdentifier(column))::text ILIKE ANY ($1::text[])
                    """, ["{" + needles.map { "\"\($0)\"" }.joined(separator: ",") + "}"])
                #expect(hits == 0, "\(table).\(column)")
            }
            #expect(searched.isSuperset(of: ["addon_attachments", "addon_attachments_history", "app_releases", "_columns"]))
        }
    }
}
