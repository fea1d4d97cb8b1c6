/// A parsed Heroku `Range` request header, e.g. `name ]my-app..; max=10, order=desc`.
///
/// Grammar (Platform API reference, "Ranges"): `<field> <start>..<end>; <param>, <param>`
/// where a start of `]value` means "strictly after value" (the form the sandbox sends in
/// `Next-Range`), params are `max=N` and `order=asc|desc`, separated by commas, and a
/// trailing `;` is allowed. The field may be left out (`]value..`), meaning `id`.
struct SandboxRange: Equatable, Sendable {
    var field: String
    var start: String?
    var startExclusive = false
    var end: String?
    var max: Int?
    var descending = false

    /// Heroku's message for a malformed header.
    static let malformedMessage = "Invalid `Range` header. Please use format like `id ..; max=10, order=desc`."

    struct Malformed: Error {}

    /// Parses a header value.
    /// - Throws: ``Malformed`` when it does not follow the grammar.
    static func parse(_ header: String, defaultField: String = "id") throws(Malformed) -> SandboxRange {
        let (spec, parameters) = split(header, at: ";")
        var range = try parseSpec(trim(spec), defaultField: defaultField)
        var parameterText = trim(parameters ?? "")
        if parameterText.hasSuffix(";") { parameterText = trim(String(parameterText.dropLast())) }
        guard !parameterText.contains(";") else { throw Malformed() }
        if parameterText.isEmpty { return range }
        for item in parameterText.split(separator: ",", omittingEmptySubsequences: false) {
            let (key, value) = split(trim(String(item)), at: "=")
            guard let value else { throw Malformed() }
            switch (trim(key), trim(value)) {
            case ("max", let number):
                guard let max = Int(number), max > 0 else { throw Malformed() }
                range.max = max
            case ("order", "asc"): range.descending = false
            case ("order", "desc"): range.descending = true
            default: throw Malformed()
            }
        }
        return range
    }

    private static func parseSpec(_ spec: String, defaultField: String) throws(Malformed) -> SandboxRange {
        var field = defaultField
        var bounds = spec
        if let space = spec.firstIndex(of: " ") {
            field = String(spec[..<space])
            bounds = trim(String(spec[spec.index(after: space)...]))
        } else if !spec.hasPrefix("]") && !spec.contains("..") {
            field = spec
            bounds = ".."
        }
        guard !field.isEmpty, field.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
              let dots = bounds.firstRange(of: "..")
        else { throw Malformed() }
        var start = String(bounds[..<dots.lowerBound])
        let end = String(bounds[dots.upperBound...])
        var exclusive = false
        if start.hasPrefix("]") {
            exclusive = true
            start.removeFirst()
            guard !start.isEmpty else { throw Malformed() }
        }
        // Ranges with only an end bound were removed in 2013 (changelog 314).
        guard !(start.isEmpty && !end.isEmpty) else { throw Malformed() }
        return SandboxRange(field: field, start: start.isEmpty ? nil : start, startExclusive: exclusive,
                            end: end.isEmpty ? nil : end)
    }

    /// The `Next-Range` value that continues strictly after `last`.
    func next(after last: String, max: Int) -> String {
        "\(field) ]\(last)..; max=\(max)" + (descending ? ", order=desc" : "")
    }

    private static func split(_ text: String, at separator: Character) -> (String, String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }

    private static func trim(_ text: String) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
