import NIOCore
import NIOHTTP1
import NIOPosix

/// A listening HTTP/1.1 socket on one event-loop thread, each connection answered by a
/// handler of its own. The sandbox and the benchmark's replay server both stand on it.
public struct HTTPListener: Sendable {
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel

    /// The port bound (the one asked for, or the one picked for port 0).
    public let port: Int

    /// Binds `host:port`; `makeHandler` is called once per accepted connection. The thread
    /// is released again when binding fails.
    public static func bind(
        host: String, port: Int, makeHandler: @escaping @Sendable () -> any ChannelHandler
    ) async throws -> HTTPListener {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(ChannelOptions.backlog, value: 256)
                .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                        try channel.pipeline.syncOperations.addHandler(makeHandler())
                    }
                }
                .bind(host: host, port: port).get()
            return HTTPListener(group: group, channel: channel, port: channel.localAddress?.port ?? port)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// Stops listening, closes connections and releases the thread.
    public func close() async throws {
        try? await channel.close().get()
        try await group.shutdownGracefully()
    }

    /// Waits until the listener is closed (by ``close()`` from another task).
    public func waitUntilClosed() async throws {
        try await channel.closeFuture.get()
    }
}
