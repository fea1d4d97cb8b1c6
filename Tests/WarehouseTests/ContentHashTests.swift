import Postgres
import Schema
import Testing
import TestSupport
@testable import Warehouse

/// The client computes `_hash` as PostgreSQL would (`md5(_raw::text)`), so hashes written
/// by either side compare equal; where it cannot be sure, it declines and SQL computes it.
@Suite("Content hash")
struct ContentHashTests {
    /// Objects exercising `jsonb`'s key order, escapes, repeated keys, numbers and NUL.
    static let reproduced = [
        #"{"b":1,"a":2,"aa":3,"é":4,"ccc":5,"B":6,"e":{"z":[],"y":{},"x":null}}"#,
        #"{ "s" : "tab\there \"q\" back\\slash \u0001 \u001f \u007f / é 😀 \u00e9 \ud83d\ude00 \b\f\n\r" }"#,
        #"{"a":1,"a":2,"b":{"c":1,"c":[1,2,{"d":true,"d":false}]}}"#,
        #"{"n":[0,-0,-0.0,-0.000,1.50,-2.25,123456789012345678901234567890,0.000001,-7]}"#,
        #"{"k":"v\u0000w","nested":{"a":"\u0000","b":["\u0000\u0000"]}}"#,
        #"{"beyond numeric":1e100000,"also":-1E-100000}"#,
        #"{"ab":1,"é":2,"ä":3,"zz":4,"\u00ff":5,"":6}"#,
        #"{}"#,
        #"{"deep":[[[[[{"a":[{"b":[]}]}]]]]],"empty":"","s p a c e":" "}"#,
    ]

    @Test("equals PostgreSQL's md5(jsonb::text) for the stored text", arguments: reproduced)
    func matchesPostgres(_ text: String) throws {
        let object = try #require(JSONParser.parse(Array(text.utf8)).objectValue)
        var contentHash = ContentHash()
        let hex = contentHash.hex(of: object)
        let client = try #require(hex, "the renderer declined \(text)")
        // What the sink stages for this object (U+0000 replaced, huge numbers as strings).
        let staged = JSONValue.object(object).jsonText(replacingNUL: true)
        let connection = try TestDatabase.connect()
        let server = try connection.execute("SELECT md5($1::jsonb::text)", [staged]).rows.first?.first ?? nil
        #expect(client == server, "\(text)")
    }

    @Test("declines a number with an exponent (numeric normalizes it) or a key holding U+0000, so SQL computes that hash",
          arguments: [#"{"x":1e2}"#, #"{"a":{"b":[1,2.5E-3]}}"#, #"{"x":-0e0}"#,
                      // A key holding U+0000 is stored with U+FFFD: it sorts by other bytes, and
                      // two keys may become one.
                      #"{"a\u0000":1,"abc":2}"#, #"{"a\u0000":1,"a\uFFFD":2}"#, #"{"o":{"\u0000":0}}"#])
    func declinesExponents(_ text: String) throws {
        let object = try #require(JSONParser.parse(Array(text.utf8)).objectValue)
        var contentHash = ContentHash()
        #expect(contentHash.hex(of: object) == nil)
    }
}
