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
    /// How the `changes` view names one object to a reader.
    public let label: ObjectLabel

    /// Creates the description of a report's tables.
    public init(name: String, keyPaths: [JSONPath], declared: [DeclaredField], excludedPaths: [JSONPath] = [],
                label: ObjectLabel = ObjectLabel(path: ["name"])) {
        self.name = name
        self.keyPaths = keyPaths
        self.declared = declared
        self.excludedPaths = excludedPaths
        self.label = label
    }

    /// The history table's name: the closed versions.
    public var historyName: String { name + "_history" }
    /// The view of every version, open and closed.
    public var withHistoryName: String { name + "_with_history" }
    /// The function returning the table as it was at an instant.
    public var asOfName: String { name + "__as_of" }
}

extension ReportTable {
    /// The columns of `columns` (the catalog's) that hold the key paths, in key order.
    /// - Throws: `WarehouseError.corruptCatalog` when a key path has no column.
    func keyColumns(in columns: [ColumnSpec]) throws -> [ColumnSpec] {
        try keyPaths.map { path in
            guard let column = columns.first(where: { $0.path == path }) else {
                throw WarehouseError.corruptCatalog(table: name, detail: "no column for key path \(path.joined(separator: "."))")
            }
            return column
        }
    }
}

/// The text that names an object to a reader (an app's `name`, a release's `v` + `version`):
/// the JSON value at `path`, after `prefix`.
public struct ObjectLabel: Sendable, Hashable {
    /// Where the label is in the object.
    public let path: JSONPath
    /// A constant put before it (letters only).
    public let prefix: String

    /// A label read at `path`, after `prefix` (letters only: it is written into the view's SQL).
    public init(path: JSONPath, prefix: String = "") {
        precondition(prefix.allSatisfy(\.isLetter), "a label prefix is letters only")
        self.path = path
        self.prefix = prefix
    }
}
