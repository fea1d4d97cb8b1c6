import Dispatch
import Foundation

/// Runs an operation in a task that SIGTERM and SIGINT cancel, so a load in flight rolls
/// back its open report, records itself as interrupted and releases the lock before the
/// process exits. A second signal exits at once (PostgreSQL rolls back what is open).
enum SignalCancellation {
    static func run<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await operation() }
        let received = LockedFlag()
        let sources = [SIGTERM, SIGINT].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                guard received.setIfUnset() else {
                    FileHandle.standardError.write(Data("heroku-warehouse: second signal, exiting now\n".utf8))
                    _exit(128 + number)
                }
                FileHandle.standardError.write(Data("heroku-warehouse: stopping: rolling back the report in flight\n".utf8))
                task.cancel()
            }
            source.resume()
            return source
        }
        defer {
            for source in sources { source.cancel() }
        }
        return try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            task.cancel()
        }
    }
}
