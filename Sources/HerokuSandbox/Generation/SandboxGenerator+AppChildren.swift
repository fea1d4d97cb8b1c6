extension SandboxGenerator {
    /// The per-app lists: releases (about one app in seven has none), formation (about one in
    /// seven has none, some have quantity 0), domains (a `herokuapp.com` one each, some custom)
    /// and collaborators (the owner plus up to two people).
    func generateAppChildren(apps: [SandboxJSON], addons: [SandboxJSON], users: [SandboxUser])
        -> (releases: [SandboxJSON], formations: [SandboxJSON], domains: [SandboxJSON], collaborators: [SandboxJSON])
    {
        var random = randomStream(13)
        var releases: [SandboxJSON] = []
        var formations: [SandboxJSON] = []
        var domains: [SandboxJSON] = []
        var collaborators: [SandboxJSON] = []
        let sizes = SandboxDynoSizes.formationSizes
        // The sizes' ids were once drawn here: still drawn, so every later value stays as it was.
        for _ in sizes { _ = random.uuid() }
        var plansByApp: [String: [SandboxJSON]] = [:]
        for addon in addons {
            guard let plan = addon.value(at: ["plan", "name"]) else { continue }
            plansByApp[addon.value(at: ["app", "id"])?.stringValue ?? "", default: []].append(plan)
        }
        for app in apps {
            let appID = app["id"]?.stringValue ?? ""
            let appName = app["name"]?.stringValue ?? ""
            let appReference: SandboxJSON = ["id": .string(appID), "name": .string(appName)]
            let plans = plansByApp[appID] ?? []

            let releaseCount = random.chance(0.15) ? 0 : random.int(in: 1...6)
            var time = SandboxGenerator.epoch + Int64(random.int(in: 0...60_000_000))
            for version in 1...max(1, releaseCount) where releaseCount > 0 {
                time += Int64(random.int(in: 3_600...3_000_000))
                let user = random.pick(users)
                releases.append([
                    "addon_plan_names": .array(plans),
                    "artifacts": version == 1 ? [] : [["type": "slug", "id": .string(random.uuid())]],
                    "app": appReference,
                    "created_at": Self.time(time),
                    "description": version == 1 ? "Initial release" : .string("Deploy \(String(random.next() % 0xFFFFFFF, radix: 16))"),
                    "id": .string(random.uuid()),
                    "updated_at": Self.time(time + 30),
                    "slug": version == 1 ? .null : ["id": .string(random.uuid())],
                    "status": random.chance(0.9) ? "succeeded" : "failed",
                    "user": ["id": .string(user.id), "email": .string(user.email)],
                    "version": .int(version),
                    "current": .bool(version == releaseCount),
                    "eligible_for_rollback": .bool(version < releaseCount),
                    "output_stream_url": random.chance(0.5)
                        ? .string("https://busl.heroku.com/streams/\(random.uuid())?token=secret-\(random.uuid())") : .null,
                ])
            }

            if !random.chance(0.15) {
                for type in random.chance(0.4) ? ["web", "worker"] : ["web"] {
                    let size = random.pick(sizes)
                    let created = SandboxGenerator.epoch + Int64(random.int(in: 0...60_000_000))
                    formations.append([
                        "app": appReference,
                        "command": type == "web" ? "bundle exec puma -C config/puma.rb" : "bundle exec sidekiq",
                        "created_at": Self.time(created),
                        "dyno_size": ["id": .string(SandboxDynoSizes.id(of: size)), "name": .string(size)],
                        "id": .string(random.uuid()),
                        "quantity": .int(random.int(in: 0...3)),
                        "size": .string(size),
                        "type": .string(type),
                        "updated_at": Self.time(created + 600),
                    ])
                }
            }

            let herokuHost = app["web_url"]?.stringValue.map { String($0.dropFirst(8).dropLast()) }
                ?? "\(appName).herokuapp.com"
            var hosts: [(String, Bool)] = [(herokuHost, false)]
            if random.chance(0.3) { hosts.append(("www.\(appName).example.com", true)) }
            for (host, custom) in hosts {
                let created = SandboxGenerator.epoch + Int64(random.int(in: 0...60_000_000))
                let certified = custom && random.chance(0.6)
                domains.append([
                    "acm_status": certified ? "cert issued" : .null,
                    "acm_status_reason": .null,
                    "app": appReference,
                    "cname": custom ? .string("\(random.pick(SandboxServiceCatalog.nouns))-\(random.int(in: 100...999)).herokudns.com") : .null,
                    "created_at": Self.time(created),
                    "hostname": .string(host),
                    "id": .string(random.uuid()),
                    "kind": custom ? "custom" : "heroku",
                    "updated_at": Self.time(created + 120),
                    "status": custom && !certified ? "pending" : "succeeded",
                    "sni_endpoint": certified ? ["name": .string("sni-\(appName)"), "id": .string(random.uuid())] : .null,
                ])
            }

            let isTeamApp = app["team"]?.isNull == false
            let ownerEmail = app.value(at: ["owner", "email"])?.stringValue ?? ""
            var people = [SandboxUser(id: app.value(at: ["owner", "id"])?.stringValue ?? "", email: ownerEmail, name: nil)]
            for _ in 0..<random.int(in: 0...2) {
                let user = random.pick(users)
                if !people.contains(where: { $0.id == user.id }) { people.append(user) }
            }
            for (index, person) in people.enumerated() {
                let created = SandboxGenerator.epoch + Int64(random.int(in: 0...60_000_000))
                let permissions: SandboxJSON = isTeamApp
                    ? [["name": "view", "description": "Can view the app"],
                       ["name": "deploy", "description": "Can deploy the app"]]
                    : []
                collaborators.append([
                    "app": appReference,
                    "created_at": Self.time(created),
                    "id": .string(random.uuid()),
                    "permissions": permissions,
                    "role": index == 0 ? "owner" : (isTeamApp ? "member" : .null),
                    "updated_at": Self.time(created + 60),
                    "user": ["email": .string(person.email), "federated": false, "id": .string(person.id)],
                ])
            }
        }
        return (releases, formations, domains, collaborators)
    }
}
