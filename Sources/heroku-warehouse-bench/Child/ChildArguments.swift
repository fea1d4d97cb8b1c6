import Foundation

/// What a hidden child subcommand needs: where the sandbox is, which schema, and where to
/// write its result, passed as `--name value` pairs by the parent. The database URL is read
/// from `DATABASE_URL` (inherited), never passed on a command line where `ps` would show it.
struct ChildArguments {
    var apiURL: String
    var apiKey: String
    var databaseURL: String?
    /// The warehouse schema (`_load`) or the scratch table's schema (`_floor`).
    var schema: String
    /// The JSON result is written here.
    var resultPath: String

    /// Parses `--api-url U --api-key K --schema S --result F`.
    init(_ arguments: ArraySlice<String>) throws {
        var values: [String: String] = [:]
        var iterator = arguments.makeIterator()
        while let name = iterator.next() {
            guard name.hasPrefix("--"), let value = iterator.next() else {
                throw BenchError.usage("child argument \(name) needs a value")
            }
            values[String(name.dropFirst(2))] = value
        }
        func required(_ name: String) throws -> String {
            guard let value = values[name] else { throw BenchError.usage("child needs --\(name)") }
            return value
        }
        apiURL = try required("api-url")
        apiKey = try required("api-key")
        schema = try required("schema")
        resultPath = try required("result")
        databaseURL = ProcessInfo.processInfo.environment["DATABASE_URL"]
    }

    /// The same arguments as a command line, for the parent to pass.
    static func commandLine(apiURL: String, apiKey: String, schema: String, resultPath: String) -> [String] {
        ["--api-url", apiURL, "--api-key", apiKey, "--schema", schema, "--result", resultPath]
    }
}
