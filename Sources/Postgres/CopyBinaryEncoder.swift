/// Encodes rows for PostgreSQL's binary COPY format (`COPY ... FROM STDIN (FORMAT binary)`):
/// a signature header, then per row a 16-bit field count and per field a 32-bit length and
/// the value in its type's binary form, then a trailer; every integer in network byte order.
///
/// Nothing is escaped and nothing needs splitting on the server: a large text (a JSON
/// object's) goes as it is, behind its length. Only the types used here are encoded:
/// `bigint`, `text` and `jsonb` (whose binary form is a version byte, 1, and the JSON text).
///
/// - Important: text goes to PostgreSQL as given, so it must not hold a NUL byte (PostgreSQL
///   refuses it with an encoding error, failing the COPY).
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

    /// Appends the length of a `text` field of `byteCount` UTF-8 bytes; the caller appends
    /// the bytes themselves next.
    public static func beginText(byteCount: Int, into buffer: inout [UInt8]) {
        appendBigEndian(UInt32(byteCount), into: &buffer)
    }

    /// Appends the length and version byte of a `jsonb` field whose JSON text is
    /// `byteCount` UTF-8 bytes; the caller appends the text next.
    public static func beginJSONB(byteCount: Int, into buffer: inout [UInt8]) {
        appendBigEndian(UInt32(byteCount + 1), into: &buffer)
        buffer.append(1)
    }

    private static func appendBigEndian<Integer: FixedWidthInteger>(_ value: Integer, into buffer: inout [UInt8]) {
        withUnsafeBytes(of: value.bigEndian) { buffer.append(contentsOf: $0) }
    }
}
