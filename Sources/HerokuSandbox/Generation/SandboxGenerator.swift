/// Builds the objects of a ``SandboxAccount`` from its configuration.
///
/// Each part uses its own random stream, so e.g. asking for more apps does not change
/// the generated teams.
struct SandboxGenerator {
    /// 2023-01-01T00:00:00Z: generated objects are created after this.
    static let epoch: Int64 = 1_672_531_200
    /// Later than every generated timestamp; mutations start their clock here.
    static let latestTimestamp: Int64 = 1_767_225_600 // 2026-01-01T00:00:00Z

    let configuration: SandboxConfiguration
    var references = SandboxReferences()
    var teams: [(id: String, name: String)] = []
    var accountID = ""

    init(configuration: SandboxConfiguration) {
        self.configuration = configuration
    }

    func randomStream(_ stream: UInt64) -> SplitMix64 {
        SplitMix64(seed: configuration.seed, stream: stream)
    }

    static func time(_ seconds: Int64) -> SandboxJSON {
        .string(SandboxFormat.timestamp(secondsSinceEpoch: seconds))
    }

    mutating func generate(into account: inout SandboxAccount) {
        generateReferences()
        account.storage[.teams] = generateTeams()
        account.storage[.account] = [generateAccount()]
        let (services, plans) = generateServices()
        account.storage[.addonServices] = services
        account.plans = plans
        var apps: [SandboxJSON] = []
        var random = randomStream(3)
        for index in 0..<configuration.apps {
            apps.append(makeApp(index: index, random: &random))
        }
        account.storage[.apps] = apps
        let addons = generateAddons(apps: apps, services: services, plans: plans)
        account.storage[.addons] = addons
        account.storage[.regions] = generateRegions()
        account.storage[.stacks] = generateStacks()
        account.storage[.dynoSizes] = generateDynoSizes()
        account.storage[.spaces] = generateSpaces()
        let (pipelines, couplings) = generatePipelines(apps: apps)
        account.storage[.pipelines] = pipelines
        account.storage[.pipelineCouplings] = couplings
        account.storage[.addonAttachments] = generateAttachments(addons: addons, apps: apps)
        let users = generateUsers()
        let children = generateAppChildren(apps: apps, addons: addons, users: users)
        account.storage[.releases] = children.releases
        account.storage[.formations] = children.formations
        account.storage[.domains] = children.domains
        account.storage[.collaborators] = children.collaborators
        account.teamMembers = generateMembers(teamObjects: account.objects(.teams), users: users)
        account.references = references
        account.appSerial = configuration.apps
    }

    private mutating func generateReferences() {
        var random = randomStream(0)
        for name in SandboxServiceCatalog.regions { references.regions[name] = random.uuid() }
        for name in SandboxServiceCatalog.stacks { references.stacks[name] = random.uuid() }
        for name in SandboxServiceCatalog.generations { references.generations[name] = random.uuid() }
        accountID = random.uuid()
    }

    private mutating func generateTeams() -> [SandboxJSON] {
        var random = randomStream(1)
        var result: [SandboxJSON] = []
        let names = SandboxServiceCatalog.teamNames
        for index in 0..<configuration.teams {
            let id = random.uuid()
            let name = index < names.count ? names[index] : "\(names[index % names.count])-\(index)"
            teams.append((id, name))
            let created = SandboxGenerator.epoch + Int64(random.int(in: 0...10_000_000))
            let enterprise: SandboxJSON = index % 3 == 1
                ? ["id": .string(random.uuid()), "name": "acme-enterprise"] : .null
            let identityProvider: SandboxJSON = index % 3 == 2
                ? ["id": .string(random.uuid()), "name": "acme-sso",
                   "owner": ["id": .string(id), "name": .string(name), "type": "team"]]
                : .null
            var team: SandboxJSON = [
                "id": .string(id),
                "created_at": Self.time(created),
                "credit_card_collections": .bool(random.chance(0.5)),
                "default": .bool(index == 0),
                "enterprise_account": enterprise,
                "identity_provider": identityProvider,
                "membership_limit": index % 2 == 0 ? 25 : .null,
                "name": .string(name),
                "provisioned_licenses": .bool(random.chance(0.3)),
                "role": random.pick(["admin", "member", "owner", "collaborator", .null] as [SandboxJSON]),
                "type": enterprise.isNull ? "team" : "enterprise",
                "updated_at": Self.time(created + 20_000_000 + Int64(index) * 3_600),
            ]
            if index == 1 { team.setValue(1, at: ["sandbox_extra"]) }
            result.append(team)
            if index == 0 {
                references.spaces.append((random.uuid(), "\(name)-space", 0))
            }
        }
        return result
    }

    private func generateAccount() -> SandboxJSON {
        var random = randomStream(2)
        let created = SandboxGenerator.epoch - 86_400 * 400
        let defaultTeam: SandboxJSON = teams.first.map {
            SandboxReferences.reference(id: $0.id, name: $0.name)
        } ?? .null
        return [
            "allow_tracking": true,
            "beta": false,
            "created_at": Self.time(created),
            "email": .string(configuration.accountEmail),
            "federated": false,
            "id": .string(accountID),
            "identity_provider": .null,
            "last_login": Self.time(SandboxGenerator.epoch + Int64(random.int(in: 60_000_000...80_000_000))),
            "name": "Zoë Sandbox-Owner",
            "sms_number": .null,
            "suspended_at": .null,
            "delinquent_at": .null,
            "two_factor_authentication": true,
            "updated_at": Self.time(SandboxGenerator.epoch + 50_000_000),
            "verified": true,
            "country_of_residence": "United States",
            "default_organization": defaultTeam,
            "default_team": defaultTeam,
        ]
    }
}
