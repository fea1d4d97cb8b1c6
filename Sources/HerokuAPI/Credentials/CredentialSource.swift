/// Where an API key came from. Safe to print: it names the place, never the key.
public enum CredentialSource: Sendable, Equatable, CustomStringConvertible {
    /// The file given with `--api-key-file`.
    case file(path: String)
    /// An environment variable (always `HEROKU_API_KEY`).
    case environment(variable: String)
    /// The `machine api.heroku.com` entry of a netrc file.
    case netrc(path: String)

    /// For example `--api-key-file /run/secrets/heroku`, `HEROKU_API_KEY` or `~/.netrc (/home/me/.netrc)`.
    public var description: String {
        switch self {
        case let .file(path): return "--api-key-file \(path)"
        case let .environment(variable): return variable
        case let .netrc(path): return path
        }
    }
}

/// The outcome of ``CredentialResolver/resolve(apiKeyFile:environment:homeDirectory:)``.
public struct ResolvedCredential: Sendable {
    /// The key to send as `Authorization: Bearer`.
    public var apiKey: APIKey
    /// Where the key was found.
    public var source: CredentialSource
    /// A one-line warning for the user, e.g. when `HEROKU_API_TOKEN` is set but ignored.
    public var warning: String?

    /// Creates a resolved credential.
    public init(apiKey: APIKey, source: CredentialSource, warning: String? = nil) {
        self.apiKey = apiKey
        self.source = source
        self.warning = warning
    }
}
