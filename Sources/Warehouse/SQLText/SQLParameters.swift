/// Collects the bound parameters of one statement while its SQL text is being built, so
/// every value (including JSON keys taken from data) travels as a parameter, never as SQL.
struct SQLParameters {
    private(set) var values: [String?] = []

    /// Appends a value and returns its placeholder (`$1`, `$2`, ...).
    mutating func bind(_ value: String?) -> String {
        values.append(value)
        return "$\(values.count)"
    }

    /// Appends a value and returns its placeholder cast to `text` (for `->` key operands).
    mutating func bindText(_ value: String) -> String {
        bind(value) + "::text"
    }
}
