/// Text literals for PostgreSQL arrays, sent as bound parameters (`$1::text[]`).
enum PostgresArray {
    /// `{"a","b"}` with every element quoted and `"`/`\` escaped, so any string survives.
    static func literal(_ elements: [String]) -> String {
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
}
