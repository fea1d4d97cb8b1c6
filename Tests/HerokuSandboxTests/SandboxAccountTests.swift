import HerokuAPI
import HerokuSandbox
import Testing

@Suite struct SandboxAccountTests {
    private func json(_ account: SandboxAccount) -> String {
        SandboxResource.allCases.map { resource in
            SandboxJSON.array(account.objects(resource)).servedText
        }.joined(separator: "\n")
    }

    @Test func sameSeedGivesByteIdenticalJSON() {
        let a = SandboxAccount(seed: 42, apps: 30, teams: 4, addons: 90)
        let b = SandboxAccount(seed: 42, apps: 30, teams: 4, addons: 90)
        #expect(json(a) == json(b))
    }

    @Test func differentSeedsDiffer() {
        #expect(json(SandboxAccount(seed: 1)) != json(SandboxAccount(seed: 2)))
    }

    @Test func sizesFollowTheConfiguration() {
        let account = SandboxAccount(seed: 3, apps: 25, teams: 5, addons: nil, addonServices: 20)
        #expect(account.count(.apps) == 25)
        #expect(account.count(.teams) == 5)
        #expect(account.count(.addons) == 50)
        #expect(account.count(.addonServices) == 20)
        #expect(account.count(.account) == 1)
        let ids = account.objects(.addons).compactMap { $0["id"]?.stringValue }
        #expect(Set(ids).count == ids.count)
        let names = account.objects(.apps).compactMap { $0["name"]?.stringValue }
        #expect(Set(names).count == names.count)
    }

    @Test(arguments: [UInt64(1), 2, 3, 1_000])
    func idsAreUniqueAcrossAllResources(seed: UInt64) {
        let account = SandboxAccount(seed: seed, apps: 50, teams: 5, addons: 300)
        let resources: [SandboxResource] = [.account, .apps, .teams, .addons, .addonServices]
        let ids = resources.flatMap { account.objects($0) }.compactMap { $0["id"]?.stringValue }
        #expect(ids.count == 1 + 50 + 5 + 300 + 12)
        #expect(Set(ids).count == ids.count)
    }

    @Test(arguments: [SandboxResource.account, .apps, .addons, .addonServices, .teams])
    func everyObjectHasExactlyTheDocumentedShape(resource: SandboxResource) throws {
        let account = SandboxAccount(seed: 5, apps: 60, teams: 6, addons: 200, addonServices: 20)
        let fields = try #require(DocumentedFields.fields(forResource: resource.schemaName))
        for object in account.objects(resource) {
            let problems = DocumentedShape.problems(object, fields: fields)
            #expect(problems.isEmpty, "\(resource) \(object["id"]?.stringValue ?? ""): \(problems)")
        }
    }

    @Test func nullableFieldsAreSometimesNullAndExtrasExist() {
        let account = SandboxAccount(seed: 5, apps: 60, teams: 6, addons: 200)
        let apps = account.objects(.apps)
        #expect(apps.contains { $0["team"] == SandboxJSON.null })
        #expect(apps.contains { $0["team"] != SandboxJSON.null })
        #expect(apps.contains { $0["sandbox_extra"] != nil })
        let addons = account.objects(.addons)
        #expect(addons.contains { $0["billed_price"] == SandboxJSON.null })
        #expect(addons.contains { $0.value(at: ["billed_price", "unit"]) == "month" })
        #expect(addons.contains { $0.value(at: ["billing_entity", "type"]) == "team" })
        #expect(addons.contains { $0["sandbox_extra"] != nil })
        #expect(apps.contains { $0["buildpack_provided_description"] == "Node.js ✓" })
        #expect(account.accountObject["email"] == "owner@sandbox.example")
    }

    @Test func addonPlansBelongToTheirService() {
        let account = SandboxAccount(seed: 9, addons: 100)
        for addon in account.objects(.addons) {
            let service = addon.value(at: ["addon_service", "name"])?.stringValue ?? "?"
            let plan = addon.value(at: ["plan", "name"])?.stringValue ?? ""
            #expect(plan.hasPrefix(service + ":"))
        }
    }

    @Test func mutationsChangeTheAccount() throws {
        var account = SandboxAccount(seed: 11, apps: 5, addons: 30)
        let app = try #require(account.objects(.apps).first)
        let appID = try #require(app["id"]?.stringValue)
        let changed1 = account.renameApp(id: appID, to: "renamed-app")
        #expect(changed1)
        #expect(account.object(.apps, idOrName: "renamed-app")?["id"]?.stringValue == appID)
        #expect(account.objects(.addons).filter { $0.value(at: ["app", "id"])?.stringValue == appID }
            .allSatisfy { $0.value(at: ["app", "name"]) == "renamed-app" })

        let newID = account.addApp(name: "brand-new-app")
        #expect(account.count(.apps) == 6)
        #expect(account.object(.apps, idOrName: newID)?["name"] == "brand-new-app")
        let fields = try #require(DocumentedFields.fields(forResource: "app"))
        #expect(DocumentedShape.problems(account.object(.apps, idOrName: newID)!, fields: fields).isEmpty)

        let changed2 = account.deleteApp(id: appID)
        #expect(changed2)
        #expect(account.object(.apps, idOrName: appID) == nil)
        #expect(!account.objects(.addons).contains { $0.value(at: ["app", "id"])?.stringValue == appID })

        let addon = try #require(account.objects(.addons).first { $0.value(at: ["addon_service", "name"]) == "heroku-postgresql" })
        let addonID = try #require(addon["id"]?.stringValue)
        let changed3 = account.changeAddonPlan(id: addonID, to: "premium-0")
        #expect(changed3)
        #expect(account.object(.addons, idOrName: addonID)?.value(at: ["plan", "name"]) == "heroku-postgresql:premium-0")
        let changed4 = account.changeAddonPlan(id: addonID, to: "no-such-plan")
        #expect(!changed4)

        let changed5 = account.setField(resource: .addons, id: addonID, path: ["new_key", "nested"], value: 7)
        #expect(changed5)
        let changed6 = account.setField(resource: .addons, id: addonID, path: ["state"], value: 12)
        #expect(changed6)
        #expect(account.object(.addons, idOrName: addonID)?.value(at: ["new_key", "nested"]) == 7)
        let changed7 = account.removeField(resource: .addons, id: addonID, path: ["web_url"])
        #expect(changed7)
        #expect(account.object(.addons, idOrName: addonID)?["web_url"] == nil)

        account.insertObject(resource: .teams, ["id": "00000000-0000-4000-8000-000000000000", "name": "inserted"])
        #expect(account.object(.teams, idOrName: "inserted") != nil)
    }
}
