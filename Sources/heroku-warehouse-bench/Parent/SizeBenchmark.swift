import Foundation
import HerokuSandbox
import Logging
import Postgres

/// Measures one account size: starts the sandbox in-process on a free loopback port, then,
/// `rounds` times, runs the floor, a full load into an empty schema, an unchanged reload,
/// the 1% mutation and a changed reload, each in a child process of its own (so each has its
/// own peak RSS). Rounds after the first start from the account the previous one mutated.
/// The schema is dropped afterwards.
///
/// By default the children talk to a ``ReplayServer`` holding the sandbox's recorded
/// responses (re-recorded after the mutation), because the sandbox's own serving cost grows
/// with the account squared and would hide the loader; `direct` talks to the sandbox itself.
struct SizeBenchmark {
    let size: AccountSize
    let seed: UInt64
    let databaseURL: String?
    /// Children fetch from the sandbox itself instead of the replay server.
    let direct: Bool
    /// Where children write their result files.
    let workDirectory: URL
    /// How many times every phase is measured.
    let rounds: Int

    func run() async throws -> SizeMeasurement {
        let configuration = size.configuration(seed: seed)
        let generationStart = ContinuousClock.now
        let account = SandboxAccount(configuration: configuration)
        let generationSeconds = ((ContinuousClock.now - generationStart) / .seconds(1))
        let objects = account.count(.apps) + account.count(.addons) + account.count(.teams)
            + account.count(.addonServices)
        BenchLog.say("\(size.addons) add-ons: \(objects) objects generated in \(BenchFormat.seconds(generationSeconds)) s")

        let server = try await SandboxServer.start(account: account, configuration: configuration)
        var replay: ReplayServer?
        let schema = "bench_\(size.addons)_\(getpid())"
        let admin = try Connection(url: databaseURL)
        do {
            if !direct {
                replay = try await ReplayServer.start(book: try await record(server))
            }
            let target = Target(sandbox: server, replay: replay)
            var measured: [RoundMeasurement] = []
            for round in 1...rounds {
                if rounds > 1 { BenchLog.say("\(size.addons) add-ons: round \(round) of \(rounds)") }
                try admin.execute("DROP SCHEMA IF EXISTS \(Connection.quoteIdentifier(schema)) CASCADE")
                // Untimed: the catalog rows of the round just dropped (two dozen pairs of
                // tables, their indexes and views) are vacuumed now, not by autovacuum in the
                // middle of a timed phase. A nightly load drops no schema. (A role that may not
                // vacuum the catalogs, on a server of yours, gets a warning and no vacuum.)
                try admin.execute("VACUUM \(Self.catalogs.map { "pg_catalog." + $0 }.joined(separator: ", "))")
                measured.append(try await measure(target, schema: schema))
            }
            let measurement = SizeMeasurement(size: size, objects: objects, generationSeconds: generationSeconds,
                                              rounds: measured)
            try admin.execute("DROP SCHEMA IF EXISTS \(Connection.quoteIdentifier(schema)) CASCADE")
            try await replay?.shutdown()
            try await server.shutdown()
            return measurement
        } catch {
            _ = try? admin.execute("DROP SCHEMA IF EXISTS \(Connection.quoteIdentifier(schema)) CASCADE")
            try? await replay?.shutdown()
            try? await server.shutdown()
            throw error
        }
    }

    /// The system catalogs a dropped schema leaves dead rows in.
    static let catalogs = ["pg_class", "pg_attribute", "pg_type", "pg_depend", "pg_index", "pg_constraint",
                           "pg_description", "pg_rewrite", "pg_proc", "pg_attrdef", "pg_statistic"]

    /// Where the children fetch from: the replay server, or the sandbox itself.
    struct Target {
        let sandbox: SandboxServer
        let replay: ReplayServer?

        var baseURL: String { replay?.baseURL ?? sandbox.baseURL }
        /// The paths requested so far, in order.
        var paths: [String] { replay?.paths ?? sandbox.requests.map(\.path) }
    }

    /// Records the sandbox's responses for the replay server (not timed).
    private func record(_ server: SandboxServer) async throws -> ReplayBook {
        let started = ContinuousClock.now
        var logger = Logger(label: "heroku-warehouse-bench")
        logger.logLevel = .warning
        let book = try await ReplayBook.record(from: server, logger: logger)
        BenchLog.say("\(size.addons) add-ons: recorded the sandbox's responses in "
                     + "\(BenchFormat.seconds(((ContinuousClock.now - started) / .seconds(1)))) s")
        return book
    }

    private func measure(_ target: Target, schema: String) async throws -> RoundMeasurement {
        let server = target.sandbox
        let floor = try await runFloor(target, schema: schema)
        BenchLog.say("\(size.addons) add-ons: floor \(BenchFormat.seconds(floor.seconds)) s "
                     + "(fetch+parse \(BenchFormat.seconds(floor.fetchSeconds)), COPY \(BenchFormat.seconds(floor.copySeconds)); "
                     + "server CPU \(BenchFormat.seconds(floor.sandboxSeconds)))")
        var loads: [LoadMeasurement] = []
        loads.append(try await runLoad(Phase.full, target, schema: schema, floor: floor))
        loads.append(try await runLoad(Phase.unchanged, target, schema: schema, floor: floor))
        let churnStart = ContinuousClock.now
        let churn = SandboxChurn.apply(to: server)
        BenchLog.say("\(size.addons) add-ons: mutated \(churn.renamedApps) renames, \(churn.changedPlans) plan changes, "
                     + "\(churn.deletedApps) app deletions in \(BenchFormat.seconds(((ContinuousClock.now - churnStart) / .seconds(1)))) s")
        if let replay = target.replay { replay.replace(try await record(server)) }
        loads.append(try await runLoad(Phase.changed, target, schema: schema, floor: floor))
        return RoundMeasurement(floor: floor, loads: loads, churn: churn)
    }

