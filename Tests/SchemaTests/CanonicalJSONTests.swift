import Testing
@testable import Schema

/// The loader's canonical serialization, which `_hash` hashes: equal content, equal text.
@Suite("Canonical JSON")
struct CanonicalJSONTests {
    private func canonical(_ text: String) throws -> String {
        var output: [UInt8] = []
        try JSONParser.parse(Array(text.utf8)).writeCanonical(into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @Test("keys sorted by their UTF-8 bytes, no whitespace, arrays in order")
    func layout() throws {
        #expect(try canonical(#"{ "b" : 1, "a" : [3, 2, {"z": null, "é": true, "B": "x"}], "aa": {} }"#)
            == #"{"a":[3,2,{"B":"x","z":null,"é":true}],"aa":{},"b":1}"#)
    }

    @Test("numbers by value: no exponent, no leading or trailing zero, no sign of zero", arguments: [
        ("0", "0"), ("-0", "0"), ("-0.000", "0"), ("0e5", "0"), ("1.50", "1.5"), ("1.5e3", "1500"), ("15.00e2", "1500"),
        ("1E-3", "0.001"), ("-12.5e-1", "-1.25"), ("0.000100", "0.0001"), ("100", "100"), ("-7", "-7"),
        ("123456789012345678901234567890", "123456789012345678901234567890"), ("2.5E+2", "250"), ("1e0", "1"),
    ])
    func numbers(literal: String, expected: String) throws {
        #expect(try canonical("[\(literal)]") == "[\(expected)]")
    }

    @Test("a number jsonb cannot hold is the string of its literal, as it is stored")
    func unstorableNumber() throws {
        #expect(try canonical(#"{"n":1e100000}"#) == #"{"n":"1e100000"}"#)
    }

    @Test("the same content written differently gives the same text", arguments: [
        (#"{"a":"\u00e9","b":[1.0,2]}"#, #"{"b":[1,2.00],"a":"é"}"#),
        (#"{"x":{"q":1,"p":2}}"#, #"{ "x" : { "p" : 2e0 , "q" : 10E-1 } }"#),
        (#"{"k":1,"k":2}"#, #"{"k":2}"#),
        (#"{"s":"tab\there \/"}"#, "{\"s\":\"tab\\there /\"}"),
    ])
    func sameContent(left: String, right: String) throws {
        #expect(try canonical(left) == canonical(right))
    }

    @Test("different content gives different text", arguments: [
        (#"{"a":1}"#, #"{"a":"1"}"#), (#"{"a":[1,2]}"#, #"{"a":[2,1]}"#), (#"{"a":null}"#, #"{}"#),
        (#"{"a":1.5}"#, #"{"a":15}"#), (#"{"a":0.1}"#, #"{"a":0.01}"#),
    ])
    func differentContent(left: String, right: String) throws {
        #expect(try canonical(left) != canonical(right))
    }

    @Test("U+0000 is written as stored (U+FFFD), in values and keys, and keys sort by those bytes")
    func nul() throws {
        #expect(try canonical(#"{"b\u0000":"x\u0000","a":1}"#) == "{\"a\":1,\"b\u{FFFD}\":\"x\u{FFFD}\"}")
    }
}
