import Foundation
import HerokuSandbox
import Loader
import Logging
import Testing

/// The usage reports' windows against the sandbox: what was asked, what was kept, what changed.
@Suite("Spend: usage windows")
struct SpendWindowTests {
    static let usageReports = ["teams", "apps", "team_daily_usage", "team_monthly_usage"].compactMap(ReportCatalog.named)

    @Test("backfill from --usage-since by month, then from the last stored day less 3; a day changed in the overlap is one new version; renamed and deleted apps keep one id")
    func backfillThenWindows() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 5, apps: 12, teams: 3)) { fixture in
            let enterprise = try #require(fixture.objects(.teams).first { $0["type"]?.stringValue == "enterprise" })
            let teamID = enterprise["id"]?.stringValue ?? ""
            let first = try await SpendLoad.run(fixture, today: "2026-03-10", since: "2025-11-15")
            #expect(first.status == .succeeded, "\(first.error ?? "")")
            #expect(SpendLoad.queries(fixture, "/teams/\(teamID)/usage/daily") == [
                "start=2026-03-01&end=2026-03-10", "start=2026-02-01&end=2026-02-28", "start=2026-01-01&end=2026-01-31",
                "start=2025-12-01&end=2025-12-31", "start=2025-11-15&end=2025-11-30",
            ])
            #expect(SpendLoad.queries(fixture, "/teams/\(teamID)/usage/monthly") == ["start=2025-11&end=2026-03"])
            // 16 + 31 + 31 + 28 + 10 days; the two other teams are not Enterprise teams.
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("team_daily_usage"))") == 116)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("team_monthly_usage"))") == 5)
            let note = first.report("team_daily_usage").error ?? ""
            #expect(note.contains("kept the stored rows of 2 of 3 teams: Heroku publishes no usage for them"), "\(note)")

            // An app of the Enterprise team renamed today: only today's day and month change.
            let apps = fixture.objects(.apps).filter { $0.value(at: ["team", "id"])?.stringValue == teamID }
            let renamed = try #require(apps.first)
            let renamedID = renamed["id"]?.stringValue ?? ""
            let oldName = renamed["name"]?.stringValue ?? ""
            fixture.server.mutate { $0.renameApp(id: renamedID, to: "renamed-in-march") }
            fixture.server.resetRequestLog()
            let second = try await SpendLoad.run(fixture, today: "2026-03-10", since: "2025-11-15")
            #expect(SpendLoad.queries(fixture, "/teams/\(teamID)/usage/daily") == ["start=2026-03-07&end=2026-03-10"])
            #expect(SpendLoad.queries(fixture, "/teams/\(teamID)/usage/monthly") == ["start=2026-02&end=2026-03"])
            let daily = second.report("team_daily_usage").counts
            #expect((daily.inserted, daily.updated, daily.unchanged, daily.deleted, daily.notFetched) == (0, 1, 3, 0, 112))
            let monthly = second.report("team_monthly_usage").counts
            #expect((monthly.inserted, monthly.updated, monthly.unchanged, monthly.deleted) == (0, 1, 1, 0))
            let closed = try fixture.query("SELECT date::text, _op FROM \(fixture.table("team_daily_usage_history"))").rows
            #expect(closed == [["2026-03-10", "update"]])

            // One id across the rename, from apps history.
            let spend = try fixture.query("""
                SELECT app_name, min(date)::text, max(date)::text, count(*) FILTER (WHERE app_id IS NULL)
                FROM \(fixture.table("app_spend_daily")) WHERE app_id = $1 OR app_name IN ($2, 'renamed-in-march')
                GROUP BY app_name ORDER BY min(date)
                """, [renamedID, oldName]).rows
            let created = String(renamed["created_at"]?.stringValue?.prefix(10) ?? "")
            #expect(spend == [[oldName, max(created, "2025-11-15"), "2026-03-09", "0"],
                              ["renamed-in-march", "2026-03-10", "2026-03-10", "0"]])

            // An app deleted on the 12th keeps its rows up to the 11th, with its id.
            let deleted = try #require(apps.dropFirst().first)
            let deletedID = deleted["id"]?.stringValue ?? ""
            fixture.server.mutate { account in
                account.usageToday = "2026-03-12"
                account.deleteApp(id: deletedID)
            }
            let third = try await SpendLoad.run(fixture, today: "2026-03-12", since: "2025-11-15")
            #expect(third.report("apps").counts.deleted == 1)
            let days = third.report("team_daily_usage").counts
            #expect((days.inserted, days.deleted) == (2, 0))
            let kept = try fixture.query("""
                SELECT count(DISTINCT app_id)::text, max(date)::text, count(*) FILTER (WHERE app_id IS NULL)::text
                FROM \(fixture.table("app_spend_daily")) WHERE app_name = $1
                """, [deleted["name"]?.stringValue]).rows
            #expect(kept == [["1", "2026-03-11", "0"]])
            #expect(try fixture.query("SELECT DISTINCT app_id::text FROM \(fixture.table("app_spend_daily")) WHERE app_name = $1",
                                      [deleted["name"]?.stringValue]).rows == [[deletedID]])
        }
    }

    @Test("a start Heroku refuses moves forward to the earliest it answers, found by halving; the backfill keeps that, with a note")
    func refusedStartMovesForward() async throws {
        var configuration = SandboxConfiguration(seed: 5, apps: 6, teams: 2)
        configuration.usageAvailableFrom = "2026-01-15"
        try await LoadFixture.with(configuration) { fixture in
            let summary = try await SpendLoad.run(fixture, today: "2026-03-10", since: "2025-11-15")
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            let daily = try fixture.query(
                "SELECT min(date)::text, max(date)::text, count(*)::text FROM \(fixture.table("team_daily_usage"))").rows
            #expect(daily == [["2026-01-15", "2026-03-10", "55"]])
            let monthly = try fixture.query("SELECT month::text FROM \(fixture.table("team_monthly_usage")) ORDER BY 1").rows
            #expect(monthly == [["2026-01"], ["2026-02"], ["2026-03"]])
            for report in ["team_daily_usage", "team_monthly_usage"] {
                let note = summary.report(report).error ?? ""
                #expect(note.contains("Heroku refused the oldest days asked for 1 teams; stored: "), "\(note)")
            }
            // The refused January found its first answered day by halving: a handful of requests, not 31.
            let team = try #require(fixture.objects(.teams).first { $0["type"]?.stringValue == "enterprise" })
            let januaries = SpendLoad.queries(fixture, "/teams/\(team["id"]?.stringValue ?? "")/usage/daily")
                .filter { $0.hasPrefix("start=2026-01") }
            #expect(januaries.first == "start=2026-01-01&end=2026-01-31" && januaries.last == "start=2026-01-15&end=2026-01-31")
            #expect(januaries.count <= 6, "\(januaries)")
        }
    }

    @Test("a team no longer in teams keeps its usage: past spend stays true")
    func teamGoneKeepsUsage() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 5, apps: 6, teams: 3)) { fixture in
            let reports = ["teams", "team_daily_usage"].compactMap(ReportCatalog.named)
            try await SpendLoad.run(fixture, today: "2026-03-10", since: "2026-02-01", reports: reports)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("team_daily_usage"))") == 38)
            let team = try #require(fixture.objects(.teams).first { $0["type"]?.stringValue == "enterprise" })
            fixture.server.mutate { _ = $0.removeObject(resource: .teams, id: team["id"]?.stringValue ?? "") }
            let summary = try await SpendLoad.run(fixture, today: "2026-03-12", since: "2026-02-01", reports: reports)
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.report("teams").counts.deleted == 1)
            let usage = summary.report("team_daily_usage").counts
            #expect((usage.deleted, usage.notFetched) == (0, 38))
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("team_daily_usage"))") == 38)
        }
    }

    @Test("the request budget counts a windowed report's requests: one per range and team")
    func budgetCountsWindows() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 5, apps: 6, teams: 3)) { fixture in
            // The first load plans before the teams are stored; the second from the stored teams.
            let first = try await SpendLoad.run(fixture, today: "2026-03-10", since: "2025-11-15")
            #expect(first.report("team_daily_usage").requests == 5 + 1 + 1)
            let second = try await SpendLoad.run(fixture, today: "2026-03-10", since: "2025-11-15")
            // The Enterprise team from its last stored day less 3 (one range); the others, with
            // nothing stored and refused last time, their newest range only (it is refused again).
            #expect(second.budget?.estimates.first { $0.report == "team_daily_usage" }?.requests == 1 + 1 + 1)
            #expect(second.report("team_daily_usage").requests == 1 + 1 + 1)
        }
    }
}

/// Loads of the usage reports on a given day of the sandbox's calendar.
enum SpendLoad {
    @discardableResult
    static func run(_ fixture: LoadFixture, today: String, since: String?,
                    reports: [Report] = SpendWindowTests.usageReports) async throws -> LoadSummary {
        fixture.server.mutate { $0.usageToday = today }
        var request = try fixture.request(reports: reports)
        request.today = try #require(CalendarDay(today))
        request.usageSince = since.flatMap { CalendarDay($0) }
        return try await LoadRunner(logger: Logger(label: "test")).run(request)
    }

    /// The query strings of the requests for `path`, in order.
    static func queries(_ fixture: LoadFixture, _ path: String) -> [String] {
        fixture.server.requests.filter { $0.path == path }.compactMap(\.query)
    }
}
