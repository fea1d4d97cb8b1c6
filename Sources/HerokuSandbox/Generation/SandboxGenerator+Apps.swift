extension SandboxGenerator {
    /// One app (`GET /apps` element). Personal apps have `team`, `organization` and `space` null.
    func makeApp(index: Int, random: inout SplitMix64) -> SandboxJSON {
        let adjective = random.pick(SandboxServiceCatalog.adjectives)
        let noun = random.pick(SandboxServiceCatalog.nouns)
        let name = "\(adjective)-\(noun)-\(index + 1)"
        return makeApp(index: index, name: name, team: nil, random: &random)
    }

    /// One app with a given name; `team` nil lets the generator decide (about half are team apps).
    func makeApp(index: Int, name: String, team requested: (id: String, name: String)?,
                 random: inout SplitMix64) -> SandboxJSON {
        let id = random.uuid()
        let team = requested ?? (teams.isEmpty || random.chance(0.5) ? nil : random.pick(teams))
        let teamReference: SandboxJSON = team.map { SandboxReferences.reference(id: $0.id, name: $0.name) } ?? .null
        let space = references.spaces.first { team?.id == teams[$0.teamIndex].id && random.chance(0.4) }
        let spaceReference: SandboxJSON = space.map { space -> SandboxJSON in
            ["id": .string(space.id), "name": .string(space.name), "shield": false]
        } ?? .null
        let owner: SandboxJSON = team.map { team -> SandboxJSON in
            ["email": .string("\(team.name)@herokumanager.com"), "id": .string(team.id)]
        } ?? ["email": .string(configuration.accountEmail), "id": .string(accountID)]
        let region = random.pick(SandboxServiceCatalog.regions)
        let stack = random.pick(SandboxServiceCatalog.stacks)
        let generation = random.chance(0.8) ? "cedar" : "fir"
        let created = SandboxGenerator.epoch + Int64(random.int(in: 0...40_000_000))
        let updated = SandboxGenerator.epoch + 60_000_000 + Int64(index) * 3_600 + Int64(random.int(in: 0...3_599))
        let released: SandboxJSON = random.chance(0.9) ? Self.time(updated - 600) : .null
        let archived: SandboxJSON = random.chance(0.1) ? Self.time(updated - 60) : .null
        let suffix = String(random.next() % 0xFFFF_FFFF_FFFF, radix: 16)
        let stackReference = SandboxReferences.reference(id: references.stacks[stack] ?? "", name: stack)
        var app: SandboxJSON = [
            "acm": .bool(random.chance(0.3)),
            "archived_at": archived,
            "buildpack_provided_description": random.pick(SandboxServiceCatalog.buildpackDescriptions)
                .map(SandboxJSON.string) ?? .null,
            "build_stack": stackReference,
            "created_at": Self.time(created),
            "generation": SandboxReferences.reference(id: references.generations[generation] ?? "", name: generation),
            "git_url": .string("https://git.heroku.com/\(name).git"),
            "id": .string(id),
            "internal_routing": space == nil ? .null : .bool(random.chance(0.5)),
            "maintenance": .bool(random.chance(0.1)),
            "name": .string(name),
            "owner": owner,
            "organization": teamReference,
            "team": teamReference,
            "region": SandboxReferences.reference(id: references.regions[region] ?? "", name: region),
            "released_at": released,
            "repo_size": random.chance(0.8) ? .int(random.int(in: 10_000...90_000_000)) : .null,
            "slug_size": random.chance(0.8) ? .int(random.int(in: 1_000_000...500_000_000)) : .null,
            "space": spaceReference,
            "stack": stackReference,
            "updated_at": Self.time(updated),
            "web_url": random.chance(0.95) ? .string("https://\(name)-\(suffix).herokuapp.com/") : .null,
        ]
        if index % 7 == 3 { app.setValue(1, at: ["sandbox_extra"]) }
        return app
    }
}
