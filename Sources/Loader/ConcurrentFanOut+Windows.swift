import Warehouse

/// The ranges of a windowed report (usage by date), asked one parent at a time.
extension ConcurrentFanOut {
    /// Asks a windowed report's ranges of one parent, newest first. A start Heroku refuses
    /// (422: too far back) is moved forward to the earliest one it answers within that range,
    /// and the backfill ends there; any other refusal of the newest range skips the parent,
    /// of an older one ends the backfill.
    func fetchWindowed(_ ranges: [UsageRange], path: String, into result: inout ParentPages) async throws {
        for range in ranges {
            var asked = range
            var part = try await fetch(result.parent, path: path + asked.query, windowed: true)
            result.count(part)
            if part.startRefused, range.first < range.last {
                result.backfillCut = true
                if let answered = try await earliestAnswered(range, path: path, into: &result) {
                    (asked, part) = answered
                }
            }
            if let skip = part.skipped {
                if result.answered.isEmpty { result.skipped = skip } else { result.backfillCut = true }
                return
            }
            result.pages += part.pages
            result.answered.append(asked)
            if result.backfillCut { return }
        }
    }

    /// The part of `range` from the earliest start Heroku answers (it refused `range.first`),
    /// found by halving the starts between (about log2 of its days or months in requests);
    /// nil when it answers none.
    private func earliestAnswered(_ range: UsageRange, path: String, into result: inout ParentPages) async throws
        -> (UsageRange, ParentPages)? {
        let starts = range.periods
        var best: (UsageRange, ParentPages)?
        var low = 1
        var high = starts.count - 1
        while low <= high {
            let middle = (low + high) / 2
            var later = range
            later.first = starts[middle]
            let part = try await fetch(result.parent, path: path + later.query, windowed: true)
            result.count(part)
            if part.skipped == nil {
                best = (later, part)
                high = middle - 1
            } else {
                low = middle + 1
            }
        }
        return best
    }
}
