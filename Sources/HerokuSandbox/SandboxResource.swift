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
    /// `GET /addon-attachments` (each add-on attached to its app, some also to other apps).
    case addonAttachments
    /// `GET /pipelines`.
    case pipelines
    /// `GET /pipeline-couplings` (apps in pipeline stages).
    case pipelineCouplings
    /// `GET /spaces`.
    case spaces
    /// `GET /regions` (the regions apps use).
    case regions
    /// `GET /stacks` (the stacks apps use).
    case stacks
    /// `GET /dyno-sizes` (Heroku's dyno sizes with their list prices).
    case dynoSizes
    /// `GET /apps/{app}/releases`; ``SandboxAccount/objects(_:)`` gives every app's.
    case releases
    /// `GET /apps/{app}/formation`.
    case formations
    /// `GET /apps/{app}/domains`.
    case domains
    /// `GET /apps/{app}/collaborators`.
    case collaborators
    /// `GET /teams/{team}/members`; the same person has the same id in every team.
    case teamMembers

    /// The schema definition name in Heroku's JSON schema (and in `DocumentedFields`).
    public var schemaName: String {
        switch self {
        case .account: "account"
        case .apps: "app"
        case .addons: "add-on"
        case .addonServices: "add-on-service"
        case .teams: "team"
        case .addonAttachments: "add-on-attachment"
        case .pipelines: "pipeline"
        case .pipelineCouplings: "pipeline-coupling"
        case .spaces: "space"
        case .regions: "region"
        case .stacks: "stack"
        case .dynoSizes: "dyno-size"
        case .releases: "release"
        case .formations: "formation"
        case .domains: "domain"
        case .collaborators: "collaborator"
        case .teamMembers: "team-member"
        }
    }

    /// The list path the sandbox serves it at (`{app}` / `{team}` for per-parent lists).
    public var path: String {
        switch self {
        case .account: "/account"
        case .apps: "/apps"
        case .addons: "/addons"
        case .addonServices: "/addon-services"
        case .teams: "/teams"
        case .addonAttachments: "/addon-attachments"
        case .pipelines: "/pipelines"
        case .pipelineCouplings: "/pipeline-couplings"
        case .spaces: "/spaces"
        case .regions: "/regions"
        case .stacks: "/stacks"
        case .dynoSizes: "/dyno-sizes"
        case .releases: "/apps/{app}/releases"
        case .formations: "/apps/{app}/formation"
        case .domains: "/apps/{app}/domains"
        case .collaborators: "/apps/{app}/collaborators"
        case .teamMembers: "/teams/{team}/members"
        }
    }

    /// The fields a client may sort the list on (`Accept-Ranges`), the default first.
    public var sortFields: [String] {
        switch self {
        case .apps: ["id", "name", "updated_at"]
        case .teamMembers: ["email"]
        case .releases: ["id", "version"]
        case .addonAttachments, .pipelineCouplings, .formations, .domains, .collaborators: ["id"]
        default: ["id", "name"]
        }
    }

    /// The per-app lists, by the last path segment of `/apps/{app}/<segment>`.
    static func perApp(_ segment: String) -> SandboxResource? {
        switch segment {
        case "releases": .releases
        case "formation": .formations
        case "domains": .domains
        case "collaborators": .collaborators
        default: nil
        }
    }
}
