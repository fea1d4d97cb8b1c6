/// One app as the usage endpoints see it: what it consumes per day while it exists, and the
/// name it had on each day. Deleted apps keep their last state, so their past days stay.
struct SandboxUsageApp: Sendable {
    let id: String
    let teamID: String?
    /// The first day it used anything (the day it was created).
    let created: SandboxDay
    /// The day it was deleted (no usage from then on), nil while it exists.
    var deleted: SandboxDay?
    /// Its names, each from a day on, oldest first (the first from `created`).
    var names: [(from: SandboxDay, name: String)]
    /// Dyno units per month, in thousandths: the formation's quantity × the size's dyno units
    /// (a Standard-1X running all month uses 1).
    let monthlyDynoThousandths: Int
    /// First-party (`heroku-*`) add-on credits per month, in hundredths (a credit is a dollar here).
    let monthlyDataHundredths: Int
    /// Third-party add-on credits per month, in hundredths.
    let monthlyPartnerHundredths: Int

    /// Whether the app used anything on `day`.
    func exists(on day: SandboxDay) -> Bool {
        created <= day && deleted.map { day < $0 } ?? true
    }

    /// The app's name on `day`.
    func name(on day: SandboxDay) -> String {
        names.last { $0.from <= day }?.name ?? names.first?.name ?? ""
    }
}

extension SandboxAccount {
    /// Every app the usage endpoints know, live ones as they are now and deleted ones as they were.
    func usageApps() -> [SandboxUsageApp] {
        // The formations and add-ons grouped by app once, not searched for each app.
        var formations: [String: [SandboxJSON]] = [:]
        for process in objects(.formations) {
            formations[process.value(at: ["app", "id"])?.stringValue ?? "", default: []].append(process)
        }
        var addons: [String: [SandboxJSON]] = [:]
        for addon in objects(.addons) {
            addons[addon.value(at: ["app", "id"])?.stringValue ?? "", default: []].append(addon)
        }
        return objects(.apps).map { app in
            let id = app["id"]?.stringValue ?? ""
            return usageApp(app, formation: formations[id] ?? [], addons: addons[id] ?? [])
        } + deletedApps
    }

    /// The usage model of a live app, from its formation, add-ons and renames.
    func usageApp(_ app: SandboxJSON) -> SandboxUsageApp {
        let id = app["id"]?.stringValue ?? ""
        return usageApp(app, formation: objects(.formations, ofApp: id),
                        addons: objects(.addons).filter { $0.value(at: ["app", "id"])?.stringValue == id })
    }

    /// The usage model of a live app with `formation` and `addons`. Its formation and plans are
    /// taken as they are now for every day (the sandbox keeps no history of them).
    private func usageApp(_ app: SandboxJSON, formation: [SandboxJSON], addons: [SandboxJSON]) -> SandboxUsageApp {
        let id = app["id"]?.stringValue ?? ""
        let created = SandboxDay((app["created_at"]?.stringValue ?? "1970-01-01").prefix(10)) ?? SandboxDay(number: 0)
        let dynos = formation.reduce(0) { total, process in
            let quantity = Int(process["quantity"]?.numberText ?? "0") ?? 0
            let size = process.value(at: ["dyno_size", "name"])?.stringValue ?? ""
            return total + quantity * SandboxDynoSizes.dynoUnitThousandths(of: size)
        }
        var data = 0
        var partner = 0
        for addon in addons {
            let cents = Int(addon.value(at: ["billed_price", "cents"])?.numberText ?? "0") ?? 0
            if addon.value(at: ["addon_service", "name"])?.stringValue?.hasPrefix("heroku-") == true {
                data += cents
            } else {
                partner += cents
            }
        }
        let name = app["name"]?.stringValue ?? ""
        return SandboxUsageApp(id: id, teamID: app.value(at: ["team", "id"])?.stringValue, created: created,
                               deleted: nil, names: appNames[id] ?? [(created, name)], monthlyDynoThousandths: dynos,
                               monthlyDataHundredths: data, monthlyPartnerHundredths: partner)
    }
}

extension SandboxDynoSizes {
    /// A size's dyno units in thousandths (0 for an unknown size).
    static func dynoUnitThousandths(of name: String) -> Int {
        guard let size = all.first(where: { $0.name.lowercased() == name.lowercased() }),
              let units = Double(size.dynoUnits) else { return 0 }
        return Int((units * 1000).rounded())
    }
}
