import HerokuAPI
import Schema
import Warehouse

/// A loadable report: one Heroku list endpoint and the table it lands in.
public struct Report: Sendable, Hashable {
    /// The report's name, which is also its table's name (`apps` → `heroku.apps`).
    public let name: String
    /// The API path of the list, e.g. `/apps`.
    public let path: String
    /// The Heroku schema resource whose documented fields become declared columns.
    public let resource: String
    /// JSON paths identifying one object (with the account label, the primary key).
    public let keyPaths: [JSONPath]
    /// One line for `heroku-warehouse reports`.
    public let summary: String

    /// The warehouse's view of this report: table name, key, documented fields, secret paths.
    public var table: ReportTable {
        let declared = (DocumentedFields.fields(forResource: resource) ?? []).compactMap { field -> DeclaredField? in
            guard let type = ColumnType(rawValue: field.type) else { return nil }
            return DeclaredField(path: field.path, type: type, description: field.description)
        }
        let secrets = DocumentedFields.secretPaths[resource] ?? []
        return ReportTable(name: name, keyPaths: keyPaths, declared: declared, excludedPaths: secrets)
    }
}

/// The reports heroku-warehouse can load.
public enum ReportCatalog {
    /// Every report, in load order.
    public static let all: [Report] = [
        Report(name: "teams", path: "/teams", resource: "team", keyPaths: [["id"]],
               summary: "Teams the account belongs to (GET /teams)"),
        Report(name: "apps", path: "/apps", resource: "app", keyPaths: [["id"]],
               summary: "Every app the account can access (GET /apps)"),
        Report(name: "addons", path: "/addons", resource: "add-on", keyPaths: [["id"]],
               summary: "Every add-on the account can access, with plan and billed price (GET /addons)"),
        Report(name: "addon_services", path: "/addon-services", resource: "add-on-service", keyPaths: [["id"]],
               summary: "The add-on service catalogue (GET /addon-services)"),
    ]

    /// The reports loaded when none is named.
    public static var defaults: [Report] { all }

    /// The report with this name, or nil.
    public static func named(_ name: String) -> Report? {
        all.first { $0.name == name }
    }

    /// The names of every report, for messages.
    public static var names: [String] { all.map(\.name) }
}
