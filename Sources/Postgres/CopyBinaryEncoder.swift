/// Encodes rows for PostgreSQL's binary COPY format (`COPY ... FROM STDIN (FORMAT binary)`):
/// a signature header, then per row a 16-bit field count and per field a 32-bit length and
/// the value in its type's binary form, then a trailer; every integer in network byte order.
///
/// Nothing is escaped and nothing needs splitting on the server: a large text (a JSON
/// object's) goes as it is, behind its length. Only the types used here are encoded:
/// `bigint`, `text` and `jsonb` (whose binary form is a version byte, 1, and the JSON text).
///
/// - Important: text goes to PostgreSQL as given, so it must be valid UTF-8 without a NUL
///   byte (PostgreSQL refuses anything else with an encoding error, failing the COPY).
public enum CopyBinaryEncoder {
    /// The file header: the signature `PGCOPY\n\377\r\n\0`, no flags, no header extension.
    public static let header: [UInt8] = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00] + [0, 0, 0, 0] + [0, 0, 0, 0]

    /// The file trailer: a field count of -1.
    public static let trailer: [UInt8] = [0xFF, 0xFF]

    /// Starts a row of `fields` fields.
    public static func beginRow(fields: Int, into buffer: inout [UInt8]) {
        appendBigEndian(UInt16(fields), into: &buffer)
    }

    /// Appends a `bigint` field.
    public static func appendBigInt(_ value: Int64, into buffer: inout [UInt8]) {
        appendBigEndian(UInt32(8), into: &buffer)
        appendBigEndian(UInt64(bitPattern: value), into: &buffer)
    }

    /// Appends a `text` field whose UTF-8 bytes `write` appends; its length is what `write`
    /// appended.
    public static func appendText(into buffer: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        let lengthAt = buffer.count
        appendBigEndian(UInt32(0), into: &buffer)
        write(&buffer)
        let length = buffer.count - lengthAt - 4
        precondition(length < 1 << 30, "a COPY field of \(length) bytes: PostgreSQL takes at most 1 GB")
        withUnsafeBytes(of: UInt32(length).bigEndian) { bytes in
            buffer.replaceSubrange(lengthAt..<lengthAt + 4, with: bytes)
        }
    }

    /// Appends a `jsonb` field whose JSON text (UTF-8) `write` appends.
    public static func appendJSONB(into buffer: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        appendText(into: &buffer) { buffer in
            buffer.append(1)  // the version of jsonb's binary form
            write(&buffer)
        }
    }

    private static func appendBigEndian<Integer: FixedWidthInteger>(_ value: Integer, into buffer: inout [UInt8]) {
        withUnsafeBytes(of: value.bigEndian) { buffer.append(contentsOf: $0) }
    }
}
