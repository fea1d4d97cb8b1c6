import Postgres

/// Reads the load history (`_loads` with `_load_reports` aggregated) for `heroku-warehouse runs`.
public struct LoadHistory {
    let connection: Connection
    let identifier: Identifier

    /// One load as listed by `runs`.
    public struct Entry: Sendable {
        public var loadID: Int64
        public var account: String?
        public var status: String
        public var startedAt: String
        public var finishedAt: String?
        public var durationSeconds: Double?
        public var requests: Int
        public var inserted: Int
        public var updated: Int
        public var unchanged: Int
        public var deleted: Int
        public var failedReports: [String]
        /// The reports fetched in full in this load (no 304 trusted): `_load_reports.verified`.
        public var verifiedReports: [String]
        public var error: String?
    }

    /// The newest `limit` loads, newest first.
    public func recent(limit: Int) throws -> [Entry] {
        // A schema not upgraded to version 8 yet has no verified column.
        let hasVerified = try connection.execute("""
            SELECT EXISTS (SELECT 1 FROM information_schema.columns
                           WHERE table_schema = $1 AND table_name = '_load_reports' AND column_name = 'verified')
            """, [identifier.schema]).firstValue == "t"
        let verified = hasVerified
            ? "coalesce(string_agg(r.report, ',' ORDER BY r.report) FILTER (WHERE r.verified), '')" : "''"
        let result = try connection.execute("""
            SELECT l.load_id, l.account, l.status,
                   to_char(l.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"'),
                   to_char(l.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"'),
                   round(extract(epoch FROM l.finished_at - l.started_at)::numeric, 1)::text,
                   l.requests,
                   coalesce(sum(r.inserted), 0), coalesce(sum(r.updated), 0),
                   coalesce(sum(r.unchanged), 0), coalesce(sum(r.deleted), 0),
                   coalesce(string_agg(r.report, ',' ORDER BY r.report) FILTER (WHERE r.status <> 'succeeded'), ''),
                   l.error, \(verified)
            FROM \(identifier.qualified("_loads")) l
            LEFT JOIN \(identifier.qualified("_load_reports")) r ON r.load_id = l.load_id
            GROUP BY l.load_id
            ORDER BY l.load_id DESC
            LIMIT $1::integer
            """, [String(limit)])
        return result.rows.map { row in
            Entry(
                loadID: Int64(row[0] ?? "") ?? 0, account: row[1], status: row[2] ?? "?",
                startedAt: row[3] ?? "", finishedAt: row[4], durationSeconds: row[5].flatMap(Double.init),
                requests: Int(row[6] ?? "") ?? 0, inserted: Int(row[7] ?? "") ?? 0, updated: Int(row[8] ?? "") ?? 0,
                unchanged: Int(row[9] ?? "") ?? 0, deleted: Int(row[10] ?? "") ?? 0,
                failedReports: (row[11] ?? "").split(separator: ",").map(String.init),
                verifiedReports: (row[13] ?? "").split(separator: ",").map(String.init), error: row[12])
        }
    }
}

extension LoadHistory {
    /// When a report's tables were last verified against the API (fetched in full, no 304
    /// trusted) for an account, and until when that lets a 304 stand for the list.
    public struct Verification: Sendable, Equatable {
        /// When the load of the last verifying fetch started (UTC, `YYYY-MM-DD HH:MM:SSZ`): no
        /// later than the fetch itself, so the bound is never stretched.
        public var verifiedAt: String
        /// ``verifiedAt`` plus the trust window asked for.
        public var trustedUntil: String
        /// Whether ``trustedUntil`` is still to come (by the database's clock).
        public var stillTrusted: Bool

        /// Creates a verification.
        public init(verifiedAt: String, trustedUntil: String, stillTrusted: Bool) {
            self.verifiedAt = verifiedAt
            self.trustedUntil = trustedUntil
            self.stillTrusted = stillTrusted
        }
    }

    /// The last verification of `report` for `account`, trusted for `window` after it; nil
    /// when the report was never verified (by schema version 8 or later).
    public func lastVerification(account: String, report: String, trustedFor window: Duration) throws -> Verification? {
        let row = try connection.execute("""
            SELECT to_char(v.at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"'),
                   to_char((v.at + b.bound) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"'),
                   v.at + b.bound > clock_timestamp()
            FROM (SELECT max(l.started_at) AS at
                  FROM \(identifier.qualified("_load_reports")) r
                  JOIN \(identifier.qualified("_loads")) l ON l.load_id = r.load_id
                  WHERE r.verified AND r.report = $1 AND l.account = $2) v,
                 (SELECT make_interval(secs => $3::double precision) AS bound) b
            WHERE v.at IS NOT NULL
            """, [report, account, String(window / .seconds(1))]).rows.first
        guard let row, let verifiedAt = row[0], let trustedUntil = row[1] else { return nil }
        return Verification(verifiedAt: verifiedAt, trustedUntil: trustedUntil, stillTrusted: row[2] == "t")
    }

    /// The last verification of every report, per account (for `runs`).
    public func verifications() throws -> [(account: String, report: String, verifiedAt: String)] {
        try connection.execute("""
            SELECT l.account, r.report, to_char(max(l.started_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"Z"')
            FROM \(identifier.qualified("_load_reports")) r
            JOIN \(identifier.qualified("_loads")) l ON l.load_id = r.load_id
            WHERE r.verified AND l.account IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2
            """).rows.compactMap { row in
            guard let account = row[0], let report = row[1], let at = row[2] else { return nil }
            return (account, report, at)
        }
    }
}

extension Warehouse {
    /// The load history of this schema.
    public var history: LoadHistory { LoadHistory(connection: connection, identifier: identifier) }
}
