/// The text PostgreSQL prints for a `jsonb` value (`jsonb::text`), rendered on the client.
///
/// A current table's content hash is `md5(_raw::text)`. Printing every staged `jsonb` value
/// back to text costs PostgreSQL about 7 µs an object, more than anything else in a first
/// load; rendering the same text from the parsed object here costs a fraction of that.
///
/// `jsonb` keeps each key once (the last value wins, as `JSONObject` already resolves
/// repeats), orders an object's keys by UTF-8 length and then by bytes, and prints
/// `{"k": v, "k2": v2}` and `[a, b]`, with one space after every `:` and `,`. Strings are
/// escaped exactly as `writeJSON` escapes them: the set PostgreSQL's `escape_json` uses.
/// A number prints as `numeric` prints it: its literal, without the sign of a negative
/// zero; a literal with an exponent is normalized by `numeric`, which this renderer does
/// not reproduce, so it declines those. It also declines a key holding U+0000: stored as
/// U+FFFD, such a key sorts (and may merge with another key) by bytes it does not have here.
extension JSONValue {
    /// Appends the text `jsonb` prints for this value as `writeJSON(into:replacingNUL: true)`
    /// stores it (U+0000 replaced, numbers beyond `numeric` kept as strings).
    ///
    /// - Returns: false when PostgreSQL might print something else (a number with an
    ///   exponent, a key holding U+0000); `output` then holds a partial rendering to be
    ///   discarded.
    public func writeJSONBText(into output: inout [UInt8]) -> Bool {
        switch self {
        case .null, .bool:
            _ = writeJSON(into: &output, replacingNUL: true)
            return true
        case .number(let literal):
            return JSONBText.writeNumber(literal, into: &output)
        case .string(let string):
            _ = JSONStringEscaper.write(string, into: &output, replacingNUL: true)
            return true
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(contentsOf: JSONBText.separator) }
                guard element.writeJSONBText(into: &output) else { return false }
            }
            output.append(UInt8(ascii: "]"))
            return true
        case .object(let object):
            let pairs = object.pairs
            var order = Array(pairs.indices)
            order.sort { JSONBText.keyPrecedes(pairs[$0].key, pairs[$1].key) }
            output.append(UInt8(ascii: "{"))
            for (position, index) in order.enumerated() {
                if position > 0 { output.append(contentsOf: JSONBText.separator) }
                // A key holding U+0000 sorted here by bytes it does not have once stored.
                guard !JSONStringEscaper.write(pairs[index].key, into: &output, replacingNUL: true) else { return false }
                output.append(contentsOf: JSONBText.keySeparator)
                guard pairs[index].value.writeJSONBText(into: &output) else { return false }
            }
            output.append(UInt8(ascii: "}"))
            return true
        }
    }
}

/// The pieces of `jsonb`'s printed form.
enum JSONBText {
    static let separator: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: " ")]
    static let keySeparator: [UInt8] = [UInt8(ascii: ":"), UInt8(ascii: " ")]

    /// `jsonb`'s key order: shorter UTF-8 first, then bytewise (unsigned).
    static func keyPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        let (left, right) = (lhs.utf8, rhs.utf8)
        if left.count != right.count { return left.count < right.count }
        return left.lexicographicallyPrecedes(right)
    }

    /// A number as `numeric` prints it; false for a literal with an exponent.
    static func writeNumber(_ literal: String, into output: inout [UInt8]) -> Bool {
        let bytes = literal.utf8
        guard ColumnType.isStorableNumber(bytes) else {
            // Stored as a string holding the literal (see `writeJSON`).
            _ = JSONStringEscaper.write(literal, into: &output, replacingNUL: true)
            return true
        }
        var negativeZero = bytes.first == UInt8(ascii: "-")
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): return false
            case UInt8(ascii: "1")...UInt8(ascii: "9"): negativeZero = false
            default: continue
            }
        }
        output.append(contentsOf: negativeZero ? bytes.dropFirst() : bytes[...])
        return true
    }
}
