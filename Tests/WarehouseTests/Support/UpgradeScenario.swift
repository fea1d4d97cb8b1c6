import HerokuSandbox

/// Three loads with a rename, a plan change, two widenings, a delete and an addition: the
/// account behind `Fixtures/schema-v10.sql`, a warehouse written by the release before
/// system-versioned tables (schema version 10), which the upgrade test restores.
///
/// `UpgradeFixtureWriter` wrote that file with the release of commit 5928ecd; the upgrade
/// test replays the same mutations on a fresh sandbox to reload the account after upgrading.
enum UpgradeScenario {
    static let configuration = SandboxConfiguration(seed: 31, apps: 8, teams: 1, addons: 12)

    /// The mutations applied before load `number` (2 or 3) of the scenario.
    static func mutate(before number: Int, _ account: inout SandboxAccount) {
        let apps = account.objects(.apps)
        switch number {
        case 2:
            let renamed = apps[0]["id"]?.stringValue ?? ""
            _ = account.renameApp(id: renamed, to: "renamed-in-load-2")
            let addon = account.objects(.addons)[0]
            let service = addon.value(at: ["addon_service", "name"])?.stringValue ?? ""
            _ = account.setField(resource: .addons, id: addon["id"]?.stringValue ?? "", path: ["plan", "name"],
                                 value: .string("\(service):premium-9"))
            // bigint → numeric
            _ = account.setField(resource: .apps, id: apps[2]["id"]?.stringValue ?? "", path: ["repo_size"],
                                 value: .number("1234.5"))
        case 3:
            _ = account.deleteApp(id: apps[1]["id"]?.stringValue ?? "")
            _ = account.addApp(name: "added-in-load-3")
            // bigint → text
            let addon = account.objects(.addons)[1]
            _ = account.setField(resource: .addons, id: addon["id"]?.stringValue ?? "", path: ["billed_price", "cents"],
                                 value: "free")
        default:
            break
        }
    }
}
