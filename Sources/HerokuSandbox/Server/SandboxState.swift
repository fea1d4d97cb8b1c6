import Foundation

/// Everything the running server mutates, guarded together by one lock.
struct SandboxState: Sendable {
    var account: SandboxAccount
    var configuration: SandboxConfiguration
    var rateLimiter: SandboxRateLimiter
    var faults: [SandboxFault] = []
    var faultRandom: SplitMix64
    var requests: [SandboxRequestRecord] = []
    /// Bumped by every mutation of the account; sorted lists cached for an older generation
    /// are sorted again.
    var generation = 0
    /// Lists sorted by a field, per path and field, for the generation they were built in:
    /// paging through 200,000 objects must not sort them again for every page.
    var sortCache: [String: (generation: Int, entries: [SandboxPage.Entry])] = [:]

    init(account: SandboxAccount, configuration: SandboxConfiguration) {
        self.account = account
        self.configuration = configuration
        rateLimiter = SandboxRateLimiter(capacity: configuration.rateLimitCapacity,
                                         refillPerMinute: configuration.rateLimitRefillPerMinute
                                                             * max(configuration.rateLimitTimeScale, 0))
        faultRandom = SplitMix64(seed: configuration.seed, stream: 7)
    }

    /// `objects` as sorted entries for `field` (ties by id), from the cache when still valid.
    mutating func sortedEntries(cacheKey: String, field: String, objects: [SandboxJSON]) -> [SandboxPage.Entry] {
        let key = cacheKey + "\u{1F}" + field
        if let cached = sortCache[key], cached.generation == generation, cached.entries.count == objects.count {
            return cached.entries
        }
        let entries = SandboxPage.sortedEntries(objects, field: field)
        sortCache[key] = (generation, entries)
        return entries
    }

    /// The first fault matching the request that fires now (its count is used up).
    mutating func firingFault(for request: SandboxHTTPRequest) -> SandboxFault? {
        for index in faults.indices where faults[index].matches(request) {
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
