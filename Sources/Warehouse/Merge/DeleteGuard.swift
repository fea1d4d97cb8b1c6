/// Limits on a merge's deletions, against an API glitch that returns too few objects.
public struct DeleteGuard: Sendable {
    /// Refuse when a load would delete more than this fraction of the account's rows.
    public var maxFraction: Double
    /// Tables with fewer rows than this are not guarded (except when every row would go).
    public var minimumRows: Int = 10

    /// A guard refusing to delete more than `maxFraction` (1: no guard).
    public init(maxFraction: Double) {
        self.maxFraction = maxFraction
    }
}

extension DeleteGuard {
    /// Refuses a merge that would delete every row, or more than `maxFraction` of a table
    /// of at least `minimumRows` (unless the guard is off: `maxFraction` 1).
    public func check(_ counts: MergeCounts, table: String) throws {
        guard counts.deleted > 0 else { return }
        let existing = counts.deleted + counts.updated + counts.unchanged + counts.kept
        let everything = counts.deleted == existing
        let tooMany = existing >= minimumRows && Double(counts.deleted) > maxFraction * Double(existing)
        if (everything || tooMany) && maxFraction < 1 {
            throw WarehouseError.massDeleteRefused(
                table: table, deleting: counts.deleted, existing: existing, maxFraction: maxFraction)
        }
    }
}
