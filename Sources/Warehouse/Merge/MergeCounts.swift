/// What merging one report changed.
public struct MergeCounts: Sendable, Equatable {
    /// Distinct objects staged (after de-duplicating by key).
    public var staged = 0
    /// New objects: inserted in the current table (nothing in history).
    public var inserted = 0
    /// Changed objects (hash differs): updated; their previous version closed into history (`update`).
    public var updated = 0
    /// Objects whose content hash did not change: not written at all.
    public var unchanged = 0
    /// Objects gone from a complete fetch: removed; their version closed into history (`delete`).
    public var deleted = 0
    /// Objects dropped because a key field was null or missing.
    public var withoutKey = 0
    /// Stored rows kept as they were because the fetch could not see them (a parent whose
    /// list answered 403): neither fetched nor deleted.
    public var kept = 0
    /// Stored rows left as they were because the load did not fetch their parent's lists (a
    /// fresh parent of a fan-out report): not in the delete guard's count of existing rows.
    public var notFetched = 0

    public init() {}

    /// Whether the merge changed enough of the table (at least 1,000 rows and a tenth of it,
    /// a first load for one) that the planner's statistics are out of date until analyzed.
    var outdatesStatistics: Bool {
        let written = inserted + updated + deleted
        return written >= 1_000 && written * 10 >= staged + deleted
    }
}
