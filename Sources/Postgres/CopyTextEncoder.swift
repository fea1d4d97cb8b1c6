#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Encodes values for PostgreSQL's `COPY ... FROM STDIN` text format (the default format,
/// not CSV).
///
/// Within a field, backslash, newline, carriage return and tab are escaped as `\\`, `\n`,
/// `\r` and `\t`; fields are separated by a tab, rows end with a newline, and SQL NULL is
/// written as `\N`.
///
/// - Important: PostgreSQL `text` and `jsonb` cannot store U+0000, and a NUL byte must never
///   reach libpq. The encoder therefore replaces every U+0000 with U+FFFD (the replacement
///   character) instead of failing the whole COPY for one bad value.
public enum CopyTextEncoder {
    /// SQL NULL in a field: `\N`.
    public static let null: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "N")]

    /// Appends the escaped UTF-8 bytes of one field (without separators) to `buffer`.
    ///
    /// - Parameters:
    ///   - field: The field's text value.
    ///   - buffer: The bytes the escaped field is appended to.
    public static func escape(_ field: String, into buffer: inout [UInt8]) {
        var field = field
        field.withUTF8 { escape($0, into: &buffer) }
    }

    /// The runs between bytes that need escaping are copied whole; most fields (a JSON
    /// object's text, say) hold none, which `memchr` finds out a word at a time.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if escaped.allSatisfy({ memchr(base, Int32($0), bytes.count) == nil }) {
            buffer.append(contentsOf: bytes)
            return
        }
        var runStart = 0
        for index in 0..<bytes.count {
            let replacement: [UInt8]
            switch bytes[index] {
            case UInt8(ascii: "\\"): replacement = [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): replacement = [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): replacement = [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): replacement = [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0: replacement = replacementCharacter
            default: continue
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            buffer.append(contentsOf: replacement)
            runStart = index + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    /// The bytes `escape` changes.
    private static let escaped: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"), 0]

    /// The escaped form of one field, as a string (see `escape(_:into:)`).
    public static func escaped(_ field: String) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(field.utf8.count)
        escape(field, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Appends one complete row: the escaped fields separated by tabs, `\N` for nil, and a
    /// terminating newline.
    ///
    /// - Parameters:
    ///   - fields: The row's values; nil is SQL NULL.
    ///   - buffer: The bytes the row is appended to.
    public static func encodeRow(_ fields: [String?], into buffer: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            if let field {
                escape(field, into: &buffer)
            } else {
                buffer.append(contentsOf: null)
            }
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    /// One complete row as a string (see `encodeRow(_:into:)`).
    public static func encodedRow(_ fields: [String?]) -> String {
        var buffer: [UInt8] = []
        encodeRow(fields, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// U+FFFD in UTF-8.
    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]
}
