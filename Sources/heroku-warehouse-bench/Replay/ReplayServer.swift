import HerokuSandbox
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

/// A loopback HTTP server answering from a ``ReplayBook``: the recorded status, body and
/// `Next-Range` of each request, with nothing computed. Counts requests and keeps the order
/// of the paths requested. Unknown requests get 404 (and fail the load loudly).
final class ReplayServer: Sendable {
    /// What the handlers share.
    struct State: Sendable {
        var book: ReplayBook
        var paths: [String] = []
    }

    private let listener: HTTPListener
    private let state: NIOLockedValueBox<State>
    /// `http://127.0.0.1:<port>`.
    let baseURL: String

    private init(listener: HTTPListener, state: NIOLockedValueBox<State>) {
        self.listener = listener
        self.state = state
        baseURL = "http://127.0.0.1:\(listener.port)"
    }

    /// Starts a server on a free loopback port with one event-loop thread, like the sandbox.
    static func start(book: ReplayBook) async throws -> ReplayServer {
        let state = NIOLockedValueBox(State(book: book))
        let listener = try await HTTPListener.bind(host: "127.0.0.1", port: 0) { ReplayHandler(state: state) }
        return ReplayServer(listener: listener, state: state)
    }

    /// Replaces the recorded responses (after the sandbox was mutated).
    func replace(_ book: ReplayBook) {
        state.withLockedValue { $0.book = book }
    }

    /// Every path requested so far, in order.
    var paths: [String] {
        state.withLockedValue { $0.paths }
    }

    func shutdown() async throws {
        try await listener.close()
    }
}

/// Answers one connection's requests from the shared book.
private final class ReplayHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let state: NIOLockedValueBox<ReplayServer.State>
    private var assembler = HTTPRequestAssembler()

    init(state: NIOLockedValueBox<ReplayServer.State>) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if let head = assembler.accept(unwrapInboundIn(data)) { respond(to: head, context: context) }
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = String(head.uri.split(separator: "?", maxSplits: 1).first ?? "")
        let range = head.headers.first(name: "Range")
        let recorded = state.withLockedValue { state -> ReplayBook.Response? in
            state.paths.append(path)
            return state.book.response(path: path, range: range)
        }
        let response = recorded ?? ReplayBook.Response(
            status: 404, body: ByteBuffer(string: #"{"id":"not_found","message":"not recorded"}"#), nextRange: nil)
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        let etag = response.etag
        headers.add(name: "ETag", value: etag)
        // Like Heroku: a request whose If-None-Match names the current ETag gets 304, no body.
        let notModified = recorded != nil && head.headers.first(name: "If-None-Match") == etag
        headers.add(name: "Content-Length", value: notModified ? "0" : String(response.body.readableBytes))
        if let next = response.nextRange, !notModified { headers.add(name: "Next-Range", value: next) }
        let status = HTTPResponseStatus(statusCode: notModified ? 304 : response.status)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))),
                      promise: nil)
        if !notModified { context.write(wrapOutboundOut(.body(.byteBuffer(response.body))), promise: nil) }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
