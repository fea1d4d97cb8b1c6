extension SandboxGenerator {
    /// The add-on services (`GET /addon-services`) and their plans.
    func generateServices() -> ([SandboxJSON], [String: [SandboxPlan]]) {
        var random = randomStream(4)
        var services: [SandboxJSON] = []
        var plans: [String: [SandboxPlan]] = [:]
        for index in 0..<configuration.addonServices {
            let template = SandboxServiceCatalog.service(at: index)
            let id = random.uuid()
            let created = SandboxGenerator.epoch - 86_400 * 3_000 + Int64(random.int(in: 0...90_000_000))
            let generations: [SandboxJSON] = SandboxServiceCatalog.generations.prefix(index % 3 == 0 ? 2 : 1).map {
                ["id": .string(references.generations[$0] ?? ""), "name": .string($0)]
            }
            var service: SandboxJSON = [
                "cli_plugin_name": template.cliPluginName.map(SandboxJSON.string) ?? .null,
                "created_at": Self.time(created),
                "human_name": .string(template.humanName),
                "id": .string(id),
                "name": .string(template.name),
                "state": index % 5 == 4 ? "beta" : "ga",
                "supports_multiple_installations": .bool(index % 2 == 0),
                "supports_sharing": .bool(index % 3 != 2),
                "updated_at": Self.time(created + 30_000_000 + Int64(index) * 3_600),
                "supported_generations": .array(generations),
            ]
            if index == 2 { service.setValue(1, at: ["sandbox_extra"]) }
            services.append(service)
            plans[template.name] = template.plans.map { plan in
                SandboxPlan(service: template.name, name: plan.0, id: random.uuid(), cents: plan.1)
            }
        }
        return (services, plans)
    }
}
