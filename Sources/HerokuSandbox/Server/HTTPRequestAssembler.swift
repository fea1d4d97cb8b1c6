import NIOHTTP1

/// Puts a request's parts back together for a GET-only server: the head is kept until the
/// request ends (bodies are ignored), then handed back once. Used by the sandbox's handler
/// and the benchmark's replay server.
public struct HTTPRequestAssembler: Sendable {
    private var head: HTTPRequestHead?

    public init() {}

    /// The request's head when `part` ends the request, else nil.
    public mutating func accept(_ part: HTTPServerRequestPart) -> HTTPRequestHead? {
        switch part {
        case .head(let head):
            self.head = head
            return nil
        case .body:
            return nil
        case .end:
            defer { head = nil }
            return head
        }
    }
}
