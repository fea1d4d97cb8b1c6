import HerokuSandbox
import Testing

/// `GET /dyno-sizes`: Heroku's sizes with list prices, and formations naming them.
@Suite struct SandboxDynoSizeTests {
    static let account = SandboxAccount(seed: 5, apps: 60, teams: 6, addons: 200, addonServices: 20)

    /// The served sizes by lower-cased name.
    private static func sizesByName(_ sizes: [SandboxJSON]) -> [String: SandboxJSON] {
        Dictionary(uniqueKeysWithValues: sizes.map { ($0["name"]?.stringValue?.lowercased() ?? "", $0) })
    }

    @Test func servedInOnePageWithListPricesAndSomeUnknown() async throws {
        try await withSandbox { _, client in
            let response = try client.get("/dyno-sizes", range: "id ..; max=1000")
            #expect(response.status == 200)
            #expect(response.header("Next-Range") == nil)
            guard case .array(let sizes) = try response.json() else {
                Issue.record("not an array")
                return
            }
            #expect(sizes.count == Self.account.count(.dynoSizes))
            let byName = Self.sizesByName(sizes)
            #expect(byName.count == sizes.count)
            let prices: [String: Int] = [
                "eco": 500, "basic": 700, "standard-1x": 2_500, "standard-2x": 5_000, "performance-m": 25_000,
                "performance-l": 50_000, "performance-l-ram": 50_000, "performance-xl": 75_000,
                "performance-2xl": 150_000,
            ]
            for (name, cents) in prices {
                let size = try #require(byName[name], "\(name)")
                #expect(size.value(at: ["cost", "cents"]) == .int(cents), "\(name)")
                #expect(size.value(at: ["cost", "unit"]) == "monthly", "\(name)")
                #expect(size.value(at: ["generation", "name"]) == "cedar", "\(name)")
            }
            #expect(sizes.contains { $0["cost"] == SandboxJSON.null })
            #expect(sizes.contains { $0.value(at: ["cost", "cents"]) == SandboxJSON.null && $0["cost"] != SandboxJSON.null })
            #expect(try client.get("/dyno-sizes/Standard-1X").json()["name"] == "Standard-1X")
        }
    }

    @Test func idsDependOnTheNameOnly() {
        let other = SandboxAccount(seed: 99, apps: 3)
        let ids = Self.account.objects(.dynoSizes).compactMap { $0["id"]?.stringValue }
        #expect(Set(ids).count == ids.count)
        #expect(other.objects(.dynoSizes).compactMap { $0["id"]?.stringValue } == ids)
    }

    @Test(arguments: [UInt64(1), 5, 7, 1_000])
    func formationsNameServedSizes(seed: UInt64) throws {
        let account = SandboxAccount(seed: seed, apps: 60)
        let byName = Self.sizesByName(account.objects(.dynoSizes))
        let formations = account.objects(.formations)
        #expect(!formations.isEmpty)
        for formation in formations {
            let name = try #require(formation.value(at: ["dyno_size", "name"])?.stringValue)
            let size = try #require(byName[name.lowercased()], "\(name)")
            #expect(formation.value(at: ["dyno_size", "id"]) == size["id"], "\(name)")
            #expect(formation["size"]?.stringValue?.lowercased() == name.lowercased())
        }
    }

    @Test func setFieldChangesAServedSize() async throws {
        try await withSandbox { server, client in
            let size = try #require(server.account.object(.dynoSizes, idOrName: "Basic"))
            let id = try #require(size["id"]?.stringValue)
            let changed = server.mutate { $0.setField(resource: .dynoSizes, id: id, path: ["cost", "cents"], value: 800) }
            #expect(changed)
            #expect(try client.get("/dyno-sizes/\(id)").json().value(at: ["cost", "cents"]) == 800)
        }
    }
}
