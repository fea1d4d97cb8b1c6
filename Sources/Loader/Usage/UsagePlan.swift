import Warehouse

/// The ranges a windowed report asks each parent for in one load, from what the store holds.
enum UsagePlan {
    /// What a load asks of a windowed report's parents.
    struct Plan {
        /// Per parent id among the parents, the ranges to ask for, newest first (``UsageWindows``).
        var ranges: [String: [UsageRange]] = [:]
        /// The parent ids with rows stored.
        var stored: Set<String> = []
        /// Parent ids with rows stored that are not among the parents (a team deleted, or one
        /// the key's user left): their rows are left as they are, as past usage stays true.
        var absent: [String] = []
    }

    /// The plan for `parents`, from the latest period stored per parent.
    static func ranges(of report: Report, window: Report.Window, parents: [FanOutSchedule.Parent],
                       request: LoadRequest, account: String, store: any LoadStore) throws -> Plan {
        guard let fanOut = report.fanOut else { return Plan() }
        let latest = try store.latestPeriods(of: report.table, account: account, parentPath: [fanOut.parentKey, "id"],
                                             periodPath: [window.field])
        let since = request.usageSince ?? UsageWindows.defaultSince(today: request.today)
        var plan = Plan(stored: Set(latest.keys))
        for parent in parents {
            plan.ranges[parent.id] = UsageWindows.ranges(window.period, since: since, today: request.today,
                                                         lastStored: latest[parent.id])
        }
        plan.absent = latest.keys.filter { plan.ranges[$0] == nil }.sorted()
        return plan
    }

    /// The requests the ranges take: one per range, but one in all for a parent with nothing
    /// stored whose list failed last time (a team without usage answers the newest range 403).
    static func estimatedRequests(of report: Report, window: Report.Window, parents: [FanOutSchedule.Parent],
                                  request: LoadRequest, account: String, store: any LoadStore) throws -> Int {
        let planned = try ranges(of: report, window: window, parents: parents, request: request, account: account,
                                 store: store)
        return parents.reduce(0) { total, parent in
            let count = planned.ranges[parent.id]?.count ?? 0
            return total + (parent.failedLastTime && !planned.stored.contains(parent.id) ? min(count, 1) : count)
        }
    }
}
