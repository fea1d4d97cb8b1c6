import Foundation

/// Decides which columns to add and which to widen, given the existing columns, the declared
/// fields and the fields inferred from the data.
///
/// - Existing columns are matched by path. They are never renamed, dropped or narrowed; one is
///   widened when the inferred type is non-nil and `existing.type.widened(with: inferred)`
///   differs from its type.
/// - New paths get new columns: declared fields first (in declared order), then inferred-only
///   fields sorted by path (component-wise, by UTF-8 bytes). Each is named with
///   `ColumnNaming.name(for:taken:)` against the existing names, `reservedNames` and the names
///   assigned so far, so the same inputs always give the same names.
/// - A new declared column's type is the declared type widened with the inferred type (if any);
///   a new inferred-only column's type is the inferred type, or `text` when only nulls were seen.
/// - A repeated path among the declared fields is used once (its first occurrence).
public enum SchemaPlanner {
    /// The plan that brings `existing` up to date with `declared` and `inferred`.
    public static func plan(
        existing: [ColumnSpec],
        declared: [DeclaredField],
        inferred: [InferredField],
        reservedNames: Set<String> = []
    ) -> SchemaPlan {
        var inferredTypes: [JSONPath: ColumnType?] = [:]
        for field in inferred {
            let previous = inferredTypes[field.path] ?? nil
            inferredTypes[field.path] = field.type.map { previous.widened(with: $0) } ?? previous
        }

        var planned = Set(existing.map(\.path))
        var taken = Set(existing.map(\.name)).union(reservedNames)
        var additions: [ColumnSpec] = []

        for field in declared where !planned.contains(field.path) {
            planned.insert(field.path)
            let inferredType = inferredTypes[field.path] ?? nil
            let type = inferredType.map { field.type.widened(with: $0) } ?? field.type
            let name = ColumnNaming.name(for: field.path, taken: taken)
            taken.insert(name)
            additions.append(ColumnSpec(name: name, path: field.path, type: type, source: .declared,
                                        description: field.description))
        }

        let inferredOnly = inferredTypes.keys.filter { !planned.contains($0) }.sorted(by: pathPrecedes)
        for path in inferredOnly {
            let name = ColumnNaming.name(for: path, taken: taken)
            taken.insert(name)
            additions.append(ColumnSpec(name: name, path: path, type: (inferredTypes[path] ?? nil) ?? .text,
                                        source: .inferred))
        }

        var widenings: [Widening] = []
        for column in existing {
            guard let inferredType = inferredTypes[column.path] ?? nil else { continue }
            let wider = column.type.widened(with: inferredType)
            if wider != column.type {
                widenings.append(Widening(column: column.name, path: column.path, from: column.type, to: wider))
            }
        }
        return SchemaPlan(additions: additions, widenings: widenings)
    }

    /// One human-readable line per change: `add column app_name text (declared)`,
    /// `widen column size bigint → numeric`.
    public static func describe(_ plan: SchemaPlan) -> [String] {
        plan.additions.map { "add column \($0.name) \($0.type.sqlName) (\($0.source.rawValue))" }
            + plan.widenings.map { "widen column \($0.column) \($0.from.sqlName) → \($0.to.sqlName)" }
    }

    /// Component-wise path order, comparing components by UTF-8 bytes; a prefix comes first.
    public static func pathPrecedes(_ lhs: JSONPath, _ rhs: JSONPath) -> Bool {
        for (left, right) in zip(lhs, rhs) where !sameKey(left, right) {
            return left.utf8.lexicographicallyPrecedes(right.utf8)
        }
        return lhs.count < rhs.count
    }
}
