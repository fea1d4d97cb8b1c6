import Schema

/// What the warehouse needs to know about one report to store it: its table name, the JSON
/// paths that identify an object, the fields Heroku documents, and the paths never to store.
///
/// The warehouse knows nothing of HTTP or Heroku; the loader builds these from its catalogue.
public struct ReportTable: Sendable, Hashable {
    /// The current table's name (unqualified), e.g. `apps`; history goes to `<name>_history`.
    public let name: String
    /// The JSON paths whose values, with `_account`, form the primary key (e.g. `[["id"]]`).
    public let keyPaths: [JSONPath]
    /// The documented fields, so their columns exist (typed, commented) from the first load.
    public let declared: [DeclaredField]
    /// Paths removed from every object before it is stored (secrets such as tokens).
    public let excludedPaths: [JSONPath]

    /// Creates the description of a report's tables.
    public init(name: String, keyPaths: [JSONPath], declared: [DeclaredField], excludedPaths: [JSONPath] = []) {
        self.name = name
        self.keyPaths = keyPaths
        self.declared = declared
        self.excludedPaths = excludedPaths
    }

    /// The history table's name.
    public var historyName: String { name + "_history" }
}
