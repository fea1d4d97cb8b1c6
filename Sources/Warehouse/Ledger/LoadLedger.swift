import Foundation
import Postgres

/// Writes the audit tables `_loads` and `_load_reports`. Each call commits on its own (it
/// runs outside the report transactions), so a failed report is still recorded after its
/// data changes were rolled back.
public struct LoadLedger {
    let connection: Connection
    let identifier: Identifier

    /// The final state of a load.
    public enum Status: String, Sendable {
        case running, succeeded, partial, failed, interrupted
    }

    /// Opens a `running` load and returns its id and start time (text, PostgreSQL's format).
    public func start(account: String?, reports: [String], apiURL: String, toolVersion: String) throws
        -> (id: Int64, startedAt: String)
    {
        let result = try connection.execute(
            """
            INSERT INTO \(identifier.qualified("_loads")) (account, status, reports, api_url, tool_version, host)
            VALUES ($1, 'running', $2::text[], $3, $4, $5)
            RETURNING load_id, started_at
            """,
            [account, PostgresArray.literal(reports), apiURL, toolVersion, ProcessInfo.processInfo.hostName])
        guard let id = result.int(0, 0), let startedAt = result.value(0, 1) else {
            throw WarehouseError.corruptCatalog(table: "_loads", detail: "INSERT returned no load_id")
        }
        return (Int64(id), startedAt)
    }

    /// Marks loads still `running` as failed. Call it holding the load lock: then no other
    /// load runs, so such a row belongs to a process that was killed or lost its connection.
    public func closeAbandoned() throws {
        try connection.execute("""
            UPDATE \(identifier.qualified("_loads"))
            SET status = 'failed', finished_at = clock_timestamp(),
                error = 'the load stopped without finishing (the process was killed or lost its database connection)'
            WHERE status = 'running'
            """)
    }

    /// Sets the load's account label once it is known.
    public func setAccount(loadID: Int64, account: String) throws {
        try connection.execute(
            "UPDATE \(identifier.qualified("_loads")) SET account = $2 WHERE load_id = $1::bigint",
            [String(loadID), account])
    }

    /// Closes the load with its outcome.
    public func finish(loadID: Int64, status: Status, requests: Int, rowsWritten: Int, error: String?) throws {
        try connection.execute(
            """
            UPDATE \(identifier.qualified("_loads"))
            SET finished_at = clock_timestamp(), status = $2, requests = $3::integer, rows_written = $4::bigint, error = $5
            WHERE load_id = $1::bigint
            """,
            [String(loadID), status.rawValue, String(requests), String(rowsWritten), error])
    }

    /// The newest `_schema_changes.change_id`, 0 when there is none (or no table yet).
    public func lastSchemaChangeID() throws -> Int64 {
        let table = identifier.qualified("_schema_changes")
        guard try connection.execute("SELECT to_regclass($1) IS NOT NULL", [table]).firstValue == "t" else { return 0 }
        return Int64(try connection.execute("SELECT coalesce(max(change_id), 0) FROM \(table)").firstValue ?? "") ?? 0
    }

    /// Gives the DDL changes recorded without a load after `changeID` (the newest before this
    /// load's own migration, which ran before the load had an id) to `loadID`. No other
    /// migration can run meanwhile: `migrate` takes the load lock too.
    public func attributeSchemaChanges(after changeID: Int64, to loadID: Int64) throws {
        try connection.execute("""
            UPDATE \(identifier.qualified("_schema_changes")) SET load_id = $1::bigint
            WHERE load_id IS NULL AND change_id > $2::bigint
            """, [String(loadID), String(changeID)])
    }

    /// Records one report's outcome.
    public func record(_ report: ReportOutcome, loadID: Int64) throws {
        try record([report], loadID: loadID)
    }

