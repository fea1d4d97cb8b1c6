import Foundation
import Loader

/// Live per-report progress on stderr when it is a terminal: one line, rewritten in place.
struct ProgressPrinter: Sendable {
    let enabled: Bool

    /// The callback handed to the loader.
    var report: (@Sendable (LoadProgress) -> Void)? {
        guard enabled else { return nil }
        return { event in
            let line = "\r\u{1B}[K\(event.report): \(event.phase.rawValue), \(event.pages) pages, \(event.objects) objects"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Ends the progress line.
    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
