import Foundation

/// Lines for long-running commands (`schedule`, `sandbox`): each written to stdout at once.
/// `print` buffers stdout when it is a file or a pipe (`docker compose logs`, `>> file`), so
/// their lines would show up only when the buffer fills or the process exits.
enum StandardOutput {
    /// Writes `line` and a newline now.
    static func writeLine(_ line: String) {
        // A closed stdout must not end the process (the Data overload traps on errors).
        try? FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
    }
}
