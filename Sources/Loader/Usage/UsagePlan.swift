import Warehouse

/// The ranges a windowed report asks each parent for in one load, from what the store holds.
enum UsagePlan {
    /// Per parent id among `parents`, the ranges to ask for, newest first (``UsageWindows``).
    static func ranges(of report: Report, window: Report.Window, parents: [FanOutSchedule.Parent],
                       request: LoadRequest, account: String, store: any LoadStore) throws -> [String: [UsageRange]] {
        guard let fanOut = report.fanOut else { return [:] }
        let latest = try store.latestPeriods(of: report.table, account: account, parentPath: [fanOut.parentKey, "id"],
                                             periodPath: [window.field])
        let since = request.usageSince ?? UsageWindows.defaultSince(today: request.today)
        var ranges: [String: [UsageRange]] = [:]
        for parent in parents {
            ranges[parent.id] = UsageWindows.ranges(window.period, since: since, today: request.today,
                                                    lastStored: latest[parent.id])
        }
        return ranges
    }
}
