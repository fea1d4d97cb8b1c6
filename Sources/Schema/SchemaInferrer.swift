import Foundation

/// A path of object keys from the root of a report object: `["app", "name"]`.
public typealias JSONPath = [String]

/// One column candidate found in the data: a JSON path and the narrowest type that fits every
/// value seen there.
public struct InferredField: Sendable, Hashable {
    /// The path of object keys from the root object.
    public var path: JSONPath
    /// The inferred type; nil when every value seen at the path was `null`.
    public var type: ColumnType?

    /// A field at `path` with `type`.
    public init(path: JSONPath, type: ColumnType?) {
        self.path = path
        self.type = type
    }
}

/// Infers column candidates from the objects of one report, incrementally (page by page).
///
/// Rules, for each key path below the root object:
/// - An object value is flattened: its keys become paths one component longer; the object's
///   own path yields no field. A path whose values were only ever objects or `null` yields no
///   field, unless every value was `null`: then it is a field with type nil.
/// - Objects are flattened until a path has `maxFlattenDepth` components; an object at such a
///   path is not flattened further and makes the path `jsonb`.
/// - Arrays make the path `jsonb`.
/// - A path seen both as an object and as a scalar or array is a `jsonb` field; the fields
///   already recorded for its children stay.
/// - Scalars are classified with `ColumnType.classify(_:)` and widened across all values with
///   `ColumnType.widened(with:)`; `null` never changes a type.
///
/// Paths hold keys as stored (U+0000 in a key becomes U+FFFD, as `writeJSON` writes it).
///
/// Memory is one small state per distinct path (a trie keyed by object keys), independent of
/// the number of objects observed. Keys are matched as Swift strings, so two keys that differ
/// only in Unicode normalization (`é` precomposed or decomposed) share one path.
public struct SchemaInferrer: Sendable {
    /// The maximum number of components of an inferred path (at least 1).
    public let maxFlattenDepth: Int
    /// How many objects `observe(_:)` has seen.
    public private(set) var objectCount = 0

    private var nodes: [Node] = [Node(path: [])]

    private struct Node: Sendable {
        let path: JSONPath
        var children: [String: Int] = [:]
        /// The children in the order the last object listed its keys: objects of one report
        /// list them in the same order, so a key is usually found by position, unhashed.
        var lastOrder: [(key: String, child: Int)] = []
        var sawObject = false
        var type: ColumnType? = nil
    }

    /// An inferrer that flattens nested objects up to paths of `maxFlattenDepth` components.
    public init(maxFlattenDepth: Int = 4) {
        self.maxFlattenDepth = max(1, maxFlattenDepth)
    }

    /// Records every path and value of `object`, one report object.
    public mutating func observe(_ object: JSONObject) {
        objectCount += 1
        observe(object, node: 0, depth: 0)
    }

    /// Observes every element of `values` that is an object; returns how many were not objects
    /// (and were ignored).
    @discardableResult
    public mutating func observe(contentsOf values: [JSONValue]) -> Int {
        var ignored = 0
        for value in values {
            if case .object(let object) = value { observe(object) } else { ignored += 1 }
        }
        return ignored
    }

    private mutating func observe(_ object: JSONObject, node parent: Int, depth: Int) {
        let childDepth = depth + 1
        for (position, (key, value)) in object.enumerated() {
            let child = childIndex(parent, key, position: position)
            switch value {
            case .null:
                continue
            case .object(let nested) where childDepth < maxFlattenDepth:
                nodes[child].sawObject = true
                observe(nested, node: child, depth: childDepth)
            case .object, .array:
                nodes[child].type = .jsonb
            case .bool, .number, .string:
                let current = nodes[child].type
                // text and jsonb absorb every scalar: skip the classification.
                if current == .text || current == .jsonb { continue }
                if let type = ColumnType.classify(value) {
                    nodes[child].type = current.widened(with: type)
                }
            }
        }
    }

    private mutating func childIndex(_ parent: Int, _ key: String, position: Int) -> Int {
        if position < nodes[parent].lastOrder.count, nodes[parent].lastOrder[position].key == key {
            return nodes[parent].lastOrder[position].child
        }
        let stored = Self.storedKey(key)
        let index: Int
        if let existing = nodes[parent].children[stored] {
            index = existing
        } else {
            index = nodes.count
            nodes.append(Node(path: nodes[parent].path + [stored]))
            nodes[parent].children[stored] = index
        }
        if position < nodes[parent].lastOrder.count {
            nodes[parent].lastOrder[position] = (key, index)
        } else if position == nodes[parent].lastOrder.count {
            nodes[parent].lastOrder.append((key, index))
        }
        return index
    }

    /// A key as stored: PostgreSQL cannot hold U+0000, so `writeJSON(into:replacingNUL:)`
    /// writes it as U+FFFD, and the column must read that key.
    static func storedKey(_ key: String) -> String {
        key.utf8.contains(0) ? key.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : key
    }

    /// Paths at which an object was seen (and flattened).
    public var objectPaths: Set<JSONPath> {
        Set(nodes.dropFirst().filter(\.sawObject).map(\.path))
    }

    /// Paths at which a scalar or an array was seen, with the type of those values.
    public var valuePaths: [(path: JSONPath, type: ColumnType)] {
        nodes.dropFirst().compactMap { node in node.type.map { (node.path, $0) } }
    }

    /// Records that objects not observed here held an object at `path` where others hold
    /// another value (or the other way round): the path becomes one `jsonb` field, as if
    /// every object had been observed.
    public mutating func observeMixedShape(at path: JSONPath) {
        let node = objectNode(at: path)
        nodes[node].type = .jsonb
    }

    /// Records that objects not observed here held an object at `path`.
    public mutating func observeObject(at path: JSONPath) {
        objectNode(at: path)
    }

    @discardableResult
    private mutating func objectNode(at path: JSONPath) -> Int {
        var node = 0
        for key in path {
            nodes[node].sawObject = nodes[node].sawObject || node != 0
            if let child = nodes[node].children[key] {
                node = child
            } else {
                let child = nodes.count
                nodes.append(Node(path: nodes[node].path + [key]))
                nodes[node].children[key] = child
                node = child
            }
        }
        nodes[node].sawObject = true
        return node
    }

    /// The inferred fields in the order their paths were first seen.
    public var fields: [InferredField] {
        nodes.dropFirst().compactMap { node in
            switch (node.sawObject, node.type) {
            case (true, nil): return nil
            case (true, .some): return InferredField(path: node.path, type: .jsonb)
            case (false, let type): return InferredField(path: node.path, type: type)
            }
        }
    }
}
