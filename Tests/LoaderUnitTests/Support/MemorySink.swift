import Loader
import Schema
import Warehouse

/// Collects a report's objects for a ``MemoryStore`` and merges them as the warehouse does:
/// by key, the last arrival of a key winning; stored rows not fetched are deleted, unless
/// their parent was forbidden (kept) or not fetched on purpose.
final class MemorySink: ReportSink {
    let table: ReportTable
    private(set) var received = 0
    private var staged: [String: MemoryWarehouse.Row] = [:]
    private var withoutKey = 0
    private var kept: [(path: JSONPath, value: String)] = []
    private var notFetched: [(path: JSONPath, value: String)] = []
    private var outsideWindows: [(path: JSONPath, value: String, window: PeriodWindow)] = []

    init(table: ReportTable) { self.table = table }

    func append(_ object: JSONObject) throws {
        received += 1
        var object = object
        for path in table.excludedPaths { object = object.removing(path: path) }
        let values = table.keyPaths.map { MemoryStore.text(at: $0, of: object) }
        guard values.allSatisfy({ $0 != nil }) else {
            withoutKey += 1
            return
        }
        staged[values.map { $0! }.joined(separator: "\u{1}")] = .init(text: JSONValue.object(object).jsonText(),
                                                                     object: object)
    }

    func append(_ object: JSONObject, originalText text: ArraySlice<UInt8>, storableAsIs: Bool) throws {
        try append(object)
    }

    var recognisesStoredText: Bool { false }
    func recognise(_ text: UnsafeBufferPointer<UInt8>) -> Bool { false }
    func appendRecognised() { preconditionFailure("nothing is recognised in memory") }

    func keepStoredRows(at path: JSONPath, equalTo value: String) { kept.append((path, value)) }
    func leaveStoredRows(at path: JSONPath, equalTo value: String) { notFetched.append((path, value)) }
    func leaveStoredRows(at path: JSONPath, equalTo value: String, outside window: PeriodWindow) {
        outsideWindows.append((path, value, window))
    }

    /// The rows after merging into `stored`, and what the merge counted.
    func merge(into stored: [String: MemoryWarehouse.Row], table: ReportTable, deleteGuard: DeleteGuard) throws
        -> (rows: [String: MemoryWarehouse.Row], counts: MergeCounts) {
        if withoutKey > 0 {
            throw WarehouseError.objectsWithoutKey(table: table.name, count: withoutKey,
                                                   keys: table.keyPaths.map { $0.joined(separator: ".") })
        }
        var counts = MergeCounts()
        counts.staged = staged.count
        var rows = staged
        for (key, row) in staged {
            switch stored[key] {
            case nil: counts.inserted += 1
            case row?: counts.unchanged += 1
            default: counts.updated += 1
            }
        }
        func matches(_ row: MemoryWarehouse.Row, _ list: [(path: JSONPath, value: String)]) -> Bool {
            list.contains { MemoryStore.text(at: $0.path, of: row.object) == $0.value }
        }
        for (key, row) in stored where staged[key] == nil {
            if matches(row, kept) {
                counts.kept += 1
            } else if matches(row, notFetched) || outsideWindows.contains(where: { path, value, window in
                MemoryStore.text(at: path, of: row.object) == value
                    && !window.contains(MemoryStore.text(at: window.path, of: row.object) ?? "")
            }) {
                counts.notFetched += 1
            } else {
                counts.deleted += 1
                continue
            }
            rows[key] = row
        }
        try deleteGuard.check(counts, table: table.name)
        return (rows, counts)
    }
}
