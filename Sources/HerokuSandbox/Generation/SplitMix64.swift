/// SplitMix64: a tiny, fast, seeded pseudo-random generator. The same seed always gives
/// the same sequence on every platform, which keeps generated accounts reproducible.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator for a seed and a stream label, so independent parts of an account
    /// (teams, apps, add-ons) do not shift each other when one part's size changes.
    /// The starting state is a mix of both, so streams start far apart in the sequence and
    /// never replay each other's values.
    init(seed: UInt64, stream: UInt64 = 0) {
        state = Self.mix(seed &+ Self.mix(stream &+ 0x632B_E59B_D9B4_E019))
    }

    /// SplitMix64's output function (a strong 64-bit mixer).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A uniform integer in `range` (deterministic; no platform-dependent algorithm).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ elements: [T]) -> T {
        elements[int(in: 0...(elements.count - 1))]
    }

    /// A lower-case canonical version-4 UUID.
    mutating func uuid() -> String {
        SandboxFormat.uuid(high: next(), low: next())
    }
}