    private func runFloor(_ target: Target, schema: String) async throws -> FloorMeasurement {
        let (_, context, result) = try await runChild(
            ChildCommand.floor, target, schema: schema, as: FloorChildResult.self)
        return FloorMeasurement(fetchSeconds: result.fetchSeconds, copySeconds: result.copySeconds,
                                rows: result.rows, pages: result.pages, requests: context.requests,
                                sandboxSeconds: context.sandboxSeconds,
                                peakRSSMB: BenchFormat.megabytes(kilobytes: result.peakRSSKilobytes))
    }

    private func runLoad(_ phase: String, _ target: Target, schema: String,
                         floor: FloorMeasurement) async throws -> LoadMeasurement {
        let (outcome, context, result) = try await runChild(
            ChildCommand.load, target, schema: schema, as: LoadChildResult.self)
        guard result.status == "succeeded" else {
            throw BenchError.loadFailed("\(phase) at \(size.addons) add-ons: \(result.status): \(result.error ?? "")")
        }
        let measurement = LoadMeasurement(
            phase: phase, seconds: result.seconds, processSeconds: outcome.wallSeconds,
            cpuSeconds: outcome.userSeconds + outcome.systemSeconds,
            // Rows the load accounted for: fetched, or confirmed unchanged by a 304.
            rows: max(result.fetched, result.unchanged),
            rowsPerSecond: Double(max(result.fetched, result.unchanged)) / max(result.seconds, 1e-9),
            requests: context.requests, pages: result.pages, sandboxSeconds: context.sandboxSeconds,
            peakRSSMB: BenchFormat.megabytes(kilobytes: result.peakRSSKilobytes),
            ratioToFloor: result.seconds / floor.seconds, ratioToFetch: result.seconds / floor.fetchSeconds,
            netRatioToFloor: (result.seconds - context.sandboxSeconds) / floor.netSeconds,
            netRatioToFetch: (result.seconds - context.sandboxSeconds) / floor.netFetchSeconds,
            inserted: result.inserted, updated: result.updated, unchanged: result.unchanged,
            deleted: result.deleted, reportsFetchedConcurrently: Self.interleaved(context.paths))
        BenchLog.say("\(size.addons) add-ons: \(phase) \(BenchFormat.seconds(measurement.seconds)) s, "
                     + "\(BenchFormat.ratio(measurement.ratioToFloor)) floor, \(BenchFormat.ratio(measurement.ratioToFetch)) fetch "
                     + "(net of server \(BenchFormat.ratio(measurement.netRatioToFloor)), \(BenchFormat.ratio(measurement.netRatioToFetch))), "
                     + "peak RSS \(BenchFormat.megabytes(measurement.peakRSSMB)) MB, \(measurement.written) rows written")
        return measurement
    }

    /// What the parent saw while a child ran: the server's requests and CPU time.
    struct ChildContext {
        /// Requests the server (replay or sandbox) answered.
        var requests: Int
        /// CPU time of this process (the in-process server; the parent does nothing else).
        var sandboxSeconds: Double
        /// The list paths requested, in order (`/account` left out).
        var paths: [String]
    }

    /// Runs one hidden subcommand in a child process; returns its rusage, what the sandbox
    /// saw meanwhile and the child's decoded result.
    private func runChild<Result: Decodable>(
        _ command: String, _ target: Target, schema: String, as type: Result.Type
    ) async throws -> (ChildProcess.Outcome, ChildContext, Result) {
        let resultPath = workDirectory.appendingPathComponent("\(command)-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: resultPath) }
        target.sandbox.setRateLimitRemaining(Int.max)
        let before = target.paths.count
        let cpuBefore = ProcessCPU.selfSeconds()
        let outcome = try await ChildProcess.run(arguments: [command] + ChildArguments.commandLine(
            apiURL: target.baseURL, apiKey: target.sandbox.account.configuration.apiKey, schema: schema,
            resultPath: resultPath))
        let sandboxSeconds = ProcessCPU.selfSeconds() - cpuBefore
        let answered = target.paths.dropFirst(before)
        guard outcome.exitCode == 0 else {
            throw BenchError.childFailed("\(command) exited with \(outcome.exitCode) (see its stderr above)")
        }
        let result = try ChildResultFile.read(type, from: resultPath)
        let context = ChildContext(requests: answered.count, sandboxSeconds: sandboxSeconds,
                                   paths: answered.filter { $0 != "/account" })
        return (outcome, context, result)
    }

    /// Whether requests for different paths interleave: more path changes than paths - 1.
    static func interleaved(_ paths: [String]) -> Bool {
        let changes = zip(paths, paths.dropFirst()).count { $0 != $1 }
        return changes > Set(paths).count - 1
    }
}
