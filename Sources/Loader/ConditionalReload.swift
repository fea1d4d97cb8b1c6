import HerokuAPI
import Warehouse

/// Reloads a plain list report conditionally: every page is asked again with the `ETag` it
/// had when last merged (`If-None-Match`); when all answer `304 Not Modified`, the report is
/// unchanged and nothing is parsed, staged or written. Object and per-parent reports, dry
/// runs and reports without stored ETags are always fetched in full.
struct ConditionalReload {
    let report: Report
    let account: String
    let request: LoadRequest
    let warehouse: Warehouse
    let client: HerokuClient

    /// Whether the list is unchanged, the requests that took, and the page that changed
    /// (the full fetch uses it when it reaches that page).
    nonisolated(nonsending)
    func check() async throws -> ListRecheck {
        let nothing = ListRecheck(unchanged: false, stats: ListFetchStats())
        guard case .list = report.source, !request.dryRun else { return nothing }
        let stored = try warehouse.listETags.pages(account: account, report: report.name,
                                                   toolVersion: HerokuWarehouseVersion.current)
        guard !stored.isEmpty else { return nothing }
        return try await client.recheckList(
            path: report.path, pages: stored.map { ConditionalPage(range: $0.range, etag: $0.etag) })
    }
}
