import Foundation

extension ColumnType {
    /// The narrowest column type PostgreSQL is guaranteed to accept for a JSON value, or nil for
    /// `null`.
    ///
    /// The rules are strict, so that every value called `bigint`, `numeric`, `uuid` or
    /// `timestamptz` casts from its text without error:
    /// - `true`/`false` → `boolean`.
    /// - A number literal that is an integer (no fraction, no exponent) within Int64 → `bigint`
    ///   (`-0` included); any other valid number → `numeric`, unless its exponent exceeds ±1000
    ///   or it is longer than 1000 characters (beyond what every PostgreSQL version parses) →
    ///   `text`. Text that is not a valid JSON number literal → `text`.
    /// - A string that is a canonical UUID, 8-4-4-4-12 hex digits in either case, no braces →
    ///   `uuid`.
    /// - A string that is an ISO-8601 timestamp with a zone,
    ///   `YYYY-MM-DD(T| )HH:MM:SS(.f{1,9})?(Z|±HH:MM|±HHMM)`, with year 0001–9999, a valid
    ///   calendar date (leap years), hour 00–23, minute and second 00–59, zone hour 00–15 and
    ///   zone minute 00–59 → `timestamptz`.
    /// - Any other string → `text`; arrays and objects → `jsonb`.
    public static func classify(_ scalar: JSONValue) -> ColumnType? {
        switch scalar {
        case .null: return nil
        case .bool: return .boolean
        case .number(let literal): return classifyNumber(literal)
        case .string(let string): return classifyString(string)
        case .array, .object: return .jsonb
        }
    }

    /// `bigint`, `numeric` or `text` for a number literal (see `classify(_:)`).
    static func classifyNumber(_ literal: String) -> ColumnType {
        let bytes = Array(literal.utf8)
        guard isStorableNumber(bytes), let shape = NumberShape(bytes) else { return .text }
        if shape.isInteger, Int64(literal) != nil { return .bigint }
        return abs(shape.exponent) <= 1000 ? .numeric : .text
    }

    /// `uuid`, `timestamptz` or `text` for a string (see `classify(_:)`).
    static func classifyString(_ string: String) -> ColumnType {
        let utf8 = string.utf8
        // Cheap length gate first: most strings are neither.
        guard utf8.count == 36 || (20...35).contains(utf8.count) else { return .text }
        let matched: ColumnType? = utf8.withContiguousStorageIfAvailable { classifyBytes($0) }
            ?? Array(utf8).withUnsafeBufferPointer { classifyBytes($0) }
        return matched ?? .text
    }

    private static func classifyBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> ColumnType? {
        if bytes.count == 36, isCanonicalUUID(bytes) { return .uuid }
        if isTimestamp(bytes) { return .timestamptz }
        return nil
    }

    static func isCanonicalUUID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            switch index {
            case 8, 13, 18, 23: if byte != UInt8(ascii: "-") { return false }
            default: if !isHexDigit(byte) { return false }
            }
        }
        return true
    }

    static func isTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.number(4), reader.skip("-"),
              let month = reader.number(2), reader.skip("-"),
              let day = reader.number(2),
              reader.skip("T") || reader.skip(" "),
              let hour = reader.number(2), reader.skip(":"),
              let minute = reader.number(2), reader.skip(":"),
              let second = reader.number(2)
        else { return false }
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return false }
        if reader.skip(".") {
            let digits = reader.digitRun()
            guard (1...9).contains(digits) else { return false }
        }
        if reader.skip("Z") { return reader.atEnd }
        guard reader.skip("+") || reader.skip("-"), let zoneHour = reader.number(2), (0...15).contains(zoneHour)
        else { return false }
        _ = reader.skip(":")
        guard let zoneMinute = reader.number(2), (0...59).contains(zoneMinute) else { return false }
        return reader.atEnd
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
             UInt8(ascii: "A")...UInt8(ascii: "F"): return true
        default: return false
        }
    }
}

/// The shape of a JSON number literal: integer or not, and its exponent value (clamped).
private struct NumberShape {
    let isInteger: Bool
    let exponent: Int

    /// Nil when `bytes` is not a valid RFC 8259 number.
    init?(_ bytes: [UInt8]) {
        var index = 0
        func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] &- UInt8(ascii: "0") < 10 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while isDigit(index) { index += 1 }
        }
        var integer = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            integer = false
            index += 1
            guard isDigit(index) else { return nil }
            while isDigit(index) { index += 1 }
        }
        var exponent = 0
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            integer = false
            index += 1
            var negative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                negative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(index) else { return nil }
            while isDigit(index) {
                exponent = min(exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")), 1_000_000)
                index += 1
            }
            if negative { exponent = -exponent }
        }
        guard index == bytes.count else { return nil }
        isInteger = integer
        self.exponent = exponent
    }
}

/// Reads fixed-width ASCII digit fields and separators from a byte buffer.
private struct DigitReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var atEnd: Bool { index == bytes.count }

    /// Consumes `width` digits and returns their value, or nil (consuming nothing).
    mutating func number(_ width: Int) -> Int? {
        guard bytes.count - index >= width else { return nil }
        var value = 0
        for offset in 0..<width {
            let digit = bytes[index + offset] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        index += width
        return value
    }

    /// Consumes `character` if it is next.
    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    /// Consumes a run of digits and returns its length.
    mutating func digitRun() -> Int {
        let start = index
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
        return index - start
    }
}

extension ColumnType {
    /// Whether PostgreSQL's `numeric` (and so `jsonb`) accepts this JSON number literal: at
    /// most 1000 characters and an exponent within ±1000. `1e1000000` is valid JSON that
    /// PostgreSQL refuses ("value overflows numeric format").
    public static func isStorableNumber(_ literal: some Collection<UInt8>) -> Bool {
        guard literal.count <= 1000 else { return false }
        guard let shape = NumberShape(Array(literal)) else { return false }
        return abs(shape.exponent) <= 1000
    }
}
