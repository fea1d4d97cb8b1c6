import HerokuAPI
import Schema
import Warehouse

/// A loadable report: one Heroku endpoint (or one per parent object) and the table it lands in.
public struct Report: Sendable, Hashable {
    /// How a report's objects are fetched.
    public enum Source: Sendable, Hashable {
        /// A paginated list at ``Report/path``.
        case list
        /// One object at ``Report/path`` (e.g. `GET /account`), stored as one row.
        case object
        /// One paginated list per row of a parent report: ``Report/path`` holds `{parent}`,
        /// replaced by each parent's id.
        case perParent(FanOut)
    }

    /// Where a fan-out report's parents come from and how a child row names its parent.
    public struct FanOut: Sendable, Hashable {
        /// The parent report (`apps` or `teams`), read from the warehouse: loaded earlier in
        /// the same load when selected, otherwise as the previous load left it.
        public let parent: String
        /// The key holding the parent's `{id, name}` in a child object (`app`, `team`);
        /// the loader adds it when the API leaves it out, so `<key>_id` is always filled.
        public let parentKey: String
    }

    /// A report of usage by date: each parent's list is asked for a range of days (or months)
    /// at a time (`?start=…&end=…`), and a load never deletes rows outside the ranges it asked for.
    public struct Window: Sendable, Hashable {
        /// What one object covers.
        public enum Period: String, Sendable, Hashable {
            /// One day: `date` is `YYYY-MM-DD`; a request asks for at most a calendar month of days.
            case day
            /// One month: `month` is `YYYY-MM`; a request asks for at most twelve months.
            case month
        }

        /// What one object covers.
        public let period: Period

        /// The object's field naming its period: `date` or `month`.
        public var field: String { period == .day ? "date" : "month" }
    }

    /// The report's name, which is also its table's name (`apps` → `heroku.apps`).
    public let name: String
    /// The API path of the list, e.g. `/apps` (`/apps/{parent}/releases` for fan-out).
    public let path: String
    /// The Heroku schema resource whose documented fields become declared columns.
    public let resource: String
    /// JSON paths identifying one object (with the account label, the primary key).
    public let keyPaths: [JSONPath]
    /// One line for `heroku-warehouse reports`.
    public let summary: String
    /// How the objects are fetched.
    public let source: Source
    /// The field the list is paged by (`Range: <field> ..`); Heroku's team members only sort by `email`.
    public let sortField: String
    /// How the `changes` view names one of its objects.
    public let label: ObjectLabel
    /// For a fan-out report of usage by date: how its requests are windowed (nil: not windowed).
    public let window: Window?
    /// A fan-out report whose every parent's list is fetched every load, not on the parents'
    /// schedule: windowed reports (their latest days change) and team invoices (a new one
    /// each month, with no sign on the team).
    public let fetchesEveryParent: Bool

    /// Creates a report.
    public init(name: String, path: String, resource: String, keyPaths: [JSONPath], summary: String,
                source: Source = .list, sortField: String = "id", label: ObjectLabel = ObjectLabel(path: ["name"]),
                window: Window? = nil, fetchesEveryParent: Bool = false) {
        self.name = name
        self.path = path
        self.resource = resource
        self.keyPaths = keyPaths
        self.summary = summary
        self.source = source
        self.sortField = sortField
        self.label = label
        self.window = window
        self.fetchesEveryParent = fetchesEveryParent || window != nil
    }

    /// The fan-out description, nil for account-wide reports.
    public var fanOut: FanOut? {
        if case .perParent(let fanOut) = source { return fanOut }
        return nil
    }

    /// The warehouse's view of this report: table name, key, documented fields, secret paths.
    public var table: ReportTable {
        var declared = (DocumentedFields.fields(forResource: resource) ?? []).compactMap { field -> DeclaredField? in
            guard let type = ColumnType(rawValue: field.type) else { return nil }
            return DeclaredField(path: field.path, type: type, description: field.description)
        }
        if let fanOut {
            for (leaf, type) in [("id", ColumnType.uuid), ("name", ColumnType.text)]
            where !declared.contains(where: { $0.path == [fanOut.parentKey, leaf] }) {
                declared.append(DeclaredField(path: [fanOut.parentKey, leaf], type: type,
                                              description: "\(leaf) of the \(fanOut.parentKey) this row was fetched for"))
            }
        }
        let secrets = DocumentedFields.secretPaths[resource] ?? []
        return ReportTable(name: name, keyPaths: keyPaths, declared: declared, excludedPaths: secrets, label: label)
    }
}

