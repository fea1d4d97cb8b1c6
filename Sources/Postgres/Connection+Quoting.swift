extension Connection {
    /// Quotes an SQL identifier: wraps it in double quotes and doubles any embedded `"`, so
    /// `Robert"); DROP TABLE x;--` names exactly that table. NUL characters (which no
    /// identifier can hold) are removed.
    ///
    /// - Note: PostgreSQL truncates identifiers longer than 63 bytes; shorten names before
    ///   quoting.
    public static func quoteIdentifier(_ name: String) -> String {
        var quoted = "\""
        for scalar in name.unicodeScalars where scalar != "\0" {
            if scalar == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(scalar)
        }
        quoted += "\""
        return quoted
    }

    /// `"schema"."name"`, both parts quoted with `quoteIdentifier(_:)`.
    public static func quoteQualified(_ schema: String, _ name: String) -> String {
        quoteIdentifier(schema) + "." + quoteIdentifier(name)
    }

    /// Quotes a string literal for places that cannot take a parameter (`COMMENT ON ... IS`,
    /// DDL defaults): single quotes are doubled, and if the text contains a backslash it is
    /// written as an escape string (`E'...'`) with the backslashes doubled, so the result is
    /// correct whatever `standard_conforming_strings` is. NUL characters are removed.
    ///
    /// Prefer `execute(_:_:)` parameters wherever the statement allows them.
    public static func quoteLiteral(_ value: String) -> String {
        var body = ""
        var hasBackslash = false
        for scalar in value.unicodeScalars where scalar != "\0" {
            switch scalar {
            case "'": body += "''"
            case "\\": body += "\\\\"; hasBackslash = true
            default: body.unicodeScalars.append(scalar)
            }
        }
        return (hasBackslash ? "E'" : "'") + body + "'"
    }
}