    /// Records reports' outcomes in one statement, so one commit. A report listed twice in
    /// one call is recorded with its later outcome, every column of it; one already recorded
    /// by an earlier call only gets its status and error updated.
    public func record(_ reports: [ReportOutcome], loadID: Int64) throws {
        var parameters = SQLParameters()
        let load = parameters.bind(String(loadID)) + "::bigint"
        var rows: [String] = []
        var seen: Set<String> = []
        // A row may appear once in one INSERT ... ON CONFLICT: keep each report's last outcome.
        for report in reports.reversed() where seen.insert(report.report).inserted {
            let duration = parameters.bind(String(report.durationMilliseconds))
            let values = [
                load, parameters.bind(report.report), parameters.bind(report.status.rawValue),
                parameters.bind(String(report.pages)) + "::integer", parameters.bind(String(report.requests)) + "::integer",
                parameters.bind(String(report.retries)) + "::integer", parameters.bind(String(report.fetched)) + "::bigint",
                parameters.bind(String(report.counts.inserted)) + "::bigint",
                parameters.bind(String(report.counts.updated)) + "::bigint",
                parameters.bind(String(report.counts.unchanged)) + "::bigint",
                parameters.bind(String(report.counts.deleted)) + "::bigint",
                parameters.bind(String(report.counts.kept)) + "::bigint",
                parameters.bind(String(report.counts.notFetched)) + "::bigint",
                parameters.bind(String(report.columnsAdded)) + "::integer",
                parameters.bind(String(report.columnsWidened)) + "::integer",
                parameters.bind(String(report.valuesAdjusted)) + "::bigint",
                parameters.bind(String(report.rateLimitWaitMilliseconds)) + "::bigint",
                parameters.bind(report.verified ? "true" : "false") + "::boolean",
                "clock_timestamp() - make_interval(secs => \(duration)::double precision / 1000)", "clock_timestamp()",
                duration + "::bigint", parameters.bind(report.error),
            ]
            rows.append("(" + values.joined(separator: ", ") + ")")
        }
        guard !rows.isEmpty else { return }
        try connection.execute(
            """
            INSERT INTO \(identifier.qualified("_load_reports"))
                (load_id, report, status, pages, requests, retries, fetched, inserted, updated, unchanged, deleted, kept,
                 not_fetched,
                 columns_added, columns_widened, values_adjusted, rate_limit_wait_ms, verified, started_at, finished_at,
                 duration_ms, error)
            VALUES \(rows.reversed().joined(separator: ",\n       "))
            ON CONFLICT (load_id, report) DO UPDATE SET status = EXCLUDED.status, error = EXCLUDED.error
            """, parameters.values)
    }
}

/// The outcome of one report in one load, as recorded in `_load_reports`.
public struct ReportOutcome: Sendable {
    /// A report's final state.
    public enum Status: String, Sendable {
        case succeeded, failed, skipped
    }

    public var report: String
    public var status: Status
    public var pages = 0
    public var requests = 0
    public var retries = 0
    public var fetched = 0
    public var counts = MergeCounts()
    public var columnsAdded = 0
    public var columnsWidened = 0
    public var valuesAdjusted = 0
    /// The schema changes this report's load made (or, in a dry run, would make).
    public var schemaChanges: [String] = []
    /// Every page answered `304 Not Modified`: nothing was parsed or written.
    public var notModified = false
    /// With ``notModified``: the time (UTC) until which the 304s are trusted, after which the
    /// list is fetched without `If-None-Match` (`--verify-after` past its last verification).
    public var trustedUntil: String?
    /// Fetched in full, every page a 200 (nothing taken on the strength of a 304), and
    /// merged: the report's tables equal the API as of this load.
    public var verified = false
    /// With ``verified``: the stored ETags were not used because the list was due for its
    /// verification (`--verify-after`), not because it had changed.
    public var verificationDue = false
    /// A fan-out report's parents, by why their lists were fetched or not (nil for others).
    public var parents: FanOutSchedule.Counts?
    /// Objects recognised as stored from their text alone, never parsed.
    public var recognisedUnparsed = 0
    public var durationMilliseconds = 0
    /// Time the report's requests waited for Heroku's rate limit (summed over requests sent at once).
    public var rateLimitWaitMilliseconds = 0
    public var error: String?

    public init(report: String, status: Status) {
        self.report = report
        self.status = status
    }
}
