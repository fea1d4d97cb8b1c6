/// Text literals for PostgreSQL arrays, sent as bound parameters (`$1::text[]`): every element quoted, so any string is safe.
public enum PostgresArray {
    /// `{"a","b"}` with every element quoted and `"`/`\` escaped, so any string survives.
    public static func literal(_ elements: [String]) -> String {
        var out = "{"
        for (index, element) in elements.enumerated() {
            if index > 0 { out += "," }
            out += "\""
            for character in element.unicodeScalars {
                if character == "\"" || character == "\\" { out += "\\" }
                out.unicodeScalars.append(character)
            }
            out += "\""
        }
        return out + "}"
    }

    /// `{hex,hex,...}`: fingerprints as a `text[]` literal, built as bytes (hex needs no quoting).
    static func literal(_ hashes: [FetchHash]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(2 + hashes.count * 33)
        for (index, hash) in hashes.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            hash.appendHex(to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
