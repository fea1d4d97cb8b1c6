/// A progress event of one report, for live output on a terminal.
public struct LoadProgress: Sendable {
    /// What the report is doing.
    public enum Phase: String, Sendable {
        case fetching, merging, done
    }

    /// The report's name.
    public var report: String
    /// Its phase.
    public var phase: Phase
    /// Pages fetched so far.
    public var pages: Int
    /// Objects fetched so far.
    public var objects: Int
}
