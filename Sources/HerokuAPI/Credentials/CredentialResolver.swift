import Foundation

/// Finds the Heroku API key, in the order the Heroku CLI users expect:
/// `--api-key-file` → `HEROKU_API_KEY` → `~/.netrc` (`machine api.heroku.com`, `password`).
///
/// An empty (or blank) `HEROKU_API_KEY` counts as unset, as the Heroku CLI treats it. Heroku
/// CLI 11 keeps the token of `heroku login` in the OS keychain, so `~/.netrc` often has none:
/// messages point to `HEROKU_API_KEY=$(heroku auth:token)` first (``keyLocations``).
public struct CredentialResolver: Sendable {
    /// The environment variable holding the key.
    public static let environmentVariable = "HEROKU_API_KEY"
    /// The netrc host whose `password` is the API key.
    public static let netrcMachine = "api.heroku.com"
    /// Where a user can put the key, for messages (one line).
    public static let keyLocations = "HEROKU_API_KEY=$(heroku auth:token) (or a long-lived token from "
        + "`heroku authorizations:create`), --api-key-file <path>, or ~/.netrc (`machine api.heroku.com`)"

    /// Creates a resolver.
    public init() {}

    /// Resolves the API key.
    ///
    /// - Parameters:
    ///   - apiKeyFile: the `--api-key-file` value, if given. A leading `~/` is expanded. When
    ///     given, it must be readable; the other sources are not consulted.
    ///   - environment: the process environment (`ProcessInfo.processInfo.environment`).
    ///   - homeDirectory: the user's home directory, where `.netrc` is looked for.
    /// - Returns: the key, where it came from and an optional warning for the user.
    /// - Throws: ``CredentialError``: `.notFound` when no source has a key,
    ///   `.unreadableKeyFile` for a bad `--api-key-file`, `.emptyKey` for a blank source.
    public func resolve(
        apiKeyFile: String?,
        environment: [String: String],
        homeDirectory: String
    ) throws(CredentialError) -> ResolvedCredential {
        let warning = Self.misspellingWarning(environment)

        if let apiKeyFile {
            let path = Self.expandTilde(apiKeyFile, homeDirectory: homeDirectory)
            let text: String
            do {
                text = try TextFileReader.read(path)
            } catch {
                throw .unreadableKeyFile(path: path, reason: error.reason)
            }
            let key = try APIKey(text, source: path)
            return ResolvedCredential(apiKey: key, source: .file(path: path), warning: warning)
        }

        if let value = Self.environmentKey(environment) {
            let key = try APIKey(value, source: Self.environmentVariable)
            return ResolvedCredential(
                apiKey: key, source: .environment(variable: Self.environmentVariable), warning: warning)
        }

        let netrcPath = (homeDirectory.hasSuffix("/") ? homeDirectory : homeDirectory + "/") + ".netrc"
        let netrcText: String
        do {
            netrcText = try TextFileReader.read(netrcPath)
        } catch {
            if error.isMissing { throw .notFound }
            throw .unreadableNetrc(path: netrcPath, reason: error.reason)
        }
        guard let password = NetrcParser.entry(forMachine: Self.netrcMachine, in: netrcText)?.password else {
            throw .notFound
        }
        let key = try APIKey(password, source: netrcPath)
        return ResolvedCredential(apiKey: key, source: .netrc(path: netrcPath), warning: warning)
    }

    /// `HEROKU_API_KEY`, or nil when it is unset or blank (the Heroku CLI's reading).
    static func environmentKey(_ environment: [String: String]) -> String? {
        guard let value = environment[environmentVariable],
              !value.trimmingWhitespaceAndNewlines().isEmpty else { return nil }
        return value
    }

    static func misspellingWarning(_ environment: [String: String]) -> String? {
        guard environment["HEROKU_API_TOKEN"] != nil, environmentKey(environment) == nil else { return nil }
        return "HEROKU_API_TOKEN is set but ignored; did you mean HEROKU_API_KEY?"
    }

    static func expandTilde(_ path: String, homeDirectory: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = homeDirectory.hasSuffix("/") ? String(homeDirectory.dropLast()) : homeDirectory
        return home + path.dropFirst()
    }
}
