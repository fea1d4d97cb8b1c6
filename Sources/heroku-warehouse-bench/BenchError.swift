/// Why the benchmark could not run or could not measure a phase.
enum BenchError: Error, CustomStringConvertible {
    /// A command-line argument was missing or malformed.
    case usage(String)
    /// A child process failed or wrote no result.
    case childFailed(String)
    /// A load did not succeed, so its time would mean nothing.
    case loadFailed(String)

    var description: String {
        switch self {
        case .usage(let message): "usage: \(message)"
        case .childFailed(let message): "child process: \(message)"
        case .loadFailed(let message): "load failed: \(message)"
        }
    }
}
