import Foundation
import HerokuSandbox
import Testing

/// `--verify-after` as a user meets it: the summary says how long a 304 stands and when a
/// list was verified, and `runs` shows the last verification of each report.
@Suite("--verify-after on the command line")
struct VerifyAfterTests {
    @Test("the summary says until when a 304 is trusted, a due list shows 'verified', runs lists the last verifications")
    func summaryAndRuns() async throws {
        try await CLIFixture.with { fixture in
            let apps = ["--report", "apps"]
            #expect(try fixture.runLoad(apps).exitCode == 0)
            let trusted = try fixture.runLoad(apps)
            #expect(trusted.exitCode == 0, "\(trusted.stderr)")
            #expect(trusted.stdout.contains("unchanged (304)"))
            #expect(trusted.stdout.contains("apps: answered 304 (unchanged); trusted without a full fetch until "),
                    "\(trusted.stdout)")

            let verified = try fixture.runLoad(apps + ["--verify-after", "0", "--json"])
            #expect(verified.exitCode == 0, "\(verified.stderr)")
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(verified.stdout.utf8)) as? [String: Any])
            let report = try #require((summary["reports"] as? [[String: Any]])?.first)
            #expect(report["verified"] as? Bool == true && report["verification_due"] as? Bool == true)
            #expect(report["not_modified"] as? Bool == false)
            let table = try fixture.runLoad(apps + ["--verify-after", "0"])
            #expect(table.stdout.split(separator: "\n").contains { $0.hasPrefix("apps") && $0.contains(" verified ") },
                    "\(table.stdout)")

            let runs = try CommandRunner.run(["runs", "--schema", fixture.schema], environment: fixture.environment)
            #expect(runs.exitCode == 0, "\(runs.stderr)")
            #expect(runs.stdout.contains("last verified"))
            #expect(runs.stdout.split(separator: "\n").contains { $0.contains("owner@sandbox.example") && $0.contains("apps") })
            let runsJSON = try CommandRunner.run(["runs", "--json", "--schema", fixture.schema], environment: fixture.environment)
            let loads = try #require(try JSONSerialization.jsonObject(with: Data(runsJSON.stdout.utf8)) as? [[String: Any]])
            #expect(loads.first?["verified_reports"] as? [String] == ["apps"])
            #expect(loads.filter { ($0["verified_reports"] as? [String])?.isEmpty == true }.count == 1, "the 304 load verified nothing")
        }
    }

    @Test("a bad --verify-after is refused with a one-line usage error")
    func badDuration() throws {
        let result = try CommandRunner.run(["load", "--verify-after", "soon"], environment: ["HEROKU_API_KEY": "x"])
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--verify-after"), "\(result.stderr)")
    }

    @Test("a bad or future --usage-since is refused with a one-line usage error naming the flag")
    func badUsageSince() throws {
        for value in ["2026-02-30", "last year", "2999-01-01"] {
            let result = try CommandRunner.run(["load", "--usage-since", value], environment: ["HEROKU_API_KEY": "x"])
            #expect(result.exitCode == 2, "\(value): \(result.stderr)")
            #expect(result.stderr.contains("--usage-since"), "\(value): \(result.stderr)")
        }
    }
}

/// `--fan-out-verify-after` as a user meets it: the summary says which parents' lists were
/// fetched and why.
@Suite("--fan-out-verify-after on the command line")
struct FanOutVerifyAfterTests {
    @Test("the summary and --json say how many parents were fetched as changed, verified, or kept as fresh")
    func summaryCountsParents() async throws {
        try await CLIFixture.with { fixture in
            let first = try fixture.runLoad(["--report", "all"])
            #expect(first.exitCode == 0, "\(first.stderr)")
            let apps = fixture.server.account.objects(.apps).count
            #expect(first.stdout.contains("app_releases: lists of \(apps) parents fetched as new or changed, 0 verified on schedule, 0 fresh and kept (--fan-out-verify-after)"),
                    "\(first.stdout)")
            let again = try fixture.runLoad(["--report", "all", "--json"])
            #expect(again.exitCode == 0, "\(again.stderr)")
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
            let releases = try #require((summary["reports"] as? [[String: Any]])?.first { $0["report"] as? String == "app_releases" })
            // Nothing changed and hardly any time passed: every app is fresh, its rows kept.
            #expect(releases["parents_changed"] as? Int == 0 && releases["parents_fresh"] as? Int == apps, "\(releases)")
            #expect((releases["not_fetched"] as? Int ?? 0) > 0 && releases["deleted"] as? Int == 0)
            let every = try fixture.runLoad(["--report", "all", "--json", "--fan-out-verify-after", "0"])
            let all = try #require(try JSONSerialization.jsonObject(with: Data(every.stdout.utf8)) as? [String: Any])
            let fetched = try #require((all["reports"] as? [[String: Any]])?.first { $0["report"] as? String == "app_releases" })
            #expect(fetched["parents_changed"] as? Int == apps && fetched["parents_fresh"] as? Int == 0)
            let bad = try CommandRunner.run(["load", "--fan-out-verify-after", "weekly"], environment: fixture.environment)
            #expect(bad.exitCode == 2 && bad.stderr.contains("--fan-out-verify-after"), "\(bad.stderr)")
        }
    }
}
