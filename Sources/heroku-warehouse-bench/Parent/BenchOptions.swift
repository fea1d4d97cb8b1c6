import Foundation

/// The bench's command line: `heroku-warehouse-bench [--seed N] [--rounds N] [--output BASE]
/// [--fan-out-only | --no-fan-out] [ADDONS ...]`.
///
/// Sizes are add-on counts (default 5,000, 50,000 and 200,000); the fan-out part (1,000 apps,
/// every report, `FanOutBenchmark`) runs after them unless skipped. Results go to `BASE.json` and
/// `BASE.md` when `--output` is given. The database comes from `DATABASE_URL` (or libpq's
/// `PG*` variables).
struct BenchOptions {
    static let defaultSizes = [5_000, 50_000, 200_000]

    var sizes: [Int] = BenchOptions.defaultSizes
    var seed: UInt64 = 42
    var outputBase: String?
    /// A label for the results (e.g. the git short sha), recorded in the JSON.
    var revision: String?
    /// Fetch from the sandbox itself rather than from its recorded responses.
    var direct = false
    /// Rounds per size (floor, full load, unchanged reload, 1% change, changed reload); each
    /// phase reports its median round, as one round on a shared machine swings by a third.
    var rounds = 3
    /// Run the fan-out part (1,000 apps, every report, schedule vs every parent).
    var fanOut = true

    static let usage = """
        usage: heroku-warehouse-bench [--seed N] [--rounds N] [--output BASE] [--revision SHA] [--direct]
                                      [--fan-out-only | --no-fan-out] [ADDONS ...]
          ADDONS   add-on counts to measure (default: 5000 50000 200000); apps = addons/2,
                   teams = max(3, apps/100), services = max(12, addons/1000)
          --rounds measure every phase N times (default 3) and report each phase's median round
          --output write BASE.json and BASE.md
          --direct children fetch from the sandbox itself, not from its recorded responses
                   (the sandbox sorts a whole resource per page: its cost grows quadratically)
          --fan-out-only  only the fan-out part: 1,000 apps, every report (--report all), in-process
                   against the sandbox, one round: first load, a night with 1% of apps renamed
                   vs a night fetching every parent, 7 nights of the schedule
          --no-fan-out    skip the fan-out part
        The database is DATABASE_URL (or libpq's PG* variables); a schema per size (and two for
        the fan-out part) is created and dropped.
        """

    init(_ arguments: ArraySlice<String>) throws {
        var sizes: [Int] = []
        var fanOutOnly = false
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--seed":
                guard let value = iterator.next().flatMap(UInt64.init) else { throw BenchError.usage("--seed needs a number") }
                seed = value
            case "--output":
                guard let value = iterator.next() else { throw BenchError.usage("--output needs a path") }
                outputBase = value
            case "--revision":
                guard let value = iterator.next() else { throw BenchError.usage("--revision needs a value") }
                revision = value
            case "--direct":
                direct = true
            case "--fan-out-only":
                fanOutOnly = true
            case "--no-fan-out":
                fanOut = false
            case "--rounds":
                guard let value = iterator.next().flatMap(Int.init), value > 0 else {
                    throw BenchError.usage("--rounds needs a positive number")
                }
                rounds = value
            case "-h", "--help":
                throw BenchError.usage(Self.usage)
            default:
                guard let size = Int(argument.replacingOccurrences(of: "_", with: "")), size > 0 else {
                    throw BenchError.usage("not an add-on count: \(argument)\n\(Self.usage)")
                }
                sizes.append(size)
            }
        }
        if !sizes.isEmpty { self.sizes = sizes }
        if fanOutOnly {
            guard fanOut, sizes.isEmpty else {
                throw BenchError.usage("--fan-out-only takes neither sizes nor --no-fan-out\n\(Self.usage)")
            }
            self.sizes = []
        }
    }
}
