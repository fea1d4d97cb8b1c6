import Foundation

/// One request the sandbox answered, as kept in ``SandboxServer/requests``.
public struct SandboxRequestRecord: Sendable, Hashable {
    /// The HTTP method.
    public let method: String
    /// The path, without the query string.
    public let path: String
    /// The `Range` header, if any.
    public let range: String?
    /// The query string (without `?`), if any.
    public var query: String? = nil
    /// The status answered (0 when the connection was dropped).
    public let status: Int
    /// When the request arrived.
    public let timestamp: Date

    /// Creates a record.
    public init(method: String, path: String, range: String?, status: Int, timestamp: Date) {
        self.method = method
        self.path = path
        self.range = range
        self.status = status
        self.timestamp = timestamp
    }
}
