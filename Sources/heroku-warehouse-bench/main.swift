import Foundation

// heroku-warehouse-bench: see BenchOptions.usage. Re-invokes itself with the hidden
// subcommands of ChildCommand to measure each phase in a process of its own.
let arguments = CommandLine.arguments.dropFirst()
do {
    if let first = arguments.first, ChildCommand.handles(first) {
        try await ChildCommand.run(first, arguments: arguments.dropFirst())
    } else {
        try await BenchCommand.run(try BenchOptions(arguments))
    }
} catch let error as BenchError {
    FileHandle.standardError.write(Data("heroku-warehouse-bench: \(error)\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("heroku-warehouse-bench: \(String(describing: error))\n".utf8))
    exit(1)
}
