/// Renders a run as a Markdown table plus the target checks (printed and written as `.md`).
enum ResultsTable {
    static func render(_ run: BenchRun) -> String {
        var lines: [String] = []
        lines.append("heroku-warehouse bench, \(run.date), revision \(run.revision ?? "unknown")")
        lines.append("machine: \(run.machine.cores) cores (\(run.machine.cpuModel)), \(run.machine.memoryGB) GB, "
                     + "PostgreSQL \(run.machine.postgresVersion); shared and noisy: compare ratios, not seconds")
        lines.append("API: \(run.server) on loopback")
        if !run.sizes.isEmpty { lines += sizeLines(run) }
        if let fanOut = run.fanOut { lines += fanOutLines(fanOut) }
        lines.append("")
        lines.append("| target | measured | result |")
        lines.append("|---|---|---|")
        for check in run.targets {
            lines.append(row([check.target, check.measured, check.verdict]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The account sizes' table and notes.
    private static func sizeLines(_ run: BenchRun) -> [String] {
        var lines: [String] = []
        lines.append("")
        lines.append("| add-ons | objects | phase | time s | rows/s | x floor | x fetch | server CPU s | "
                     + "x floor net | x fetch net | requests | pages | peak RSS MB | rows written |")
        lines.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for size in run.sizes {
            let addons = BenchFormat.integer(size.size.addons)
            let objects = BenchFormat.integer(size.objects)
            let floor = size.floor
            lines.append(row([addons, objects, "floor (a) fetch + parse", BenchFormat.seconds(floor.fetchSeconds),
                              BenchFormat.rate(Double(floor.rows) / floor.fetchSeconds), "", "1.00x",
                              BenchFormat.seconds(floor.sandboxSeconds), "", "1.00x",
                              "\(floor.requests)", "\(floor.pages)", "", ""]))
            lines.append(row(["", "", "floor (b) COPY", BenchFormat.seconds(floor.copySeconds),
                              BenchFormat.rate(Double(floor.rows) / floor.copySeconds), "", "", "", "", "",
                              "", "", "", "\(floor.rows)"]))
            lines.append(row(["", "", "floor (a + b)", BenchFormat.seconds(floor.seconds),
                              BenchFormat.rate(Double(floor.rows) / floor.seconds), "1.00x", "", "",
                              "1.00x", "", "", "", "", ""]))
            for load in size.loads {
                lines.append(row(["", "", load.phase, BenchFormat.seconds(load.seconds), BenchFormat.rate(load.rowsPerSecond),
                                  BenchFormat.ratio(load.ratioToFloor), BenchFormat.ratio(load.ratioToFetch),
                                  BenchFormat.seconds(load.sandboxSeconds), BenchFormat.ratio(load.netRatioToFloor),
                                  BenchFormat.ratio(load.netRatioToFetch), "\(load.requests)", "\(load.pages)", BenchFormat.megabytes(load.peakRSSMB),
                                  written(load)]))
            }
        }
        lines.append("")
        lines.append("server CPU: the in-process API server's CPU time during the phase; net: that time taken out "
                     + "of both sides (the client waits for every page in turn); targets use the net ratios.")
        lines.append(run.rounds == 1 ? "one round per size."
                     : "\(run.rounds) rounds per size (floor, full load, unchanged reload, 1% change, changed reload); "
                     + "each row is its phase's median round (the floor: median floor; a load: median ratio, against "
                     + "its own round's floor). Every round, in the JSON: "
                     + run.sizes.map { size in
                         "\(BenchFormat.integer(size.size.addons)) full load "
                             + size.rounds.compactMap { $0.load(Phase.full) }.map { BenchFormat.ratio($0.netRatioToFloor) }
                             .joined(separator: ", ")
                     }.joined(separator: "; ") + " (x floor net).")
        lines.append("1% change: " + run.sizes.map {
            "\(BenchFormat.integer($0.size.addons)): \($0.churn.renamedApps) app renames, "
                + "\($0.churn.changedPlans) plan changes, \($0.churn.deletedApps) app deletions"
        }.joined(separator: "; "))
        return lines
    }

    /// The fan-out part: one row per load, requests and parents whose lists were fetched.
    private static func fanOutLines(_ fanOut: FanOutMeasurement) -> [String] {
        var lines: [String] = []
        lines.append("")
        lines.append("fan-out: \(BenchFormat.integer(fanOut.apps)) apps, \(fanOut.teams) teams, every report "
                     + "(--report all, \(FanOutBenchmark.fanOutReports.count) fan-out reports), in-process against the "
                     + "sandbox itself, one round, \(BenchFormat.seconds(fanOut.seconds)) s in all")
        lines.append("")
        lines.append("| fan-out load | verify after | requests | x full night | parents' lists fetched | "
                     + "changed | verified | kept | time s |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        let full = Double(max(fanOut.fullNight.requests, 1))
        let loads = [fanOut.firstLoad, fanOut.firstLoadEveryParent] + fanOut.nights.prefix(1) + [fanOut.fullNight]
            + fanOut.nights.dropFirst()
        for load in loads {
            lines.append(row([load.name, load.verifyAfterDays == 0 ? "0 (every parent)" : "\(load.verifyAfterDays) days",
                              BenchFormat.integer(load.requests), String(format: "%.1f%%", 100 * Double(load.requests) / full),
                              BenchFormat.integer(load.parentsFetched), BenchFormat.integer(load.changed),
                              BenchFormat.integer(load.verified), BenchFormat.integer(load.fresh),
                              BenchFormat.seconds(load.seconds)]))
        }
        lines.append("")
        lines.append("requests: the sandbox's log (every report's pages, GET /account, GET /account/rate-limits); "
                     + "a night: the `_loads` and `_fan_out_parents` times moved back a day before the load; "
                     + "night 1: \(fanOut.renamedApps) apps (1%) renamed, after which the scheduled schema and a second "
                     + "schema fetching every parent (the full night) both load. Parents whose lists were never fetched "
                     + "over nights 1-\(fanOut.nights.count): "
                     + fanOut.coverage.map { "\($0.report) \($0.neverFetched) of \($0.parents)" }.joined(separator: ", ")
                     + ".")
        return lines
    }

    private static func written(_ load: LoadMeasurement) -> String {
        "\(load.written) (+\(load.inserted) ~\(load.updated) -\(load.deleted))"
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
