import HerokuAPI
import HerokuSandbox
import Testing

/// The resources beyond the first four: documented shapes, and consistency with apps, add-ons, teams.
@Suite struct SandboxMoreResourcesTests {
    static let account = SandboxAccount(seed: 5, apps: 60, teams: 6, addons: 200, addonServices: 20)

    @Test(arguments: [SandboxResource.addonAttachments, .pipelines, .pipelineCouplings, .spaces, .regions, .stacks,
                      .dynoSizes, .releases, .formations, .domains, .collaborators, .teamMembers])
    func everyObjectHasExactlyTheDocumentedShape(resource: SandboxResource) throws {
        let fields = try #require(DocumentedFields.fields(forResource: resource.schemaName))
        let secrets = DocumentedFields.secretPaths[resource.schemaName] ?? []
        let objects = Self.account.objects(resource)
        #expect(!objects.isEmpty)
        for object in objects {
            let problems = DocumentedShape.problems(object, fields: fields, secrets: secrets)
            #expect(problems.isEmpty, "\(resource) \(object["id"]?.stringValue ?? ""): \(problems)")
        }
    }

    @Test func referencesPointAtRealObjects() {
        let account = Self.account
        let appIDs = Set(account.objects(.apps).compactMap { $0["id"]?.stringValue })
        let addonIDs = Set(account.objects(.addons).compactMap { $0["id"]?.stringValue })
        let pipelineIDs = Set(account.objects(.pipelines).compactMap { $0["id"]?.stringValue })
        for attachment in account.objects(.addonAttachments) {
            #expect(appIDs.contains(attachment.value(at: ["app", "id"])?.stringValue ?? ""))
            #expect(addonIDs.contains(attachment.value(at: ["addon", "id"])?.stringValue ?? ""))
            #expect(attachment["log_input_url"]?.stringValue?.contains("logplex") == true)
        }
        // Every add-on is attached to its own app; some are shared.
        #expect(Set(account.objects(.addonAttachments).compactMap { $0.value(at: ["addon", "id"])?.stringValue }) == addonIDs)
        #expect(account.objects(.addonAttachments).count > addonIDs.count)
        for coupling in account.objects(.pipelineCouplings) {
            #expect(appIDs.contains(coupling.value(at: ["app", "id"])?.stringValue ?? ""))
            #expect(pipelineIDs.contains(coupling.value(at: ["pipeline", "id"])?.stringValue ?? ""))
        }
        let regions = Set(account.objects(.regions).compactMap { $0["name"]?.stringValue })
        let stacks = Set(account.objects(.stacks).compactMap { $0["name"]?.stringValue })
        for app in account.objects(.apps) {
            #expect(regions.contains(app.value(at: ["region", "name"])?.stringValue ?? ""))
            #expect(stacks.contains(app.value(at: ["stack", "name"])?.stringValue ?? ""))
        }
        for resource in [SandboxResource.releases, .formations, .domains, .collaborators] {
            for object in account.objects(resource) {
                #expect(appIDs.contains(object.value(at: ["app", "id"])?.stringValue ?? ""))
            }
        }
    }

    @Test func membersRepeatAcrossTeamsAndSomeLackTwoFactor() {
        let members = Self.account.objects(.teamMembers)
        let ids = members.compactMap { $0["id"]?.stringValue }
        #expect(Set(ids).count < ids.count)
        #expect(members.contains { $0["two_factor_authentication"] == false })
        for team in Self.account.objects(.teams) {
            let mine = Self.account.members(ofTeam: team["id"]?.stringValue ?? "").compactMap { $0["id"]?.stringValue }
            #expect(Set(mine).count == mine.count)
            #expect(mine.count >= 2)
        }
    }

    @Test func perAppListsAreServedAndUnknownAppsAre404() async throws {
        let configuration = SandboxConfiguration(seed: 5, apps: 60, teams: 6, addons: 200, addonServices: 20)
        try await withSandbox(configuration) { server, client in
            let app = try #require(Self.account.objects(.apps).first)
            let appID = try #require(app["id"]?.stringValue)
            let releases = try client.get("/apps/\(appID)/releases")
            #expect(releases.status == 200)
            let missing = try client.get("/apps/00000000-0000-4000-8000-000000000000/releases")
            #expect(missing.status == 404)
            let team = try #require(Self.account.objects(.teams).first?["id"]?.stringValue)
            let byID = try client.get("/teams/\(team)/members", range: "id ..; max=10")
            #expect(byID.status == 416)
            let byEmail = try client.get("/teams/\(team)/members", range: "email ..; max=10")
            #expect(byEmail.status == 200 || byEmail.status == 206)
        }
    }
}
