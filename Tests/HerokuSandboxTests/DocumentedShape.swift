import HerokuAPI
import HerokuSandbox

/// Checks a JSON object against the documented fields of its resource: every documented
/// path present (or under a null parent), nothing undocumented except `sandbox_extra`,
/// and every value of the documented type.
enum DocumentedShape {
    static var uuidPattern: Regex<AnyRegexOutput> { try! Regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$") }
    static var timestampPattern: Regex<AnyRegexOutput> { try! Regex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$") }

    /// Problems found, empty when the object matches.
    static func problems(_ object: SandboxJSON, fields: [DocumentedFields.Field], secrets: [[String]] = []) -> [String] {
        var problems: [String] = []
        let documented = Set(fields.map(\.path))
        for field in fields {
            if let value = object.value(at: field.path) {
                if let problem = typeProblem(value, field) { problems.append(problem) }
                continue
            }
            let nullParent = (1..<field.path.count).contains { length in
                object.value(at: Array(field.path.prefix(length))) == SandboxJSON.null
            }
            if !nullParent || !field.nullable { problems.append("missing \(field.path)") }
        }
        for (path, value) in leaves(object) where !documented.contains(path) {
            let isNullParent = value == SandboxJSON.null && documented.contains { $0.starts(with: path) && $0.count > path.count }
            if !isNullParent && path != ["sandbox_extra"] && !secrets.contains(path) { problems.append("undocumented \(path)") }
        }
        return problems
    }

    /// Leaf paths, flattening objects as the catalogue does (path length up to 4).
    static func leaves(_ value: SandboxJSON, prefix: [String] = []) -> [([String], SandboxJSON)] {
        guard case .object(let object) = value, prefix.count < 4, object.count > 0 || prefix.isEmpty else {
            return [(prefix, value)]
        }
        return object.members.flatMap { leaves($0.value, prefix: prefix + [$0.key]) }
    }

    static func typeProblem(_ value: SandboxJSON, _ field: DocumentedFields.Field) -> String? {
        let ok: Bool
        switch (field.type, value) {
        case (_, .null): ok = field.nullable
        case ("boolean", .bool): ok = true
        case ("bigint", .number(let text)): ok = Int64(text) != nil
        case ("numeric", .number): ok = true
        case ("uuid", .string(let text)): ok = text.wholeMatch(of: uuidPattern) != nil
        case ("timestamptz", .string(let text)): ok = text.wholeMatch(of: timestampPattern) != nil
        case ("text", .string): ok = true
        case ("jsonb", .array), ("jsonb", .object): ok = true
        default: ok = false
        }
        return ok ? nil : "\(field.path): \(value.servedText) is not a \(field.nullable ? "nullable " : "")\(field.type)"
    }
}
