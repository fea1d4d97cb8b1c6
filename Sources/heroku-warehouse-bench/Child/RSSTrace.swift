import Foundation
import Loader

/// With `HEROKU_WAREHOUSE_BENCH_RSS_TRACE=1`, the `_load` child prints its resident memory
/// (from `/proc/self/statm`) on stderr when a report starts merging and when it is done,
/// and every 50 pages: a cheap way to see which step holds memory.
enum RSSTrace {
    static var enabled: Bool {
        ProcessInfo.processInfo.environment["HEROKU_WAREHOUSE_BENCH_RSS_TRACE"] == "1"
    }

    /// The progress callback to hand to `LoadRunner`, or nil when tracing is off.
    static var progress: (@Sendable (LoadProgress) -> Void)? {
        guard enabled else { return nil }
        return { progress in
            let pageMark = progress.phase == .fetching && progress.pages > 0 && progress.pages % 50 == 0
            guard progress.phase != .fetching || pageMark else { return }
            FileHandle.standardError.write(Data(
                "rss: \(progress.report) \(progress.phase) pages=\(progress.pages) rss=\(residentMegabytes()) MB\n".utf8))
        }
    }

    /// The peak resident set size of this process's own address space (`VmHWM` in
    /// `/proc/self/status`), in KiB. Unlike `ru_maxrss`, it does not start from the parent's
    /// peak: `posix_spawn` runs in the parent's memory until `exec`, and Linux folds that
    /// memory's high-water mark into the child's `ru_maxrss`.
    static func peakKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let value = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return -1 }
        return value
    }

    /// Resident set size now, in MB.
    static func residentMegabytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return -1 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
