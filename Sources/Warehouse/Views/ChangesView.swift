import Postgres
import Schema
import WarehouseSQL

/// The `changes` view, generated from the report catalogue: one block per report, so a new
/// report is in the change feed without an edit.
///
/// Each version of an object (open in `R`, closed in `R_history`) is an `insert`, or an
/// `update` when the version before it (same key, closed by an update when this one began)
/// exists; each version closed by a delete is a `delete` at its `_valid_to`, by the load that
/// started then. `changed_keys` lists the top-level JSON keys an update changed.
struct ChangesView {
    /// A report and the names of its key columns (from `_columns`).
    struct Source {
        var table: ReportTable
        var keyColumns: [String]
    }

    static let name = "changes"

    /// The view's SQL for `sources` (in their order), with its `-- Reports:` header.
    static func view(_ sources: [Source]) -> WarehouseSQL.View {
        let blocks = sources.map(block).joined(separator: "\n    UNION ALL\n")
        let sql = """
            -- Reports: every report (generated: one block per report of the catalogue)
            -- The change feed: every version of every report's objects. name is the object's own
            -- label (a release's `v` + version, a domain's hostname, ...); for per-team and per-app
            -- reports id is `<team or app id>/<id>`. An update's previous version is the one its load
            -- closed (same key, closed by an update when this one began), found through the
            -- history's primary key; changed_keys lists the top-level JSON keys whose value differs.
            CREATE OR REPLACE VIEW changes AS
            WITH versions (changed_at, report, _account, id, name, operation, load_id, changed_keys) AS (
                \(blocks)
            )
            SELECT changed_at, report, _account, id, name, operation, load_id, changed_keys FROM versions;

            COMMENT ON VIEW changes IS 'Every change across reports: when, which report and object, insert/update/delete, and the top-level JSON keys an update changed.';
            """
        return WarehouseSQL.View(name: name, sql: sql)
    }

    /// What makes the generated SQL differ: the SQL itself for `tables`, with key columns
    /// named after their paths (the names `_columns` gives them follow from those), so a
    /// change of the reports, their keys, labels or of this template changes it.
    static func fingerprintText(_ tables: [ReportTable]) -> String {
        view(tables.map { Source(table: $0, keyColumns: $0.keyPaths.map { ColumnNaming.baseName(for: $0) }) }).sql
    }

    private static func block(_ source: Source) -> String {
        let table = source.table
        let report = Connection.quoteLiteral(table.name)
        let keys = source.keyColumns.map(Identifier.quote)
        let id = keys.map { "v.\($0)::text" }.joined(separator: " || '/' || ")
        let deletedID = keys.map { "h.\($0)::text" }.joined(separator: " || '/' || ")
        let previousJoin = keys.map { "p.\($0) = v.\($0)" }.joined(separator: " AND ")
        let versionColumns = (["_account"] + keys + ["_valid_from", "_load_id", "_raw"]).joined(separator: ", ")
        let current = Identifier.quote(table.name)
        let history = Identifier.quote(table.historyName)
        return """
            SELECT v._valid_from, \(report)::text, v._account, \(id), \(label(table.label, raw: "v._raw")),
                       CASE WHEN previous._raw IS NULL THEN 'insert' ELSE 'update' END, v._load_id,
                       (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(v._raw || previous._raw) AS key
                        WHERE v._raw -> key IS DISTINCT FROM previous._raw -> key)
                FROM (SELECT \(versionColumns) FROM \(current)
                      UNION ALL SELECT \(versionColumns) FROM \(history)) v
                LEFT JOIN LATERAL (
                    SELECT p._raw FROM \(history) p
                    WHERE p._account = v._account AND \(previousJoin) AND p._valid_to = v._valid_from AND p._op = 'update'
                    ORDER BY p._load_id DESC LIMIT 1) previous ON true
                UNION ALL
                SELECT h._valid_to, \(report)::text, h._account, \(deletedID), \(label(table.label, raw: "h._raw")), 'delete',
                       (SELECT l.load_id FROM _loads l WHERE l.started_at = h._valid_to AND l.account = h._account
                        ORDER BY l.load_id DESC LIMIT 1),
                       NULL::text[]
                FROM \(history) h WHERE h._op = 'delete'
            """
    }

    /// The label's SQL expression on a `_raw` column: `prefix || (raw #>> '{path}')`, quoted.
    private static func label(_ label: ObjectLabel, raw: String) -> String {
        let value = "(\(raw) #>> \(Connection.quoteLiteral(PostgresArray.literal(label.path)))::text[])"
        return label.prefix.isEmpty ? value : "\(Connection.quoteLiteral(label.prefix)) || \(value)"
    }
}
