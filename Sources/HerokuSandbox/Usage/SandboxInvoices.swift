extension SandboxAccount {
    /// One complete month of an owner's usage, as its invoice bills it.
    private struct InvoicedMonth {
        var month: SandboxDay
        var usage: SandboxUsageTotals
        /// The usage priced at 100 cents a dyno unit and a credit, in cents.
        var charges: Int { usage.dynos / 100 + usage.data + usage.partner }
        /// Issued on the first day of the next month.
        var issued: SandboxJSON { SandboxGenerator.time(Int64(month.nextMonth.number) * 86_400) }
        /// `202603` for March 2026.
        var number: SandboxJSON { .int(Int(month.monthText.replacingOccurrences(of: "-", with: ""))!) }
    }

    /// The twelve complete months before today's of the apps of `teamID` (nil: personal apps),
    /// each with its monthly usage.
    private func invoicedMonths(teamID: String?) -> [InvoicedMonth] {
        let apps = usageApps()
        let thisMonth = today.firstOfMonth
        var first = thisMonth
        for _ in 0..<12 { first = first.advanced(by: -1).firstOfMonth }
        return months(from: first, through: thisMonth.advanced(by: -1)).map { month in
            InvoicedMonth(month: month, usage: appUsage(teamID: teamID, days: month.daysOfMonth, monthly: true, apps: apps)
                .reduce(into: SandboxUsageTotals()) { $0.add($1.totals) })
        }
    }

    /// `GET /teams/{id}/invoices`: one invoice per complete month, whose totals are the
    /// month's usage (its monthly report) priced at 100 cents a dyno unit and a credit:
    /// `platform_total` the dyno units, `database_total` the first-party add-on credits,
    /// `addons_total` the others.
    func teamInvoices(_ team: SandboxJSON) -> [SandboxJSON] {
        let teamID = team["id"]?.stringValue ?? ""
        return invoicedMonths(teamID: teamID).map { invoiced in
            let (month, usage) = (invoiced.month, invoiced.usage)
            let end = month.daysOfMonth.upperBound
            return [
                "addons_total": .int(usage.partner),
                "database_total": .int(usage.data),
                "charges_total": .int(invoiced.charges),
                "created_at": invoiced.issued,
                "credits_total": 0,
                "dyno_units": SandboxUsageTotals.decimal(usage.dynos, places: 4),
                "id": .string(invoiceID(owner: teamID, month: month)),
                "number": invoiced.number,
                "payment_status": "Paid",
                "period_end": .string(end.slashedText),
                "period_start": .string(month.slashedText),
                "platform_total": .int(usage.dynos / 100),
                "state": 1,
                "total": .int(invoiced.charges),
                "updated_at": invoiced.issued,
                "weighted_dyno_hours": SandboxUsageTotals.decimal(usage.dynos * 24 * end.civil.day, places: 4),
            ]
        }
    }

    /// `GET /account/invoices`: one invoice per complete month for the personal apps, totals
    /// in cents written as numbers with a fraction (`2500.0`), as the schema's example does.
    func accountInvoices() -> [SandboxJSON] {
        let accountID = accountObject["id"]?.stringValue ?? ""
        return invoicedMonths(teamID: nil).map { invoiced in
            [
                "charges_total": .number("\(invoiced.charges).0"),
                "created_at": invoiced.issued,
                "credits_total": .number("0.0"),
                "id": .string(invoiceID(owner: accountID, month: invoiced.month)),
                "number": invoiced.number,
                "period_end": .string(invoiced.month.daysOfMonth.upperBound.text),
                "period_start": .string(invoiced.month.text),
                "state": 1,
                "total": .number("\(invoiced.charges).0"),
                "updated_at": invoiced.issued,
            ]
        }
    }

    /// A stable invoice id for an owner's month.
    private func invoiceID(owner: String, month: SandboxDay) -> String {
        var random = SplitMix64(seed: SandboxFormat.fnv1a("invoice \(owner) \(month.monthText)".utf8), stream: 23)
        return random.uuid()
    }
}
