import Foundation
import Postgres
import TestSupport
import Testing

/// `Connection.onOwnThread`: blocking calls off Swift's cooperative pool, and a cancelled
/// task's statements stopped in the server or refused before they are sent.
@Suite("Connection's own thread")
struct OwnThreadTests {
    @Test("statements waiting in PostgreSQL on more connections than Swift has cooperative threads never stall other tasks")
    func blockingCallsLeaveThePoolFree() async throws {
        let url = try #require(TestDatabase.url)
        let waits = ProcessInfo.processInfo.activeProcessorCount + 2
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<waits {
                group.addTask {
                    let connection = try await Connection.open(url: url)
                    try await connection.onOwnThread { _ = try connection.execute("SELECT pg_sleep(3)") }
                }
            }
            // Meanwhile a task that needs the cooperative pool goes on: it would wait for the
            // sleeps to end if they blocked the pool's threads.
            try await Task.sleep(for: .milliseconds(500))
            let tick = ContinuousClock.now - started
            #expect(tick < .milliseconds(2_500), "a task waited \(tick) while statements slept in PostgreSQL")
            try await group.waitForAll()
        }
    }

    @Test("cancelling the task stops a statement waiting for a lock within a second, refuses the next in the transaction, and leaves ROLLBACK and statements outside a transaction working")
    func cancellation() async throws {
        try await withTestSchema { holder, schema in
            let table = Connection.quoteQualified(schema, "t")
            try holder.execute("CREATE TABLE \(table) (x int)")
            try holder.execute("BEGIN")
            try holder.execute("LOCK TABLE \(table) IN ACCESS EXCLUSIVE MODE")
            defer { _ = try? holder.execute("ROLLBACK") }

            let url = try #require(TestDatabase.url)
            let waiting = Task { () -> (waited: Duration, next: String, after: String) in
                let connection = try await Connection.open(url: url)
                return try await connection.onOwnThread {
                    let started = ContinuousClock.now
                    var waited = Duration.zero
                    var next = ""
                    do {
                        try connection.transaction { connection in
                            do {
                                _ = try connection.execute("SELECT count(*) FROM \(table)")
                            } catch {
                                waited = ContinuousClock.now - started
                                // The transaction goes on only to show the next statement is refused.
                                do { _ = try connection.execute("SELECT 1") } catch { next = "\(type(of: error))" }
                                throw error
                            }
                        }
                    } catch {}
                    // Outside the transaction (rolled back), a statement still runs: the ledger's.
                    let after = try connection.execute("SELECT 'recorded'").firstValue ?? ""
                    return (waited, next, after)
                }
            }
            // Let the statement reach the lock.
            try await Task.sleep(for: .milliseconds(500))
            waiting.cancel()
            let result = try await waiting.value
            #expect(result.waited < .seconds(3), "the waiting statement was cancelled in the server")
            #expect(result.next == "CancellationError")
            #expect(result.after == "recorded")
        }
    }
}
