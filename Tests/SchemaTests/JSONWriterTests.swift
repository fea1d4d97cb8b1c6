import Foundation
import Testing
@testable import Schema

@Suite("JSON serialization")
struct JSONWriterTests {
    static let samples: [JSONValue] = [
        nil, true, false, .number("-0"), .number("1.50"), .number("123456789012345678901234567890"),
        .number("-2e3"), "", "plain", "quote \" backslash \\ slash /", "tab\tnewline\ncr\rbs\u{8}ff\u{C}",
        "\u{1}\u{1F}\u{7F}", "émoji 😀 𝄞", [], [:], [1, [2, [3, [:]]]],
        ["b": 1, "a": ["nested": [nil, "x"]], "": "empty key", "k\"ey": "v"],
    ]

    @Test("compact text", arguments: [
        (nil, "null"),
        (true, "true"),
        (.number("1.50"), "1.50"),
        ("a\"b\\c/d", #""a\"b\\c/d""#),
        ("\n\r\t\u{8}\u{C}\u{1}\u{1F}", #""\n\r\t\b\f\u0001\u001f""#),
        ("é😀\u{7F}", "\"é😀\u{7F}\""),
        ([1, "x", nil], #"[1,"x",null]"#),
        (["b": 1, "a": [:], "c": []], #"{"b":1,"a":{},"c":[]}"#),
    ] as [(JSONValue, String)])
    func compact(value: JSONValue, expected: String) {
        #expect(value.jsonText() == expected)
    }

    @Test("round trip: parse(jsonText(x)) == x", arguments: samples)
    func roundTrip(value: JSONValue) throws {
        let text = value.jsonText(replacingNUL: false)
        #expect(try JSONParser.parse(Array(text.utf8)) == value)
        var bytes: [UInt8] = []
        value.writeJSON(into: &bytes, replacingNUL: true)
        #expect(bytes == Array(text.utf8))
    }

    @Test("round trip of a parsed document keeps key order and literals")
    func roundTripDocument() throws {
        let text = #"{"z":1.0,"a":[1e5,-0,"\u0041"],"m":{"y":null,"x":true}}"#
        let value = try JSONParser.parse(Array(text.utf8))
        #expect(value.jsonText() == #"{"z":1.0,"a":[1e5,-0,"A"],"m":{"y":null,"x":true}}"#)
    }

    @Test("NUL in strings and keys becomes U+FFFD")
    func nulReplaced() throws {
        let value: JSONValue = ["k\u{0}ey": ["a\u{0}b", "clean"]]
        #expect(value.containsNUL)
        let result = value.serialized()
        #expect(result.replacedNUL)
        #expect(result.text == "{\"k\u{FFFD}ey\":[\"a\u{FFFD}b\",\"clean\"]}")
        #expect(value.jsonText() == result.text)
        #expect(try JSONParser.parse(Array(result.text.utf8)) == ["k\u{FFFD}ey": ["a\u{FFFD}b", "clean"]])
        let bytes = value.jsonBytes()
        #expect(bytes.replacedNUL)
        #expect(bytes.bytes == Array(result.text.utf8))
    }

    @Test("NUL kept as an escape when not replacing")
    func nulKept() throws {
        let value: JSONValue = ["a": "x\u{0}y"]
        let result = value.serialized(replacingNUL: false)
        #expect(!result.replacedNUL)
        #expect(result.text == #"{"a":"x\u0000y"}"#)
        #expect(try JSONParser.parse(Array(result.text.utf8)) == value)
    }

    @Test("no NUL, nothing replaced")
    func noNUL() {
        let value: JSONValue = ["a": ["b", 1, nil]]
        #expect(!value.containsNUL)
        #expect(!value.serialized().replacedNUL)
        var bytes: [UInt8] = []
        #expect(!value.writeJSON(into: &bytes, replacingNUL: true))
    }
}
