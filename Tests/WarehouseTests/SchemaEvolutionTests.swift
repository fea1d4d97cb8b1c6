import Schema
import Warehouse
import HerokuSandbox
import Loader
import Testing

/// The API changes shape between loads; the tables follow without losing anything.
@Suite("Schema evolution")
struct SchemaEvolutionTests {
    @Test("bigint → numeric keeps every value; timestamptz → text shows the API's own text, in both tables")
    func numericAndTimestampWidenings() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 43, apps: 6, teams: 1, addons: 6)) { fixture in
            let apps = fixture.objects(.apps)
            let first = try #require(apps.first?["id"]?.stringValue)
            let sized = try #require(apps.first { $0["repo_size"]?.numberText != nil && $0["id"]?.stringValue != first })
            let sizedID = try #require(sized["id"]?.stringValue)
            let sizedRepo = try #require(sized["repo_size"]?.numberText)
            let createdText = try #require(apps.last?["created_at"]?.stringValue)
            let lastID = try #require(apps.last?["id"]?.stringValue)
            try await fixture.load(reports: [ReportCatalog.named("apps")!])

            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: first, path: ["repo_size"], value: .number("1234.5"))
                _ = account.setField(resource: .apps, id: first, path: ["created_at"], value: "last Tuesday")
            }
            let summary = try await fixture.load(reports: [ReportCatalog.named("apps")!])
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.report("apps").columnsWidened == 2)
            for table in ["apps", "apps_history"] {
                #expect(try fixture.columnTypes(table, ["repo_size", "created_at"])
                        == [["created_at", "text"], ["repo_size", "numeric"]], "\(table)")
            }
            let current = try fixture.query("""
                SELECT id::text, repo_size::text, created_at FROM \(fixture.table("apps"))
                WHERE id IN ($1::uuid, $2::uuid, $3::uuid) ORDER BY id = $1::uuid DESC, id = $2::uuid DESC
                """, [first, sizedID, lastID]).rows
            #expect(current.first?[1] == "1234.5" && current.first?[2] == "last Tuesday", "\(current)")
            #expect(current.dropFirst().first?[1] == sizedRepo, "\(current)")
            // Stored before the widening: the API's text (…T…Z), not PostgreSQL's timestamptz output.
            #expect(current.last?[2] == createdText, "\(current)")
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("apps_history")) WHERE created_at !~ 'T' AND created_at <> 'last Tuesday'
                """) == 0)
        }
    }

    @Test("number → string, uuid → non-uuid, null-only → object, scalar → object: widened, views intact")
    func typeChangesWiden() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 41, apps: 6, teams: 1, addons: 10)) { fixture in
            let app = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            let addon = try #require(fixture.objects(.addons).first)
            let addonID = try #require(addon["id"]?.stringValue)
            fixture.server.mutate { account in
                for object in account.objects(.apps) {
                    guard let id = object["id"]?.stringValue else { continue }
                    _ = account.setField(resource: .apps, id: id, path: ["sandbox_note"], value: .null)
                    _ = account.setField(resource: .apps, id: id, path: ["sandbox_kind"], value: "plain")
                }
            }
            try await fixture.load()
            let costBefore = try fixture.int("SELECT sum(monthly_cost_cents) FROM \(fixture.table("addons_per_app"))")

            fixture.server.mutate { account in
                _ = account.setField(resource: .addons, id: addonID, path: ["billed_price", "cents"], value: "free")
                _ = account.setField(resource: .apps, id: app, path: ["region", "id"], value: "eu-west-not-a-uuid")
                _ = account.setField(resource: .apps, id: app, path: ["sandbox_note"], value: ["by": "ops", "ticket": .int(7)])
                _ = account.setField(resource: .apps, id: app, path: ["sandbox_kind"], value: ["tier": "gold"])
            }
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")

            let types = try fixture.query("""
                SELECT column_name, data_type FROM \(fixture.table("_columns"))
                WHERE (table_name = 'addons' AND column_name = 'billed_price_cents')
                   OR (table_name = 'apps' AND column_name IN ('region_id', 'sandbox_note', 'sandbox_note_by',
                       'sandbox_note_ticket', 'sandbox_kind'))
                ORDER BY column_name
                """)
            #expect(types.rows == [
                ["billed_price_cents", "text"], ["region_id", "text"], ["sandbox_kind", "jsonb"],
                ["sandbox_note", "text"], ["sandbox_note_by", "text"], ["sandbox_note_ticket", "bigint"],
            ])
            // Real column types follow the map, in the current and the history table.
            for table in ["apps", "apps_history"] {
                #expect(try fixture.columnTypes(table, ["region_id", "sandbox_kind"])
                        == [["region_id", "text"], ["sandbox_kind", "jsonb"]], "\(table)")
            }
            // No data lost: old values re-read from _raw in their API form, new ones stored.
            let region = try fixture.query(
                "SELECT count(*) FILTER (WHERE region_id ~ '^[0-9a-f-]{36}$'), count(*) FILTER (WHERE region_id = 'eu-west-not-a-uuid') FROM \(fixture.table("apps"))")
            #expect(region.rows == [[String(fixture.objects(.apps).count - 1), "1"]])
            let kinds = try fixture.query(
                "SELECT sandbox_kind::text, count(*)::text FROM \(fixture.table("apps")) GROUP BY 1 ORDER BY 1")
            #expect(kinds.rows == [["\"plain\"", String(fixture.objects(.apps).count - 1)], ["{\"tier\": \"gold\"}", "1"]])
            let history = try fixture.query(
                "SELECT sandbox_kind::text FROM \(fixture.table("apps_with_history")) WHERE id = $1::uuid ORDER BY _valid_from", [app])
            #expect(history.rows == [["\"plain\""], ["{\"tier\": \"gold\"}"]])
            let note = try fixture.query(
                "SELECT sandbox_note_by, sandbox_note_ticket::text FROM \(fixture.table("apps")) WHERE id = $1::uuid", [app])
            #expect(note.rows == [["ops", "7"]])
            let cents = try fixture.query(
                "SELECT billed_price_cents FROM \(fixture.table("addons")) WHERE id = $1::uuid", [addonID])
            #expect(cents.firstValue == "free")

            // One _schema_changes row per change of this load.
            let changes = try fixture.query("""
                SELECT table_name, column_name, change, coalesce(old_type, ''), new_type FROM \(fixture.table("_schema_changes"))
                WHERE load_id = $1::bigint AND change <> 'create view' ORDER BY table_name, column_name
                """, [summary.loadID.map(String.init)])
            // A path seen as both object and scalar is one jsonb column; its object's keys are
            // still flattened next to it.
            #expect(changes.rows == [
                ["addons", "billed_price_cents", "widen column", "bigint", "text"],
                ["apps", "region_id", "widen column", "uuid", "text"],
                ["apps", "sandbox_kind", "widen column", "text", "jsonb"],
                ["apps", "sandbox_kind_tier", "add column", "", "text"],
                ["apps", "sandbox_note_by", "add column", "", "text"],
                ["apps", "sandbox_note_ticket", "add column", "", "bigint"],
            ])
            // The widenings created again the views reading apps or add-ons (directly or through
            // another view), and only those, recorded with the load.
            let views = try fixture.query("""
                SELECT DISTINCT table_name FROM \(fixture.table("_schema_changes"))
                WHERE load_id = $1::bigint AND change = 'create view' ORDER BY table_name
                """, [summary.loadID.map(String.init)]).rows.map { $0.first ?? nil }
            #expect(views == ["addon_prices", "addon_service_usage", "addon_sharing", "addons_per_app", "app_costs", "app_inventory",
                              "app_names", "app_spend_daily", "app_spend_monthly", "app_spend_vs_list",
                              "apps_without_recent_release", "changes", "spend_movers", "stale_apps", "team_costs"])
            // The views still answer; the add-on whose price became text no longer counts.
            let oldCents = Int(addon.value(at: ["billed_price", "cents"])?.numberText ?? "0") ?? 0
            #expect(try fixture.int("SELECT sum(monthly_cost_cents) FROM \(fixture.table("addons_per_app"))") == costBefore - oldCents)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("changes"))") > 0)
            // An unchanged reload after widening writes nothing.
            let again = try await fixture.load()
            #expect(again.reports.allSatisfy { $0.counts.inserted + $0.counts.updated + $0.counts.deleted == 0 })
        }
    }

    @Test("hostile keys are stored under safe, documented names and nothing is executed")
    func hostileKeys() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 43, apps: 3, teams: 1, addons: 2)) { fixture in
            let id = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            let longKey = String(repeating: "k", count: 200)
            let hostile: [(path: [String], value: SandboxJSON)] = [
                (["Robert'); DROP TABLE apps;--"], "bobby"),
                (["ID"], "upper-id"),
                ([longKey], "long"),
                (["select"], "reserved"),
                (["🚀🔥"], "emoji"),
                (["a.b"], "dotted"),
                (["a", "b"], "nested"),
                (["comment"], "'); DROP TABLE apps; SELECT ('"),
            ]
            fixture.server.mutate { account in
                for (path, value) in hostile {
                    _ = account.setField(resource: .apps, id: id, path: path, value: value)
                }
            }
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == 3)
            let map = try fixture.query("""
                SELECT array_to_json(json_path)::text, column_name FROM \(fixture.table("_columns"))
                WHERE table_name = 'apps' AND source = 'inferred' ORDER BY column_name
                """)
            let names = Dictionary(uniqueKeysWithValues: map.rows.map { ($0[0] ?? "", $0[1] ?? "") })
            #expect(names["[\"Robert'); DROP TABLE apps;--\"]"] == "robert_drop_table_apps")
            #expect(names["[\"ID\"]"] == "id_2")
            #expect(names["[\"select\"]"] == "select_")
            #expect(names["[\"🚀🔥\"]"] == "col")
            #expect(names["[\"a.b\"]"] != nil && names["[\"a\",\"b\"]"] != nil)
            #expect(Set([names["[\"a.b\"]"], names["[\"a\",\"b\"]"]]) == Set(["a_b", "a_b_2"]))
            let long = try #require(names["[\"\(longKey)\"]"])
            #expect(long.utf8.count <= 63 && long.hasPrefix("kkkk"))
            for (path, value) in hostile {
                let key = "[" + path.map { "\"\($0)\"" }.joined(separator: ",") + "]"
                let column = try #require(names[key], "\(key)")
                let stored = try fixture.query(
                    "SELECT \(column.debugDescription) FROM \(fixture.table("apps")) WHERE id = $1::uuid", [id])
                #expect(stored.firstValue == value.stringValue, "\(key)")
            }
        }
    }

    @Test("a key holding U+0000 becomes a column under the key as stored (U+FFFD), load after load")
    func keyHoldingNUL() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 48, apps: 3, teams: 1, addons: 2)) { fixture in
            let id = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: id, path: ["meta", "a\u{0}b"], value: "nul in a nested key")
                _ = account.setField(resource: .apps, id: id, path: ["c\u{0}"], value: .int(7))
            }
            for round in 1...2 {
                let summary = try await fixture.load()
                #expect(summary.status == .succeeded, "load \(round): \(summary.error ?? "")")
                if round == 1 {
                    fixture.server.mutate { account in _ = account.renameApp(id: id, to: "renamed-with-nul-keys") }
                }
            }
            let columns = try fixture.query("""
                SELECT array_to_json(json_path)::text, column_name, data_type FROM \(fixture.table("_columns"))
                WHERE table_name = 'apps' AND source = 'inferred' ORDER BY column_name
                """)
            let byPath = Dictionary(uniqueKeysWithValues: columns.rows.map { ($0[0] ?? "", ($0[1] ?? "", $0[2] ?? "")) })
            let nested = try #require(byPath["[\"meta\",\"a\u{FFFD}b\"]"], "\(columns.rows)")
            let top = try #require(byPath["[\"c\u{FFFD}\"]"], "\(columns.rows)")
            #expect(top.1 == "bigint")
            let row = try fixture.query("""
                SELECT \(nested.0.debugDescription), \(top.0.debugDescription)::text, name
                FROM \(fixture.table("apps")) WHERE id = $1::uuid
                """, [id])
            #expect(row.rows == [["nul in a nested key", "7", "renamed-with-nul-keys"]])
        }
    }

    @Test("U+0000, a 30-digit integer, a 1 MB string and deep nesting load and are reported")
    func valuesPostgresRefuses() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 47, apps: 3, teams: 1, addons: 2)) { fixture in
            let id = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            var deep: SandboxJSON = "bottom"
            for level in 0..<60 { deep = ["level\(level)": deep] }
            let huge = String(repeating: "x", count: 1_000_000)
            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: id, path: ["note"], value: "before\u{0}after")
                _ = account.setField(resource: .apps, id: id, path: ["big"], value: .number("123456789012345678901234567890"))
                _ = account.setField(resource: .apps, id: id, path: ["huge"], value: .string(huge))
                _ = account.setField(resource: .apps, id: id, path: ["deep"], value: deep)
            }
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.report("apps").valuesAdjusted == 1)
            let row = try fixture.query("""
                SELECT note, big::text, pg_typeof(big)::text, length(huge)::text, _raw -> 'big' = '123456789012345678901234567890'::jsonb
                FROM \(fixture.table("apps")) WHERE id = $1::uuid
                """, [id])
            #expect(row.rows == [["before\u{FFFD}after", "123456789012345678901234567890", "numeric", "1000000", "t"]])
            let adjusted = try fixture.query(
                "SELECT values_adjusted::text FROM \(fixture.table("_load_reports")) WHERE load_id = $1::bigint AND report = 'apps'",
                [summary.loadID.map(String.init)])
            #expect(adjusted.firstValue == "1")
            // Flattening stops at 4 levels; the rest of the nesting is one jsonb column.
            let deepColumn = try fixture.query("""
                SELECT column_name, data_type FROM \(fixture.table("_columns"))
                WHERE table_name = 'apps' AND json_path[1] = 'deep'
                """)
            #expect(deepColumn.count == 1)
            #expect(deepColumn.rows.first?[1] == "jsonb")
        }
    }

    @Test("a user's view on a column that must widen, or on one of our views, is kept; that report fails naming it",
          arguments: [("my_app_sizes", "SELECT name, slug_size + 1 AS next FROM apps"),
                      ("my_inventory", "SELECT app_name, region FROM app_inventory")])
    func userViewBlocksWidening(name: String, definition: String) async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 53, apps: 4, teams: 1, addons: 4)) { fixture in
            try await fixture.load()
            let view = fixture.table(name)
            // The relation the view reads, qualified (the definition's last word).
            let source = try #require(definition.split(separator: " ").last.map(String.init))
            try fixture.connection.execute(
                "CREATE VIEW \(view) AS \(definition.dropLast(source.count))\(fixture.table(source))")
            let app = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: app, path: ["slug_size"], value: "huge")
            }
            let summary = try await fixture.load()
            #expect(summary.status == .partial)
            let apps = summary.report("apps")
            #expect(apps.status == .failed)
            #expect((apps.error ?? "").contains(name), "\(apps.error ?? "")")
            #expect(summary.report("addons").status == .succeeded)
            // The user's view still exists and still answers; the column kept its type.
            #expect(try fixture.int("SELECT count(*) FROM \(view)") == fixture.objects(.apps).count)
            let type = try fixture.query(
                "SELECT data_type FROM \(fixture.table("_columns")) WHERE table_name = 'apps' AND column_name = 'slug_size'")
            #expect(type.firstValue == "bigint")
        }
    }

    @Test("a user's view on one of our views that does not read the widened table does not block the widening")
    func unrelatedUserViewDoesNotBlockWidening() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 53, apps: 4, teams: 1, addons: 4)) { fixture in
            try await fixture.load()
            // addon_service_usage reads add-ons and services, not apps.
            let view = fixture.table("my_service_usage")
            try fixture.connection.execute("CREATE VIEW \(view) AS SELECT * FROM \(fixture.table("addon_service_usage"))")
            let usage = try fixture.int("SELECT count(*) FROM \(view)")
            let app = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { account in
                _ = account.setField(resource: .apps, id: app, path: ["slug_size"], value: "huge")
            }
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.report("apps").columnsWidened == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(view)") == usage)
            // The views reading apps were created again, and answer with the widened column.
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("app_inventory"))") == fixture.objects(.apps).count)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("stale_apps")) WHERE false") == 0)
        }
    }

    @Test("a key that disappears keeps its column, null from then on, with the old value in history")
    func vanishedKeyKeepsColumn() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 57, apps: 4, teams: 1, addons: 4)) { fixture in
            let ids = fixture.setOnEveryApp(["tier"], to: "gold")
            try await fixture.load()
            fixture.server.mutate { account in
                for id in ids { account.removeField(resource: .apps, id: id, path: ["tier"]) }
            }
            let summary = try await fixture.load()
            #expect(summary.report("apps").counts.updated == ids.count)
            #expect(summary.report("apps").columnsAdded == 0 && summary.report("apps").columnsWidened == 0)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE tier IS NULL") == ids.count)
            #expect(try fixture.int(
                "SELECT count(*) FROM \(fixture.table("apps_history")) WHERE tier = 'gold' AND _valid_to IS NOT NULL") == ids.count)
        }
    }

    @Test("a name that becomes an object widens to jsonb in every report, and every view still answers")
    func nameWidensToJSONB() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 59, apps: 4, teams: 2, addons: 6)) { fixture in
            try await fixture.load()
            fixture.server.mutate { account in
                for resource in [SandboxResource.apps, .teams, .addons, .addonServices] {
                    if let id = account.objects(resource).first?["id"]?.stringValue {
                        account.setField(resource: resource, id: id, path: ["name"], value: ["display": "Odd"])
                    }
                }
            }
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.reports.filter { $0.columnsWidened > 0 }.count == 4)
            let views = try fixture.query(
                "SELECT table_name FROM information_schema.views WHERE table_schema = $1", [fixture.schema])
            #expect(views.count >= 6)
            for view in views.rows.compactMap({ $0[0] }) {
                #expect(try fixture.int("SELECT count(*) FROM \(fixture.table(view))") >= 0, "\(view)")
            }
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("changes")) WHERE name = '{\"display\": \"Odd\"}'") == 4)
        }
    }

    @Test("an object that becomes a scalar in one app, unchanged in the others: one jsonb column, as if all were read")
    func objectBecomesScalar() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 83, apps: 6, teams: 1, addons: 4)) { fixture in
            let ids = fixture.setOnEveryApp(["sandbox_meta"], to: ["tier": "gold"])
            try await fixture.load()
            let flat = try #require(ids.first)
            fixture.server.mutate { $0.setField(resource: .apps, id: flat, path: ["sandbox_meta"], value: "flat") }
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.report("apps").counts.updated == 1)
            #expect(summary.report("apps").recognisedUnparsed == ids.count - 1, "the other apps were never parsed")
            let columns = try fixture.query("""
                SELECT column_name, data_type FROM \(fixture.table("_columns"))
                WHERE table_name = 'apps' AND column_name LIKE 'sandbox\\_meta%' ORDER BY column_name
                """)
            #expect(columns.rows == [["sandbox_meta", "jsonb"], ["sandbox_meta_tier", "text"]])
            let values = try fixture.query(
                "SELECT sandbox_meta::text, count(*)::text FROM \(fixture.table("apps")) GROUP BY 1 ORDER BY 1 NULLS LAST")
            #expect(values.rows == [["\"flat\"", "1"], ["{\"tier\": \"gold\"}", String(ids.count - 1)]])
        }
    }

    @Test("stored ETags spare parsing only for the inference and documented fields that stored them: others observe every object once")
    func etagsKeyedByInferenceVersion() async throws {
        let apps = try #require(ReportCatalog.all.first { $0.name == "apps" }).table
        #expect(apps.observationVersion.hasPrefix("\(InferenceVersion.current)-"))
        let documentedMore = ReportTable(
            name: apps.name, keyPaths: apps.keyPaths,
            declared: apps.declared + [DeclaredField(path: ["new_documented_field"], type: .text)])
        #expect(documentedMore.observationVersion != apps.observationVersion, "a newly documented field is observed once")
        try await LoadFixture.with(SandboxConfiguration(seed: 97, apps: 6, teams: 1, addons: 4)) { fixture in
            try await fixture.load()
            #expect(try fixture.query(
                "SELECT DISTINCT inference_version FROM \(fixture.table("_list_etags")) WHERE report = 'apps'"
            ).rows == [[apps.observationVersion]])
            let renamed = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { _ = $0.renameApp(id: renamed, to: "renamed-once") }
            let sameInference = try await fixture.load()
            #expect(sameInference.report("apps").recognisedUnparsed == 5, "the unchanged apps were not parsed")
            // As a release that infers differently finds the pages stored by this one.
            _ = try fixture.query("UPDATE \(fixture.table("_list_etags")) SET inference_version = '0'")
            fixture.server.mutate { _ = $0.renameApp(id: renamed, to: "renamed-twice") }
            let otherInference = try await fixture.load()
            #expect(otherInference.status == .succeeded, "\(otherInference.error ?? "")")
            #expect(otherInference.report("apps").recognisedUnparsed == 0, "every app observed")
            #expect(otherInference.report("apps").counts.updated == 1)
            let again = try await fixture.load()
            #expect(again.report("apps").counts.unchanged == 6)
            #expect(try fixture.query(
                "SELECT DISTINCT inference_version FROM \(fixture.table("_list_etags")) WHERE report = 'apps'"
            ).rows == [[apps.observationVersion]])
        }
    }

    @Test("an empty object that becomes a number in one app: one jsonb column, the load succeeds, as if all were read")
    func emptyObjectBecomesNumber() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 89, apps: 5, teams: 1, addons: 4)) { fixture in
            let ids = fixture.setOnEveryApp(["sandbox_box"], to: .object([:]))
            try await fixture.load()
            let boxed = try #require(ids.first)
            fixture.server.mutate { $0.setField(resource: .apps, id: boxed, path: ["sandbox_box"], value: .int(5)) }
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.report("apps").recognisedUnparsed == ids.count - 1, "the other apps were never parsed")
            #expect(try fixture.query("""
                SELECT data_type FROM \(fixture.table("_columns")) WHERE table_name = 'apps' AND column_name = 'sandbox_box'
                """).rows == [["jsonb"]])
            let values = try fixture.query(
                "SELECT sandbox_box::text, count(*)::text FROM \(fixture.table("apps")) GROUP BY 1 ORDER BY 1")
            #expect(values.rows == [["5", "1"], ["{}", String(ids.count - 1)]])
        }
    }

    @Test("a new column whose older versions in history held another shape: added wide enough, the load succeeds")
    func addedColumnFitsHistory() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 97, apps: 4, teams: 1, addons: 4)) { fixture in
            let ids = fixture.setOnEveryApp(["sandbox_box"], to: .object([:]))
            try await fixture.load()
            fixture.setOnEveryApp(["sandbox_box"], to: .int(5))
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE sandbox_box::text = '5'") == ids.count)
            #expect(try fixture.int(
                "SELECT count(*) FROM \(fixture.table("apps_history")) WHERE sandbox_box::text = '{}'") == ids.count,
                "older versions keep their value")
        }
    }

    @Test("reports side by side: one widens (views recreated) while the others add columns; all load, none waits forever")
    func widenWhileOthersAddColumns() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 61, apps: 5, teams: 2, addons: 8)) { fixture in
            fixture.server.mutate { account in
                for object in account.objects(.apps) {
                    guard let id = object["id"]?.stringValue else { continue }
                    for round in 1...3 { account.setField(resource: .apps, id: id, path: ["size_\(round)"], value: .int(round)) }
                }
            }
            try await fixture.load()
            for round in 1...3 {
                fixture.server.mutate { account in
                    if let id = account.objects(.apps).first?["id"]?.stringValue {
                        account.setField(resource: .apps, id: id, path: ["size_\(round)"], value: .string("big"))
                    }
                    for resource in [SandboxResource.addons, .teams, .addonServices] {
                        for object in account.objects(resource) {
                            guard let id = object["id"]?.stringValue else { continue }
                            account.setField(resource: resource, id: id, path: ["round_\(round)"], value: .int(round))
                        }
                    }
                }
                let summary = try await fixture.load()
                #expect(summary.status == .succeeded, "round \(round): \(summary.error ?? "")")
                #expect(summary.report("apps").columnsWidened == 1, "round \(round)")
                for report in ["addons", "teams", "addon_services"] {
                    #expect(summary.report(report).columnsAdded == 1, "round \(round): \(report)")
                }
            }
            #expect(try fixture.int("""
                SELECT count(*) FROM \(fixture.table("_columns")) WHERE table_name = 'apps' AND column_name LIKE 'size\\_%' AND data_type = 'text'
                """) == 3)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons")) WHERE round_3 = 3") == fixture.objects(.addons).count)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons_per_app"))") > 0, "views answer")
        }
    }

    @Test("a number beyond PostgreSQL's numeric range is kept as text, the load succeeds and says so")
    func numberOutOfRange() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 66, apps: 3, teams: 1, addons: 2)) { fixture in
            let id = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { account in
                account.setField(resource: .apps, id: id, path: ["huge_number"], value: .number("1e1000000"))
            }
            let summary = try await fixture.load()
            #expect(summary.status == .succeeded, "\(summary.error ?? "")")
            #expect(summary.report("apps").valuesAdjusted == 1)
            let row = try fixture.query(
                "SELECT huge_number, pg_typeof(huge_number)::text FROM \(fixture.table("apps")) WHERE id = $1::uuid", [id])
            #expect(row.rows == [["1e1000000", "text"]])
        }
    }

    @Test("a column added to a table that holds rows is filled from _raw for the rows already stored")
    func addedColumnIsBackfilled() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 67, apps: 5, teams: 1, addons: 2)) { fixture in
            fixture.server.mutate { account in
                for app in account.objects(.apps) {
                    if let id = app["id"]?.stringValue { account.setField(resource: .apps, id: id, path: ["tier"], value: "gold") }
                }
            }
            try await fixture.load()
            // One closed version in history, which holds `tier` too.
            let renamed = try #require(fixture.objects(.apps).first?["id"]?.stringValue)
            fixture.server.mutate { _ = $0.renameApp(id: renamed, to: "renamed-before-the-drop") }
            try await fixture.load()
            // As if `tier` had never been a column (e.g. a field a newer release documents).
            try fixture.connection.execute("""
                DROP FUNCTION \(fixture.table("apps__as_of"))(timestamptz);
                DROP VIEW \(fixture.table("apps_with_history"));
                ALTER TABLE \(fixture.table("apps")) DROP COLUMN tier;
                ALTER TABLE \(fixture.table("apps_history")) DROP COLUMN tier;
                DELETE FROM \(fixture.table("_columns")) WHERE table_name = 'apps' AND column_name = 'tier';
                DELETE FROM \(fixture.table("_list_etags"));
                """)
            let summary = try await fixture.load()
            #expect(summary.report("apps").counts.updated == 0, "nothing changed in the API")
            #expect(summary.report("apps").columnsAdded == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps")) WHERE tier = 'gold'") == 5)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_history")) WHERE tier = 'gold'") == 1)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps_with_history")) WHERE tier = 'gold'") == 6)
        }
    }
}

private extension LoadFixture {
    /// Gives every app of the sandbox `value` at `path`; returns the apps' ids.
    @discardableResult
    func setOnEveryApp(_ path: [String], to value: SandboxJSON) -> [String] {
        let ids = objects(.apps).compactMap { $0["id"]?.stringValue }
        server.mutate { account in
            for id in ids { account.setField(resource: .apps, id: id, path: path, value: value) }
        }
        return ids
    }

    /// The real types (`information_schema`) of `columns` in `table`, as [name, type] by name.
    func columnTypes(_ table: String, _ columns: [String]) throws -> [[String?]] {
        try query("""
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = $1 AND table_name = $2 AND column_name = ANY ($3::text[])
            ORDER BY column_name
            """, [schema, table, "{" + columns.joined(separator: ",") + "}"]).rows
    }
}
