import Foundation
import HerokuSandbox
import Loader
import Logging
import Testing
import Warehouse

/// Loads in a row: what changes in the API, and only that, changes in the tables.
@Suite("Reloads")
struct ReloadTests {
    @Test("an unchanged reload writes no row, current or history")
    func unchangedReloadWritesNothing() async throws {
        try await LoadFixture.with { fixture in
            let first = try await fixture.load()
            let before = try snapshot(fixture)
            let second = try await fixture.load()
            #expect(second.status == .succeeded)
            for report in second.reports {
                #expect(report.counts.inserted == 0 && report.counts.updated == 0 && report.counts.deleted == 0, "\(report.report)")
                #expect(report.counts.unchanged == first.report(report.report).counts.inserted)
            }
            #expect(try snapshot(fixture) == before)
        }
    }

    @Test("apps added among unchanged ones: counted as inserted, every other one as unchanged")
    func addedAmongUnchanged() async throws {
        try await LoadFixture.with { fixture in
            let apps = [ReportCatalog.named("apps")!]
            let stored = try await fixture.load(reports: apps).report("apps").counts.inserted
            fixture.server.mutate { account in
                account.addApp()
                account.addApp()
            }
            let counts = try await fixture.load(reports: apps).report("apps").counts
            #expect(counts.inserted == 2 && counts.updated == 0 && counts.deleted == 0)
            #expect(counts.unchanged == stored && counts.staged == stored + 2)
            #expect(try fixture.int("""
                SELECT unchanged FROM \(fixture.table("_load_reports")) WHERE report = 'apps' ORDER BY load_id DESC LIMIT 1
                """) == stored)
        }
    }

    @Test("a dry run of another account's first load counts every object as new")
    func dryRunOfAnotherAccount() async throws {
        try await LoadFixture.with { fixture in
            let apps = [ReportCatalog.named("apps")!]
            let stored = try await fixture.load(reports: apps).report("apps").counts.inserted
            var request = try fixture.request(reports: apps, accountLabel: "another account")
            request.dryRun = true
            let counts = try await LoadRunner(logger: Logger(label: "test")).run(request).report("apps").counts
            #expect(counts.inserted == stored && counts.staged == stored)
            #expect(counts.unchanged == 0 && counts.updated == 0 && counts.deleted == 0)
        }
    }

    @Test("a renamed app updates exactly that row and adds one history version")
    func renameUpdatesOneRow() async throws {
        try await LoadFixture.with { fixture in
            try await fixture.load(reports: [ReportCatalog.named("apps")!])
            let app = try #require(fixture.objects(.apps).first)
            let id = try #require(app["id"]?.stringValue)
            let others = try fixture.query(
                "SELECT id, _load_id FROM \(fixture.table("apps")) WHERE id <> $1::uuid ORDER BY id", [id])
            fixture.server.mutate { account in _ = account.renameApp(id: id, to: "renamed-app-1") }
            let summary = try await fixture.load(reports: [ReportCatalog.named("apps")!])
            let apps = summary.report("apps")
            #expect(apps.counts.updated == 1)
            #expect(apps.counts.inserted == 0 && apps.counts.deleted == 0)
            let name = try fixture.query("SELECT name FROM \(fixture.table("apps")) WHERE id = $1::uuid", [id])
            #expect(name.firstValue == "renamed-app-1")
            #expect(try fixture.query(
                "SELECT id, _load_id FROM \(fixture.table("apps")) WHERE id <> $1::uuid ORDER BY id", [id]).rows == others.rows)
            let versions = try fixture.query(
                "SELECT name, _op, _valid_to IS NULL FROM \(fixture.table("apps_with_history")) WHERE id = $1::uuid ORDER BY _valid_from",
                [id])
            #expect(versions.rows == [[app["name"]?.stringValue, "update", "f"], ["renamed-app-1", nil, "t"]])
        }
    }

    @Test("a deleted app disappears from the current table and gets a delete version")
    func deletedAppDisappears() async throws {
        try await LoadFixture.with { fixture in
            try await fixture.load()
            let app = try #require(fixture.objects(.apps).last)
            let id = try #require(app["id"]?.stringValue)
            fixture.server.mutate { account in _ = account.deleteApp(id: id) }
            let summary = try await fixture.load()
            #expect(summary.report("apps").counts.deleted == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE id = $1::uuid", [id]) == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == fixture.objects(.apps).count)
            let ops = try fixture.query(
                "SELECT _op, _valid_to IS NOT NULL FROM \(fixture.table("apps_history")) WHERE id = $1::uuid ORDER BY _load_id",
                [id])
            #expect(ops.rows == [["delete", "t"]])
        }
    }

    @Test("keys the API reorders (same content) write no version; _fetch_hash follows the text as served")
    func reorderedKeysWriteNoVersion() async throws {
        try await LoadFixture.with { fixture in
            try await fixture.load()
            let app = try #require(fixture.objects(.apps).first)
            let id = try #require(app["id"]?.stringValue)
            let name = try #require(app["name"])
            let versions = try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history"))")
            fixture.server.mutate { account in
                _ = account.removeField(resource: .apps, id: id, path: ["name"])
                _ = account.setField(resource: .apps, id: id, path: ["name"], value: name)
            }
            let moved = try #require(fixture.objects(.apps).first { $0["id"]?.stringValue == id })
            #expect(moved.servedText != app.servedText, "the key moved")
            let summary = try await fixture.load()
            #expect(summary.report("apps").counts.updated == 0 && summary.report("apps").counts.inserted == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history"))") == versions)
            let stored = try fixture.query("SELECT id::text, _fetch_hash FROM \(fixture.table("apps"))")
            #expect(stored.count == fixture.objects(.apps).count)
            for row in stored.rows {
                let served = try #require(fixture.objects(.apps).first { $0["id"]?.stringValue == row[0] })
                #expect(row[1] == FetchHash(of: served.servedBytes[...]).hex, "\(row[0] ?? "")")
            }
        }
    }

    @Test("a new JSON key adds a column, filled for that object only")
    func newKeyAddsColumn() async throws {
        try await LoadFixture.with { fixture in
            try await fixture.load()
            let app = try #require(fixture.objects(.apps).first)
            let id = try #require(app["id"]?.stringValue)
            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: id, path: ["deployTarget", "Tier"], value: "gold")
            }
            let summary = try await fixture.load()
            #expect(summary.report("apps").columnsAdded == 1, "\(summary.report("apps").schemaChanges)")
            #expect(summary.report("apps").counts.updated == 1)
            let values = try fixture.query(
                "SELECT id::text, deploy_target_tier FROM \(fixture.table("apps")) WHERE deploy_target_tier IS NOT NULL")
            #expect(values.rows == [[id, "gold"]])
            let catalog = try fixture.query(
                "SELECT json_path::text, data_type, source FROM \(fixture.table("_columns")) WHERE table_name = 'apps' AND column_name = 'deploy_target_tier'")
            #expect(catalog.rows == [["{deployTarget,Tier}", "text", "inferred"]])
            let change = try fixture.int(
                "SELECT count(*) FROM \(fixture.table("_schema_changes")) WHERE table_name = 'apps' AND change = 'add column' AND column_name = 'deploy_target_tier'")
            #expect(change == 1)
        }
    }

    /// Everything a reload must not touch: every row's load id and hash, and history size.
    private func snapshot(_ fixture: LoadFixture) throws -> [[String?]] {
        var rows: [[String?]] = []
        for table in ["apps", "addons", "addon_services", "teams"] {
            rows += try fixture.query(
                "SELECT $1::text, id::text, _load_id::text, _hash FROM \(fixture.table(table)) ORDER BY id", [table]).rows
            rows += try fixture.query("SELECT count(*)::text FROM \(fixture.table(table + "_history"))").rows
        }
        return rows
    }
}
