/// One page of a list, cut according to a ``SandboxRange``.
///
/// A list of exactly N × `max` objects ends with a full page answered 200 without
/// `Next-Range` (``hasMore`` is false): never a 206 followed by an empty page, which Heroku
/// may send (undocumented). Its `ETag` covers the body only (`SandboxRequestPipeline`), so
/// once objects are appended after it the same page turns 206 with a `Next-Range` and keeps
/// its `ETag`: a 304 to it says nothing about the objects after it.
struct SandboxPage {
    var items: [SandboxJSON]
    var firstKey: String?
    var lastKey: String?
    var hasMore: Bool
    var max: Int

    /// The sort key of an object for a field: strings as is, numbers and booleans as text,
    /// missing or null as the empty string (sorting first).
    static func key(_ object: SandboxJSON, _ field: String) -> String {
        switch object[field] {
        case .string(let value)?: value
        case .number(let text)?: text
        case .bool(let value)?: value ? "true" : "false"
        default: ""
        }
    }

    /// An object with its sort key and id.
    typealias Entry = (key: String, id: String, object: SandboxJSON)

    /// `objects` sorted ascending by `field`, ties by id.
    static func sortedEntries(_ objects: [SandboxJSON], field: String) -> [Entry] {
        var keyed = objects.map { (key: Self.key($0, field), id: Self.key($0, "id"), object: $0) }
        keyed.sort { ($0.key, $0.id) < ($1.key, $1.id) }
        return keyed
    }

    /// Sorts by the range's field (ties by id), applies the start/end bounds and cuts `max` items.
    init(objects: [SandboxJSON], range: SandboxRange, max: Int) {
        self.init(sorted: Self.sortedEntries(objects, field: range.field), range: range, max: max)
    }

    /// Applies the range's direction, start/end bounds and `max` to entries sorted ascending.
    /// The start is found by binary search, so a page costs O(log n + max).
    init(sorted: [Entry], range: SandboxRange, max: Int) {
        let descending = range.descending
        var candidates: ArraySlice<Entry>
        if descending {
            // Rare (order=desc): reverse, then filter like the ascending case.
            var reversed = Array(sorted.reversed())[...]
            if let start = range.start {
                reversed = reversed.filter { range.startExclusive ? $0.key < start : $0.key <= start }[...]
            }
            candidates = reversed
        } else {
            var low = sorted.startIndex
            if let start = range.start {
                var high = sorted.endIndex
                while low < high {
                    let middle = (low + high) / 2
                    let before = range.startExclusive ? sorted[middle].key <= start : sorted[middle].key < start
                    if before { low = middle + 1 } else { high = middle }
                }
            }
            candidates = sorted[low...]
        }
        if let end = range.end {
            candidates = candidates.filter { descending ? $0.key >= end : $0.key <= end }[...]
        }
        let page = candidates.prefix(max)
        items = page.map(\.object)
        firstKey = page.first?.key
        lastKey = page.last?.key
        hasMore = candidates.count > page.count
        self.max = max
    }
}
