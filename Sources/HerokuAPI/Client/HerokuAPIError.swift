/// A failed Heroku API call. Its description is one line and never contains the API key.
public struct HerokuAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// 401: the key is missing, invalid or expired.
        case unauthorized
        /// 403: the key may not see this resource (or the account is suspended).
        case forbidden
        /// 404: the resource does not exist (any more).
        case notFound
        /// 429 after every allowed retry.
        case rateLimited
        /// 5xx after every allowed retry.
        case server(status: Int)
        /// Any other unsuccessful status (400, 406, 416, 3xx, ...).
        case http(status: Int, id: String?, message: String?)
        /// The connection failed or broke (refused, reset, closed mid-body).
        case transport(message: String)
        /// No response within the request timeout.
        case timeout
        /// The response does not follow the API's protocol.
        case invalidResponse(message: String)
        /// The server sent the same `Next-Range` twice.
        case paginationLoop
        /// The list exceeded ``ClientConfiguration/maxPages``.
        case tooManyPages
        /// The API URL was refused (plain http to a non-loopback host, or malformed).
        case insecureURL
        /// The response body exceeded ``ClientConfiguration/maxBodyBytes``.
        case bodyTooLarge
        /// The path returns secrets (config-var values, tokens); it is never requested.
        case refusedPath
    }

    /// What went wrong.
    public var kind: Kind
    /// The HTTP method, `GET` for everything the loader does.
    public var method: String
    /// The API path, e.g. `/apps`; `nil` when no request was involved.
    public var path: String?
    /// Heroku's machine-readable error id from the JSON body, e.g. `unauthorized`.
    public var errorID: String?
    /// Heroku's human-readable message from the JSON body, or our own explanation.
    public var message: String?
    /// The `Request-Id` response header, to quote to Heroku support.
    public var requestID: String?
    /// Time the failed call had waited for the rate limit (its pages and retries), so that a
    /// failed report still reports it. Not part of the description.
    public var waitedForRateLimit: Duration = .zero

    /// Creates an error.
    public init(
        kind: Kind,
        method: String = "GET",
        path: String? = nil,
        errorID: String? = nil,
        message: String? = nil,
        requestID: String? = nil
    ) {
        self.kind = kind
        self.method = method
        self.path = path
        self.errorID = errorID
        self.message = message
        self.requestID = requestID
    }

    /// The error with `wait` added to ``waitedForRateLimit`` (a prefetched page's own wait,
    /// plus the list's pages before it).
    func addingRateLimitWait(_ wait: Duration) -> HerokuAPIError {
        var error = self
        error.waitedForRateLimit += wait
        return error
    }

    /// The HTTP status, when the error comes from a response.
    public var status: Int? {
        switch kind {
        case .unauthorized: return 401
        case .forbidden: return 403
        case .notFound: return 404
        case .rateLimited: return 429
        case let .server(status), let .http(status, _, _): return status
        default: return nil
        }
    }

    /// Whether the whole load must stop: the key is bad (401) or lacks permission (403).
    public var isFatalForLoad: Bool {
        kind == .unauthorized || kind == .forbidden
    }

    /// One line, e.g. `GET /apps failed: 401 unauthorized — Invalid credentials provided.
    /// Give a valid key with HEROKU_API_KEY=$(heroku auth:token) (...), --api-key-file <path>, or ~/.netrc (...).`
    public var description: String {
        var line = path.map { "\(method) \($0) failed: " } ?? ""
        line += summary
        if let message = message.map(Self.oneLine), !message.isEmpty {
            line += " — " + message
        }
        if let hint {
            line += (line.hasSuffix(".") ? " " : ". ") + hint
        }
        if let requestID {
            line += " (Request-Id \(Self.oneLine(requestID)))"
        }
        return line
    }

    private var summary: String {
        switch kind {
        case .unauthorized: return "401 unauthorized"
        case .forbidden: return "403 forbidden" + (errorID.map { " (\($0))" } ?? "")
        case .notFound: return "404 not found"
        case .rateLimited: return "429 rate limited"
        case let .server(status): return "\(status) server error"
        case let .http(status, id, _): return "\(status)" + (id.map { " \($0)" } ?? "")
        case let .transport(message): return "connection error: \(Self.oneLine(message))"
        case .timeout: return "timed out"
        case .invalidResponse: return "invalid response"
        case .paginationLoop: return "pagination loop (the same Next-Range was returned twice)"
        case .tooManyPages: return "too many pages"
        case .insecureURL: return "insecure or invalid API URL"
        case .bodyTooLarge: return "response body too large"
        case .refusedPath: return "refused: this endpoint returns secrets"
        }
    }

    private var hint: String? {
        switch kind {
        case .unauthorized: return "Give a valid key with \(CredentialResolver.keyLocations)."
        case .forbidden: return "The API key lacks permission for this resource."
        default: return nil
        }
    }

    /// Collapses newlines and runs of whitespace, and bounds the length.
    static func oneLine(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        let joined = words.joined(separator: " ")
        return joined.count > 300 ? String(joined.prefix(300)) + "…" : joined
    }
}
