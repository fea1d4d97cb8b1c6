import Postgres
import Warehouse

/// The parent objects of a fan-out report (`apps` for per-app reports, `teams` for per-team
/// ones), read from the warehouse's current table for one account, for estimates.
///
/// The runner loads parents before their children, so within one load the children see
/// the parents that load just fetched; a report named alone sees the previous load's.
struct ParentRows {
    let warehouse: Warehouse

    /// Estimated requests of a fan-out report: per parent among `parents` (ids), one page per
    /// `pageSize` children the previous load stored for it (at least one).
    func estimatedRequests(of report: Report, account: String, pageSize: Int, parents: [String]) throws -> Int {
        guard let fanOut = report.fanOut else { return 0 }
        let parent = Connection.quoteQualified(warehouse.schema, fanOut.parent)
        let child = Connection.quoteQualified(warehouse.schema, report.name)
        let result = try warehouse.connection.execute("""
            SELECT coalesce(sum(greatest(1, ceil(n::numeric / $2::integer))), 0)::bigint
            FROM (SELECT p.id, count(c._account) AS n
                  FROM \(parent) p
                  LEFT JOIN \(child) c ON c._account = p._account AND c._raw #>> $3::text[] = p.id::text
                  WHERE p._account = $1 AND p.id::text = ANY ($4::text[])
                  GROUP BY p.id) per_parent
            """, [account, String(pageSize), "{\(fanOut.parentKey),id}", PostgresArray.literal(parents)])
        return result.int(0, 0) ?? 0
    }

    /// Estimated requests of an account-wide list: the pages the previous load fetched (their
    /// ETags are stored), else one page per `pageSize` rows it stored (at least one). The
    /// stored pages spare counting a large table on every load.
    func estimatedPages(of report: Report, account: String, pageSize: Int) throws -> Int {
        let table = Connection.quoteQualified(warehouse.schema, report.name)
        let result = try warehouse.connection.execute("""
            SELECT coalesce(
                (SELECT nullif(count(*), 0) FROM \(Connection.quoteQualified(warehouse.schema, "_list_etags"))
                 WHERE account = $1 AND report = $3),
                (SELECT greatest(1, ceil(count(*)::numeric / $2::integer))::bigint FROM \(table) WHERE _account = $1))
            """, [account, String(pageSize), report.name])
        return result.int(0, 0) ?? 1
    }
}
