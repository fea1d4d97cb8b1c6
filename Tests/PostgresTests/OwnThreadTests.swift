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
        let key = String(Int.random(in: 1...1_000_000_000))
        let waits = ProcessInfo.processInfo.activeProcessorCount + 2
        // A thread of the test's own holds an advisory lock until a task on the cooperative
        // pool says it ran while every waiter was blocked (or 60 s have passed).
        let locked = DispatchSemaphore(value: 0)
        let poolTaskRan = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        let verdict = Verdict()
        let holder = Thread {
            guard let connection = try? Connection(url: url),
                  (try? connection.execute("SELECT pg_advisory_lock($1::bigint)", [key])) != nil else {
                locked.signal()
                released.signal()
                return
            }
            locked.signal()
            verdict.ranFirst = poolTaskRan.wait(timeout: .now() + 60) == .success
            _ = try? connection.execute("SELECT pg_advisory_unlock($1::bigint)", [key])
            verdict.released = true
            released.signal()
        }
        holder.start()
        await Self.wait(locked)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<waits {
                group.addTask {
                    let connection = try await Connection.open(url: url)
                    try await connection.onOwnThread {
                        _ = try connection.execute("SELECT pg_advisory_lock_shared($1::bigint)", [key])
                    }
                }
            }
            // Needs the cooperative pool (Task.sleep resumes on it) while they all wait.
            group.addTask {
                let observer = try TestDatabase.connect()
                while !verdict.released, try observer.execute("""
                    SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
                      AND ((classid::bigint << 32) | objid::bigint) = $1::bigint
                    """, [key]).int(0, 0) ?? 0 < waits {
                    try await Task.sleep(for: .milliseconds(20))
                }
                try await Task.sleep(for: .milliseconds(20))
                poolTaskRan.signal()
            }
            try await group.waitForAll()
        }
        await Self.wait(released)
        #expect(verdict.ranFirst, "a task on the cooperative pool could not run while \(waits) statements waited")
    }

    /// Waits for `semaphore` on a thread of Dispatch's, not the cooperative pool.
    private static func wait(_ semaphore: DispatchSemaphore) async {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                semaphore.wait()
                continuation.resume()
            }
        }
    }

    @Test("cancelling the task stops a statement waiting for a lock (query_canceled), refuses the next in the transaction, and leaves ROLLBACK and statements outside a transaction working")
    func cancellation() async throws {
        try await withTestSchema { holder, schema in
            let table = Connection.quoteQualified(schema, "t")
            try holder.execute("CREATE TABLE \(table) (x int)")
            try holder.execute("BEGIN")
            try holder.execute("LOCK TABLE \(table) IN ACCESS EXCLUSIVE MODE")
            defer { _ = try? holder.execute("ROLLBACK") }

            let url = try #require(TestDatabase.url)
            let waiting = Task { () -> (stopped: String, next: String, after: String) in
                let connection = try await Connection.open(url: url)
                return try await connection.onOwnThread {
                    var stopped = ""
                    var next = ""
                    do {
                        try connection.transaction { connection in
                            do {
                                _ = try connection.execute("SELECT count(*) FROM \(table)")
                            } catch {
                                stopped = (error as? PostgresError)?.sqlState?.rawValue ?? "\(error)"
                                // The transaction goes on only to show the next statement is refused.
                                do { _ = try connection.execute("SELECT 1") } catch { next = "\(type(of: error))" }
                                throw error
                            }
                        }
                    } catch {}
                    // Outside the transaction (rolled back), a statement still runs: the ledger's.
                    let after = try connection.execute("SELECT 'recorded'").firstValue ?? ""
                    return (stopped, next, after)
                }
            }
            // Cancel once the statement waits for the lock (a minute at most).
            let pid = try #require(try holder.execute("SELECT pg_backend_pid()").firstValue)
            // Another session: pg_stat_activity is read once per transaction, and the holder's is open.
            let observer = try TestDatabase.connect()
            let deadline = ContinuousClock.now + .seconds(60)
            while ContinuousClock.now < deadline, try observer.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE $1::integer = ANY (pg_blocking_pids(pid))", [pid]).int(0, 0) == 0 {
                try await Task.sleep(for: .milliseconds(20))
            }
            waiting.cancel()
            let result = try await waiting.value
            // The statement (which would wait for ever: no lock_timeout here) was cancelled in the server.
            #expect(result.stopped == "57014")
            #expect(result.next == "CancellationError")
            #expect(result.after == "recorded")
        }
    }
}

/// Whether the pool's task ran before the lock was released, and whether it was, set by the
/// holding thread.
private final class Verdict: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    private let lock = NSLock()
    private var ranFirstValue = false
    private var releasedValue = false

    var ranFirst: Bool {
        get { lock.withLock { ranFirstValue } }
        set { lock.withLock { ranFirstValue = newValue } }
    }

    var released: Bool {
        get { lock.withLock { releasedValue } }
        set { lock.withLock { releasedValue = newValue } }
    }
}
