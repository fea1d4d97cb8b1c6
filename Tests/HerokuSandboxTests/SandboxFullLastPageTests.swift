import HerokuSandbox
import Testing

/// A list of exactly N × max objects, and what a 304 on its full last page hides.
@Suite struct SandboxFullLastPageTests {
    static let page = "id ..; max=1000"
    /// Sorts after every generated id (lower-case hex).
    static let appended = "ffffffff-ffff-4fff-bfff-ffffffffffff"

    @Test("a full last page is a 200 without Next-Range; after an append it still answers 304 to its ETag")
    func fullLastPageAnswers304AfterAnAppend() async throws {
        try await withSandbox(SandboxConfiguration(apps: 40, addons: 2_000)) { server, client in
            let first = try client.get("/addons", range: Self.page)
            #expect(first.status == 206)
            let lastRange = try #require(first.header("Next-Range"))
            let last = try client.get("/addons", range: lastRange)
            // Exactly 2 × max objects: the second page is the last, a 200 (not a 206 and an empty page).
            #expect(last.status == 200)
            #expect(last.header("Next-Range") == nil)
            #expect(try last.ids().count == 1_000)
            let etags = (try #require(first.header("ETag")), try #require(last.header("ETag")))
            #expect(try #require(try last.ids().last) < Self.appended)

            let added = server.mutate { $0.addAddon(id: Self.appended) }
            #expect(added == Self.appended)

            // The ETag covers the body only: both stored pages answer 304, and nothing says
            // an object now follows the last one.
            let recheck = try client.get("/addons", range: lastRange, headers: ["If-None-Match": etags.1])
            #expect(recheck.status == 304)
            #expect(recheck.body.isEmpty)
            #expect(try client.get("/addons", range: Self.page, headers: ["If-None-Match": etags.0]).status == 304)
            // Asked in full, the same page is now a 206 leading to the new add-on, with the same ETag.
            let now = try client.get("/addons", range: lastRange)
            #expect(now.status == 206)
            #expect(now.header("ETag") == etags.1)
            let restRange = try #require(now.header("Next-Range"))
            let rest = try client.get("/addons", range: restRange)
            #expect(rest.status == 200)
            #expect(try rest.ids() == [Self.appended])
        }
    }

    @Test("an added add-on is shaped like the others and belongs to the app asked for")
    func addedAddonIsShapedLikeTheOthers() async throws {
        var account = SandboxAccount(seed: 3, apps: 5)
        let app = try #require(account.objects(.apps).last?["id"]?.stringValue)
        let newID = account.addAddon(appID: app)
        let id = try #require(newID)
        let added = try #require(account.object(.addons, idOrName: id))
        let generated = try #require(account.objects(.addons).first)
        let keys = { (object: SandboxJSON) in Set(object.objectValue?.members.map(\.key) ?? []) }
        #expect(keys(added).subtracting(["sandbox_extra"]) == keys(generated).subtracting(["sandbox_extra"]))
        #expect(added.value(at: ["app", "id"])?.stringValue == app)
        #expect(account.count(.addons) == 11)
        let none = account.addAddon(appID: "no-such-app")
        #expect(none == nil)
    }
}
