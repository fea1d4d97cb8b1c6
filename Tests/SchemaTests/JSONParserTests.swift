import Foundation
import Testing
@testable import Schema

@Suite("JSONParser")
struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test("valid documents", arguments: [
        ("null", JSONValue.null),
        (" true ", true),
        ("false", false),
        ("0", .number("0")),
        ("-0", .number("-0")),
        ("1.50", .number("1.50")),
        ("-2e3", .number("-2e3")),
        ("1E+10", .number("1E+10")),
        ("0.5e-7", .number("0.5e-7")),
        ("123456789012345678901234567890", .number("123456789012345678901234567890")),
        ("\"\"", ""),
        ("\"héllo ✓\"", "héllo ✓"),
        (#""a\"b\\c\/d\b\f\n\r\t""#, "a\"b\\c/d\u{8}\u{C}\n\r\t"),
        (#""\u00e9\u0041""#, "éA"),
        (#""\uD83D\uDE00""#, "😀"),
        (#""\ud83d\ude00x""#, "😀x"),
        (#""\u0000""#, "\u{0}"),
        ("[]", []),
        ("{}", [:]),
        (" [1, \"a\", null, [true], {\"k\": {}}] ", [1, "a", nil, [true], ["k": [:]]]),
        ("\t{\"b\":1,\n\"a\":2}\r\n", ["b": 1, "a": 2]),
    ] as [(String, JSONValue)])
    func valid(text: String, expected: JSONValue) throws {
        #expect(try parse(text) == expected)
    }

    @Test("invalid documents", arguments: [
        ("", "empty input"),
        ("   ", "expected a value"),
        ("[1,]", "trailing comma in array"),
        ("{\"a\":1,}", "trailing comma in object"),
        ("[,1]", "expected a value"),
        ("01", "leading zero"),
        ("-01", "leading zero"),
        ("+1", "unexpected '+'"),
        (".5", "unexpected '.'"),
        ("1.", "digit after the decimal point"),
        ("1e", "digit in the exponent"),
        ("-", "truncated number"),
        ("\"a\u{1}b\"", "unescaped control character 0x01"),
        ("\"a\nb\"", "unescaped control character 0x0A"),
        (#""\x""#, "invalid escape sequence"),
        (#""\u12G4""#, #"invalid \u escape"#),
        (#""\u12""#, #"truncated \u escape"#),
        ("\"abc", "unterminated string"),
        ("[1, 2", "unterminated array"),
        ("{\"a\": 1", "unterminated object"),
        ("{\"a\" 1}", "expected ':'"),
        ("{1: 2}", "expected a string key"),
        ("[1 2]", "expected ',' or ']'"),
        ("tru", "literal"),
        ("nul", "literal"),
        ("True", "unexpected 'T'"),
        ("1 2", "after the JSON value"),
        ("{} x", "after the JSON value"),
        ("NaN", "unexpected 'N'"),
        ("'a'", "unexpected '''"),
        ("\u{FEFF}[]", "byte 0xEF"),
    ] as [(String, String)])
    func invalid(text: String, fragment: String) {
        do {
            let value = try parse(text)
            Issue.record("parsed \(text.debugDescription) as \(value)")
        } catch let error as JSONParseError {
            #expect(error.description.hasPrefix("invalid JSON at byte \(error.offset): "))
            #expect(error.message.contains(fragment), "\(error)")
        } catch {
            Issue.record("unexpected error type \(error)")
        }
    }

    @Test("error offsets point at the problem")
    func offsets() {
        #expect(throws: JSONParseError(offset: 5, message: "trailing comma in array")) {
            try parse("[1, 2,]")
        }
        #expect(throws: JSONParseError(offset: 9, message: "unterminated string")) {
            try parse(#"{"a": 1, "b"#)
        }
        #expect(throws: JSONParseError(offset: 1, message: "leading zero in number")) {
            try parse("[00]")
        }
    }

    @Test("invalid UTF-8 is an error", arguments: [
        [0x22, 0xFF, 0x22],                   // never valid
        [0x22, 0xC0, 0xAF, 0x22],             // overlong '/'
        [0x22, 0xE0, 0x80, 0xAF, 0x22],       // overlong 3-byte
        [0x22, 0xED, 0xA0, 0x80, 0x22],       // encoded surrogate U+D800
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], // above U+10FFFF
        [0x22, 0xC3, 0x22],                   // truncated 2-byte sequence
        [0x22, 0xE2, 0x82],                   // truncated at end of input
        [0x22, 0x80, 0x22],                   // lone continuation byte
    ] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
    }

    @Test("valid multi-byte UTF-8 in strings and keys")
    func validUTF8() throws {
        let text = #"{"ключ": "значение", "emoji 🎉": "𝄞 €"}"#
        let value = try parse(text)
        #expect(value == ["ключ": "значение", "emoji 🎉": "𝄞 €"])
    }

    @Test("lone surrogates become U+FFFD by default", arguments: [
        (#""\uD800""#, "\u{FFFD}"),
        (#""\uDC00x""#, "\u{FFFD}x"),
        (#""\uD800\u0041""#, "\u{FFFD}A"),
        (#""\uD800\uD800\uDC00""#, "\u{FFFD}\u{10000}"),
    ] as [(String, String)])
    func loneSurrogateReplaced(text: String, expected: String) throws {
        #expect(try parse(text) == .string(expected))
    }

    @Test("lone surrogates can be rejected")
    func loneSurrogateRejected() {
        #expect(throws: JSONParseError.self) {
            try JSONParser.parse(Array(#""\uD800""#.utf8), loneSurrogates: .reject)
        }
        #expect(throws: JSONParseError.self) {
            try JSONParser.parse(Array(#""\uDE00\uD83D""#.utf8), loneSurrogates: .reject)
        }
    }

    @Test("numbers keep their literal text")
    func numberLiterals() throws {
        let value = try parse("[123456789012345678901234567890, 1.50, -2e3, 1.0, 0.000001]")
        #expect(value.arrayValue?.compactMap(\.numberLiteral)
                == ["123456789012345678901234567890", "1.50", "-2e3", "1.0", "0.000001"])
    }

    @Test("duplicate keys keep the first position and the last value")
    func duplicateKeys() throws {
        let value = try parse(#"{"a": 1, "b": 2, "a": 3}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
        #expect(object.count == 2)

        // Past the linear-scan size the hash index must give the same answer.
        let many = (0..<80).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
        let big = try #require(try parse("{\(many), \"k3\": \"last\", \"k79\": null}").objectValue)
        #expect(big.count == 80)
        #expect(big["k3"] == "last")
        #expect(big["k79"] == .null)
        #expect(big.keys.first == "k0")
    }

    @Test("nesting depth limit")
    func depthLimit() throws {
        let deepOK = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try parse(deepOK) != .null)
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(throws: JSONParseError(offset: 512, message: "nesting deeper than 512 levels")) {
            try parse(tooDeep)
        }
        let deepObjects = String(repeating: "{\"a\":", count: 512) + "1" + String(repeating: "}", count: 512)
        let parsed = try parse(deepObjects)
        #expect(try JSONParser.parse(Array(parsed.jsonText().utf8)) == parsed)
        let objects = String(repeating: "{\"a\":", count: 20) + "1" + String(repeating: "}", count: 20)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(objects.utf8), maxDepth: 10) }
        #expect(try JSONParser.parse(Array(objects.utf8), maxDepth: 20) != .null)
    }

    @Test("parseArray returns the elements")
    func parseArray() throws {
        let elements = try JSONParser.parseArray(Array(#" [{"id": 1}, {"id": 2}] "#.utf8))
        #expect(elements == [["id": 1], ["id": 2]])
        #expect(try JSONParser.parseArray(Array("[]".utf8)).isEmpty)
    }

    @Test("parseArray rejects other top-level values", arguments: [
        (#"{"id": "not_found", "message": "gone"}"#, "an object"),
        ("\"x\"", "a string"),
        ("null", "null"),
        ("1", "a number"),
        ("true", "a boolean"),
    ] as [(String, String)])
    func parseArrayRejects(text: String, kind: String) {
        #expect(throws: JSONParseError(offset: 0, message: "expected a JSON array at the top level, got \(kind)")) {
            try JSONParser.parseArray(Array(text.utf8))
        }
    }

    @Test("other byte collections: Data, ArraySlice, a non-contiguous collection")
    func collections() throws {
        let text = #"[{"a": [1, 2]}]"#
        let expected: JSONValue = [["a": [1, 2]]]
        #expect(try JSONParser.parse(Data(text.utf8)) == expected)
        #expect(try JSONParser.parse(Array(("xx" + text).utf8).dropFirst(2)) == expected)
        #expect(try JSONParser.parse(text.utf8) == expected)
        #expect(try JSONParser.parse(Array(text.utf8).reversed().reversed()) == expected)
    }

    @Test("a page of 10,000 objects parses")
    func bigInput() throws {
        var text = "["
        for index in 0..<10_000 {
            if index > 0 { text += "," }
            text += #"{"id":"01234567-89ab-cdef-0123-\#(String(format: "%012d", index))","name":"app-\#(index)","#
            text += #""created_at":"2024-01-02T03:04:05Z","size":\#(index * 1000),"owner":{"email":"u\#(index)@example.com"},"#
            text += #""tags":["a","b"],"price":1.50,"maintenance":false,"note":null}"#
        }
        text += "]"
        let elements = try JSONParser.parseArray(Array(text.utf8))
        #expect(elements.count == 10_000)
        #expect(elements[9_999].value(at: ["owner", "email"]) == "u9999@example.com")
        #expect(elements[42].value(at: ["price"]) == .number("1.50"))
    }
}

/// `parseArrayElements`: each element's text range and whether PostgreSQL takes it as is.
@Suite("JSONParser.parseArrayElements")
struct JSONParserElementTests {
    @Test("ranges cover each element's own text; refused values are flagged")
    func elementRanges() throws {
        let text = #" [ {"a":1} ,{"b":"x\u0000y"},{"c":1e99999}, {"d":"\uD800"}, {"e":"ok\n"} ] "#
        let bytes = Array(text.utf8)
        let elements = try JSONParser.parseArrayElements(bytes)
        #expect(elements.map { String(decoding: bytes[$0.text], as: UTF8.self) }
            == [#"{"a":1}"#, #"{"b":"x\u0000y"}"#, #"{"c":1e99999}"#, #"{"d":"\uD800"}"#, #"{"e":"ok\n"}"#])
        #expect(elements.map(\.storableAsIs) == [true, false, false, false, true])
        #expect(elements[0].value == .object(["a": 1]))
    }

    @Test("known elements are skipped by extent, exactly where parsing would end; the rest are parsed")
    func skippingKnownElements() throws {
        let known = [#"{"a":[1,{"b":"]}\""}],"c":null}"#, #""just a string, with ] and }""#, "-12.5e3", "true"]
        let unknown = [#"{"d":"x\u0000y"}"#, "[1, [2]]"]
        let text = " [ " + [known[0], unknown[0], known[1], known[2], unknown[1], known[3]].joined(separator: " ,\n") + " ] "
        let bytes = Array(text.utf8)
        var asked: [String] = []
        let entries = try JSONParser.parseArrayElements(bytes) { candidate in
            let candidateText = String(decoding: candidate, as: UTF8.self)
            asked.append(candidateText)
            return known.contains(candidateText)
        }
        #expect(asked == [known[0], unknown[0], known[1], known[2], unknown[1], known[3]], "each element's exact text")
        var skipped: [String] = []
        var parsed: [JSONParser.Element] = []
        for entry in entries {
            switch entry {
            case .known(let range): skipped.append(String(decoding: bytes[range], as: UTF8.self))
            case .parsed(let element): parsed.append(element)
            }
        }
        #expect(skipped == known)
        #expect(parsed.map { String(decoding: bytes[$0.text], as: UTF8.self) } == unknown)
        #expect(parsed.map(\.storableAsIs) == [false, true])
    }

    @Test("extents end right at the next comma or bracket, after escaped backslashes and quotes")
    func skippingTightlyPackedElements() throws {
        let text = #"[{"p":"C:\\"},"\\\\\"",7,{"q":["]"]},-0.5e-3]"#
        let bytes = Array(text.utf8)
        let entries = try JSONParser.parseArrayElements(bytes) { _ in true }
        let skipped = entries.compactMap { entry -> String? in
            if case .known(let range) = entry { return String(decoding: bytes[range], as: UTF8.self) }
            return nil
        }
        #expect(skipped == [#"{"p":"C:\\"}"#, #""\\\\\"""#, "7", #"{"q":["]"]}"#, "-0.5e-3"])
        #expect(try JSONParser.parseArray(bytes).count == skipped.count, "the same elements a full parse finds")
    }

    @Test("a page cut short or malformed still fails when its elements are known",
          arguments: [#"[{"a":1},{"b":2}"#, #"[{"a":1} {"b":2}]"#, #"[{"a":1},]"#, #"[{"a":"#, #"{"a":1}"#])
    func skippingStillChecksTheArray(text: String) {
        #expect(throws: JSONParseError.self) {
            _ = try JSONParser.parseArrayElements(Array(text.utf8)) { _ in true }
        }
    }

    @Test("the same errors as parseArray", arguments: ["{}", "[1,]", "[1", "", "[1] x"])
    func errors(text: String) {
        let arrayError = #expect(throws: JSONParseError.self) { try JSONParser.parseArray(Array(text.utf8)) }
        let elementError = #expect(throws: JSONParseError.self) { try JSONParser.parseArrayElements(Array(text.utf8)) }
        #expect(arrayError?.message == elementError?.message)
    }
}
