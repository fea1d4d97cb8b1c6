import HerokuAPI

/// Reloads a plain list report conditionally: every page is asked again with the `ETag` it
/// had when last merged (`If-None-Match`); when all answer `304 Not Modified`, the report is
/// unchanged and nothing is parsed, staged or written.
///
/// A 304 is a hint, never proof: Heroku has served stale 304s on paginated lists
/// (platform-api issue #73). So the stored ETags are used only within `--verify-after` of
/// the list's last verification (a fetch in full, recorded in `_load_reports.verified`), and
/// a 304 on a stored last page that was full is not trusted (objects appended after it
/// change no byte of it). Object and per-parent reports, dry runs and reports without
/// stored ETags are always fetched in full.
struct ConditionalReload {
    let report: Report
    let account: String
    let request: LoadRequest
    let warehouse: any LoadStore
    let client: HerokuClient

    /// What the check found.
    struct Outcome {
        /// The requests it made, and the page that changed (the full fetch uses it).
        var recheck: ListRecheck
        /// Every page answered 304: the time until which that is trusted.
        var trustedUntil: String?
        /// The list was due for verification: its stored ETags were not used.
        var verificationDue = false
        /// A load of this inference version stored the list's pages (so it observed every object of it).
        var storedByThisInference = false
    }

    /// Whether the list is unchanged, the requests that took, and the page that changed.
    nonisolated(nonsending)
    func check() async throws -> Outcome {
        let fetchInFull = Outcome(recheck: ListRecheck(unchanged: false, stats: ListFetchStats()))
        guard case .list = report.source, !request.dryRun else { return fetchInFull }
        let stored = try warehouse.storedPages(account: account, table: report.table)
        guard !stored.isEmpty else { return fetchInFull }
        var inFull = fetchInFull
        inFull.storedByThisInference = true
        // A full last page (or one of unknown size) still answers 304 when objects were
        // appended after it: such a list is fetched in full (its unchanged objects are skipped).
        if let last = stored.last, (last.objects ?? .max) >= client.configuration.pageSize { return inFull }
        let verification = request.verifyAfter > .zero
            ? try warehouse.lastVerification(account: account, report: report.name, trustedFor: request.trustWindow)
            : nil
        guard let verification, verification.stillTrusted else {
            inFull.verificationDue = true
            return inFull
        }
        let recheck = try await client.recheckList(
            path: report.path, pages: stored.map { ConditionalPage(range: $0.range, etag: $0.etag) })
        return Outcome(recheck: recheck, trustedUntil: recheck.unchanged ? verification.trustedUntil : nil,
                       storedByThisInference: true)
    }
}
