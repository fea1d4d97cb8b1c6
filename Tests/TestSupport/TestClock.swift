import Foundation

/// A clock that never waits: a sleep is recorded and moves the clock's time forward by
/// that much at once, so the client's pauses and rate-limit readings see exactly the time
/// they asked for, whatever the machine's load (swift-clocks' `TestClock` with every sleep
/// advanced at once, in 30 lines).
public final class TestClock: Clock, @unchecked Sendable {
    // @unchecked: `waits` and `current` are only touched while `lock` is held.
    /// A time on this clock: how far it has been moved.
    public struct Instant: InstantProtocol {
        public var offset: Duration
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let lock = NSLock()
    private var waits: [Duration] = []
    private var current = Instant(offset: .zero)

    public init() {}

    public var now: Instant { lock.withLock { current } }
    public var minimumResolution: Duration { .zero }

    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        lock.withLock {
            waits.append(current.duration(to: deadline))
            current = max(current, deadline)
        }
    }

    /// Every sleep asked for, in order.
    public var recorded: [Duration] { lock.withLock { waits } }
}
