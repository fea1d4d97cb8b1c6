import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs this executable again as a child process and measures it with `wait4`, which gives
/// the resource usage (CPU time) of exactly that child. Its `ru_maxrss` is kept but not
/// used: after `posix_spawn` Linux counts the parent's own peak in it (the child reports its
/// `VmHWM` itself instead; see `RSSTrace.peakKilobytes`).
///
/// Foundation's `Process` is not used because it reaps the child itself, losing its rusage.
enum ChildProcess {
    /// How one child run ended and what it cost.
    struct Outcome: Sendable {
        /// The exit code, or 128 + signal number when a signal killed the child.
        var exitCode: Int32
        /// From spawn to exit, process start-up included.
        var wallSeconds: Double
        /// `ru_maxrss` of the child, in KiB on Linux: includes the parent's peak (see above).
        var peakRSSKilobytes: Int
        /// CPU time in user mode.
        var userSeconds: Double
        /// CPU time in kernel mode.
        var systemSeconds: Double
    }

    /// The path of the running executable (`/proc/self/exe` on Linux).
    static var currentExecutable: String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return path
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    /// Spawns `currentExecutable` with `arguments`, the parent's environment plus `extraEnvironment`,
    /// and waits for it on a thread of its own (the wait blocks).
    static func run(arguments: [String], extraEnvironment: [String: String] = [:]) async throws -> Outcome {
        let executable = currentExecutable
        var environment = ProcessInfo.processInfo.environment
        environment.merge(extraEnvironment) { _, new in new }
        let started = ContinuousClock.now
        let pid = try spawn(executable, arguments: [executable] + arguments,
                            environment: environment.map { "\($0.key)=\($0.value)" })
        let (status, usage) = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: waitFor(pid))
            }
        }
        let wall = ContinuousClock.now - started
        return Outcome(
            exitCode: decode(status: status),
            wallSeconds: wall / .seconds(1),
            peakRSSKilobytes: Int(usage.ru_maxrss),
            userSeconds: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
            systemSeconds: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
    }

    private static func spawn(_ path: String, arguments: [String], environment: [String]) throws -> pid_t {
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, nil, nil, argv, envp)
        guard result == 0 else {
            throw BenchError.childFailed("posix_spawn \(path) failed: \(String(cString: strerror(result)))")
        }
        return pid
    }

    private static func waitFor(_ pid: pid_t) -> (Int32, rusage) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        return (status, usage)
    }

    /// `WIFEXITED` / `WEXITSTATUS` / `WTERMSIG`, which Swift does not import (they are macros).
    private static func decode(status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

