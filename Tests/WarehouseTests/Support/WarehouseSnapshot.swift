import Foundation

/// Everything a failed load must leave as it was: every column of every row of each
/// report's current and history tables, their column map in `_columns` and their real
/// column names and types.
struct WarehouseSnapshot: Equatable {
    var rows: [[String?]]

    static let reports = ["teams", "apps", "addons", "addon_services"]

    init(_ fixture: LoadFixture) throws {
        rows = []
        for table in Self.reports {
            for name in [table, table + "_history"] {
                rows += try fixture.query("""
                    SELECT $1::text, count(*)::text, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))
                    FROM \(fixture.table(name)) t
                    """, [name]).rows
                rows += try fixture.query("""
                    SELECT $1::text, string_agg(column_name || ' ' || data_type, ', ' ORDER BY column_name)
                    FROM information_schema.columns WHERE table_schema = $2 AND table_name = $1
                    """, [name, fixture.schema]).rows
            }
            rows += try fixture.query("""
                SELECT $1::text, string_agg(column_name || ' ' || data_type || ' ' || array_to_string(json_path, '.'), ', '
                                            ORDER BY column_name)
                FROM \(fixture.table("_columns")) WHERE table_name = $1
                """, [table]).rows
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
