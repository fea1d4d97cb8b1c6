import Foundation
import HerokuSandbox
import Loader
import Logging
import Postgres
import TestSupport
import Testing
import Warehouse

/// A load must add a column to a table an analyst is reading. `ALTER TABLE` needs an
/// exclusive lock; waiting for it would queue every later reader behind the load. Each
/// attempt waits only briefly, the load pauses in between, and readers go on.
@Suite("Column changes wait briefly for analysts' locks")
struct ColumnChangeLockTests {
    private static let appsReport = ReportCatalog.named("apps")!

    /// Attempts of 200 ms separated by pauses of 300 ms.
    private static func policy(pauses: Int) -> LockWaitPolicy {
        LockWaitPolicy(attemptTimeout: .milliseconds(200), pauses: Array(repeating: .milliseconds(300), count: pauses))
    }

    @Test("readers are not queued behind the load's ADD COLUMN; it lands once the analyst commits")
    func addColumnDoesNotQueueReaders() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 52, apps: 6, teams: 1, addons: 8)) { fixture in
            try await fixture.load(reports: [Self.appsReport])
            addField(to: fixture)
            let analyst = try AnalystTransaction(reading: "apps", fixture)

            var request = try fixture.request(reports: [Self.appsReport])
            request.lockWait = Self.policy(pauses: 400)
            let load = Task { try await LoadRunner(logger: Logger(label: "test")).run(request) }
            defer { load.cancel() }
            try await expectReadersGoOn(reading: "apps", whileBlockedBy: analyst.pid, fixture)

            try analyst.commit()
            let summary = try await load.value
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.report("apps").columnsAdded == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE sandbox_tier = 'gold'") == 6)
            // The attempts that timed out left nothing behind: the change is recorded once.
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("_schema_changes")) WHERE column_name = 'sandbox_tier'
                """) == 1)
        }
    }

    @Test("an analyst who never lets go: the report fails naming the holder, keeps its data, the others load")
    func lockHeldThroughEveryAttempt() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 53, apps: 6, teams: 1, addons: 8)) { fixture in
            let teams = ReportCatalog.named("teams")!
            try await fixture.load(reports: [Self.appsReport, teams])
            addField(to: fixture)
            let renamed = try #require(fixture.objects(.teams).first?["id"]?.stringValue)
            fixture.server.mutate { account in
                _ = account.setField(resource: .teams, id: renamed, path: ["name"], value: "renamed-team")
            }
            let analyst = try AnalystTransaction(reading: "apps_history", fixture)

            var request = try fixture.request(reports: [Self.appsReport, teams])
            request.lockWait = Self.policy(pauses: 2)
            let summary = try await LoadRunner(logger: Logger(label: "test")).run(request)

            #expect(summary.status == .partial)
            let apps = summary.report("apps")
            #expect(apps.status == .failed)
            let error = apps.error ?? ""
            #expect(error.contains("\(fixture.table("apps"))") && error.contains("3 attempts") && error.contains("pid \(analyst.pid) ("),
                    "\(error)")
            #expect(!error.contains("\n"))
            #expect(summary.report("teams").status == .succeeded)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("teams")) WHERE name = 'renamed-team'") == 1)
            // The apps tables are as the first load left them.
            #expect(try fixture.int("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema = $1 AND column_name = 'sandbox_tier'
                """, [fixture.schema]) == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == 6)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_with_history"))") == 6)

            try await loadAgain(request, after: analyst)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE sandbox_tier = 'gold'") == 6)
        }
    }

    @Test("a widening recreates the views reading the table: a reader of one holds it up and is named; readers of other views do not")
    func wideningWaitsForReadersOfViews() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 55, apps: 6, teams: 1, addons: 8)) { fixture in
            try await fixture.load(reports: [Self.appsReport])
            let app = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: app, path: ["region", "id"], value: "not-a-uuid")
            }
            // release_history reads app releases only: its reader stays in the way of nothing.
            let bystander = try AnalystTransaction(reading: "release_history", fixture)
            let analyst = try AnalystTransaction(reading: "app_inventory", fixture)

            var request = try fixture.request(reports: [Self.appsReport])
            request.lockWait = Self.policy(pauses: 1)
            let summary = try await LoadRunner(logger: Logger(label: "test")).run(request)
            let error = summary.report("apps").error ?? ""
            #expect(summary.status == .failed)
            #expect(error.contains("2 attempts") && error.contains("pid \(analyst.pid) ("), "\(error)")
            #expect(!error.contains("pid \(bystander.pid) ("), "\(error)")
            let type = try fixture.query(
                "SELECT data_type FROM \(fixture.table("_columns")) WHERE table_name = 'apps' AND column_name = 'region_id'")
            #expect(type.firstValue == "uuid")

            try await loadAgain(request, after: analyst)
            withExtendedLifetime(bystander) {}
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE region_id = 'not-a-uuid'") == 1)
        }
    }

    @Test("an upgrade that recreates the views does not queue readers of a view; it gives up naming the holder")
    func viewRecreationDoesNotQueueReaders() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 54, apps: 6, teams: 1, addons: 8)) { fixture in
            try await fixture.load(reports: [Self.appsReport])
            // As after an upgrade to a release whose views changed.
            try fixture.connection.execute(
                "UPDATE \(fixture.table("_meta")) SET value = 'older release' WHERE key = 'views_version'")
            let analyst = try AnalystTransaction(reading: "app_inventory", fixture)

            var request = try fixture.request(reports: [Self.appsReport])
            request.lockWait = Self.policy(pauses: 2)
            await #expect {
                try await LoadRunner(logger: Logger(label: "test")).run(request)
            } throws: { error in
                let text = "\(error)"
                return text.contains("could not upgrade schema \(fixture.schema)") && text.contains("3 attempts")
                    && text.contains("pid \(analyst.pid) (") && !text.contains("\n")
            }
            #expect(try fixture.query(
                "SELECT value FROM \(fixture.table("_meta")) WHERE key = 'views_version'").firstValue == "older release")

            request.lockWait = Self.policy(pauses: 400)
            let load = Task { try await LoadRunner(logger: Logger(label: "test")).run(request) }
            defer { load.cancel() }
            try await expectReadersGoOn(reading: "app_inventory", whileBlockedBy: analyst.pid, fixture)
            try analyst.commit()
            let summary = try await load.value
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(try fixture.query(
                "SELECT value FROM \(fixture.table("_meta")) WHERE key = 'views_version'").firstValue != "older release")
        }
    }

    /// The analyst commits; the same load then succeeds.
    private func loadAgain(_ request: LoadRequest, after analyst: AnalystTransaction) async throws {
        try analyst.commit()
        let next = try await LoadRunner(logger: Logger(label: "test")).run(request)
        #expect(next.status == .succeeded, "\(next.error ?? "")")
    }

    /// Gives every app a field no column holds yet.
    private func addField(to fixture: LoadFixture) {
        fixture.server.mutate { account in
            for object in account.objects(.apps) {
                guard let id = object["id"]?.stringValue else { continue }
                _ = account.setField(resource: .apps, id: id, path: ["sandbox_tier"], value: "gold")
            }
        }
    }

    /// Waits until the load is blocked by the analyst `pid`, then checks that another
    /// analyst's queries of `relation` (6 rows), each allowed to wait 1.5 s for a lock, go on
    /// meanwhile: a load waiting in the lock queue all along would make them fail with
    /// `lock_not_available`.
    private func expectReadersGoOn(reading relation: String, whileBlockedBy pid: String,
                                   _ fixture: LoadFixture) async throws {
        #expect(try await waitForSessionBlocked(by: pid, fixture), "the load never waited for the analyst's lock")
        let reader = try TestDatabase.connect()
        try reader.execute("SET lock_timeout = '1500ms'")
        for _ in 0..<5 {
            #expect(try reader.execute("SELECT count(*) FROM \(fixture.table(relation))").int(0, 0) == 6)
            try await Task.sleep(for: .milliseconds(250))
        }
    }

    /// Whether some session waits for a lock `pid` holds (within 90 s: the whole test suite
    /// runs loads at once on two cores).
    private func waitForSessionBlocked(by pid: String, _ fixture: LoadFixture) async throws -> Bool {
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline {
            let waiting = try fixture.int(
                "SELECT count(*) FROM pg_stat_activity WHERE $1::integer = ANY (pg_blocking_pids(pid))", [pid])
            if waiting > 0 { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}

/// An analyst's session in the middle of a transaction that has read a relation, so it
/// holds that relation's lock until `commit()` (or until it is released: rolled back).
private final class AnalystTransaction {
    private let connection: Connection
    /// The session's backend process id.
    let pid: String

    init(reading relation: String, _ fixture: LoadFixture) throws {
        connection = try TestDatabase.connect()
        try connection.execute("BEGIN")
        pid = try #require(try connection.execute("SELECT pg_backend_pid()").firstValue)
        _ = try connection.execute("SELECT count(*) FROM \(fixture.table(relation))")
    }

    func commit() throws {
        try connection.execute("COMMIT")
    }

    deinit {
        _ = try? connection.execute("ROLLBACK")
    }
}
