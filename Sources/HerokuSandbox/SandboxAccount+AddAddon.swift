extension SandboxAccount {
    /// Adds a generated add-on, shaped like the others, to an app.
    ///
    /// ```swift
    /// // One that sorts after every generated add-on (ids are lower-case hex):
    /// server.mutate { $0.addAddon(id: "ffffffff-ffff-4fff-bfff-ffffffffffff") }
    /// ```
    /// - Parameters:
    ///   - appID: the owning app's id or name; nil picks the first app.
    ///   - id: the add-on's id; nil generates one.
    /// - Returns: the new add-on's id, or nil when there is no such app or no add-on service.
    @discardableResult
    public mutating func addAddon(appID: String? = nil, id: String? = nil) -> String? {
        let owner = if let appID { object(.apps, idOrName: appID) } else { objects(.apps).first }
        guard let app = owner, let service = objects(.addonServices).first,
              let plan = plans[service["name"]?.stringValue ?? ""]?.first
        else { return nil }
        addonSerial += 1
        var random = mutationRandom
        var addon = SandboxGenerator(configuration: configuration).makeAddon(
            index: configuration.effectiveAddons + addonSerial - 1, app: app, service: service, plan: plan,
            configVar: SandboxServiceCatalog.service(at: 0).configVar, id: id, random: &random)
        mutationRandom = random
        let now = tick()
        addon.setValue(now, at: ["created_at"])
        addon.setValue(now, at: ["updated_at"])
        storage[.addons, default: []].append(addon)
        return addon["id"]?.stringValue
    }
}
