import Logging

/// The hidden subcommands the bench runs itself as, one measured phase per process:
/// `_floor` and `_load`, each followed by `ChildArguments`. The result goes to `--result`.
enum ChildCommand {
    static let floor = "_floor"
    static let load = "_load"

    /// Whether `name` is one of the hidden subcommands.
    static func handles(_ name: String) -> Bool {
        name == floor || name == load
    }

    /// Runs the subcommand `name` and writes its result file.
    static func run(_ name: String, arguments: ArraySlice<String>) async throws {
        let parsed = try ChildArguments(arguments)
        var logger = Logger(label: "heroku-warehouse-bench")
        logger.logLevel = .warning
        if name == floor {
            var result = try await FloorChild.run(parsed, logger: logger)
            result.peakRSSKilobytes = RSSTrace.peakKilobytes()
            try ChildResultFile.write(result, to: parsed.resultPath)
        } else {
            var result = try await LoadChild.run(parsed, logger: logger)
            result.peakRSSKilobytes = RSSTrace.peakKilobytes()
            try ChildResultFile.write(result, to: parsed.resultPath)
        }
    }
}
