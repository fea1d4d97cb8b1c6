import Foundation

/// Where a column's existence comes from.
public enum ColumnSource: String, Sendable, Hashable, CaseIterable {
    /// Documented in Heroku's JSON schema.
    case declared
    /// Found in the data only.
    case inferred
}

/// One typed column of a report table and the JSON path it is projected from.
public struct ColumnSpec: Sendable, Hashable {
    /// The column name (a valid unquoted PostgreSQL identifier, see `ColumnNaming`).
    public var name: String
    /// The path of object keys from the root object.
    public var path: JSONPath
    /// The column's type.
    public var type: ColumnType
    /// Declared or inferred.
    public var source: ColumnSource
    /// The column comment; nil when none.
    public var description: String?

    /// A column spec.
    public init(name: String, path: JSONPath, type: ColumnType, source: ColumnSource, description: String? = nil) {
        self.name = name
        self.path = path
        self.type = type
        self.source = source
        self.description = description
    }
}

/// A change of an existing column to a wider type.
public struct Widening: Sendable, Hashable {
    /// The existing column's name.
    public var column: String
    /// The column's JSON path.
    public var path: JSONPath
    /// The current type.
    public var from: ColumnType
    /// The new, wider type (`from.canWiden(to: to)` holds).
    public var to: ColumnType

    /// A widening of `column` at `path` from `from` to `to`.
    public init(column: String, path: JSONPath, from: ColumnType, to: ColumnType) {
        self.column = column
        self.path = path
        self.from = from
        self.to = to
    }
}

/// The schema changes one report's data needs: columns to add and columns to widen.
public struct SchemaPlan: Sendable, Hashable {
    /// New columns, in the order they should be added.
    public var additions: [ColumnSpec]
    /// Existing columns to widen, in the order of the existing columns.
    public var widenings: [Widening]

    /// A plan of `additions` and `widenings`.
    public init(additions: [ColumnSpec] = [], widenings: [Widening] = []) {
        self.additions = additions
        self.widenings = widenings
    }

    /// True when nothing needs to change.
    public var isEmpty: Bool { additions.isEmpty && widenings.isEmpty }
}