/// The reports heroku-warehouse can load.
public enum ReportCatalog {
    /// Every report, in load order (parents before their fan-out children).
    public static let all: [Report] = [
        Report(name: "teams", path: "/teams", resource: "team", keyPaths: [["id"]],
               summary: "Teams the account belongs to (GET /teams)"),
        Report(name: "apps", path: "/apps", resource: "app", keyPaths: [["id"]],
               summary: "Every app the account can access (GET /apps)"),
        Report(name: "addons", path: "/addons", resource: "add-on", keyPaths: [["id"]],
               summary: "Every add-on the account can access, with plan and billed price (GET /addons)"),
        Report(name: "addon_services", path: "/addon-services", resource: "add-on-service", keyPaths: [["id"]],
               summary: "The add-on service catalogue (GET /addon-services)"),
    ] + accountWide + spendLists + fanOut + spendFanOut

    /// Cheap reports of one request or one list each, loaded by default.
    static let accountWide: [Report] = [
        Report(name: "account", path: "/account", resource: "account", keyPaths: [["id"]],
               summary: "The account itself, one row (GET /account)", source: .object,
               label: ObjectLabel(path: ["email"])),
        Report(name: "addon_attachments", path: "/addon-attachments", resource: "add-on-attachment",
               keyPaths: [["id"]],
               summary: "Which apps each add-on is attached to; log_input_url is never stored (GET /addon-attachments)"),
        Report(name: "pipelines", path: "/pipelines", resource: "pipeline", keyPaths: [["id"]],
               summary: "Pipelines (GET /pipelines)"),
        Report(name: "pipeline_couplings", path: "/pipeline-couplings", resource: "pipeline-coupling",
               keyPaths: [["id"]], summary: "Which app is in which pipeline stage (GET /pipeline-couplings)",
               label: ObjectLabel(path: ["stage"])),
        Report(name: "spaces", path: "/spaces", resource: "space", keyPaths: [["id"]],
               summary: "Private Spaces (GET /spaces)"),
        Report(name: "regions", path: "/regions", resource: "region", keyPaths: [["id"]],
               summary: "Regions apps run in (GET /regions)"),
        Report(name: "stacks", path: "/stacks", resource: "stack", keyPaths: [["id"]],
               summary: "Stacks (GET /stacks)"),
        Report(name: "dyno_sizes", path: "/dyno-sizes", resource: "dyno-size", keyPaths: [["id"]],
               summary: "Dyno sizes with Heroku's list price per size (GET /dyno-sizes)"),
    ]

    /// Reports of one list per team or per app: only with `--report all` or by name.
    static let fanOut: [Report] = [
        Report(name: "team_members", path: "/teams/{parent}/members", resource: "team-member",
               keyPaths: [["team", "id"], ["id"]],
               summary: "Members of every team, with 2FA status (GET /teams/{team}/members, one per team)",
               source: .perParent(.init(parent: "teams", parentKey: "team")), sortField: "email",
               label: ObjectLabel(path: ["email"])),
        Report(name: "app_releases", path: "/apps/{parent}/releases", resource: "release",
               keyPaths: [["app", "id"], ["id"]],
               summary: "Releases of every app (GET /apps/{app}/releases, one per app)",
               source: .perParent(.init(parent: "apps", parentKey: "app")), label: ObjectLabel(path: ["version"], prefix: "v")),
        Report(name: "app_formation", path: "/apps/{parent}/formation", resource: "formation",
               keyPaths: [["app", "id"], ["id"]],
               summary: "Process types, quantities and dyno sizes of every app (GET /apps/{app}/formation, one per app)",
               source: .perParent(.init(parent: "apps", parentKey: "app")), label: ObjectLabel(path: ["type"])),
        Report(name: "app_domains", path: "/apps/{parent}/domains", resource: "domain",
               keyPaths: [["app", "id"], ["id"]],
               summary: "Domains of every app (GET /apps/{app}/domains, one per app)",
               source: .perParent(.init(parent: "apps", parentKey: "app")), label: ObjectLabel(path: ["hostname"])),
        Report(name: "app_collaborators", path: "/apps/{parent}/collaborators", resource: "collaborator",
               keyPaths: [["app", "id"], ["id"]],
               summary: "Collaborators of every app (GET /apps/{app}/collaborators, one per app)",
               source: .perParent(.init(parent: "apps", parentKey: "app")), label: ObjectLabel(path: ["user", "email"])),
    ]

