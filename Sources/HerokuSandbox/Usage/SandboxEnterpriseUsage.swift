extension SandboxAccount {
    /// `GET /enterprise-accounts`: the enterprise accounts the generated teams belong to.
    func enterpriseAccounts() -> [SandboxJSON] {
        var seen: Set<String> = []
        return objects(.teams).compactMap { team -> SandboxJSON? in
            guard let id = team.value(at: ["enterprise_account", "id"])?.stringValue, seen.insert(id).inserted else { return nil }
            return [
                "id": .string(id),
                "created_at": team["created_at"] ?? .null,
                "name": team.value(at: ["enterprise_account", "name"]) ?? .null,
                "updated_at": team["updated_at"] ?? .null,
                "permissions": ["view"],
                "trial": false,
                "partner_benefits": false,
                "identity_provider": .null,
            ]
        }
    }

    /// The teams of an enterprise account.
    func teams(ofEnterprise id: String) -> [SandboxJSON] {
        objects(.teams).filter { $0.value(at: ["enterprise_account", "id"])?.stringValue == id }
    }

    /// `GET /enterprise-accounts/{id}/usage/daily|monthly`: per day (or month) the account's
    /// totals and each of its teams' usage with their apps.
    func enterpriseUsage(_ enterprise: SandboxJSON, monthly: Bool, first: SandboxDay, last: SandboxDay) -> [SandboxJSON] {
        let apps = usageApps()
        let id = enterprise["id"]?.stringValue ?? ""
        let periods: [(key: String, value: String, days: ClosedRange<SandboxDay>)] = monthly
            ? months(from: first, through: last).map { ("month", $0.monthText, $0.daysOfMonth) }
            : (first <= min(last, today) ? (first...min(last, today)).map { ("date", $0.text, $0...$0) } : [])
        return periods.map { period in
            var totals = SandboxUsageTotals()
            let teams = teams(ofEnterprise: id).map { team -> SandboxJSON in
                let teamID = team["id"]?.stringValue ?? ""
                let usage = usageObject(id: teamID, name: team["name"]?.stringValue ?? "", period: (period.key, period.value),
                                        teamID: teamID, days: period.days, apps: apps)
                totals.add(usage.totals)
                guard case .object(var object) = usage.json else { return usage.json }
                object = SandboxObject(Array(object).filter { $0.key != period.key })
                return .object(object)
            }
            return .object(SandboxObject(totals.fields + [
                (period.key, .string(period.value)), ("id", .string(id)), ("name", enterprise["name"] ?? .null),
                ("space", SandboxUsageTotals.decimal(0, places: 2)), ("teams", .array(teams)),
            ]))
        }
    }
}
