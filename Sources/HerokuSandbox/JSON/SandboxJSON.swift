/// A JSON value whose objects keep their key order, so generated responses are
/// byte-for-byte reproducible and tests can compare them.
///
/// Numbers keep their literal text (`"25"`, `"1.50"`), as on the wire.
public enum SandboxJSON: Sendable, Hashable {
    /// JSON `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as its literal JSON text.
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([SandboxJSON])
    /// An object, keys in insertion order.
    case object(SandboxObject)

    /// An integer number.
    public static func int(_ value: some BinaryInteger) -> SandboxJSON {
        .number(String(value))
    }

    /// The string, or nil if this is not a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number's literal text, or nil if this is not a number.
    public var numberText: String? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The object, or nil if this is not an object.
    public var objectValue: SandboxObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The array, or nil if this is not an array.
    public var arrayValue: [SandboxJSON]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// Whether this is JSON `null`.
    public var isNull: Bool { self == .null }

    /// The member of an object, or nil (also when this is not an object).
    public subscript(key: String) -> SandboxJSON? {
        objectValue?[key]
    }
}

extension SandboxJSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    /// A string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer literal.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A boolean literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `nil` is JSON `null`.
    public init(nilLiteral: ()) { self = .null }
    /// An array literal.
    public init(arrayLiteral elements: SandboxJSON...) { self = .array(elements) }
    /// A dictionary literal is an object with the literal's key order.
    public init(dictionaryLiteral elements: (String, SandboxJSON)...) {
        var object = SandboxObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}
