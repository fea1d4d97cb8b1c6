import Dispatch
import Foundation

/// Runs an operation in a task that SIGTERM and SIGINT cancel, so a load in flight rolls
/// back its open report, records itself as interrupted and releases the lock before the
/// process exits. A second signal exits at once (PostgreSQL rolls back what is open).
enum SignalCancellation {
    static func run<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await operation() }
        let sources = watch { task.cancel() }
        defer {
            for source in sources { source.cancel() }
        }
        return try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            task.cancel()
        }
    }

    /// Watches SIGTERM and SIGINT: the first says the report in flight is rolled back and
    /// calls `onFirst`; a second exits at once (PostgreSQL rolls back what is open). Cancel
    /// the returned sources to stop watching.
    static func watch(onFirst: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
        let received = LockedFlag()
        return [SIGTERM, SIGINT].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                guard received.setIfUnset() else {
                    FileHandle.standardError.write(Data("heroku-warehouse: second signal, exiting now\n".utf8))
                    _exit(128 + number)
                }
                FileHandle.standardError.write(Data("heroku-warehouse: stopping: rolling back the report in flight\n".utf8))
                onFirst()
            }
            source.resume()
            return source
        }
    }
}
