/// A JSON object that keeps its keys in insertion order.
public struct SandboxObject: Sendable, Hashable {
    /// The keys, in order.
    public private(set) var keys: [String] = []
    private var values: [SandboxJSON] = []

    /// An empty object.
    public init() {}

    /// The members, in order.
    public var members: [(key: String, value: SandboxJSON)] {
        Array(zip(keys, values)).map { (key: $0.0, value: $0.1) }
    }

    /// The number of members.
    public var count: Int { keys.count }

    /// Reads a member; assigning replaces it in place (or appends a new key), and
    /// assigning `nil` removes the key. (To store JSON `null`, assign `.null`.)
    public subscript(key: String) -> SandboxJSON? {
        get {
            guard let index = keys.firstIndex(of: key) else { return nil }
            return values[index]
        }
        set {
            let index = keys.firstIndex(of: key)
            switch (index, newValue) {
            case (let index?, let value?): values[index] = value
            case (let index?, nil):
                keys.remove(at: index)
                values.remove(at: index)
            case (nil, let value?):
                keys.append(key)
                values.append(value)
            case (nil, nil): break
            }
        }
    }
}
