import HerokuAPI
import HerokuSandbox
import Logging
import Schema
import Testing

/// A list can serve one object twice when a page boundary moves while it is fetched; the
/// copy fetched last is what the tables hold, load after load.
@Suite("Objects served twice")
struct RepeatedObjectTests {
    @Test("stored once as the copy fetched last; a reload that sees both again writes no version for it")
    func lastCopyWinsAndStays() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 73, apps: 4, teams: 1, addons: 6)) { fixture in
            var copy = try #require(fixture.objects(.addons).first)
            let id = try #require(copy["id"]?.stringValue)
            copy.setValue("served-twice", at: ["name"])
            fixture.server.mutate { $0.insertObject(resource: .addons, copy) }
            let servedNames = try await names(of: id, servedBy: fixture)
            #expect(servedNames.count == 2 && Set(servedNames).count == 2)
            let last = try #require(servedNames.last)

            let first = try await fixture.load()
            #expect(first.status == .succeeded, "\(first.error ?? "")")
            #expect(first.report("addons").counts.inserted == 6)
            let stored = try fixture.query("SELECT name FROM \(fixture.table("addons")) WHERE id = $1::uuid", [id])
            #expect(stored.rows == [[last]])

            // Another add-on changes, so the list is fetched again (not answered 304): both
            // copies arrive, one exactly as stored.
            let other = try #require(fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.first { $0 != id })
            fixture.server.mutate { $0.setField(resource: .addons, id: other, path: ["plan", "name"], value: "changed:plan") }
            let second = try await fixture.load()
            #expect(second.report("addons").counts.updated == 1 && second.report("addons").counts.inserted == 0)
            #expect(try fixture.query("SELECT name FROM \(fixture.table("addons")) WHERE id = $1::uuid", [id]).rows == [[last]])
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons_with_history")) WHERE id = $1::uuid", [id]) == 1)
        }
    }

    @Test("a changed copy fetched after one exactly as stored wins, and is counted once")
    func changedCopyAfterStoredCopy() async throws {
        try await LoadFixture.with(SandboxConfiguration(seed: 79, apps: 4, teams: 1, addons: 6)) { fixture in
            try await fixture.load()
            var copy = try #require(fixture.objects(.addons).first)
            let id = try #require(copy["id"]?.stringValue)
            let storedName = try #require(copy["name"]?.stringValue)
            copy.setValue("served-twice", at: ["name"])
            fixture.server.mutate { $0.insertObject(resource: .addons, copy) }
            let servedNames = try await names(of: id, servedBy: fixture)
            #expect(servedNames == [storedName, "served-twice"], "the stored copy is served first")

            let second = try await fixture.load()
            let addons = second.report("addons")
            #expect(addons.counts.updated == 1 && addons.counts.inserted == 0 && addons.counts.deleted == 0)
            #expect(addons.counts.unchanged == 5, "six add-ons, one of them changed")
            #expect(try fixture.query("SELECT name FROM \(fixture.table("addons")) WHERE id = $1::uuid", [id]).rows
                == [["served-twice"]])

            let other = try #require(fixture.objects(.addons).compactMap { $0["id"]?.stringValue }.first { $0 != id })
            fixture.server.mutate { $0.setField(resource: .addons, id: other, path: ["plan", "name"], value: "changed:plan") }
            let third = try await fixture.load()
            #expect(third.report("addons").counts.updated == 1 && third.report("addons").counts.unchanged == 5)
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("addons_with_history")) WHERE id = $1::uuid", [id]) == 2)
        }
    }

    /// The `name` of every copy of `id` in the order the sandbox serves the list.
    private func names(of id: String, servedBy fixture: LoadFixture) async throws -> [String] {
        let key = try APIKey(fixture.server.account.configuration.apiKey)
        return try await HerokuClient.withClient(endpoint: try APIEndpoint(fixture.server.baseURL), apiKey: key,
                                                 logger: Logger(label: "test")) { client in
            var names: [String] = []
            _ = try await client.fetchList(path: "/addons") { page in
                for case .object(let object) in try JSONParser.parseArray(page.bytes)
                where object["id"]?.stringValue == id {
                    names.append(object["name"]?.stringValue ?? "")
                }
            }
            return names
        }
    }
}
