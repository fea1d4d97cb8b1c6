import Foundation

/// Everything a failed load must leave as it was: every row of every report's current
/// table (key, hash, load id) and the size and content hash of every history table.
struct WarehouseSnapshot: Equatable {
    var rows: [[String?]]

    static let reports = ["teams", "apps", "addons", "addon_services"]

    init(_ fixture: LoadFixture) throws {
        rows = []
        for table in Self.reports {
            rows += try fixture.query(
                "SELECT $1::text, _account, id::text, _hash, _load_id::text FROM \(fixture.table(table)) ORDER BY 2, 3",
                [table]).rows
            rows += try fixture.query("""
                SELECT $1::text, count(*)::text,
                       md5(coalesce(string_agg(_hash || _op || coalesce(_valid_to::text, ''), ',' ORDER BY id, _load_id), ''))
                FROM \(fixture.table(table + "_history"))
                """, [table + "_history"]).rows
        }
    }
}

extension WarehouseSnapshot {
    /// The part of the snapshot for one report (its current and history tables).
    func only(_ report: String) -> [[String?]] {
        rows.filter { $0.first == report || $0.first == report + "_history" }
    }
}

extension LoadFixture {
    /// The status and error of the newest load in `_loads`.
    func lastLoad() throws -> (status: String?, error: String?) {
        let row = try query("SELECT status, error FROM \(table("_loads")) ORDER BY load_id DESC LIMIT 1")
        return (row.rows.first?[0], row.rows.first?[1])
    }

    /// report → (status, error) of the newest load's reports.
    func lastReports() throws -> [String: (status: String, error: String)] {
        let rows = try query("""
            SELECT report, status, error FROM \(table("_load_reports"))
            WHERE load_id = (SELECT max(load_id) FROM \(table("_loads")))
            """).rows
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] ?? "", ($0[1] ?? "", $0[2] ?? "")) })
    }
}
