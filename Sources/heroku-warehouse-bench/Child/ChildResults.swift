import Foundation

/// What the `_floor` child measured: the fetch part and the COPY part of the floor.
struct FloorChildResult: Codable, Sendable {
    /// (a) fetching every page of every default report and parsing it, result discarded.
    var fetchSeconds: Double
    /// (b) COPYing the same objects' JSON text into an unlogged `(raw jsonb)` table, commit included.
    var copySeconds: Double
    /// Objects fetched (and copied).
    var rows: Int
    /// Pages fetched.
    var pages: Int
    /// `VmHWM` of the child at the end, KiB.
    var peakRSSKilobytes: Int = 0
}

/// What the `_load` child measured: one `LoadRunner.run` and its summary.
struct LoadChildResult: Codable, Sendable {
    /// Time of `LoadRunner.run` (connect, migrate, fetch, stage, merge, audit).
    var seconds: Double
    /// `succeeded`, `partial`, `failed`, ...
    var status: String
    /// Objects fetched over all reports.
    var fetched: Int
    /// Pages over all reports.
    var pages: Int
    /// Requests the client counted (the `GET /account` included).
    var requests: Int
    var inserted: Int
    var updated: Int
    var unchanged: Int
    var deleted: Int
    /// The load's error, when it did not succeed.
    var error: String?
    /// `VmHWM` of the child at the end, KiB.
    var peakRSSKilobytes: Int = 0

    /// Rows written to the current and history tables' sense of "changed": inserted + updated + deleted.
    var written: Int { inserted + updated + deleted }
}

/// Reading and writing child results as JSON files.
enum ChildResultFile {
    static func write(_ value: some Encodable, to path: String) throws {
        try JSONEncoder().encode(value).write(to: URL(fileURLWithPath: path))
    }

    static func read<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
