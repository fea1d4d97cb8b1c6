import Foundation
import Postgres

/// The parent: measures every requested size, prints the table, writes the result files.
enum BenchCommand {
    static func run(_ options: BenchOptions) async throws {
        let databaseURL = ProcessInfo.processInfo.environment["DATABASE_URL"]
        let postgresVersion = try Connection(url: databaseURL).execute("SHOW server_version").rows.first?.first??
            .split(separator: " ").first.map(String.init) ?? "unknown"
        let workDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("heroku-warehouse-bench-\(getpid())")
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workDirectory) }

        var sizes: [SizeMeasurement] = []
        for addons in options.sizes {
            let benchmark = SizeBenchmark(size: AccountSize(addons: addons), seed: options.seed,
                                          databaseURL: databaseURL, direct: options.direct,
                                          workDirectory: workDirectory, rounds: options.rounds)
            sizes.append(try await benchmark.run())
        }
        var fanOut: FanOutMeasurement?
        if options.fanOut {
            fanOut = try await FanOutBenchmark(seed: options.seed, databaseURL: databaseURL).run()
        }
        let run = BenchRun(
            date: ISO8601DateFormatter().string(from: Date()), revision: options.revision, seed: options.seed,
            rounds: options.rounds,
            server: options.sizes.isEmpty ? "sandbox (direct)"
                : options.direct ? "sandbox (direct)" : "replay of the sandbox's recorded responses",
            machine: .current(postgresVersion: postgresVersion), sizes: sizes, fanOut: fanOut,
            targets: TargetEvaluator.evaluate(sizes) + (fanOut.map(FanOutTargets.evaluate) ?? []))
        let table = ResultsTable.render(run)
        print(table, terminator: "")
        if let base = options.outputBase {
            try ResultsWriter.write(run, table: table, base: base)
            BenchLog.say("results written to \(base).json and \(base).md")
        }
    }
}

/// Writes a run as `BASE.json` (for comparing commits) and `BASE.md` (the table).
enum ResultsWriter {
    static func write(_ run: BenchRun, table: String, base: String) throws {
        let url = URL(fileURLWithPath: base)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(run).write(to: URL(fileURLWithPath: base + ".json"))
        try Data(table.utf8).write(to: URL(fileURLWithPath: base + ".md"))
    }
}
