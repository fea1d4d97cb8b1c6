import Foundation

/// Compact JSON serialization.
///
/// No whitespace; numbers are written as their literal text; strings are escaped per RFC 8259:
/// `"` and `\` with a backslash, U+0008/0009/000A/000C/000D as `\b \t \n \f \r`, every other
/// control character below U+0020 as `\u00xx`, everything else as raw UTF-8 (including `/` and
/// U+007F). With `replacingNUL`, U+0000 in any string or key is written as U+FFFD instead
/// (PostgreSQL `text` and `jsonb` cannot hold NUL); otherwise it is written as `\u0000`.
extension JSONValue {
    /// The compact JSON text of this value.
    public func jsonText(replacingNUL: Bool = true) -> String {
        serialized(replacingNUL: replacingNUL).text
    }

    /// The compact JSON text of this value and whether a U+0000 was replaced by U+FFFD.
    public func serialized(replacingNUL: Bool = true) -> (text: String, replacedNUL: Bool) {
        let (bytes, replaced) = jsonBytes(replacingNUL: replacingNUL)
        return (String(decoding: bytes, as: UTF8.self), replaced)
    }

    /// The compact JSON text as UTF-8 bytes, and whether a U+0000 was replaced by U+FFFD.
    public func jsonBytes(replacingNUL: Bool = true) -> (bytes: [UInt8], replacedNUL: Bool) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        let replaced = writeJSON(into: &bytes, replacingNUL: replacingNUL)
        return (bytes, replaced)
    }

    /// Appends the compact JSON text of this value to `output` as UTF-8.
    ///
    /// With `replacingNUL`, the output is also storable in PostgreSQL's `jsonb`: a number
    /// beyond `numeric`'s range (see ``ColumnType/isStorableNumber(_:)``) is written as a JSON
    /// string holding its literal.
    ///
    /// - Returns: true when a value was adjusted (a U+0000 replaced, a number turned into a string).
    @discardableResult
    public func writeJSON(into output: inout [UInt8], replacingNUL: Bool = true) -> Bool {
        switch self {
        case .null:
            output.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])  // null
            return false
        case .bool(true):
            output.append(contentsOf: [0x74, 0x72, 0x75, 0x65])  // true
            return false
        case .bool(false):
            output.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])  // false
            return false
        case .number(let literal):
            if replacingNUL && !ColumnType.isStorableNumber(literal.utf8) {
                // PostgreSQL's jsonb cannot hold it: keep its digits, as a string.
                _ = JSONStringEscaper.write(literal, into: &output, replacingNUL: true)
                return true
            }
            output.append(contentsOf: literal.utf8)
            return false
        case .string(let string):
            return JSONStringEscaper.write(string, into: &output, replacingNUL: replacingNUL)
        case .array(let elements):
            var replaced = false
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if element.writeJSON(into: &output, replacingNUL: replacingNUL) { replaced = true }
            }
            output.append(UInt8(ascii: "]"))
            return replaced
        case .object(let object):
            var replaced = false
            output.append(UInt8(ascii: "{"))
            for (index, pair) in object.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if JSONStringEscaper.write(pair.key, into: &output, replacingNUL: replacingNUL) { replaced = true }
                output.append(UInt8(ascii: ":"))
                if pair.value.writeJSON(into: &output, replacingNUL: replacingNUL) { replaced = true }
            }
            output.append(UInt8(ascii: "}"))
            return replaced
        }
    }

    /// True when some string or key in this value contains U+0000.
    public var containsNUL: Bool {
        switch self {
        case .null, .bool, .number: return false
        case .string(let string): return string.utf8.contains(0)
        case .array(let elements): return elements.contains { $0.containsNUL }
        case .object(let object): return object.contains { $0.key.utf8.contains(0) || $0.value.containsNUL }
        }
    }
}

/// Writes one quoted, escaped JSON string.
enum JSONStringEscaper {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `"string"` escaped to `output`; returns true when a NUL was replaced.
    static func write(_ string: String, into output: inout [UInt8], replacingNUL: Bool) -> Bool {
        output.append(UInt8(ascii: "\""))
        // `withUTF8` reads a small (inline) string in place too, without copying it to the heap.
        var string = string
        let replaced = string.withUTF8 { escape($0, into: &output, replacingNUL: replacingNUL) }
        output.append(UInt8(ascii: "\""))
        return replaced
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], replacingNUL: Bool) -> Bool {
        var replaced = false
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            runStart = index + 1
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): output.append(contentsOf: [0x5C, 0x5C])
            case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x00 where replacingNUL:
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replaced = true
            default:
                output.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30,
                                           hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
            }
        }
        if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
        return replaced
    }
}
