import HerokuSandbox
import Schema
import Testing

@Suite struct SandboxJSONTests {
    @Test func writesCompactOrderedJSON() {
        let value: SandboxJSON = ["b": 1, "a": [true, nil, "x\"y\n\u{01}"], "c": ["é": .number("1.50")]]
        #expect(value.servedText == #"{"b":1,"a":[true,null,"x\"y\n\u0001"],"c":{"é":1.50}}"#)
    }

    @Test func parsesWhatItWrites() throws {
        let text = #"{"z":[1,-2.5e3,{"k":"\u00e9\ud83d\ude00"}],"a":null,"t":false}"#
        let value = try SandboxJSON.parse(text)
        #expect(value.objectValue?.keys == ["z", "a", "t"])
        #expect(value.value(at: ["z"])?.arrayValue?[2]["k"] == "é😀")
        #expect(try SandboxJSON.parse(value.servedText) == value)
    }

    @Test func rejectsMalformedJSON() {
        for bad in ["", "{", "[1,]", "01", "\"a", "{\"a\" 1}", "nul", "[1] x"] {
            #expect(throws: JSONParseError.self) { try SandboxJSON.parse(bad) }
        }
    }

    @Test func pathEditing() {
        var value: SandboxJSON = ["a": ["b": 1]]
        value.setValue("x", at: ["a", "c"])
        value.setValue(2, at: ["d", "e"])
        #expect(value.servedText == #"{"a":{"b":1,"c":"x"},"d":{"e":2}}"#)
        let removed = value.removeValue(at: ["a", "b"])
        let removedMissing = value.removeValue(at: ["nope"])
        #expect(removed)
        #expect(!removedMissing)
        #expect(value.servedText == #"{"a":{"c":"x"},"d":{"e":2}}"#)
    }
}
