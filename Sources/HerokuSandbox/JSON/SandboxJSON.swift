import Schema

/// The sandbox's JSON values are the `Schema` module's: objects keep their key order and
/// numbers keep their literal text, so generated responses are byte-for-byte reproducible.
public typealias SandboxJSON = JSONValue

/// An ordered JSON object (the `Schema` module's).
public typealias SandboxObject = JSONObject

extension JSONValue {
    /// An integer number.
    public static func int(_ value: some BinaryInteger) -> JSONValue {
        .number(String(value))
    }

    /// The number's literal text, or nil if this is not a number.
    public var numberText: String? { numberLiteral }

    /// The member `key` of an object, or nil (also for non-objects).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The JSON text exactly as the sandbox serves it: a U+0000 stays `\u0000` (the sandbox
    /// must send what Heroku could, including what PostgreSQL refuses).
    public var servedText: String { jsonText(replacingNUL: false) }

    /// `servedText` as UTF-8 bytes.
    public var servedBytes: [UInt8] { jsonBytes(replacingNUL: false).bytes }

    /// Parses JSON text.
    public static func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    /// Parses JSON bytes.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try JSONParser.parse(bytes)
    }
}

extension JSONObject {
    /// The members, in order.
    public var members: [(key: String, value: JSONValue)] { pairs }
}
