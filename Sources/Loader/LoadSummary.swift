import Warehouse

/// The outcome of one load, as printed at the end and recorded in `_loads`.
public struct LoadSummary: Sendable {
    /// `_loads.load_id`, nil when the load never started (e.g. the key was rejected first).
    public var loadID: Int64?
    /// The `_account` label used.
    public var account: String?
    /// succeeded, partial (some reports failed) or failed.
    public var status: LoadLedger.Status
    /// One entry per report attempted.
    public var reports: [ReportOutcome]
    /// HTTP requests made, including retries.
    public var requests: Int
    /// Why the load failed, when it did.
    public var error: String?
    /// A dry run: everything was rolled back, nothing was written.
    public var dryRun = false
    /// The request estimate and rate-limit budget (nil when the load never planned).
    public var budget: RequestBudget?

    /// The process exit code: 0 when every report loaded, 1 otherwise.
    public var exitCode: Int32 { status == .succeeded ? 0 : 1 }
}
