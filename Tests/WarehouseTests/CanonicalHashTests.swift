import Postgres
import Schema
import Testing
import TestSupport
@testable import Warehouse

/// `_hash` is computed from the fetched object on a load and from `_raw` read back on the
/// upgrade to schema 11: both must agree, or the upgrade would invent versions.
@Suite("Canonical hash")
struct CanonicalHashTests {
    /// Objects exercising key order, escapes, repeated keys, numbers PostgreSQL rewrites and NUL.
    static let objects = [
        #"{"b":1,"a":2,"aa":3,"é":4,"ccc":5,"B":6,"e":{"z":[],"y":{},"x":null}}"#,
        #"{ "s" : "tab\there \"q\" back\\slash \u0001 \u001f \u007f / é 😀 \u00e9 \ud83d\ude00 \b\f\n\r" }"#,
        #"{"a":1,"a":2,"b":{"c":1,"c":[1,2,{"d":true,"d":false}]}}"#,
        #"{"n":[0,-0,-0.0,-0.000,1.50,-2.25,123456789012345678901234567890,0.000001,-7,1e2,2.5E-3,-0e0,15.00e2]}"#,
        #"{"k":"v\u0000w","nested":{"a":"\u0000","b":["\u0000\u0000"]},"a\u0000":1,"abc":2}"#,
        #"{"beyond numeric":1e100000,"also":-1E-100000}"#,
        // Storable, but jsonb prints them with more than a thousand digits.
        #"{"a":1e1000,"b":-1e999,"c":1.5e-999}"#,
        #"{"ab":1,"é":2,"ä":3,"zz":4,"\u00ff":5,"":6}"#,
        #"{}"#,
    ]

    @Test("the hash of the fetched object equals the hash of its jsonb read back from PostgreSQL", arguments: objects)
    func fetchedEqualsStored(_ text: String) throws {
        let object = try #require(JSONParser.parse(Array(text.utf8)).objectValue)
        var hasher = CanonicalHash()
        let fetched = hasher.hex(of: object)
        // What the sink stages for this object (U+0000 replaced, huge numbers as strings), as jsonb prints it.
        let staged = JSONValue.object(object).jsonText(replacingNUL: true)
        let connection = try TestDatabase.connect()
        let printed = try #require(try connection.execute("SELECT $1::jsonb::text", [staged]).firstValue)
        let stored = try #require(JSONParser.parse(Array(printed.utf8)).objectValue)
        #expect(hasher.hex(of: stored, numbersFromStorage: true) == fetched, "\(text) → \(printed)")
    }
}
