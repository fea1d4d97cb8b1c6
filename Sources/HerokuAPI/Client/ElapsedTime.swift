/// Time on the client's clock since the client was made: what its rate-limit readings and
/// pauses are dated with, so that a test clock (which moves only when slept on) drives
/// them exactly, whatever the machine's load.
struct ElapsedTime: Sendable {
    private let read: @Sendable () -> Duration

    init<C: Clock>(_ clock: C) where C.Duration == Duration {
        let origin = clock.now
        read = { origin.duration(to: clock.now) }
    }

    /// The time since the client was made.
    var now: Duration { read() }
}
