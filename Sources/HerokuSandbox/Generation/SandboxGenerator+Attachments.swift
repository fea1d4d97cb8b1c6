extension SandboxGenerator {
    /// `GET /addon-attachments`: every add-on attached to its own app under its config var's
    /// name, and about one in five also shared with another app. Each carries a
    /// `log_input_url` with an embedded token, as Heroku's does (the loader must drop it).
    func generateAttachments(addons: [SandboxJSON], apps: [SandboxJSON]) -> [SandboxJSON] {
        var random = randomStream(12)
        var result: [SandboxJSON] = []
        var appIndex: [String: Int] = [:]
        for (index, app) in apps.enumerated() { appIndex[app["id"]?.stringValue ?? ""] = index }
        for addon in addons {
            let ownerID = addon.value(at: ["app", "id"])?.stringValue ?? ""
            let configVar = addon["config_vars"]?.arrayValue?.first?.stringValue ?? "ADDON_URL"
            let baseName = configVar.hasSuffix("_URL") ? String(configVar.dropLast(4)) : configVar
            let ownerIndex = appIndex[ownerID]
            var targets: [(app: SandboxJSON?, name: String)] = [(ownerIndex.map { apps[$0] }, baseName)]
            if apps.count > 1, random.chance(0.2) {
                // Another app than the owner, uniformly (without building the list of others).
                var other = random.int(in: 0...(apps.count - (ownerIndex == nil ? 1 : 2)))
                if let ownerIndex, other >= ownerIndex { other += 1 }
                targets.append((apps[other], "SHARED_" + baseName))
            }
            for target in targets {
                guard let app = target.app else { continue }
                let created = SandboxGenerator.epoch + Int64(random.int(in: 50_000_000...60_000_000))
                let id = random.uuid()
                result.append([
                    "addon": [
                        "id": addon["id"] ?? .null,
                        "name": addon["name"] ?? .null,
                        "app": ["id": addon.value(at: ["app", "id"]) ?? .null, "name": addon.value(at: ["app", "name"]) ?? .null],
                    ],
                    "app": ["id": app["id"] ?? .null, "name": app["name"] ?? .null],
                    "created_at": Self.time(created),
                    "id": .string(id),
                    "name": .string(target.name),
                    "namespace": random.chance(0.1) ? "credential:readonly" : .null,
                    "updated_at": Self.time(created + 60),
                    "web_url": random.chance(0.8)
                        ? .string("https://addons-sso.heroku.com/apps/\(app["id"]?.stringValue ?? "")/addons/\(addon["id"]?.stringValue ?? "")")
                        : .null,
                    "log_input_url": .string("https://token:t.\(random.uuid())@1.us.logplex.io/logs"),
                ])
            }
        }
        return result
    }
}
