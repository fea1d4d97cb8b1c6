import Schema

/// Renders the SQL expression that extracts one column's value from a staged object
/// (`raw jsonb`), with every JSON key bound as a parameter.
///
/// JSON `null` and a missing key both become SQL NULL. Scalars are read as text (`->>`) and
/// cast to the column type; the schema planner has already widened the column so that every
/// value of this load fits the cast.
enum JSONProjection {
    static func expression(
        from source: String,
        path: JSONPath,
        type: ColumnType,
        parameters: inout SQLParameters
    ) -> String {
        precondition(!path.isEmpty, "a column's JSON path is never empty")
        var expression = source
        for key in path.dropLast() {
            expression += " -> " + parameters.bindText(key)
        }
        let last = parameters.bindText(path[path.count - 1])
        if type == .jsonb {
            return "NULLIF(\(expression) -> \(last), 'null'::jsonb)"
        }
        return "((\(expression) ->> \(last))::\(type.sqlName))"
    }
}
