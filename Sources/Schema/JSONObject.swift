import Foundation

/// A JSON object: key/value pairs in input order, each key at most once.
///
/// Lookup by key is a linear scan, which is fastest for the small objects of the Heroku API.
/// Building an object from pairs with a repeated key keeps one entry, at the position of the
/// first occurrence, holding the last value (as JavaScript and PostgreSQL's `jsonb` do). Keys are
/// compared by their UTF-8 bytes, not by Unicode canonical equivalence. Equality is order-sensitive.
public struct JSONObject: Sendable, Hashable, Sequence {
    /// One key/value pair.
    public typealias Element = (key: String, value: JSONValue)

    /// The pairs, unique keys, in order.
    public private(set) var pairs: [Element]

    /// An empty object.
    public init() { pairs = [] }

    /// An object from pairs in order; a repeated key keeps its first position and last value.
    public init(_ pairs: [Element]) {
        var builder = JSONObjectBuilder()
        for pair in pairs { builder.append(key: pair.key, value: pair.value) }
        self = builder.build()
    }

    /// Builds from pairs already known to have unique keys (the parser's fast path).
    init(uniquePairs: [Element]) { pairs = uniquePairs }

    /// The keys in order.
    public var keys: [String] { pairs.map(\.key) }

    /// The values in key order.
    public var values: [JSONValue] { pairs.map(\.value) }

    /// The number of keys.
    public var count: Int { pairs.count }

    /// True when the object has no keys.
    public var isEmpty: Bool { pairs.isEmpty }

    /// The value for `key`, or nil. Setting a new key appends it; setting nil removes it.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let index = index(of: key) else { return nil }
            return pairs[index].value
        }
        set {
            let existing = index(of: key)
            switch (existing, newValue) {
            case (let index?, let value?): pairs[index].value = value
            case (let index?, nil): pairs.remove(at: index)
            case (nil, let value?): pairs.append((key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The value at `path` (object keys from this object), or nil; nil for `[]`.
    public func value(at path: [String]) -> JSONValue? {
        guard let first = path.first, let head = self[first] else { return nil }
        return head.value(at: Array(path.dropFirst()))
    }

    /// An iterator over the pairs in order.
    public func makeIterator() -> IndexingIterator<[Element]> { pairs.makeIterator() }

    /// The number of pairs, for `Sequence` consumers.
    public var underestimatedCount: Int { pairs.count }

    private func index(of key: String) -> Int? {
        pairs.firstIndex { sameKey($0.key, key) }
    }

    /// Order-sensitive equality of keys (by UTF-8 bytes) and values.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.pairs.count == rhs.pairs.count else { return false }
        for (left, right) in zip(lhs.pairs, rhs.pairs) {
            guard sameKey(left.key, right.key), left.value == right.value else { return false }
        }
        return true
    }

    /// Hashes keys and values in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(pairs.count)
        for pair in pairs {
            hasher.combine(pair.key)
            hasher.combine(pair.value)
        }
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// A dictionary literal with keys in literal order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }
}

/// Byte-wise key equality: `"é"` precomposed and decomposed are different keys, as in `jsonb`.
@inline(__always)
func sameKey(_ lhs: String, _ rhs: String) -> Bool {
    // `==` is fast (and true for byte-equal strings); the byte check only runs on a match.
    lhs == rhs && lhs.utf8.elementsEqual(rhs.utf8)
}

/// Collects pairs for a `JSONObject`, resolving repeated keys (first position, last value):
/// a linear scan for small objects, a hash index once an object grows past `linearLimit` keys.
struct JSONObjectBuilder {
    /// Objects up to this many keys deduplicate by linear scan.
    static let linearLimit = 32

    private var pairs: [JSONObject.Element] = []
    /// Key → position, once past `linearLimit`. Keyed by `String` (canonical equivalence), so a
    /// hit is confirmed byte-wise; canonically equal but byte-different keys fall back to a scan.
    private var positions: [String: Int]? = nil

    mutating func append(key: String, value: JSONValue) {
        if positions != nil {
            if let position = positions?[key] {
                if sameKey(pairs[position].key, key) {
                    pairs[position].value = value
                } else if let other = pairs.firstIndex(where: { sameKey($0.key, key) }) {
                    pairs[other].value = value
                } else {
                    pairs.append((key: key, value: value))
                }
            } else {
                positions?[key] = pairs.count
                pairs.append((key: key, value: value))
            }
            return
        }
        if let position = pairs.firstIndex(where: { sameKey($0.key, key) }) {
            pairs[position].value = value
            return
        }
        pairs.append((key: key, value: value))
        if pairs.count > JSONObjectBuilder.linearLimit {
            var index: [String: Int] = [:]
            index.reserveCapacity(pairs.count * 2)
            for (position, pair) in pairs.enumerated() where index[pair.key] == nil { index[pair.key] = position }
            positions = index
        }
    }

    func build() -> JSONObject { JSONObject(uniquePairs: pairs) }
}
