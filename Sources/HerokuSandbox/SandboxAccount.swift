/// A generated Heroku account: the account object, teams, apps, add-on services and
/// add-ons, stored as ordered JSON exactly as the sandbox serves them.
///
/// Generation is deterministic: the same configuration (seed included) gives
/// byte-identical JSON. Every documented property of the `account`, `team`, `app`,
/// `add-on` and `add-on-service` resources is present in every object; nullable ones
/// are sometimes `null`, and a few objects carry an undocumented `sandbox_extra` key.
public struct SandboxAccount: Sendable {
    /// The configuration this account was generated from.
    public let configuration: SandboxConfiguration
    var storage: [SandboxResource: [SandboxJSON]] = [:]
    /// Team members by team id (a member object does not name its team).
    var teamMembers: [String: [SandboxJSON]] = [:]
    /// The plans of every add-on service, keyed by service name.
    var plans: [String: [SandboxPlan]] = [:]
    /// Shared reference objects (regions, stacks, generations) by name.
    var references = SandboxReferences()
    /// Random source for mutations (e.g. ``addApp(name:teamName:)``), seeded from the configuration.
    var mutationRandom: SplitMix64
    /// The clock of mutations: each one moves `updated_at` past every generated timestamp.
    var mutationClock: Int64 = SandboxGenerator.latestTimestamp
    /// Number of apps ever created (names and timestamps of new apps stay unique).
    var appSerial = 0
    /// Number of add-ons added by mutations (their names stay unique).
    var addonSerial = 0
    /// The last day the usage endpoints report (``SandboxConfiguration/usageToday``, else today in UTC).
    var today: SandboxDay
    /// Renamed apps' names by id, each from the day of its rename (the first from the app's creation).
    var appNames: [String: [(from: SandboxDay, name: String)]] = [:]
    /// Deleted apps as the usage endpoints still report them for the days they existed.
    var deletedApps: [SandboxUsageApp] = []

    /// Generates an account.
    public init(configuration: SandboxConfiguration = SandboxConfiguration()) {
        self.configuration = configuration
        mutationRandom = SplitMix64(seed: configuration.seed, stream: 99)
        today = configuration.usageToday.flatMap { SandboxDay($0[...]) } ?? .today
        var generator = SandboxGenerator(configuration: configuration)
        generator.generate(into: &self)
    }

    /// Generates an account with the default configuration and the given seed and sizes.
    public init(seed: UInt64, apps: Int = 20, teams: Int = 3, addons: Int? = nil, addonServices: Int = 12) {
        self.init(configuration: SandboxConfiguration(
            seed: seed, apps: apps, teams: teams, addons: addons, addonServices: addonServices))
    }

    /// The objects of a resource, in insertion order (the account is a one-element list;
    /// per-app lists hold every app's objects, team members every team's, team by team).
    public func objects(_ resource: SandboxResource) -> [SandboxJSON] {
        if resource == .teamMembers {
            return objects(.teams).flatMap { members(ofTeam: $0["id"]?.stringValue ?? "") }
        }
        return storage[resource] ?? []
    }

    /// The number of objects of a resource.
    public func count(_ resource: SandboxResource) -> Int {
        objects(resource).count
    }

    /// The members of one team (`GET /teams/{team}/members`), by team id.
    public func members(ofTeam teamID: String) -> [SandboxJSON] {
        teamMembers[teamID] ?? []
    }

    /// The objects of a per-app resource (releases, formation, domains, collaborators) of one app.
    public func objects(_ resource: SandboxResource, ofApp appID: String) -> [SandboxJSON] {
        objects(resource).filter { $0.value(at: ["app", "id"])?.stringValue == appID }
    }

    /// The account object (`GET /account`).
    public var accountObject: SandboxJSON {
        storage[.account]?.first ?? .object(SandboxObject())
    }

    /// The object whose `id` or `name` is `identifier`, as the API resolves `{app}` and `{team}`.
    public func object(_ resource: SandboxResource, idOrName identifier: String) -> SandboxJSON? {
        let objects = self.objects(resource)
        return objects.first { $0["id"]?.stringValue == identifier }
            ?? objects.first { $0["name"]?.stringValue == identifier }
    }

    /// The last day the usage endpoints report, `YYYY-MM-DD`: set it to move the account's
    /// calendar (renames and deletions take effect on this day).
    public var usageToday: String {
        get { today.text }
        set { today = SandboxDay(newValue[...]) ?? today }
    }

    func index(_ resource: SandboxResource, id: String) -> Int? {
        storage[resource]?.firstIndex { $0["id"]?.stringValue == id }
    }
}

/// One plan of an add-on service.
struct SandboxPlan: Sendable, Hashable {
    let service: String
    let name: String
    let id: String
    let cents: Int

    /// The plan's full name, `service:plan`.
    var fullName: String { "\(service):\(name)" }
}

/// Shared `{id, name}` reference objects.
struct SandboxReferences: Sendable {
    var regions: [String: String] = [:]
    var stacks: [String: String] = [:]
    var generations: [String: String] = [:]
    var spaces: [(id: String, name: String, teamIndex: Int)] = []

    static func reference(id: String, name: String) -> SandboxJSON {
        ["id": .string(id), "name": .string(name)]
    }
}
