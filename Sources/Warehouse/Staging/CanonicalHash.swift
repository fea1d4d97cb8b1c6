import Postgres
import Schema

/// A row's `_hash`, its content hash: MurmurHash3 x64 128 (as `FetchHash`) of the object's
/// canonical serialization (`JSONValue.writeCanonical`). Equal hashes mean equal content,
/// whatever the API's formatting; the merge compares them to tell a changed object from an
/// unchanged one. Computed on the client from the parsed object, and by the upgrade from
/// `_raw` read back, with the same result.
struct CanonicalHash {
    private var text: [UInt8] = []

    init() {
        text.reserveCapacity(4096)
    }

    /// The 32 lower-case hex digits of the object's `_hash`; `numbersFromStorage` for an
    /// object read back from `_raw` (see `JSONValue.writeCanonical`).
    mutating func hex(of object: JSONObject, numbersFromStorage: Bool = false) -> String {
        var digits: [UInt8] = []
        append(of: object, to: &digits, numbersFromStorage: numbersFromStorage)
        return String(decoding: digits, as: UTF8.self)
    }

    /// Appends the 32 hex digits of the object's `_hash` to `buffer` (a staged row's `hash` field).
    mutating func append(of object: JSONObject, to buffer: inout [UInt8], numbersFromStorage: Bool = false) {
        text.removeAll(keepingCapacity: true)
        JSONValue.object(object).writeCanonical(into: &text, numbersFromStorage: numbersFromStorage)
        text.withUnsafeBufferPointer { FetchHash(of: $0) }.appendHex(to: &buffer)
    }
}
