import Postgres
import Schema

/// Objects recognised from their text (`StagingSink.recognise`) are not parsed, so the
/// inferrer never observes them. Their values already fit the existing columns (the columns
/// were widened when those objects were stored), so the plan is the same as if they had
/// been observed, except where a path changes shape: an object now where a column holds
/// values, or a value now above columns that came from an object. Only there the rows stored
/// from those objects are asked, in SQL, what they hold; a path holding both becomes one
/// `jsonb` field, exactly as if every object had been observed.
struct UnparsedShapes {
    let connection: Connection
    let identifier: Identifier
    let table: ReportTable

    /// Adds to `inferrer` what the unobserved objects would have: a mixed shape at a path.
    /// - Parameter unrecognised: fingerprints of the stored rows that did not arrive as stored (the
    ///   others are the unobserved objects).
    func reconcile(_ inferrer: inout SchemaInferrer, existing: [ColumnSpec], account: String,
                   unrecognised: [FetchHash]) throws {
        let objectPaths = inferrer.objectPaths
        let valueTypes = Dictionary(inferrer.valuePaths.map { ($0.path, $0.type) }, uniquingKeysWith: { first, _ in first })
        var questions: [(path: JSONPath, objectThere: Bool)] = []
        // An object now where the column holds values: did a stored object hold a value?
        for column in existing
        where column.type != .jsonb && objectPaths.contains(column.path) && valueTypes[column.path] == nil {
            questions.append((column.path, false))
        }
        let hasColumnsBelow = { (path: JSONPath) in
            existing.contains { $0.path.count > path.count && Array($0.path.prefix(path.count)) == path }
        }
        // A value now at a new path, or above columns flattened from an object: did a stored
        // object hold an object there (perhaps an empty one, which makes no column)?
        for (path, type) in valueTypes where type != .jsonb && !objectPaths.contains(path)
            && (hasColumnsBelow(path) || !existing.contains(where: { $0.path == path })) {
            questions.append((path, true))
        }
        // Only nulls now above columns flattened from an object: the stored objects held one
        // (or objects since deleted did; then the difference is a column of nulls not made).
        for field in inferrer.fields where field.type == nil && hasColumnsBelow(field.path) {
            inferrer.observeObject(at: field.path)
        }
        guard !questions.isEmpty else { return }
        let unrecognisedLiteral = PostgresArray.literal(unrecognised)
        for question in questions where try storedRowsHold(question, account: account, unrecognised: unrecognisedLiteral) {
            inferrer.observeMixedShape(at: question.path)
        }
    }

    private func storedRowsHold(_ question: (path: JSONPath, objectThere: Bool), account: String,
                                unrecognised: String) throws -> Bool {
        let kinds = question.objectThere ? "= 'object'" : "<> 'object'"
        var parameters = SQLParameters()
        let accountParameter = parameters.bind(account)
        let unrecognisedParameter = parameters.bind(unrecognised) + "::text[]"
        // Keys one by one (`->`), so a key made of digits is never taken for an array index.
        let value = JSONProjection.expression(
            from: Identifier.quote(MetaColumn.raw), path: question.path, type: .jsonb, parameters: &parameters)
        let result = try connection.execute("""
            SELECT EXISTS (SELECT 1 FROM \(identifier.qualified(table.name))
                WHERE \(Identifier.quote(MetaColumn.account)) = \(accountParameter)
                  AND jsonb_typeof(\(value)) \(kinds)
                  AND NOT (\(Identifier.quote(MetaColumn.fetchHash)) = ANY (\(unrecognisedParameter))))
            """, parameters.values)
        return result.firstValue == "t"
    }
}
