import Foundation

/// A parsed JSON value.
///
/// Numbers keep their literal text exactly as it appeared in the input (`.number("1.50")`,
/// `.number("123456789012345678901234567890")`), so no precision is lost between the Heroku API
/// and PostgreSQL. Equality is structural and literal: `.number("1.0") != .number("1")`, and
/// objects compare their keys in order.
public enum JSONValue: Sendable, Hashable {
    /// JSON `null`.
    case null
    /// JSON `true` or `false`.
    case bool(Bool)
    /// A JSON number, as its literal text. The text must be a valid RFC 8259 number when the value
    /// is serialized; the parser only ever produces valid literals.
    case number(String)
    /// A JSON string.
    case string(String)
    /// A JSON array.
    case array([JSONValue])
    /// A JSON object, keys in input order.
    case object(JSONObject)
}

extension JSONValue {
    /// True for `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The string of a `.string` value, nil for every other case.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The Bool of a `.bool` value, nil for every other case.
    public var boolValue: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    /// The literal text of a `.number` value, nil for every other case.
    public var numberLiteral: String? {
        if case .number(let literal) = self { return literal }
        return nil
    }

    /// The object of an `.object` value, nil for every other case.
    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The elements of an `.array` value, nil for every other case.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The value at `path`, following object keys from this value; `[]` is the value itself.
    /// Nil when a component is missing or an intermediate value is not an object.
    public func value(at path: [String]) -> JSONValue? {
        var current = self
        for key in path {
            guard case .object(let object) = current, let next = object[key] else { return nil }
            current = next
        }
        return current
    }
}

extension JSONValue: ExpressibleByNilLiteral {
    /// `nil` is JSON `null`.
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    /// A boolean literal is a JSON boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    /// An integer literal is a JSON number with its decimal text.
    public init(integerLiteral value: Int) { self = .number(String(value)) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    /// A float literal is a JSON number with the shortest text that round-trips the Double.
    public init(floatLiteral value: Double) { self = .number(String(value)) }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// A string literal is a JSON string.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    /// An array literal is a JSON array.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// A dictionary literal is a JSON object with the keys in literal order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements.map { (key: $0.0, value: $0.1) }))
    }
}
