import Testing
import Warehouse

/// `--lock-wait`: the standard attempts and pauses, stretched or cut to a total.
@Suite("Lock-wait policy")
struct LockWaitPolicyTests {
    /// The longest a change waits under `policy`: every attempt's timeout and every pause.
    private func longest(_ policy: LockWaitPolicy) -> Duration {
        policy.pauses.reduce(.zero, +) + policy.attemptTimeout * (policy.pauses.count + 1)
    }

    @Test("74 s is the standard policy; longer totals repeat its 30 s pause; shorter ones cut it; never more than the total")
    func waitingAtMost() {
        #expect(LockWaitPolicy.waiting(atMost: .seconds(74)) == .standard)
        #expect(longest(.standard) == .seconds(74))

        let tenMinutes = LockWaitPolicy.waiting(atMost: .seconds(600))
        #expect(longest(tenMinutes) == .seconds(600))
        #expect(Array(tenMinutes.pauses.prefix(6)) == LockWaitPolicy.standard.pauses)
        #expect(tenMinutes.pauses.dropFirst(6).dropLast().allSatisfy { $0 == .seconds(30) })

        let short = LockWaitPolicy.waiting(atMost: .seconds(10))
        #expect(short.pauses == [.seconds(1), .seconds(2)])
        #expect(longest(short) == .seconds(9))

        let once = LockWaitPolicy.waiting(atMost: .seconds(4))
        #expect(once.pauses.isEmpty && once.attemptTimeout == .seconds(2))
        let brief = LockWaitPolicy.waiting(atMost: .seconds(1))
        #expect(brief.pauses.isEmpty && brief.attemptTimeout == .seconds(1))
    }
}
