import Foundation

/// The floor of one size: (a) fetch + parse, (b) COPY of the same rows, measured in one child.
struct FloorMeasurement: Codable, Sendable {
    var fetchSeconds: Double
    var copySeconds: Double
    var rows: Int
    var pages: Int
    /// Requests the sandbox answered during the floor.
    var requests: Int
    /// CPU time the in-process sandbox spent serving the floor's requests.
    var sandboxSeconds: Double
    /// Peak RSS of the floor child (it holds every page on purpose: not a target).
    var peakRSSMB: Double

    /// a + b.
    var seconds: Double { fetchSeconds + copySeconds }
    /// a without the sandbox's serving time (pages are fetched one after another, so the
    /// client waits for every microsecond of it).
    var netFetchSeconds: Double { fetchSeconds - sandboxSeconds }
    /// a + b without the sandbox's serving time.
    var netSeconds: Double { seconds - sandboxSeconds }
}

/// One measured load (full, unchanged reload, 1% changed reload) of one size.
struct LoadMeasurement: Codable, Sendable {
    var phase: String
    /// Time of `LoadRunner.run` inside the child.
    var seconds: Double
    /// Spawn to exit of the child (process start-up included).
    var processSeconds: Double
    /// User + system CPU time of the child.
    var cpuSeconds: Double
    var rows: Int
    var rowsPerSecond: Double
    /// Requests the sandbox answered during the load (the sandbox's log, not the client's count).
    var requests: Int
    /// Pages the loader reported; one request per page plus `GET /account` is the target.
    var pages: Int
    /// CPU time the in-process sandbox spent serving this load (its part of `seconds`).
    var sandboxSeconds: Double
    var peakRSSMB: Double
    var ratioToFloor: Double
    var ratioToFetch: Double
    /// The ratios with the sandbox's serving time taken out of both sides.
    var netRatioToFloor: Double
    var netRatioToFetch: Double
    var inserted: Int
    var updated: Int
    var unchanged: Int
    var deleted: Int
    /// Whether requests for different reports interleaved (pages fetched concurrently).
    var reportsFetchedConcurrently: Bool

    var written: Int { inserted + updated + deleted }
}

/// One round of one account size: the floor, then each load in turn.
struct RoundMeasurement: Codable, Sendable {
    var floor: FloorMeasurement
    var loads: [LoadMeasurement]
    /// The mutation before the changed reload.
    var churn: SandboxChurn

    func load(_ phase: String) -> LoadMeasurement? {
        loads.first { $0.phase == phase }
    }
}

/// Everything measured for one account size: every round, and each phase's median round.
struct SizeMeasurement: Codable, Sendable {
    var size: AccountSize
    /// Objects served over every default report (in the first round; later rounds start
    /// from the mutated account, a few objects fewer).
    var objects: Int
    /// Seconds the sandbox took to generate the account (not part of any phase).
    var generationSeconds: Double
    /// The floor of the round with the median floor.
    var floor: FloorMeasurement
    /// For each phase, the load of the round whose ratio (to the floor for the full load, to
    /// the fetch for a reload, net of the server) is the median; each load's ratios are to
    /// the floor of its own round.
    var loads: [LoadMeasurement]
    /// The mutation before the median changed reload.
    var churn: SandboxChurn
    /// Every round, in the order measured.
    var rounds: [RoundMeasurement]

    init(size: AccountSize, objects: Int, generationSeconds: Double, rounds: [RoundMeasurement]) {
        precondition(!rounds.isEmpty, "a size is measured in at least one round")
        self.size = size
        self.objects = objects
        self.generationSeconds = generationSeconds
        self.rounds = rounds
        floor = rounds[Self.medianIndex(rounds.map(\.floor.netSeconds))].floor
        var loads: [LoadMeasurement] = []
        var churn = rounds[rounds.count - 1].churn
        for phase in Phase.all {
            let measured = rounds.indices.compactMap { round in rounds[round].load(phase).map { (round, $0) } }
            guard !measured.isEmpty else { continue }
            let (round, load) = measured[Self.medianIndex(measured.map { Phase.targetRatio(of: $0.1) })]
            loads.append(load)
            if phase == Phase.changed { churn = rounds[round].churn }
        }
        self.loads = loads
        self.churn = churn
    }

    func load(_ phase: String) -> LoadMeasurement? {
        loads.first { $0.phase == phase }
    }

    /// Every load of every round.
    var allLoads: [LoadMeasurement] { rounds.flatMap(\.loads) }

    /// The index of the median of `values` (the lower of the two middle ones for an even count).
    static func medianIndex(_ values: [Double]) -> Int {
        values.indices.sorted { values[$0] < values[$1] }[(values.count - 1) / 2]
    }
}

/// The phases' names, as printed.
enum Phase {
    static let full = "full load"
    static let unchanged = "unchanged reload"
    static let changed = "1% changed reload"
    /// Every phase, in the order measured.
    static let all = [full, unchanged, changed]

    /// The ratio a phase's target is on: the full load's to the floor, a reload's to the
    /// fetch part of the floor, both net of the server.
    static func targetRatio(of load: LoadMeasurement) -> Double {
        load.phase == full ? load.netRatioToFloor : load.netRatioToFetch
    }
}

/// The machine a run was measured on.
struct MachineInfo: Codable, Sendable {
    var cores: Int
    var cpuModel: String
    var memoryGB: Double
    var operatingSystem: String
    var postgresVersion: String

    static func current(postgresVersion: String) -> MachineInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        return MachineInfo(
            cores: ProcessInfo.processInfo.activeProcessorCount, cpuModel: model,
            memoryGB: (Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824 * 10).rounded() / 10,
            operatingSystem: ProcessInfo.processInfo.operatingSystemVersionString,
            postgresVersion: postgresVersion)
    }
}

/// One bench run: what is written to `bench-results/<date>-<sha>.json`.
struct BenchRun: Codable, Sendable {
    var date: String
    var revision: String?
    var seed: UInt64
    /// Rounds per size; each phase reports its median round.
    var rounds: Int
    /// What the children fetched from.
    var server: String
    var machine: MachineInfo
    var sizes: [SizeMeasurement]
    /// The fan-out part (1,000 apps, every report, in-process against the sandbox); nil when skipped.
    var fanOut: FanOutMeasurement?
    var targets: [TargetCheck]
}
