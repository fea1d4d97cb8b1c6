extension SandboxGenerator {
    /// `GET /regions`: the regions apps are generated in, with the shared ids.
    func generateRegions() -> [SandboxJSON] {
        let facts: [String: (country: String, locale: String, description: String, provider: String)] = [
            "us": ("United States", "Virginia", "United States", "us-east-1"),
            "eu": ("Ireland", "Dublin", "Europe", "eu-west-1"),
        ]
        return SandboxServiceCatalog.regions.enumerated().map { index, name in
            let fact = facts[name] ?? ("Nowhere", "Sandbox", "Sandbox region", "sandbox-1")
            return [
                "country": .string(fact.country),
                "created_at": Self.time(SandboxGenerator.epoch - 86_400 * 3_650 + Int64(index) * 86_400),
                "description": .string(fact.description),
                "id": .string(references.regions[name] ?? ""),
                "locale": .string(fact.locale),
                "name": .string(name),
                "private_capable": .bool(index == 0),
                "provider": ["name": "amazon-web-services", "region": .string(fact.provider)],
                "updated_at": Self.time(SandboxGenerator.epoch - 86_400 * 100 + Int64(index) * 86_400),
            ]
        }
    }

    /// `GET /stacks`: the stacks apps are generated on, with the shared ids (the last is the default).
    func generateStacks() -> [SandboxJSON] {
        let names = SandboxServiceCatalog.stacks
        return names.enumerated().map { index, name in
            [
                "default": .bool(index == names.count - 1),
                "created_at": Self.time(SandboxGenerator.epoch - 86_400 * 700 + Int64(index) * 86_400 * 300),
                "id": .string(references.stacks[name] ?? ""),
                "name": .string(name),
                "state": "public",
                "updated_at": Self.time(SandboxGenerator.epoch + Int64(index) * 86_400 * 300),
            ]
        }
    }

    /// `GET /spaces`: the Private Spaces some team apps run in.
    func generateSpaces() -> [SandboxJSON] {
        references.spaces.enumerated().map { index, space in
            let team = teams[space.teamIndex]
            let region = SandboxServiceCatalog.regions[0]
            let generation = SandboxServiceCatalog.generations[0]
            return [
                "created_at": Self.time(SandboxGenerator.epoch + 86_400 * Int64(10 + index)),
                "id": .string(space.id),
                "name": .string(space.name),
                "organization": ["name": .string(team.name)],
                "team": SandboxReferences.reference(id: team.id, name: team.name),
                "region": SandboxReferences.reference(id: references.regions[region] ?? "", name: region),
                "shield": false,
                "state": "allocated",
                "updated_at": Self.time(SandboxGenerator.epoch + 86_400 * Int64(40 + index)),
                "cidr": "10.0.0.0/16",
                "data_cidr": "10.1.0.0/16",
                "generation": SandboxReferences.reference(id: references.generations[generation] ?? "", name: generation),
            ]
        }
    }

    /// `GET /pipelines` (one per six apps, at least one when there are apps) and
    /// `GET /pipeline-couplings` (about 40 % of the apps, each in one stage of one pipeline).
    func generatePipelines(apps: [SandboxJSON]) -> (pipelines: [SandboxJSON], couplings: [SandboxJSON]) {
        guard !apps.isEmpty else { return ([], []) }
        var random = randomStream(11)
        var pipelines: [SandboxJSON] = []
        for index in 0..<max(1, apps.count / 6) {
            let team = teams.isEmpty || random.chance(0.3) ? nil : random.pick(teams)
            let owner: SandboxJSON = team.map { ["id": .string($0.id), "type": "team"] }
                ?? ["id": .string(accountID), "type": "user"]
            let created = SandboxGenerator.epoch + Int64(random.int(in: 0...40_000_000))
            pipelines.append([
                "created_at": Self.time(created),
                "id": .string(random.uuid()),
                "name": .string("\(random.pick(SandboxServiceCatalog.nouns))-pipeline-\(index + 1)"),
                "owner": owner,
                "updated_at": Self.time(created + 5_000_000),
                "generation": SandboxReferences.reference(id: references.generations["cedar"] ?? "", name: "cedar"),
            ])
        }
        let stages: [SandboxJSON] = ["test", "review", "development", "staging", "production"]
        var couplings: [SandboxJSON] = []
        for app in apps where random.chance(0.4) {
            let pipeline = random.pick(pipelines)
            let created = SandboxGenerator.epoch + Int64(random.int(in: 40_000_000...60_000_000))
            couplings.append([
                "app": ["id": app["id"] ?? .null],
                "created_at": Self.time(created),
                "id": .string(random.uuid()),
                "pipeline": ["id": pipeline["id"] ?? .null],
                "stage": random.pick(stages),
                "updated_at": Self.time(created + 600),
            ])
        }
        return (pipelines, couplings)
    }
}
