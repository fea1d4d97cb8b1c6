import Foundation
import Testing
@testable import Schema

@Suite("ColumnType.classify")
struct ClassifyTests {
    @Test("non-string values", arguments: [
        (JSONValue.null, nil),
        (true, .boolean),
        (false, .boolean),
        ([1], .jsonb),
        (["a": 1], .jsonb),
        ([], .jsonb),
    ] as [(JSONValue, ColumnType?)])
    func nonStrings(value: JSONValue, expected: ColumnType?) {
        #expect(ColumnType.classify(value) == expected)
    }

    @Test("numbers", arguments: [
        ("0", ColumnType.bigint),
        ("-0", .bigint),
        ("42", .bigint),
        ("9223372036854775807", .bigint),
        ("-9223372036854775808", .bigint),
        ("9223372036854775808", .numeric),
        ("-9223372036854775809", .numeric),
        ("123456789012345678901234567890", .numeric),
        ("1.0", .numeric),
        ("1.50", .numeric),
        ("-2e3", .numeric),
        ("1E+10", .numeric),
        ("1e1000", .numeric),
        ("1e-1000", .numeric),
        ("1e1001", .text),
        ("1e99999999999999999999", .text),
        ("NaN", .text),
        ("Infinity", .text),
        ("01", .text),
        ("+1", .text),
        ("", .text),
    ])
    func numbers(literal: String, expected: ColumnType) {
        #expect(ColumnType.classify(.number(literal)) == expected)
    }

    @Test("strings", arguments: [
        // UUIDs
        ("01234567-89ab-cdef-0123-456789abcdef", ColumnType.uuid),
        ("01234567-89AB-CDEF-0123-456789ABCDEF", .uuid),
        ("{01234567-89ab-cdef-0123-456789abcdef}", .text),
        ("0123456789abcdef0123456789abcdef", .text),
        ("01234567-89ab-cdef-0123-456789abcdeg", .text),
        ("01234567-89ab-cdef-0123_456789abcdef", .text),
        ("01234567-89ab-cdef-0123-456789abcdef ", .text),
        // Timestamps
        ("2024-01-02T03:04:05Z", .timestamptz),
        ("2024-01-02 03:04:05Z", .timestamptz),
        ("2024-01-02T03:04:05.123Z", .timestamptz),
        ("2024-01-02T03:04:05.123456789+01:00", .timestamptz),
        ("2024-01-02T03:04:05-0530", .timestamptz),
        ("2024-01-02T23:59:59+15:59", .timestamptz),
        ("2024-02-29T00:00:00Z", .timestamptz),
        ("2000-02-29T00:00:00Z", .timestamptz),
        ("0001-01-01T00:00:00Z", .timestamptz),
        ("9999-12-31T23:59:59Z", .timestamptz),
        ("2023-02-29T00:00:00Z", .text),
        ("1900-02-29T00:00:00Z", .text),
        ("2024-04-31T00:00:00Z", .text),
        ("2024-13-01T00:00:00Z", .text),
        ("2024-00-01T00:00:00Z", .text),
        ("2024-01-00T00:00:00Z", .text),
        ("0000-01-01T00:00:00Z", .text),
        ("2024-01-02T24:00:00Z", .text),
        ("2024-01-02T03:60:00Z", .text),
        ("2024-01-02T03:04:60Z", .text),
        ("2024-01-02T03:04:05", .text),
        ("2024-01-02", .text),
        ("2024-01-02T03:04Z", .text),
        ("2024-01-02T03:04:05z", .text),
        ("2024-01-02t03:04:05Z", .text),
        ("2024-01-02T03:04:05.Z", .text),
        ("2024-01-02T03:04:05.1234567890Z", .text),
        ("2024-01-02T03:04:05+16:00", .text),
        ("2024-01-02T03:04:05+01:60", .text),
        ("2024-01-02T03:04:05+01", .text),
        ("2024-01-02T03:04:05+1:00", .text),
        ("2024-01-02T03:04:05Z ", .text),
        ("2024-1-02T03:04:05Z", .text),
        ("+2024-01-02T03:04:05Z", .text),
        // Plain text
        ("", .text),
        ("hello", .text),
        ("123", .text),
        ("true", .text),
    ])
    func strings(text: String, expected: ColumnType) {
        #expect(ColumnType.classify(.string(text)) == expected)
    }
}
