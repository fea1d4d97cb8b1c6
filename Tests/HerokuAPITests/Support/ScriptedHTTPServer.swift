import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A request as the scripted server received it.
struct RecordedRequest: Sendable {
    var method: String
    var uri: String
    var headers: HTTPHeaders

    /// The first value of a header, case-insensitively.
    func header(_ name: String) -> String? { headers.first(name: name) }
    /// All values of a header.
    func headerValues(_ name: String) -> [String] { headers[name] }
}

/// What the scripted server does with one request.
indirect enum ScriptedResponse: Sendable {
    /// A complete response with `Content-Length`.
    case respond(status: Int, headers: [(String, String)], body: [UInt8])
    /// Headers announcing `declaredLength` body bytes, then `partialBody`, then the connection closes.
    case truncated(status: Int, headers: [(String, String)], declaredLength: Int, partialBody: [UInt8])
    /// Never answers (the client must time out).
    case hang
    /// Closes the connection without answering.
    case close
    /// Waits, then does the other thing.
    case delayed(Duration, ScriptedResponse)

    /// A JSON response.
    static func json(_ status: Int, _ body: String, headers: [(String, String)] = []) -> ScriptedResponse {
        .respond(status: status, headers: [("Content-Type", "application/json")] + headers, body: Array(body.utf8))
    }
}

/// A tiny HTTP/1.1 server on 127.0.0.1 (an ephemeral port) that answers each request from
/// a script and records what it received. Each server owns a one-thread event loop group.
final class ScriptedHTTPServer: Sendable {
    /// Decides the response to the request numbered `index` (from 0).
    typealias Script = @Sendable (_ request: RecordedRequest, _ index: Int) -> ScriptedResponse

    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let log: RequestLog
    /// The port the server listens on.
    let port: Int

    /// `http://127.0.0.1:<port>`.
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, in order.
    var requests: [RecordedRequest] { log.all }

    private init(group: MultiThreadedEventLoopGroup, channel: any Channel, log: RequestLog, port: Int) {
        self.group = group
        self.channel = channel
        self.log = log
        self.port = port
    }

    /// Starts a server that answers with `script`.
    static func start(script: @escaping Script) async throws -> ScriptedHTTPServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let log = RequestLog()
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                do {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(ScriptedHandler(log: log, script: script))
                    return channel.eventLoop.makeSucceededVoidFuture()
                } catch {
                    return channel.eventLoop.makeFailedFuture(error)
                }
            }
        do {
            let channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
            guard let port = channel.localAddress?.port else { throw ServerError.noPort }
            return ScriptedHTTPServer(group: group, channel: channel, log: log, port: port)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// Starts a server that answers requests with `responses` in order, repeating the last.
    static func start(responses: [ScriptedResponse]) async throws -> ScriptedHTTPServer {
        try await start { _, index in responses[min(index, responses.count - 1)] }
    }

    /// Stops listening and closes every connection.
    func shutdown() async throws {
        try? await channel.close()
        try await group.shutdownGracefully()
    }

    enum ServerError: Error { case noPort }
}

/// The lock-protected list of received requests.
private final class RequestLog: @unchecked Sendable {
    // @unchecked: `entries` is only touched while `lock` is held.
    private let lock = NSLock()
    private var entries: [RecordedRequest] = []

    /// Appends a request and returns its index.
    func append(_ request: RecordedRequest) -> Int {
        lock.withLock {
            entries.append(request)
            return entries.count - 1
        }
    }

    var all: [RecordedRequest] { lock.withLock { entries } }
}

private final class ScriptedHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let log: RequestLog
    private let script: ScriptedHTTPServer.Script
    private var head: HTTPRequestHead?

    init(log: RequestLog, script: @escaping ScriptedHTTPServer.Script) {
        self.log = log
        self.script = script
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(requestHead):
            head = requestHead
        case .body:
            break
        case .end:
            guard let requestHead = head else { return }
            head = nil
            let request = RecordedRequest(method: requestHead.method.rawValue, uri: requestHead.uri,
                                          headers: requestHead.headers)
            let index = log.append(request)
            perform(script(request, index), context: context)
        }
    }

    private func perform(_ response: ScriptedResponse, context: ChannelHandlerContext) {
        switch response {
        case let .respond(status, headers, body):
            writeHead(status: status, headers: headers, length: body.count, context: context)
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))),
                          promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        case let .truncated(status, headers, declaredLength, partialBody):
            writeHead(status: status, headers: headers, length: declaredLength, context: context)
            context.writeAndFlush(
                wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: partialBody)))),
                promise: nil)
            context.close(promise: nil)
        case .hang:
            break
        case .close:
            context.close(promise: nil)
        case let .delayed(delay, next):
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            let nanoseconds = delay.components.seconds * 1_000_000_000 + delay.components.attoseconds / 1_000_000_000
            context.eventLoop.scheduleTask(in: .nanoseconds(nanoseconds)) {
                let (handler, context) = bound.value
                guard context.channel.isActive else { return }
                handler.perform(next, context: context)
            }
        }
    }

    private func writeHead(status: Int, headers: [(String, String)], length: Int, context: ChannelHandlerContext) {
        var httpHeaders = HTTPHeaders(headers)
        httpHeaders.replaceOrAdd(name: "Content-Length", value: "\(length)")
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status),
                                    headers: httpHeaders)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
    }
}
