extension SandboxAccount {
    /// Advances the mutation clock and returns the new `updated_at` value.
    mutating func tick() -> SandboxJSON {
        mutationClock += 60
        return .string(SandboxFormat.timestamp(secondsSinceEpoch: mutationClock))
    }

    /// Renames an app (also its `git_url` and the `app.name` of its add-ons).
    /// - Returns: false if no app has that id.
    @discardableResult
    public mutating func renameApp(id: String, to newName: String) -> Bool {
        guard let index = index(.apps, id: id) else { return false }
        let now = tick()
        var app = storage[.apps]![index]
        // Usage names the app as it was on each day: the new name from today on.
        var names = usageApp(app).names.filter { $0.from < today }
        names.append((today, newName))
        appNames[id] = names
        app.setValue(.string(newName), at: ["name"])
        app.setValue(.string("https://git.heroku.com/\(newName).git"), at: ["git_url"])
        app.setValue(now, at: ["updated_at"])
        storage[.apps]![index] = app
        // The app's own lists name it as it is now (releases, formation, domains, collaborators).
        for resource in [SandboxResource.releases, .formations, .domains, .collaborators] {
            storage[resource] = objects(resource).map { child in
                guard child.value(at: ["app", "id"])?.stringValue == id else { return child }
                var child = child
                child.setValue(.string(newName), at: ["app", "name"])
                return child
            }
        }
        storage[.addons] = objects(.addons).map { addon in
            guard addon.value(at: ["app", "id"])?.stringValue == id else { return addon }
            var addon = addon
            addon.setValue(.string(newName), at: ["app", "name"])
            if addon.value(at: ["billing_entity", "id"])?.stringValue == id {
                addon.setValue(.string(newName), at: ["billing_entity", "name"])
            }
            addon.setValue(now, at: ["updated_at"])
            return addon
        }
        return true
    }

    /// Deletes an app, its add-ons and everything of the app (attachments, releases, formation,
    /// domains, collaborators, pipeline couplings).
    /// - Returns: false if no app has that id.
    @discardableResult
    public mutating func deleteApp(id: String) -> Bool {
        guard let index = index(.apps, id: id) else { return false }
        // Usage keeps reporting the app for the days before today.
        var gone = usageApp(storage[.apps]![index])
        gone.deleted = today
        deletedApps.append(gone)
        storage[.apps]!.remove(at: index)
        storage[.addons] = objects(.addons).filter { $0.value(at: ["app", "id"])?.stringValue != id }
        for resource in [SandboxResource.addonAttachments, .releases, .formations, .domains, .collaborators] {
            storage[resource] = objects(resource).filter {
                $0.value(at: ["app", "id"])?.stringValue != id && $0.value(at: ["addon", "app", "id"])?.stringValue != id
            }
        }
        storage[.pipelineCouplings] = objects(.pipelineCouplings).filter { $0.value(at: ["app", "id"])?.stringValue != id }
        return true
    }

    /// Adds a generated app, shaped like the others.
    /// - Parameters:
    ///   - name: the app name; nil generates a unique one.
    ///   - teamName: the owning team's name; nil makes a personal app.
    /// - Returns: the new app's id.
    @discardableResult
    public mutating func addApp(name: String? = nil, teamName: String? = nil) -> String {
        appSerial += 1
        var generator = SandboxGenerator(configuration: configuration)
        generator.references = references
        generator.teams = objects(.teams).map { ($0["id"]?.stringValue ?? "", $0["name"]?.stringValue ?? "") }
        generator.accountID = accountObject["id"]?.stringValue ?? ""
        let team = teamName.flatMap { wanted in generator.teams.first { $0.name == wanted } }
        let appName = name ?? "added-app-\(appSerial)"
        var random = mutationRandom
        var app = generator.makeApp(index: appSerial - 1, name: appName, team: team, random: &random)
        mutationRandom = random
        if team == nil {
            app.setValue(.null, at: ["organization"])
            app.setValue(.null, at: ["team"])
            app.setValue(.null, at: ["space"])
            app.setValue(.null, at: ["internal_routing"])
            app.setValue(["email": .string(configuration.accountEmail), "id": .string(generator.accountID)],
                         at: ["owner"])
        }
        let now = tick()
        app.setValue(now, at: ["created_at"])
        app.setValue(now, at: ["updated_at"])
        storage[.apps, default: []].append(app)
        return app["id"]?.stringValue ?? ""
    }

