import Foundation

/// Everything the running server mutates, guarded together by one lock.
struct SandboxState: Sendable {
    var account: SandboxAccount
    var configuration: SandboxConfiguration
    var rateLimiter: SandboxRateLimiter
    var faults: [SandboxFault] = []
    var faultRandom: SplitMix64
    var requests: [SandboxRequestRecord] = []

    init(account: SandboxAccount, configuration: SandboxConfiguration) {
        self.account = account
        self.configuration = configuration
        rateLimiter = SandboxRateLimiter(capacity: configuration.rateLimitCapacity,
                                         refillPerMinute: configuration.rateLimitRefillPerMinute
                                                             * max(configuration.rateLimitTimeScale, 0))
        faultRandom = SplitMix64(seed: configuration.seed, stream: 7)
    }

    /// The first fault matching the path that fires now (its count is used up).
    mutating func firingFault(for path: String) -> SandboxFault? {
        for index in faults.indices where path.hasPrefix(faults[index].pathPrefix) {
            if faults[index].skipFirst > 0 {
                faults[index].skipFirst -= 1
                continue
            }
            switch faults[index].trigger {
            case .always:
                return faults[index]
            case .times(let remaining):
                guard remaining > 0 else { continue }
                faults[index].trigger = .times(remaining - 1)
                return faults[index]
            case .probability(let probability):
                if faultRandom.chance(probability) { return faults[index] }
            }
        }
        return nil
    }
}
