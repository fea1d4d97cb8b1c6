/// A person of the generated account: team member, collaborator, releaser.
struct SandboxUser: Sendable, Hashable {
    let id: String
    let email: String
    let name: String?
}

extension SandboxGenerator {
    /// The people of the account: the owner first, then a few more per team.
    func generateUsers() -> [SandboxUser] {
        var random = randomStream(14)
        var users = [SandboxUser(id: accountID, email: configuration.accountEmail, name: "Zoë Sandbox-Owner")]
        let first = ["ada", "bruno", "chloé", "dev", "emeka", "fatima", "gus", "hana", "ivan", "jun"]
        for index in 0..<(4 + teams.count * 2) {
            let given = first[index % first.count]
            let email = "\(given.replacingOccurrences(of: "é", with: "e")).\(index + 1)@sandbox.example"
            users.append(SandboxUser(id: random.uuid(), email: email,
                                     name: random.chance(0.8) ? "\(given.capitalized) Example" : nil))
        }
        return users
    }

    /// `GET /teams/{team}/members` by team id: the owner and two to five others per team,
    /// about 30 % of them without two-factor authentication. A member's `id` is the person's,
    /// so it repeats across teams.
    func generateMembers(teamObjects: [SandboxJSON], users: [SandboxUser]) -> [String: [SandboxJSON]] {
        var random = randomStream(15)
        var result: [String: [SandboxJSON]] = [:]
        var twoFactor: [String: Bool] = [:]
        for user in users { twoFactor[user.id] = user.id == accountID || random.chance(0.7) }
        for team in teamObjects {
            let teamID = team["id"]?.stringValue ?? ""
            var people = [users[0]]
            for _ in 0..<random.int(in: 2...5) {
                let user = random.pick(Array(users.dropFirst()))
                if !people.contains(user) { people.append(user) }
            }
            let provider = team["identity_provider"] ?? .null
            result[teamID] = people.enumerated().map { index, user in
                let created = SandboxGenerator.epoch + Int64(random.int(in: 0...50_000_000))
                let identityProvider: SandboxJSON = provider.isNull ? .null : [
                    "id": provider["id"] ?? .null, "name": provider["name"] ?? .null, "redacted": false,
                    "owner": provider["owner"] ?? .null,
                ]
                return [
                    "created_at": Self.time(created),
                    "email": .string(user.email),
                    "federated": .bool(!provider.isNull),
                    "id": .string(user.id),
                    "identity_provider": identityProvider,
                    "role": index == 0 ? "admin" : random.pick(["member", "collaborator", "owner", .null] as [SandboxJSON]),
                    "two_factor_authentication": .bool(twoFactor[user.id] ?? false),
                    "updated_at": Self.time(created + 3_600),
                    "user": ["email": .string(user.email), "id": .string(user.id),
                             "name": user.name.map(SandboxJSON.string) ?? .null],
                ]
            }
        }
        return result
    }
}
