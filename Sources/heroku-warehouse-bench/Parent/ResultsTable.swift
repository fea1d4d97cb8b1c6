/// Renders a run as a Markdown table plus the target checks (printed and written as `.md`).
enum ResultsTable {
    static func render(_ run: BenchRun) -> String {
        var lines: [String] = []
        lines.append("heroku-warehouse bench, \(run.date), revision \(run.revision ?? "unknown")")
        lines.append("machine: \(run.machine.cores) cores (\(run.machine.cpuModel)), \(run.machine.memoryGB) GB, "
                     + "PostgreSQL \(run.machine.postgresVersion); shared and noisy: compare ratios, not seconds")
        lines.append("API: \(run.server) on loopback")
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
        lines.append("")
        lines.append("| target | measured | result |")
        lines.append("|---|---|---|")
        for check in run.targets {
            lines.append(row([check.target, check.measured, check.verdict]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func written(_ load: LoadMeasurement) -> String {
        "\(load.written) (+\(load.inserted) ~\(load.updated) -\(load.deleted))"
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
