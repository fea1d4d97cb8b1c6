import NIOCore
import NIOHTTP1

/// The NIO channel handler: collects a request, runs it through the pipeline under the
/// server's lock, and writes the response (after any configured or injected delay).
final class SandboxHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let state: SandboxLocked<SandboxState>
    private var assembler = HTTPRequestAssembler()

    init(state: SandboxLocked<SandboxState>) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard let head = assembler.accept(unwrapInboundIn(data)) else { return }
        let request = SandboxHTTPRequest(
            method: head.method.rawValue, target: head.uri,
            headers: head.headers.map { (name: $0.name, value: $0.value) })
        let response = state.withLock { SandboxRequestPipeline.handle(request, state: &$0) }
        let keepAlive = head.isKeepAlive
        if response.delay > .zero {
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: TimeAmount(response.delay)) {
                let (handler, context) = bound.value
                handler.send(response, keepAlive: keepAlive, version: head.version, context: context)
            }
        } else {
            send(response, keepAlive: keepAlive, version: head.version, context: context)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func send(_ response: SandboxHTTPResponse, keepAlive: Bool, version: HTTPVersion,
                      context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        if response.dropConnection {
            context.close(promise: nil)
            return
        }
        var headers = HTTPHeaders(response.headers.map { ($0.name, $0.value) })
        headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
        headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let head = HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: response.status),
                                    headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if let cut = response.truncateAfterBytes {
            let buffer = context.channel.allocator.buffer(bytes: response.body.prefix(cut))
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(buffer)))).whenComplete { _ in
                bound.value.close(promise: nil)
            }
            return
        }
        if !response.body.isEmpty {
            let buffer = context.channel.allocator.buffer(bytes: response.body)
            context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            done.whenComplete { _ in bound.value.close(promise: nil) }
        }
    }
}
