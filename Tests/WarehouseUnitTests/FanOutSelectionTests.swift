import Testing
import Warehouse

/// Which parents' lists a fan-out report fetches (`FanOutSchedule.choose`), without a database.
@Suite struct FanOutSelectionTests {
    private let week = Duration.seconds(7 * 86_400)
    private let day = 86_400.0

    private func candidate(_ id: String, hash: String = "h", fetchedHash: String? = "h", failed: Bool = false,
                           fetchedDaysAgo: Double = 1) -> FanOutSchedule.Candidate {
        .init(parent: .init(id: id, name: nil, hash: hash), fetchedHash: fetchedHash, failed: failed,
              secondsSinceFetched: fetchedDaysAgo * day)
    }

    @Test("new, changed and failed parents are fetched; with --fan-out-verify-after 0 every parent is")
    func changedParents() {
        let candidates = [candidate("a", fetchedHash: nil), candidate("b", hash: "new"), candidate("c", failed: true),
                          candidate("d")]
        let selection = FanOutSchedule.choose(candidates, verifyAfter: week, secondsSinceLastLoad: day)
        #expect(selection.changed.map(\.id) == ["a", "b", "c"])
        #expect(selection.counts == .init(changed: 3, verified: 1, fresh: 0), "a share of 4 parents a day rounds up to 1")
        let everything = FanOutSchedule.choose(candidates, verifyAfter: .zero, secondsSinceLastLoad: day)
        #expect(everything.changed.count == 4 && everything.fetched.count == 4)
    }

    @Test("unchanged parents: a nightly load verifies a seventh of them, the oldest first; a due one always")
    func rollingVerification() {
        let unchanged = (0..<14).map { candidate("p\($0)", fetchedDaysAgo: Double($0 % 7) + 0.5) }
        let nightly = FanOutSchedule.choose(unchanged, verifyAfter: week, secondsSinceLastLoad: day)
        #expect(nightly.verified.count == 2 && nightly.fresh.count == 12)
        #expect(Set(nightly.verified.map(\.id)) == ["p6", "p13"], "fetched 6.5 days ago: the oldest")
        let due = unchanged.map { candidate($0.parent.id, fetchedDaysAgo: $0.parent.id == "p3" ? 7 : 1) }
        let hourly = FanOutSchedule.choose(due, verifyAfter: week, secondsSinceLastLoad: 3_600)
        #expect(hourly.verified.map(\.id) == ["p3"], "an hour's share rounds up to one, and p3 is due")
    }

    @Test("a report that never loaded verifies every unchanged parent")
    func neverLoaded() {
        let unchanged = (0..<5).map { candidate("p\($0)") }
        let selection = FanOutSchedule.choose(unchanged, verifyAfter: week, secondsSinceLastLoad: nil)
        #expect(selection.verified.count == 5 && selection.fresh.isEmpty)
    }
}
