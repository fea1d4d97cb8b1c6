import Foundation

/// Runs the built `heroku-warehouse` executable (it sits next to the test bundle in the
/// build folder) and captures its exit code and output.
struct CommandRunner {
    struct Result {
        var exitCode: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable built by `swift build --build-tests`.
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        while !directory.path.isEmpty, directory.path != "/" {
            let candidate = directory.appendingPathComponent("heroku-warehouse")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "heroku-warehouse")
    }

    /// Runs the command to completion with `arguments` and exactly `environment` (plus PATH).
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try start(arguments, environment: environment).wait()
    }

    /// Starts the command without waiting for it.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> RunningCommand {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = environment
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        if env["HOME"] == nil { env["HOME"] = FileManager.default.temporaryDirectory.path }
        process.environment = env
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hw-cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let out = directory.appendingPathComponent("stdout")
        let err = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return RunningCommand(process: process, directory: directory)
    }
}

/// A command started by `CommandRunner.start`; its output goes to temporary files, so a
/// chatty command never blocks on a full pipe.
struct RunningCommand {
    let process: Process
    let directory: URL

    /// Sends SIGTERM.
    func terminate() { process.terminate() }

    /// What the command printed on stdout so far.
    var stdoutSoFar: String {
        (try? String(contentsOf: directory.appendingPathComponent("stdout"), encoding: .utf8)) ?? ""
    }

    /// What the command printed on stderr so far.
    var stderrSoFar: String {
        (try? String(contentsOf: directory.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
    }

    /// Waits for the command to exit (at most `timeout` seconds, then kills it).
    func wait(timeout: TimeInterval = 120) throws -> CommandRunner.Result {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: directory) }
        return CommandRunner.Result(
            exitCode: process.terminationStatus,
            stdout: (try? String(contentsOf: directory.appendingPathComponent("stdout"), encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: directory.appendingPathComponent("stderr"), encoding: .utf8)) ?? "")
    }
}
