extension SandboxAccount {
    /// Months invoiced: the twelve complete months before today's.
    private var invoicedMonths: [SandboxDay] {
        let thisMonth = today.firstOfMonth
        var month = thisMonth
        for _ in 0..<12 { month = month.advanced(by: -1).firstOfMonth }
        return months(from: month, through: thisMonth.advanced(by: -1))
    }

    /// `GET /teams/{id}/invoices`: one invoice per complete month, whose totals are the
    /// month's usage (its monthly report) priced at 100 cents a dyno unit and a credit:
    /// `platform_total` the dyno units, `database_total` the first-party add-on credits,
    /// `addons_total` the others.
    func teamInvoices(_ team: SandboxJSON) -> [SandboxJSON] {
        let apps = usageApps()
        let teamID = team["id"]?.stringValue ?? ""
        return invoicedMonths.map { month in
            let end = month.nextMonth.advanced(by: -1)
            let usage = appUsage(teamID: teamID, days: month...end, monthly: true, apps: apps)
                .reduce(into: SandboxUsageTotals()) { $0.add($1.totals) }
            let platform = usage.dynos / 100
            let charges = platform + usage.data + usage.partner
            let issued = SandboxGenerator.time(Int64(month.nextMonth.number) * 86_400)
            return [
                "addons_total": .int(usage.partner),
                "database_total": .int(usage.data),
                "charges_total": .int(charges),
                "created_at": issued,
                "credits_total": 0,
                "dyno_units": SandboxUsageTotals.decimal(usage.dynos, places: 4),
                "id": .string(invoiceID(owner: teamID, month: month)),
                "number": .int(Int(month.monthText.replacingOccurrences(of: "-", with: ""))!),
                "payment_status": "Paid",
                "period_end": .string(end.slashedText),
                "period_start": .string(month.slashedText),
                "platform_total": .int(platform),
                "state": 1,
                "total": .int(charges),
                "updated_at": issued,
                "weighted_dyno_hours": SandboxUsageTotals.decimal(usage.dynos * 24 * end.civil.day, places: 4),
            ]
        }
    }

    /// `GET /account/invoices`: one invoice per complete month for the personal apps, totals
    /// in cents written as numbers with a fraction (`2500.0`), as the schema's example does.
    func accountInvoices() -> [SandboxJSON] {
        let apps = usageApps()
        let accountID = accountObject["id"]?.stringValue ?? ""
        return invoicedMonths.map { month in
            let end = month.nextMonth.advanced(by: -1)
            let usage = appUsage(teamID: nil, days: month...end, monthly: true, apps: apps)
                .reduce(into: SandboxUsageTotals()) { $0.add($1.totals) }
            let charges = usage.dynos / 100 + usage.data + usage.partner
            let issued = SandboxGenerator.time(Int64(month.nextMonth.number) * 86_400)
            return [
                "charges_total": .number("\(charges).0"),
                "created_at": issued,
                "credits_total": .number("0.0"),
                "id": .string(invoiceID(owner: accountID, month: month)),
                "number": .int(Int(month.monthText.replacingOccurrences(of: "-", with: ""))!),
                "period_end": .string(end.text),
                "period_start": .string(month.text),
                "state": 1,
                "total": .number("\(charges).0"),
                "updated_at": issued,
            ]
        }
    }

    /// A stable invoice id for an owner's month.
    private func invoiceID(owner: String, month: SandboxDay) -> String {
        var random = SplitMix64(seed: SandboxFormat.fnv1a("invoice \(owner) \(month.monthText)".utf8), stream: 23)
        return random.uuid()
    }
}
