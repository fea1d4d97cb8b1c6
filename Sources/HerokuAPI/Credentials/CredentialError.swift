/// Why no usable API key could be found. Descriptions are one line and never contain a key.
public enum CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No key in `--api-key-file`, `HEROKU_API_KEY` (unset or blank) or `~/.netrc`.
    case notFound
    /// The key file given with `--api-key-file` is missing or unreadable.
    case unreadableKeyFile(path: String, reason: String)
    /// A key source was present but held only whitespace.
    case emptyKey(source: String)
    /// `~/.netrc` exists but could not be read.
    case unreadableNetrc(path: String, reason: String)

    /// A one-line explanation for the user.
    public var description: String {
        switch self {
        case .notFound:
            return "No Heroku API key found: give one with \(CredentialResolver.keyLocations). "
                + "Heroku CLI 11 keeps the token of `heroku login` in the OS keychain, not in ~/.netrc."
        case let .unreadableKeyFile(path, reason):
            return "Cannot read the API key file \(path): \(reason)."
        case let .emptyKey(source):
            return "The API key in \(source) is empty."
        case let .unreadableNetrc(path, reason):
            return "Cannot read \(path): \(reason)."
        }
    }
}
