import Foundation

/// The recursive-descent machinery behind `JSONParser`; one instance parses one document.
struct ByteParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private let loneSurrogates: JSONParser.LoneSurrogatePolicy
    private var position = 0
    private var depth = 0
    /// Reused buffer for strings containing escapes.
    private var scratch: [UInt8] = []
    /// Where the top-level value starts (after leading whitespace).
    private(set) var firstValueOffset = 0
    /// Set when the text parsed so far holds something PostgreSQL's `jsonb` refuses although
    /// it is valid JSON: a `\u0000` escape, a lone surrogate escape, or a number beyond
    /// `numeric`'s range. Such text must be re-serialized before it is stored.
    var refusedByPostgres = false

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int, loneSurrogates: JSONParser.LoneSurrogatePolicy) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.loneSurrogates = loneSurrogates
    }

    // MARK: Document

    mutating func parseDocument() throws -> JSONValue {
        try parseWholeInput { parser in try parser.parseValue() }
    }

    /// Skips leading whitespace, runs `body` on the one top-level value and requires that
    /// only whitespace follows it.
    private mutating func parseWholeInput<Result>(_ body: (inout ByteParser) throws -> Result) throws -> Result {
        skipWhitespace()
        firstValueOffset = position
        guard position < bytes.count else {
            throw failure(position, bytes.isEmpty ? "empty input" : "expected a value, found only whitespace")
        }
        let result = try body(&self)
        try requireEnd()
        return result
    }

    /// Only whitespace may follow the top-level value.
    private mutating func requireEnd() throws {
        skipWhitespace()
        if position < bytes.count {
            throw failure(position, "unexpected \(describe(bytes[position])) after the JSON value")
        }
    }

    /// Parses a document whose top level must be an array, and returns each element with the
    /// byte range of its text and whether PostgreSQL would accept that text as it is.
    mutating func parseTopLevelArray() throws -> [JSONParser.Element] {
        try parseWholeInput { parser in
            guard parser.bytes[parser.position] == UInt8(ascii: "[") else {
                let value = try parser.parseValue()
                try parser.requireEnd()  // invalid JSON is reported as such before the kind
                throw parser.failure(parser.firstValueOffset,
                                     "expected a JSON array at the top level, got \(value.kindDescription)")
            }
            var elements: [JSONParser.Element] = []
            try parser.parseArrayElements { parser in elements.append(try parser.parseElement()) }
            return elements
        }
    }

    /// Parses the element at `position`, with its text's range and whether PostgreSQL would
    /// accept that text as it is.
    private mutating func parseElement() throws -> JSONParser.Element {
        refusedByPostgres = false
        let start = position
        let value = try parseValue()
        return JSONParser.Element(value: value, text: start..<position, storableAsIs: !refusedByPostgres)
    }

    /// Like `parseTopLevelArray`, but an element whose text `isKnown` accepts is not parsed:
    /// its extent is found by `valueEnd()` (strings and nesting only) and it is returned as
    /// `.known`. Everything else is parsed and checked as usual.
    mutating func parseTopLevelArray(
        skippingKnown isKnown: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws -> [JSONParser.PageEntry] {
        try parseWholeInput { parser in
            guard parser.bytes[parser.position] == UInt8(ascii: "[") else {
                return try parser.parseTopLevelArray().map { .parsed($0) }
            }
            var entries: [JSONParser.PageEntry] = []
            try parser.parseArrayElements { parser in
                let elementStart = parser.position
                if let end = parser.valueEnd(),
                   isKnown(UnsafeBufferPointer(rebasing: parser.bytes[elementStart..<end])) {
                    parser.position = end
                    entries.append(.known(elementStart..<end))
                    return
                }
                entries.append(.parsed(try parser.parseElement()))
            }
            return entries
        }
    }

    /// Where the value starting at `position` ends, following only string literals and
    /// bracket nesting (no validation); nil when the input ends first. Equals where
    /// `parseValue` would stop for any valid value.
    private func valueEnd() -> Int? {
        var index = position
        var nesting = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < bytes.count else { return nil }
                index += 1
                if nesting == 0 { return index }
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                nesting += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if nesting == 0 { return index }
                nesting -= 1
                if nesting == 0 { return index + 1 }
            case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09:
                if nesting == 0 { return index }
            default:
                break
            }
            index += 1
        }
        return nesting == 0 && index > position ? index : nil
    }

    private mutating func parseValue() throws -> JSONValue {
        guard position < bytes.count else { throw failure(position, "unexpected end of input, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return .array(try parseArray())
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case let byte: throw failure(position, "unexpected \(describe(byte)), expected a value")
        }
    }

    // MARK: Containers

    private mutating func enter() throws {
        depth += 1
        if depth > maxDepth { throw failure(position, "nesting deeper than \(maxDepth) levels") }
    }

    private mutating func parseObject() throws -> JSONObject {
        let start = position
        try enter()
        defer { depth -= 1 }
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return JSONObject()
        }
        var builder = JSONObjectBuilder()
        while true {
            guard position < bytes.count else { throw failure(start, "unterminated object") }
            guard bytes[position] == UInt8(ascii: "\"") else {
                throw failure(position, "unexpected \(describe(bytes[position])), expected a string key")
            }
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count else { throw failure(start, "unterminated object") }
            guard bytes[position] == UInt8(ascii: ":") else {
                throw failure(position, "unexpected \(describe(bytes[position])), expected ':' after an object key")
            }
            position += 1
            skipWhitespace()
            let value = try parseValue()
            builder.append(key: key, value: value)
            skipWhitespace()
            guard position < bytes.count else { throw failure(start, "unterminated object") }
            switch bytes[position] {
            case UInt8(ascii: ","):
                let comma = position
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                    throw failure(comma, "trailing comma in object")
                }
            case UInt8(ascii: "}"):
                position += 1
                return builder.build()
            case let byte:
                throw failure(position, "unexpected \(describe(byte)), expected ',' or '}' in object")
            }
        }
    }

    private mutating func parseArray() throws -> [JSONValue] {
        var elements: [JSONValue] = []
        try parseArrayElements { parser in elements.append(try parser.parseValue()) }
        return elements
    }

    /// Parses an array starting at its `[`, calling `element` with the parser positioned at
    /// each element (which must consume exactly that element).
    private mutating func parseArrayElements(_ element: (inout ByteParser) throws -> Void) throws {
        let start = position
        try enter()
        defer { depth -= 1 }
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            guard position < bytes.count else { throw failure(start, "unterminated array") }
            try element(&self)
            skipWhitespace()
            guard position < bytes.count else { throw failure(start, "unterminated array") }
            switch bytes[position] {
            case UInt8(ascii: ","):
                let comma = position
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                    throw failure(comma, "trailing comma in array")
                }
            case UInt8(ascii: "]"):
                position += 1
                return
            case let byte:
                throw failure(position, "unexpected \(describe(byte)), expected ',' or ']' in array")
            }
        }
    }

    // MARK: Scalars

    private mutating func expectLiteral(_ literal: StaticString) throws {
        let start = position
        let count = literal.utf8CodeUnitCount
        guard bytes.count - position >= count else {
            throw failure(start, "unexpected end of input in literal '\(literal)'")
        }
        let pointer = literal.utf8Start
        for index in 0..<count where bytes[position + index] != pointer[index] {
            throw failure(start, "invalid literal, expected '\(literal)'")
        }
        position += count
    }

    private mutating func parseNumber() throws -> String {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count else { throw failure(start, "truncated number") }
        let first = bytes[position]
        if first == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) { throw failure(start, "leading zero in number") }
        } else if isDigit(first) {
            skipDigits()
        } else {
            throw failure(position, "unexpected \(describe(first)) in number, expected a digit")
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw failure(position, "expected a digit after the decimal point")
            }
            skipDigits()
        }
        var hasExponent = false
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            hasExponent = true
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw failure(position, "expected a digit in the exponent")
            }
            skipDigits()
        }
        let literal = UnsafeBufferPointer(rebasing: bytes[start..<position])
        if hasExponent || literal.count > 1000, !ColumnType.isStorableNumber(literal) { refusedByPostgres = true }
        return String(decoding: literal, as: UTF8.self)
    }

    /// Parses a string starting at its opening quote.
    private mutating func parseString() throws -> String {
        let start = position
        position += 1
        let contentStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<position])
                position += 1
                return String(decoding: content, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]))
                return try parseEscapedString(start: start)
            }
            if byte < 0x20 { throw failure(position, "unescaped control character \(hex(byte)) in string") }
            position += byte < 0x80 ? 1 : try utf8SequenceLength(at: position)
        }
        throw failure(start, "unterminated string")
    }

    /// The slow path of `parseString`, from the first backslash; `scratch` holds the bytes so far.
    private mutating func parseEscapedString(start: Int) throws -> String {
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape()
            case 0..<0x20:
                throw failure(position, "unescaped control character \(hex(byte)) in string")
            case 0x20..<0x80:
                scratch.append(byte)
                position += 1
            default:
                let length = try utf8SequenceLength(at: position)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<position + length]))
                position += length
            }
        }
        throw failure(start, "unterminated string")
    }

    /// Decodes one escape sequence at `position` (a backslash) into `scratch`.
    private mutating func parseEscape() throws {
        let start = position
        guard position + 1 < bytes.count else { throw failure(start, "unterminated escape sequence") }
        let code = bytes[position + 1]
        position += 2
        switch code {
        case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hexQuad(escapeStart: start)
            switch unit {
            case 0xD800...0xDBFF:
                if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    let lowStart = position
                    position += 2
                    let low = try hexQuad(escapeStart: lowStart)
                    if (0xDC00...0xDFFF).contains(low) {
                        appendScalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                    } else {
                        try loneSurrogate(at: start)
                        position = lowStart  // decode the second escape on its own
                    }
                } else {
                    try loneSurrogate(at: start)
                }
            case 0xDC00...0xDFFF:
                try loneSurrogate(at: start)
            default:
                appendScalar(UInt32(unit))
            }
        default:
            throw failure(start, "invalid escape sequence: backslash followed by \(describe(code))")
        }
    }

    private mutating func hexQuad(escapeStart: Int) throws -> UInt16 {
        guard bytes.count - position >= 4 else { throw failure(escapeStart, "truncated \\u escape") }
        var value: UInt16 = 0
        for offset in 0..<4 {
            let byte = bytes[position + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure(escapeStart, "invalid \\u escape, expected four hex digits")
            }
            value = value << 4 | UInt16(digit)
        }
        position += 4
        return value
    }

    private mutating func loneSurrogate(at offset: Int) throws {
        refusedByPostgres = true
        switch loneSurrogates {
        case .replace: appendScalar(0xFFFD)
        case .reject: throw failure(offset, "lone UTF-16 surrogate in \\u escape")
        }
    }

    private mutating func appendScalar(_ value: UInt32) {
        if value == 0 { refusedByPostgres = true }
        switch value {
        case 0..<0x80:
            scratch.append(UInt8(value))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | (value >> 6)))
            scratch.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | (value >> 12)))
            scratch.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (value & 0x3F)))
        default:
            scratch.append(UInt8(0xF0 | (value >> 18)))
            scratch.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            scratch.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// The length of the valid multi-byte UTF-8 sequence at `offset` (RFC 3629), or an error.
    private func utf8SequenceLength(at offset: Int) throws -> Int {
        let lead = bytes[offset]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw failure(offset, "invalid UTF-8 byte \(hex(lead))")
        }
        guard bytes.count - offset >= length else { throw failure(offset, "truncated UTF-8 sequence") }
        guard secondRange.contains(bytes[offset + 1]) else { throw failure(offset, "invalid UTF-8 sequence") }
        for index in 2..<length where bytes[offset + index] & 0xC0 != 0x80 {
            throw failure(offset, "invalid UTF-8 sequence")
        }
        return length
    }

    // MARK: Helpers

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private func failure(_ offset: Int, _ message: String) -> JSONParseError {
        JSONParseError(offset: offset, message: message)
    }

    private func describe(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(hex(byte))"
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
