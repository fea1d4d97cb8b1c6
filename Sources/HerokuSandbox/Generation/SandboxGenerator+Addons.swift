extension SandboxGenerator {
    /// The add-ons (`GET /addons`), each attached to a random app.
    func generateAddons(apps: [SandboxJSON], services: [SandboxJSON],
                        plans: [String: [SandboxPlan]]) -> [SandboxJSON] {
        guard !apps.isEmpty, !services.isEmpty else { return [] }
        var random = randomStream(5)
        var installs: [String: Int] = [:] // "appID service" -> count so far
        var result: [SandboxJSON] = []
        for index in 0..<configuration.effectiveAddons {
            let app = apps[random.int(in: 0...(apps.count - 1))]
            // Earlier services (Postgres, Key-Value Store) are the most common, as on Heroku.
            let serviceIndex = random.chance(0.5) ? random.int(in: 0...min(1, services.count - 1))
                : random.int(in: 0...(services.count - 1))
            let service = services[serviceIndex]
            let serviceName = service["name"]?.stringValue ?? ""
            let template = SandboxServiceCatalog.service(at: serviceIndex)
            let plan = random.pick(plans[serviceName] ?? [])
            let appID = app["id"]?.stringValue ?? ""
            let key = "\(appID) \(serviceName)"
            let installNumber = installs[key, default: 0]
            installs[key] = installNumber + 1
            let configVar = installNumber == 0 ? template.configVar
                : String(serviceName.uppercased().map { $0 == "-" ? "_" : $0 }) + "_"
                    + SandboxServiceCatalog.colors[installNumber % SandboxServiceCatalog.colors.count] + "_URL"
            result.append(makeAddon(index: index, app: app, service: service, plan: plan,
                                    configVar: configVar, random: &random))
        }
        return result
    }

    /// One add-on of `app`; `id` nil draws one from `random`.
    func makeAddon(index: Int, app: SandboxJSON, service: SandboxJSON, plan: SandboxPlan,
                   configVar: String, id: String? = nil, random: inout SplitMix64) -> SandboxJSON {
        let id = id ?? random.uuid()
        let appID = app["id"]?.stringValue ?? ""
        let appName = app["name"]?.stringValue ?? ""
        let shortName = plan.service.hasPrefix("heroku-") ? String(plan.service.dropFirst(7)) : plan.service
        let name = "\(shortName)-\(random.pick(SandboxServiceCatalog.adjectives))-\(10_000 + index)"
        let teamReference = app["team"] ?? .null
        let billingEntity: SandboxJSON = if !teamReference.isNull, random.chance(0.5) {
            ["id": teamReference["id"] ?? .null, "name": teamReference["name"] ?? .null, "type": "team"]
        } else {
            ["id": .string(appID), "name": .string(appName), "type": "app"]
        }
        let billedPrice: SandboxJSON = random.chance(0.1) ? .null
            : ["cents": .int(plan.cents), "contract": .bool(random.chance(0.05)), "unit": "month"]
        let actions: SandboxJSON = random.chance(0.2)
            ? [["id": .string(random.uuid()), "label": "Open dashboard", "action": "open-dashboard",
                "url": "https://example.com?resource_id=:resource_id", "requires_owner": true]]
            : []
        let created = SandboxGenerator.epoch + Int64(random.int(in: 0...50_000_000))
        let updated = SandboxGenerator.epoch + 70_000_000 + Int64(index) * 60 + Int64(random.int(in: 0...59))
        let providerID = String(random.next() % 0xFFFF_FFFF, radix: 16)
        var addon: SandboxJSON = [
            "actions": actions,
            "addon_service": ["id": service["id"] ?? .null, "name": .string(plan.service)],
            "billing_entity": billingEntity,
            "app": ["id": .string(appID), "name": .string(appName)],
            "billed_price": billedPrice,
            "config_vars": [.string(configVar)],
            "created_at": Self.time(created),
            "id": .string(id),
            "name": .string(name),
            "plan": ["id": .string(plan.id), "name": .string(plan.fullName)],
            "provider_id": .string(providerID),
            "provision_message": random.chance(0.2) ? "Provisioned — ready in a minute ✓" : "",
            "state": random.chance(0.05) ? "provisioning" : "provisioned",
            "updated_at": Self.time(updated),
            "web_url": random.chance(0.9) ? .string("https://addons-sso.heroku.com/apps/\(appID)/addons/\(id)") : .null,
        ]
        if index % 11 == 5 { addon.setValue(1, at: ["sandbox_extra"]) }
        return addon
    }
}