    /// Moves an add-on to another plan of its service (`plan`, `billed_price.cents`, `updated_at`).
    /// - Parameter plan: the plan name, `essential-1` or `heroku-postgresql:essential-1`.
    /// - Returns: false if the add-on or the plan does not exist.
    @discardableResult
    public mutating func changeAddonPlan(id: String, to plan: String) -> Bool {
        guard let index = index(.addons, id: id) else { return false }
        var addon = storage[.addons]![index]
        let service = addon.value(at: ["addon_service", "name"])?.stringValue ?? ""
        let planName = plan.hasPrefix("\(service):") ? String(plan.dropFirst(service.count + 1)) : plan
        guard let newPlan = plans[service]?.first(where: { $0.name == planName }) else { return false }
        addon.setValue(["id": .string(newPlan.id), "name": .string(newPlan.fullName)], at: ["plan"])
        if addon["billed_price"]?.isNull == false {
            addon.setValue(.int(newPlan.cents), at: ["billed_price", "cents"])
        }
        addon.setValue(tick(), at: ["updated_at"])
        storage[.addons]![index] = addon
        return true
    }

    /// Changes one of an app's own objects (a process type of its formation, a domain, a
    /// collaborator, a release) at `path`, and with `touchingApp` the app's `updated_at` too.
    /// Heroku documents no link between such a change and the app's timestamps: a load must
    /// find it whether or not the app shows it.
    /// - Returns: false if no object of `resource` has that id or it names no app.
    @discardableResult
    public mutating func setChildField(resource: SandboxResource, id: String, path: [String], value: SandboxJSON,
                                       touchingApp: Bool) -> Bool {
        guard let index = index(resource, id: id),
              let appID = storage[resource]![index].value(at: ["app", "id"])?.stringValue,
              let appIndex = self.index(.apps, id: appID) else { return false }
        let now = tick()
        storage[resource]![index].setValue(value, at: path)
        storage[resource]![index].setValue(now, at: ["updated_at"])
        if touchingApp { storage[.apps]![appIndex].setValue(now, at: ["updated_at"]) }
        return true
    }

    /// Sets any value at a path of any object: a new key, a changed type, anything.
    /// - Returns: false if no object of `resource` has that id.
    @discardableResult
    public mutating func setField(resource: SandboxResource, id: String, path: [String], value: SandboxJSON) -> Bool {
        guard let index = index(resource, id: id) else { return false }
        storage[resource]![index].setValue(value, at: path)
        return true
    }

    /// Removes the key at a path of an object.
    /// - Returns: false if the object or the key does not exist.
    @discardableResult
    public mutating func removeField(resource: SandboxResource, id: String, path: [String]) -> Bool {
        guard let index = index(resource, id: id) else { return false }
        return storage[resource]![index].removeValue(at: path)
    }

    /// Appends an arbitrary object to a resource (for `.account`, replaces the account object).
    public mutating func insertObject(resource: SandboxResource, _ json: SandboxJSON) {
        if resource == .account {
            storage[.account] = [json]
        } else {
            storage[resource, default: []].append(json)
        }
    }

    /// Removes the object with that id.
    /// - Returns: false if there was none.
    @discardableResult
    public mutating func removeObject(resource: SandboxResource, id: String) -> Bool {
        guard let index = index(resource, id: id) else { return false }
        storage[resource]!.remove(at: index)
        return true
    }
}
