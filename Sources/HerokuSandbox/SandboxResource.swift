/// The collections a ``SandboxAccount`` holds and the sandbox serves.
public enum SandboxResource: String, Sendable, Hashable, CaseIterable {
    /// `GET /account`: a single object.
    case account
    /// `GET /apps`.
    case apps
    /// `GET /addons`.
    case addons
    /// `GET /addon-services`.
    case addonServices
    /// `GET /teams`.
    case teams

    /// The schema definition name in Heroku's JSON schema (and in `DocumentedFields`).
    public var schemaName: String {
        switch self {
        case .account: "account"
        case .apps: "app"
        case .addons: "add-on"
        case .addonServices: "add-on-service"
        case .teams: "team"
        }
    }

    /// The list path the sandbox serves it at.
    public var path: String {
        switch self {
        case .account: "/account"
        case .apps: "/apps"
        case .addons: "/addons"
        case .addonServices: "/addon-services"
        case .teams: "/teams"
        }
    }

    /// The fields a client may sort the list on (`Accept-Ranges`), the default first.
    public var sortFields: [String] {
        switch self {
        case .apps: ["id", "name", "updated_at"]
        default: ["id", "name"]
        }
    }
}
