import Foundation

/// Turns JSON paths into PostgreSQL column names that never need quoting.
///
/// The rules, applied in order (deterministic: the same path and taken set always give the
/// same name):
/// 1. Each path component is converted from camelCase to snake_case: an underscore goes
///    before an upper-case ASCII letter that follows a lower-case letter, or that follows an
///    upper-case letter or digit and precedes a lower-case letter (`cliPluginName` →
///    `cli_plugin_name`, `HTTPServer` → `http_server`, `userID` → `user_id`, `2FA` → `2fa`).
/// 2. ASCII letters are lower-cased; every other character outside `[a-z0-9]` becomes `_`
///    (`.`, `-`, spaces, quotes, accented letters, emoji; nothing is transliterated).
/// 3. Components are joined with `_` (`app.name` → `app_name`), runs of `_` collapse to one and
///    leading and trailing `_` are trimmed, so a name never starts with `_` (the prefix owned by
///    the meta columns such as `_raw`): `_raw` → `raw`.
/// 4. An empty result becomes `col`; a result starting with a digit gets the prefix `c_`
///    (`2fa` → `c_2fa`).
/// 5. A PostgreSQL fully reserved keyword gets the suffix `_` (`select` → `select_`,
///    `default` → `default_`).
/// 6. A name longer than 63 bytes (PostgreSQL's identifier limit) is cut to its first 54 bytes,
///    trailing `_` trimmed, then `_` and the 8 lower-case hex digits of the 32-bit FNV-1a hash of
///    the path's components joined by U+001F are appended.
/// 7. If the name is already taken, `_2`, `_3`, … is appended (after trimming a trailing `_`,
///    and cutting the name so the result stays within 63 bytes) until it is free:
///    `ID` beside `id` → `id_2`.
public enum ColumnNaming {
    /// PostgreSQL's identifier length limit in bytes (NAMEDATALEN - 1).
    public static let maxLength = 63

    /// PostgreSQL's fully reserved key words (those that cannot be column names unquoted).
    public static let reservedWords: Set<String> = [
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
        "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
        "column", "concurrently", "constraint", "create", "cross", "current_catalog",
        "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
        "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
        "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group",
        "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join",
        "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural",
        "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps",
        "placing", "primary", "references", "returning", "right", "select", "session_user",
        "similar", "some", "symmetric", "table", "tablesample", "then", "to", "trailing", "true",
        "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with",
    ]

    /// The name for `path` before collision handling (rules 1–6).
    public static func baseName(for path: JSONPath) -> String {
        let joined = path.map(snakeCase).joined(separator: "_")
        var name = collapseUnderscores(joined)
        if name.isEmpty { name = "col" }
        if let first = name.utf8.first, first &- UInt8(ascii: "0") < 10 { name = "c_" + name }
        if reservedWords.contains(name) { name += "_" }
        if name.utf8.count > maxLength {
            name = trimTrailingUnderscores(String(name.prefix(54))) + "_" + hashSuffix(for: path)
        }
        return name
    }

    /// The name for `path` that is not in `taken` (rules 1–7).
    public static func name(for path: JSONPath, taken: Set<String>) -> String {
        let base = baseName(for: path)
        if !taken.contains(base) { return base }
        let stem = trimTrailingUnderscores(base)
        var counter = 2
        while true {
            let suffix = "_\(counter)"
            let room = maxLength - suffix.utf8.count
            let cut = stem.utf8.count > room ? trimTrailingUnderscores(String(stem.prefix(room))) : stem
            let candidate = cut + suffix
            if !taken.contains(candidate) { return candidate }
            counter += 1
        }
    }

    /// 8 lower-case hex digits of the 32-bit FNV-1a hash of the components joined by U+001F.
    public static func hashSuffix(for path: JSONPath) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for (index, component) in path.enumerated() {
            if index > 0 { hash = (hash ^ 0x1F) &* 0x0100_0193 }
            for byte in component.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        }
        let hex = String(hash, radix: 16, uppercase: false)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Rules 1 and 2 for one component (no collapsing or trimming yet).
    static func snakeCase(_ component: String) -> String {
        let scalars = Array(component.unicodeScalars)
        var output = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if isUpper(scalar) {
                if index > 0 {
                    let previous = scalars[index - 1]
                    let nextIsLower = index + 1 < scalars.count && isLower(scalars[index + 1])
                    if isLower(previous) || ((isUpper(previous) || isDigit(previous)) && nextIsLower) {
                        output.append("_")
                    }
                }
                output.append(Unicode.Scalar(UInt8(scalar.value) + 32))
            } else if isLower(scalar) || isDigit(scalar) {
                output.append(scalar)
            } else {
                output.append("_")
            }
        }
        return String(output)
    }

    private static func collapseUnderscores(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingUnderscore = false
        for character in text.unicodeScalars {
            if character == "_" {
                pendingUnderscore = !output.isEmpty
            } else {
                if pendingUnderscore { output.append("_") }
                pendingUnderscore = false
                output.unicodeScalars.append(character)
            }
        }
        return output
    }

    private static func trimTrailingUnderscores(_ text: String) -> String {
        var text = text
        while text.hasSuffix("_") { text.removeLast() }
        return text
    }

    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
    private static func isLower(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
