import Foundation

/// The base URL of the Heroku Platform API, checked so the key never travels in clear text.
///
/// `https://` URLs are always accepted. `http://` is accepted only for loopback hosts
/// (`localhost`, `127.0.0.0/8`, `::1`), which is what the sandbox server uses.
public struct APIEndpoint: Sendable, Equatable, CustomStringConvertible {
    /// The public Heroku API.
    public static let heroku = APIEndpoint(validated: "https://api.heroku.com", host: "api.heroku.com")

    /// The environment variable the CLI reads when `--api-url` is not given.
    public static let environmentVariable = "HEROKU_API_URL"

    /// The base URL without a trailing slash, e.g. `https://api.heroku.com`.
    public let baseURL: String
    /// The host part of the URL.
    public let host: String

    private init(validated baseURL: String, host: String) {
        self.baseURL = baseURL
        self.host = host
    }

    /// Validates a base URL.
    ///
    /// - Parameter string: for example `https://api.heroku.com` or `http://127.0.0.1:8080`.
    /// - Throws: ``HerokuAPIError`` of kind `.insecureURL` for `http://` to a non-loopback
    ///   host, and for anything that is not an absolute http(s) URL with a host.
    public init(_ string: String) throws(HerokuAPIError) {
        let trimmed = string.trimmingWhitespaceAndNewlines()
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
              let rawHost = url.host, !rawHost.isEmpty
        else {
            throw HerokuAPIError(kind: .insecureURL, message:
                "API URL \(trimmed.debugDescription) is not an absolute http(s) URL with a host.")
        }
        guard url.user == nil, url.password == nil, url.query == nil, url.fragment == nil else {
            throw HerokuAPIError(kind: .insecureURL, message:
                "API URL must not contain credentials, a query or a fragment.")
        }
        let host = rawHost.hasPrefix("[") && rawHost.hasSuffix("]")
            ? String(rawHost.dropFirst().dropLast()) : rawHost
        switch scheme {
        case "https":
            break
        case "http":
            guard Self.isLoopback(host) else {
                throw HerokuAPIError(kind: .insecureURL, message:
                    "Refusing plain http:// to \(host): the API key would travel unencrypted. "
                    + "Use https://, or http:// only for a loopback host (localhost, 127.0.0.1, ::1).")
            }
        default:
            throw HerokuAPIError(kind: .insecureURL, message:
                "API URL scheme \(scheme.debugDescription) is not supported; use https://.")
        }
        var base = trimmed
        while base.hasSuffix("/") { base.removeLast() }
        self.init(validated: base, host: host)
    }

    /// Picks the endpoint the CLI should use: `--api-url`, else `HEROKU_API_URL`, else Heroku.
    ///
    /// - Parameters:
    ///   - apiURL: the `--api-url` option, if given.
    ///   - environment: the process environment.
    /// - Throws: ``HerokuAPIError`` of kind `.insecureURL` when the chosen URL is refused.
    public static func resolve(apiURL: String?, environment: [String: String]) throws(HerokuAPIError) -> APIEndpoint {
        if let apiURL { return try APIEndpoint(apiURL) }
        if let fromEnvironment = environment[environmentVariable],
           !fromEnvironment.trimmingWhitespaceAndNewlines().isEmpty {
            return try APIEndpoint(fromEnvironment)
        }
        return .heroku
    }

    /// Whether `host` is `localhost`, an IPv4 address in 127.0.0.0/8 or `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        if lowered == "localhost" || lowered == "localhost." { return true }
        if lowered == "::1" || lowered == "0:0:0:0:0:0:0:1" { return true }
        let octets = lowered.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        let values = octets.compactMap { part -> Int? in
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), let value = Int(part),
                  (0...255).contains(value) else { return nil }
            return value
        }
        return values.count == 4 && values[0] == 127
    }

    /// The full URL for an API path such as `/apps`.
    func url(forPath path: String) -> String { baseURL + path }

    /// The base URL.
    public var description: String { baseURL }
}
