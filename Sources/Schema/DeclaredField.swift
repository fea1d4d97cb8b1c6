import Foundation

/// A field documented in Heroku's JSON schema: the column exists from the first load, with
/// the documented type and description.
public struct DeclaredField: Sendable, Hashable {
    /// The path of object keys from the root object.
    public var path: JSONPath
    /// The documented type.
    public var type: ColumnType
    /// The schema's description, used as the column comment; nil when undocumented.
    public var description: String?

    /// A declared field at `path` of `type`, with an optional `description`.
    public init(path: JSONPath, type: ColumnType, description: String? = nil) {
        self.path = path
        self.type = type
        self.description = description
    }
}
