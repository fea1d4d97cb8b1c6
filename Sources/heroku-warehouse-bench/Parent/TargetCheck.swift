/// One speed or memory target (the README's benchmark section), checked against one run: informational, never a failure exit.
struct TargetCheck: Codable, Sendable {
    /// The target, e.g. `full load <= 1.5x floor (50,000 add-ons)`.
    var target: String
    /// What was measured, e.g. `2.31x`.
    var measured: String
    /// nil when the run cannot tell (e.g. a size was not measured).
    var passed: Bool?

    var verdict: String {
        switch passed {
        case true?: "PASS"
        case false?: "FAIL"
        case nil: "n/a"
        }
    }
}

/// Evaluates the targets. Time-ratio targets are checked from `timedFrom` add-ons up (below,
/// fixed costs dominate: the table reports the figures without a target), on the median
/// round's ratios net of the in-process sandbox's serving time (the raw ratio is shown too);
/// an unchanged reload writes 0 rows at every size; growth targets compare the largest size
/// with the smallest (peak RSS: the highest of any round); one request per page must hold in
/// every load of every round.
enum TargetEvaluator {
    static let timedFrom = 50_000

    static func evaluate(_ sizes: [SizeMeasurement]) -> [TargetCheck] {
        guard !sizes.isEmpty else { return [] }
        var checks: [TargetCheck] = []
        for size in sizes {
            let label = BenchFormat.integer(size.size.addons)
            let timed = size.size.addons >= timedFrom
            if timed, let full = size.load(Phase.full) {
                checks.append(ratio("full load <= 1.5x floor (\(label))", full.netRatioToFloor, raw: full.ratioToFloor, limit: 1.5))
            }
            if let unchanged = size.load(Phase.unchanged) {
                if timed {
                    checks.append(ratio("unchanged reload <= 1.2x fetch (\(label))", unchanged.netRatioToFetch,
                                        raw: unchanged.ratioToFetch, limit: 1.2))
                }
                // Not a matter of timing: every round's unchanged reload.
                let written = size.rounds.compactMap { $0.load(Phase.unchanged)?.written }
                checks.append(TargetCheck(target: "unchanged reload writes 0 rows (\(label), every round)",
                                          measured: written.map { "\($0)" }.joined(separator: ", ") + " rows",
                                          passed: written.allSatisfy { $0 == 0 }))
            }
            if timed, let changed = size.load(Phase.changed) {
                checks.append(ratio("1% changed reload <= 1.3x fetch (\(label))", changed.netRatioToFetch,
                                    raw: changed.ratioToFetch, limit: 1.3))
            }
        }
        checks += growth(sizes)
        checks += requests(sizes)
        return checks
    }

    private static func ratio(_ target: String, _ net: Double, raw: Double, limit: Double) -> TargetCheck {
        TargetCheck(target: target, measured: "\(BenchFormat.ratio(net)) net (raw \(BenchFormat.ratio(raw)))",
                    passed: net <= limit)
    }

    /// Microseconds per row of a load, net of the sandbox's serving time.
    private static func microsecondsPerRow(_ load: LoadMeasurement) -> Double {
        (load.seconds - load.sandboxSeconds) / Double(max(load.rows, 1)) * 1e6
    }

    /// Time per row flat within 25% and peak RSS (<= 150 MB, <= 1.3x the smallest size's).
    private static func growth(_ sizes: [SizeMeasurement]) -> [TargetCheck] {
        let ordered = sizes.sorted { $0.size.addons < $1.size.addons }
        guard let small = ordered.first, let large = ordered.last else { return [] }
        let span = "\(BenchFormat.integer(small.size.addons)) -> \(BenchFormat.integer(large.size.addons))"
        var checks: [TargetCheck] = []
        for phase in Phase.all {
            guard let a = small.load(phase), let b = large.load(phase) else { continue }
            let growth = microsecondsPerRow(b) / microsecondsPerRow(a)
            checks.append(TargetCheck(
                target: "\(phase): time per row flat within 25% (\(span), net of server)",
                measured: String(format: "%.1f -> %.1f us/row (%.2fx)", microsecondsPerRow(a), microsecondsPerRow(b), growth),
                passed: ordered.count > 1 ? growth <= 1.25 : nil))
        }
        let smallRSS = small.allLoads.map(\.peakRSSMB).max() ?? 0
        let largeRSS = large.allLoads.map(\.peakRSSMB).max() ?? 0
        checks.append(TargetCheck(
            target: "peak RSS of a load <= 150 MB (\(BenchFormat.integer(large.size.addons)); the target is at 200,000)",
            measured: "\(BenchFormat.megabytes(largeRSS)) MB",
            passed: large.size.addons >= 200_000 ? largeRSS <= 150 : nil))
        checks.append(TargetCheck(
            target: "peak RSS <= 1.3x the smallest size's (\(span))",
            measured: "\(BenchFormat.megabytes(smallRSS)) -> \(BenchFormat.megabytes(largeRSS)) MB (\(BenchFormat.ratio(largeRSS / max(smallRSS, 1))))",
            passed: ordered.count > 1 ? largeRSS <= 1.3 * smallRSS : nil))
        return checks
    }

    /// One request per page (plus `GET /account` and the free rate-limit reading) in every
    /// full and unchanged load of every round; a changed reload asks each page at most twice
    /// (a list that changed is fetched in full, after the pages before its first change
    /// answered 304); and pages of different reports interleaved.
    private static func requests(_ sizes: [SizeMeasurement]) -> [TargetCheck] {
        let loads = sizes.flatMap(\.allLoads)
        let exact = loads.filter { $0.phase != Phase.changed }
        let changed = loads.filter { $0.phase == Phase.changed }
        let mismatched = exact.filter { $0.requests != $0.pages + 2 }
        let overAsked = changed.filter { $0.requests < $0.pages + 2 || $0.requests > 2 * $0.pages + 2 }
        let extra = changed.map { $0.requests - $0.pages - 2 }
        let concurrent = loads.filter(\.reportsFetchedConcurrently).count
        // Interleaving is a matter of timing in a load of a few pages (one report may be done
        // before another has its connection): each phase must interleave in most rounds.
        let phases = sizes.flatMap { size in
            Phase.all.map { phase in size.rounds.compactMap { $0.load(phase) } }
        }.filter { !$0.isEmpty }
        let mostlyConcurrent = phases.allSatisfy { rounds in
            2 * rounds.filter(\.reportsFetchedConcurrently).count > rounds.count
        }
        return [
            TargetCheck(target: "requests == pages + 2 (GET /account, the free GET /account/rate-limits), every full and unchanged load",
                        measured: mismatched.isEmpty ? "all \(exact.count) loads"
                            : mismatched.map { "\($0.phase): \($0.requests) vs \($0.pages) pages" }.joined(separator: "; "),
                        passed: mismatched.isEmpty),
            TargetCheck(target: "1% changed reload: pages + 2 <= requests <= 2 x pages + 2 (pages before a list's first change asked again)",
                        measured: "extra requests per load: " + extra.map(String.init).joined(separator: ", "),
                        passed: overAsked.isEmpty),
            TargetCheck(target: "pages fetched concurrently across reports (every phase, in most rounds)",
                        measured: "\(concurrent) of \(loads.count) loads interleave reports",
                        passed: mostlyConcurrent),
        ]
    }
}
