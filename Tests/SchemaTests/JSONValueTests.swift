import Foundation
import Testing
@testable import Schema

@Suite("JSONValue and JSONObject")
struct JSONValueTests {
    @Test("object keeps insertion order; last duplicate wins in one entry")
    func objectOrder() {
        let object = JSONObject([(key: "b", value: 1), (key: "a", value: 2), (key: "b", value: 3)])
        #expect(object.keys == ["b", "a"])
        #expect(object.count == 2)
        #expect(object["b"] == 3)
        #expect(object["missing"] == nil)
        #expect(object.map(\.key) == ["b", "a"])
    }

    @Test("subscript set appends, replaces and removes")
    func subscriptSet() {
        var object: JSONObject = ["a": 1]
        object["b"] = "x"
        object["a"] = nil
        object["b"] = true
        #expect(object == ["b": true])
    }

    @Test("equality is order-sensitive and literal")
    func equality() {
        let ab: JSONObject = ["a": 1, "b": 2]
        let ba: JSONObject = ["b": 2, "a": 1]
        #expect(ab != ba)
        #expect(JSONValue.number("1.0") != .number("1"))
        #expect(Set([JSONValue.object(ab), .object(ab)]).count == 1)
    }

    @Test("keys compare by bytes, not canonical equivalence")
    func byteKeys() {
        let object = JSONObject([(key: "\u{E9}", value: 1), (key: "e\u{301}", value: 2)])
        #expect(object.count == 2)

        // The same past the linear-scan size, where a hash index is used.
        let filler = (0..<40).map { (key: "k\($0)", value: JSONValue.number("\($0)")) }
        let big = JSONObject(filler + [(key: "\u{E9}", value: 1), (key: "e\u{301}", value: 2), (key: "\u{E9}", value: 3)])
        #expect(big.count == 42)
        #expect(big["\u{E9}"] == 3)
        #expect(big["e\u{301}"] == 2)
    }

    @Test("value(at:) and accessors")
    func accessors() {
        let value: JSONValue = ["app": ["name": "x", "owner": ["id": 7]], "tags": ["a"]]
        #expect(value.value(at: ["app", "owner", "id"]) == 7)
        #expect(value.value(at: ["app", "name"])?.stringValue == "x")
        #expect(value.value(at: ["app", "name", "deeper"]) == nil)
        #expect(value.value(at: []) == value)
        #expect(value.objectValue?.value(at: ["app", "name"]) == "x")
        #expect(value.value(at: ["tags"])?.arrayValue == ["a"])
        #expect(JSONValue.null.isNull)
        #expect(!JSONValue.bool(false).isNull)
        #expect(JSONValue.bool(true).boolValue == true)
        #expect(JSONValue.number("5").numberLiteral == "5")
        #expect(JSONValue.string("5").numberLiteral == nil)
        #expect(JSONValue(floatLiteral: 1.5) == .number("1.5"))
    }
}
