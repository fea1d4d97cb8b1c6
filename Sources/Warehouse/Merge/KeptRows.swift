import Schema

/// Stored rows the fetch could not see, by their value in one column: kept as they are.
struct KeptRows {
    var column: ColumnSpec
    var values: [String]
    /// Not fetched on purpose (a fresh parent of a fan-out report), rather than unreadable.
    var notFetched = false
    /// Of those rows, only the ones whose period column lies outside this window (a windowed
    /// report: what it did not ask for); nil: all of them.
    var outside: (column: ColumnSpec, window: PeriodWindow)?

    /// Whether a row of `alias` is one of them, its values bound in `parameters`.
    func condition(alias: String, parameters: inout SQLParameters) -> String {
        let matches = "\(alias).\(Identifier.quote(column.name))::text = ANY(\(parameters.bind(PostgresArray.literal(values)))::text[])"
        guard let outside else { return matches }
        let period = "\(alias).\(Identifier.quote(outside.column.name))::text"
        return "(\(matches) AND NOT (\(period) BETWEEN \(parameters.bind(outside.window.first)) AND \(parameters.bind(outside.window.last))))"
    }

    /// The rows a sink named, with their columns (a path without a column yet has nothing stored
    /// to keep): kept (unreadable), not fetched (fresh parents), and outside a window.
    static func resolve(kept: [JSONPath: [String]], notFetched: [JSONPath: [String]],
                        outsideWindows: [StagingSink.WindowedKey: [String]], columns: [ColumnSpec]) -> [KeptRows] {
        let column = { (path: JSONPath) in columns.first { $0.path == path } }
        let whole = [(kept, false), (notFetched, true)].flatMap { rows, notFetched in
            rows.compactMap { path, values in
                column(path).map { KeptRows(column: $0, values: values, notFetched: notFetched) }
            }
        }
        let windowed = outsideWindows.compactMap { key, values -> KeptRows? in
            guard let parent = column(key.path), let period = column(key.window.path) else { return nil }
            return KeptRows(column: parent, values: values, notFetched: true, outside: (period, key.window))
        }
        // In a stable order, so the statement's text (and plan) does not change between loads.
        return whole + windowed.sorted { ($0.outside!.window.first, $0.values.first ?? "") < ($1.outside!.window.first, $1.values.first ?? "") }
    }
}
