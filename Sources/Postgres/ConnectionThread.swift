import Foundation

/// A thread of its own for one connection's blocking libpq calls, usable as a Swift
/// `TaskExecutor`: code run with this executor as its preference
/// (``Connection/onOwnThread(_:)``) runs on this thread, so a statement that waits in
/// PostgreSQL (for a lock, say) blocks this thread only and never one of the few threads of
/// Swift's cooperative pool, which the other tasks of the load need to go on (a report
/// paused with `Task.sleep` must be able to resume while others wait in PostgreSQL).
///
/// Jobs run one after the other, in the order they arrive. The thread ends once the
/// executor is released and its queue is empty.
final class ConnectionThread: TaskExecutor, @unchecked Sendable {
    /// The queue shared with the thread; the thread holds no reference to the executor, so
    /// releasing the executor ends the thread.
    private final class Queue: @unchecked Sendable {
        let condition = NSCondition()
        /// Each job with the executor it was enqueued on (alive while the job's task prefers it).
        var jobs: [(job: UnownedJob, executor: UnownedTaskExecutor)] = []
        var open = true
    }

    private let queue = Queue()
    /// The threads' stack: as deep as a main thread's, for parsing deeply nested JSON.
    static let stackSize = 8 << 20

    init(name: String) {
        let queue = queue
        let thread = Thread {
            Self.serve(queue)
        }
        thread.name = name
        thread.stackSize = Self.stackSize
        thread.start()
    }

    deinit {
        queue.condition.withLock {
            queue.open = false
            queue.condition.signal()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.condition.withLock {
            queue.jobs.append((job, executor))
            queue.condition.signal()
        }
    }

    /// The thread's loop: runs jobs as they come, until the executor is gone and no job is left.
    private static func serve(_ queue: Queue) {
        while true {
            queue.condition.lock()
            while queue.jobs.isEmpty && queue.open { queue.condition.wait() }
            guard !queue.jobs.isEmpty else {
                queue.condition.unlock()
                return
            }
            let batch = queue.jobs
            queue.jobs.removeAll(keepingCapacity: true)
            queue.condition.unlock()
            for (job, executor) in batch { job.runSynchronously(on: executor) }
        }
    }
}
