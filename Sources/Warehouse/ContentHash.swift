import Crypto
import Postgres
import Schema

/// A row's `_hash` computed on the client: the md5 of the text PostgreSQL prints for the
/// staged `jsonb` (`md5(_raw::text)`), rendered by `JSONValue.writeJSONBText(into:)`.
///
/// It is the same value SQL computes, so hashes stored by either side compare equal; when
/// the renderer declines (a number with an exponent, a key holding U+0000), the staged hash
/// is NULL and the merge computes it in SQL instead.
struct ContentHash {
    private var text: [UInt8] = []
    /// False when the database does not store UTF-8: `md5(_raw::text)` then hashes other
    /// bytes than the ones rendered here, so every hash is left to SQL.
    private let enabled: Bool

    init(enabled: Bool = true) {
        self.enabled = enabled
        text.reserveCapacity(4096)
    }

    /// The 32 lower-case hex digits of the object's `_hash`, or nil when SQL must compute it.
    mutating func hex(of object: JSONObject) -> String? {
        var digits: [UInt8] = []
        guard appendHex(of: object, to: &digits) else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Appends the object's `_hash` as a COPY text field: 32 hex digits, or `\N`.
    mutating func appendCopyField(of object: JSONObject, to buffer: inout [UInt8]) {
        if !appendHex(of: object, to: &buffer) { buffer.append(contentsOf: CopyTextEncoder.null) }
    }

    private mutating func appendHex(of object: JSONObject, to buffer: inout [UInt8]) -> Bool {
        guard enabled else { return false }
        text.removeAll(keepingCapacity: true)
        guard JSONValue.object(object).writeJSONBText(into: &text) else { return false }
        Hex.append(Insecure.MD5.hash(data: text), to: &buffer)
        return true
    }
}
