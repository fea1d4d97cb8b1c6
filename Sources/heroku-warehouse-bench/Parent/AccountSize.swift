import HerokuSandbox

/// One benchmarked account size: add-ons, with apps, teams and services in proportion.
struct AccountSize: Codable, Sendable {
    var addons: Int
    var apps: Int
    var teams: Int
    var addonServices: Int

    /// apps = addons / 2, teams = max(3, apps / 100), services = max(12, addons / 1000).
    init(addons: Int) {
        self.addons = addons
        apps = max(1, addons / 2)
        teams = max(3, apps / 100)
        addonServices = max(12, addons / 1000)
    }

    /// The sandbox configuration: a realistic rate-limit bucket (4,500, refilled before each
    /// phase by the bench), pages of up to 1,000 objects, no added latency.
    func configuration(seed: UInt64) -> SandboxConfiguration {
        SandboxConfiguration(seed: seed, apps: apps, teams: teams, addons: addons, addonServices: addonServices)
    }
}
