/// One page of a list, cut according to a ``SandboxRange``.
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

    /// Sorts by the range's field (ties by id), applies the start/end bounds and cuts `max` items.
    init(objects: [SandboxJSON], range: SandboxRange, max: Int) {
        let field = range.field
        var keyed = objects.map { (key: Self.key($0, field), id: Self.key($0, "id"), object: $0) }
        keyed.sort { ($0.key, $0.id) < ($1.key, $1.id) }
        if range.descending { keyed.reverse() }
        let descending = range.descending
        if let start = range.start {
            keyed = keyed.filter { entry in
                if descending { return range.startExclusive ? entry.key < start : entry.key <= start }
                return range.startExclusive ? entry.key > start : entry.key >= start
            }
        }
        if let end = range.end {
            keyed = keyed.filter { descending ? $0.key >= end : $0.key <= end }
        }
        let page = keyed.prefix(max)
        items = page.map(\.object)
        firstKey = page.first?.key
        lastKey = page.last?.key
        hasMore = keyed.count > page.count
        self.max = max
    }
}
