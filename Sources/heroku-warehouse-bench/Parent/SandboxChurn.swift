import HerokuSandbox

/// The "1% changed" mutation of a sandbox account: app renames (which also change their
/// add-ons), add-on plan changes and app deletions (with their add-ons), about 1% of all
/// objects in total. Objects are taken from the start of the account's storage, which is in
/// generation order (ids are random, so they are spread over every page). Renames and deletes
/// are capped (20 and 10) because each costs the sandbox a pass over every add-on; plan
/// changes make up the rest of the 1%.
struct SandboxChurn: Codable, Sendable {
    var renamedApps = 0
    var changedPlans = 0
    var deletedApps = 0

    /// Mutates `server`'s account and returns what was done.
    static func apply(to server: SandboxServer) -> SandboxChurn {
        let account = server.account
        let apps = account.objects(.apps)
        let addons = account.objects(.addons)
        let total = apps.count + addons.count + account.count(.teams) + account.count(.addonServices)
        // A rename touches the app and its ~2 add-ons; a delete removes the app and its ~2 add-ons.
        // Capped: each rename or delete rewrites the sandbox's whole add-on array.
        let renames = max(1, min(apps.count / 500, 20))
        let deletes = max(1, min(apps.count / 1000, 10))
        let planChanges = max(1, total / 100 - 3 * renames - 3 * deletes)
        let plansByService = plansSeen(in: addons)

        var churn = SandboxChurn()
        server.mutate { account in
            for addon in addons.prefix(planChanges) {
                guard let id = addon["id"]?.stringValue,
                      let current = addon.value(at: ["plan", "name"])?.stringValue,
                      let service = addon.value(at: ["addon_service", "name"])?.stringValue,
                      let other = plansByService[service]?.first(where: { $0 != current })
                else { continue }
                if account.changeAddonPlan(id: id, to: other) { churn.changedPlans += 1 }
            }
            for (offset, app) in apps.prefix(renames + deletes).enumerated() {
                guard let id = app["id"]?.stringValue else { continue }
                if offset < renames {
                    if account.renameApp(id: id, to: "bench-renamed-\(offset)") { churn.renamedApps += 1 }
                } else if account.deleteApp(id: id) {
                    churn.deletedApps += 1
                }
            }
        }
        return churn
    }

    /// Every plan name (`service:plan`) seen per service, sorted.
    private static func plansSeen(in addons: [SandboxJSON]) -> [String: [String]] {
        var plans: [String: Set<String>] = [:]
        for addon in addons {
            guard let plan = addon.value(at: ["plan", "name"])?.stringValue,
                  let service = addon.value(at: ["addon_service", "name"])?.stringValue else { continue }
            plans[service, default: []].insert(plan)
        }
        return plans.mapValues { $0.sorted() }
    }
}