    /// Account-wide lists about billing: only with `--report all` or by name.
    static let spendLists: [Report] = [
        Report(name: "enterprise_accounts", path: "/enterprise-accounts", resource: "enterprise-account",
               keyPaths: [["id"]], summary: "Enterprise accounts the account belongs to (GET /enterprise-accounts)"),
        Report(name: "invoices", path: "/account/invoices", resource: "invoice", keyPaths: [["id"]],
               summary: "The account's own invoices (GET /account/invoices)", label: ObjectLabel(path: ["number"])),
    ]

    /// Heroku's own usage and invoices per team and per enterprise account (`--report all` or
    /// by name). Usage is windowed by date; Heroku publishes it for Enterprise teams only.
    static let spendFanOut: [Report] = [
        Report(name: "team_invoices", path: "/teams/{parent}/invoices", resource: "team-invoice",
               keyPaths: [["team", "id"], ["id"]],
               summary: "Invoices of every team (GET /teams/{team}/invoices, one per team)",
               source: .perParent(.init(parent: "teams", parentKey: "team")), label: ObjectLabel(path: ["number"]),
               fetchesEveryParent: true),
        Report(name: "team_daily_usage", path: "/teams/{parent}/usage/daily", resource: "team-daily-usage",
               keyPaths: [["team", "id"], ["date"]],
               summary: "Dyno units and add-on credits per team, app and day (GET /teams/{team}/usage/daily, by month)",
               source: .perParent(.init(parent: "teams", parentKey: "team")), label: ObjectLabel(path: ["date"]),
               window: .init(period: .day)),
        Report(name: "team_monthly_usage", path: "/teams/{parent}/usage/monthly", resource: "team-monthly-usage",
               keyPaths: [["team", "id"], ["month"]],
               summary: "Dyno units and add-on credits per team, app and month (GET /teams/{team}/usage/monthly)",
               source: .perParent(.init(parent: "teams", parentKey: "team")), label: ObjectLabel(path: ["month"]),
               window: .init(period: .month)),
        Report(name: "enterprise_daily_usage", path: "/enterprise-accounts/{parent}/usage/daily",
               resource: "enterprise-account-daily-usage", keyPaths: [["enterprise_account", "id"], ["date"]],
               summary: "Usage per enterprise account, team and day (GET /enterprise-accounts/{id}/usage/daily, by month)",
               source: .perParent(.init(parent: "enterprise_accounts", parentKey: "enterprise_account")),
               label: ObjectLabel(path: ["date"]), window: .init(period: .day)),
        Report(name: "enterprise_monthly_usage", path: "/enterprise-accounts/{parent}/usage/monthly",
               resource: "enterprise-account-monthly-usage", keyPaths: [["enterprise_account", "id"], ["month"]],
               summary: "Usage per enterprise account, team and month (GET /enterprise-accounts/{id}/usage/monthly)",
               source: .perParent(.init(parent: "enterprise_accounts", parentKey: "enterprise_account")),
               label: ObjectLabel(path: ["month"]), window: .init(period: .month)),
    ]

    /// The reports loaded when none is named: the four original ones and the cheap
    /// account-wide ones (no fan-out, no billing).
    public static var defaults: [Report] { all.filter { $0.fanOut == nil && !spendLists.contains($0) } }

    /// The report with this name, or nil.
    public static func named(_ name: String) -> Report? {
        all.first { $0.name == name }
    }

    /// The names of every report, for messages.
    public static var names: [String] { all.map(\.name) }
}
