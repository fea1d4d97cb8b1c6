import Foundation

/// The loader's canonical serialization of a JSON value, which a row's `_hash` hashes: two
/// objects have the same canonical text exactly when they hold the same content, however
/// the API formatted them (key order, whitespace, escapes, `1.50` against `1.5e0`).
///
/// - objects: keys in the order of their UTF-8 bytes, each once (the last value wins, as
///   `JSONObject` resolves repeats), `{"k":v,"k2":v2}` without whitespace;
/// - arrays: `[a,b]`;
/// - strings: escaped as `writeJSON` escapes them, U+0000 written as U+FFFD (as stored);
/// - numbers: by value, as a plain decimal without exponent, leading or trailing zeros, or
///   the sign of zero (`-0.50e1` → `-5`); a fetched number `jsonb` cannot hold is written as
///   the string holding its literal, as `writeJSON` stores it. A number read back from
///   storage (`numbersFromStorage`) was held by `numeric`, so it is always a number: `1e1000`
///   fetched and the 1,001 digits `jsonb` prints for it are one number.
///
/// It depends only on the content, so it is the same computed from the fetched text or from
/// `_raw` read back from PostgreSQL (which reorders keys and rewrites exponents).
extension JSONValue {
    /// Appends the canonical text of this value to `output` as UTF-8; `numbersFromStorage`
    /// when the value was read back from `jsonb` rather than fetched.
    public func writeCanonical(into output: inout [UInt8], numbersFromStorage: Bool = false) {
        switch self {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let value):
            output.append(contentsOf: value ? "true".utf8 : "false".utf8)
        case .string(let string):
            _ = JSONStringEscaper.write(string, into: &output, replacingNUL: true)
        case .number(let literal):
            CanonicalJSON.writeNumber(literal, into: &output, fromStorage: numbersFromStorage)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.writeCanonical(into: &output, numbersFromStorage: numbersFromStorage)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            let pairs = object.pairs
            let start = output.count
            // Keys are sorted by their bytes as fetched; a key holding U+0000 (written as U+FFFD)
            // sorts by its stored bytes instead, so the object is written again that way.
            if CanonicalJSON.writeObject(pairs, keys: { pairs[$0].key }, into: &output, numbersFromStorage: numbersFromStorage) {
                output.removeSubrange(start...)
                let stored = pairs.map { CanonicalJSON.storedKey($0.key) }
                _ = CanonicalJSON.writeObject(pairs, keys: { stored[$0] }, into: &output, numbersFromStorage: numbersFromStorage)
            }
        }
    }
}

/// The pieces of the canonical serialization that are not plain `writeJSON`.
enum CanonicalJSON {
    /// A key as it is stored: U+0000 replaced by U+FFFD, so keys sort by their stored bytes.
    static func storedKey(_ key: String) -> String {
        key.utf8.contains(0) ? key.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : key
    }

    /// Writes `{"k":v,...}` with the keys `keys` gives sorted by their bytes (an insertion
    /// sort of the indices in a stack buffer: objects hold a few dozen keys at most); true when
    /// a key held U+0000.
    static func writeObject(_ pairs: [JSONObject.Element], keys: (Int) -> String, into output: inout [UInt8],
                            numbersFromStorage: Bool) -> Bool {
        var keyHeldNUL = false
        withUnsafeTemporaryAllocation(of: Int.self, capacity: pairs.count) { order in
            for index in pairs.indices {
                var position = index
                while position > 0, precedes(keys(index), keys(order[position - 1])) {
                    order[position] = order[position - 1]
                    position -= 1
                }
                order[position] = index
            }
            output.append(UInt8(ascii: "{"))
            for position in 0..<pairs.count {
                let index = order[position]
                if position > 0 { output.append(UInt8(ascii: ",")) }
                if JSONStringEscaper.write(keys(index), into: &output, replacingNUL: true) { keyHeldNUL = true }
                output.append(UInt8(ascii: ":"))
                pairs[index].value.writeCanonical(into: &output, numbersFromStorage: numbersFromStorage)
            }
            output.append(UInt8(ascii: "}"))
        }
        return keyHeldNUL
    }

    /// Whether `left`'s UTF-8 bytes sort before `right`'s (unsigned, a prefix first).
    static func precedes(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        return left.withUTF8 { l in
            right.withUTF8 { r in
                let common = min(l.count, r.count)
                let order = common == 0 ? 0 : memcmp(l.baseAddress!, r.baseAddress!, common)
                return order < 0 || (order == 0 && l.count < r.count)
            }
        }
    }

    /// Whether `literal` is already canonical: an integer literal (JSON has no leading zeros)
    /// other than `-0`, short enough for `numeric`.
    static func isCanonicalInteger(_ literal: String.UTF8View) -> Bool {
        guard literal.count <= 1000 else { return false }
        var digits = 0
        for byte in literal {
            if byte == UInt8(ascii: "-"), digits == 0 { continue }
            guard byte &- UInt8(ascii: "0") < 10 else { return false }
            digits += 1
        }
        return digits > 0 && !(literal.first == UInt8(ascii: "-") && literal.dropFirst().first == UInt8(ascii: "0"))
    }

    /// A number by its value: `[-]digits[.digits]`, no exponent, no leading zero before other
    /// digits, no trailing zero after the point, `0` for every zero.
    static func writeNumber(_ literal: String, into output: inout [UInt8], fromStorage: Bool = false) {
        if isCanonicalInteger(literal.utf8) {
            output.append(contentsOf: literal.utf8)
            return
        }
        let bytes = Array(literal.utf8)
        guard fromStorage || ColumnType.isStorableNumber(bytes) else {
            // Stored as a string holding the literal (see `writeJSON`).
            _ = JSONStringEscaper.write(literal, into: &output, replacingNUL: true)
            return
        }
        let negative = bytes.first == UInt8(ascii: "-")
        var digits: [UInt8] = []
        digits.reserveCapacity(bytes.count)
        var point: Int?
        var exponent = 0
        var index = negative ? 1 : 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                point = digits.count
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                exponent = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self).replacingOccurrences(of: "+", with: "")) ?? 0
                break
            } else {
                digits.append(byte)
            }
            index += 1
        }
        // The position of the decimal point counted from the first digit.
        var pointPosition = (point ?? digits.count) + exponent
        let leadingZeros = digits.prefix { $0 == UInt8(ascii: "0") }.count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        guard !digits.isEmpty else {
            output.append(UInt8(ascii: "0"))
            return
        }
        if negative { output.append(UInt8(ascii: "-")) }
        let zero = UInt8(ascii: "0")
        if pointPosition <= 0 {
            output.append(zero)
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: repeatElement(zero, count: -pointPosition))
            output.append(contentsOf: digits)
        } else if pointPosition >= digits.count {
            output.append(contentsOf: digits)
            output.append(contentsOf: repeatElement(zero, count: pointPosition - digits.count))
        } else {
            output.append(contentsOf: digits[..<pointPosition])
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: digits[pointPosition...])
        }
    }
}
