import Foundation

/// A strict RFC 8259 JSON parser working directly on UTF-8 bytes.
///
/// It is the hot path of a load (every page of every report), so it is a hand-written
/// recursive-descent parser over a contiguous byte buffer, not `JSONSerialization`.
///
/// Accepted: exactly one JSON value surrounded by optional whitespace (space, tab, LF, CR).
/// Rejected, with a `JSONParseError` carrying the byte offset: trailing commas, leading zeros,
/// `+` signs, a bare `.`, unescaped control characters (U+0000–U+001F) in strings, unknown
/// escapes, invalid UTF-8 (overlong forms, encoded surrogates, code points above U+10FFFF,
/// truncated sequences), a byte order mark, trailing data, truncated input and nesting deeper
/// than `maxDepth` arrays/objects.
///
/// Escaped surrogate pairs (`\uD83D\uDE00`) decode to one scalar. A lone or mis-ordered escaped
/// surrogate (`\uD800` not followed by a low surrogate escape, or a low surrogate alone) is by
/// default decoded as U+FFFD REPLACEMENT CHARACTER, because a Swift `String` (and PostgreSQL) cannot
/// hold it; pass `loneSurrogates: .reject` to make it an error instead.
///
/// Numbers keep their literal text (`JSONValue.number`). A repeated key in an object keeps one
/// entry: first position, last value.
public enum JSONParser {
    /// The default maximum nesting depth of arrays and objects.
    public static let defaultMaxDepth = 512

    /// What to do with an escaped UTF-16 surrogate that is not part of a valid pair.
    public enum LoneSurrogatePolicy: Sendable, Hashable {
        /// Decode it as U+FFFD (the default).
        case replace
        /// Fail with a `JSONParseError`.
        case reject
    }

    /// Parses one JSON value from UTF-8 `bytes`.
    ///
    /// - Throws: `JSONParseError` when `bytes` is not exactly one valid JSON value.
    public static func parse(
        _ bytes: some Collection<UInt8>,
        maxDepth: Int = defaultMaxDepth,
        loneSurrogates: LoneSurrogatePolicy = .replace
    ) throws -> JSONValue {
        try withParser(bytes, maxDepth: maxDepth, loneSurrogates: loneSurrogates) { parser in
            return try parser.parseDocument()
        }
    }

    /// Parses a JSON document whose top level must be an array and returns its elements.
    ///
    /// - Throws: `JSONParseError` for invalid JSON, or with the message
    ///   `expected a JSON array at the top level, got an object` (or `a string`, ...) when the
    ///   document is valid but not an array.
    public static func parseArray(
        _ bytes: some Collection<UInt8>,
        maxDepth: Int = defaultMaxDepth,
        loneSurrogates: LoneSurrogatePolicy = .replace
    ) throws -> [JSONValue] {
        try withParser(bytes, maxDepth: maxDepth, loneSurrogates: loneSurrogates) { parser in
            let value = try parser.parseDocument()
            guard case .array(let elements) = value else {
                throw JSONParseError(
                    offset: parser.firstValueOffset,
                    message: "expected a JSON array at the top level, got \(value.kindDescription)")
            }
            return elements
        }
    }

    /// One element of a top-level array: its value, the byte range of its text in the input,
    /// and whether that text can be stored in PostgreSQL's `jsonb` exactly as it is (no
    /// `\u0000`, no lone surrogate escape, no number beyond `numeric`'s range).
    public struct Element: Sendable {
        /// The parsed value.
        public var value: JSONValue
        /// Where its text is in the parsed bytes.
        public var text: Range<Int>
        /// Whether `text` can go to PostgreSQL unchanged.
        public var storableAsIs: Bool
    }

    /// Like `parseArray`, but also returns where each element's text is, so a caller can copy
    /// the original bytes instead of serializing the value again.
    public static func parseArrayElements(
        _ bytes: some Collection<UInt8>,
        maxDepth: Int = defaultMaxDepth,
        loneSurrogates: LoneSurrogatePolicy = .replace
    ) throws -> [Element] {
        try withParser(bytes, maxDepth: maxDepth, loneSurrogates: loneSurrogates) { parser in
            return try parser.parseTopLevelArray()
        }
    }

    /// One element of a page read by `parseArrayElements(_:skippingKnown:)`.
    public enum PageEntry: Sendable {
        /// Parsed and checked.
        case parsed(Element)
        /// Not parsed: its text (this range of the input) was accepted as already known.
        case known(Range<Int>)
    }

    /// Like `parseArrayElements`, but an element whose exact text `isKnown` accepts is not
    /// parsed: only its extent is found (string literals and nesting), and it comes back as
    /// `.known` with its range. Meant for text known to be valid (a fingerprint of text
    /// parsed before); any other element is parsed and checked, and the array's own syntax
    /// always is.
    public static func parseArrayElements(
        _ bytes: some Collection<UInt8>,
        maxDepth: Int = defaultMaxDepth,
        loneSurrogates: LoneSurrogatePolicy = .replace,
        skippingKnown isKnown: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws -> [PageEntry] {
        try withParser(bytes, maxDepth: maxDepth, loneSurrogates: loneSurrogates) { parser in
            return try parser.parseTopLevelArray(skippingKnown: isKnown)
        }
    }

    /// Runs `body` with a parser over `bytes` (read in place when they are contiguous).
    private static func withParser<Result>(
        _ bytes: some Collection<UInt8>, maxDepth: Int, loneSurrogates: LoneSurrogatePolicy,
        _ body: (inout ByteParser) throws -> Result
    ) throws -> Result {
        let parse = { (buffer: UnsafeBufferPointer<UInt8>) in
            var parser = ByteParser(bytes: buffer, maxDepth: maxDepth, loneSurrogates: loneSurrogates)
            return try body(&parser)
        }
        if let result = try bytes.withContiguousStorageIfAvailable(parse) { return result }
        return try Array(bytes).withUnsafeBufferPointer(parse)
    }
}

extension JSONValue {
    /// `an object`, `an array`, `a string`, `a number`, `a boolean` or `null`, for messages.
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
