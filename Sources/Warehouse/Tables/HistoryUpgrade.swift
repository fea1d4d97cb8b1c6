import Postgres
import Schema

/// Upgrades one report's tables written before schema version 11, where history held every
/// version (the open ones too, and a `delete` marker row per deletion), to system-versioned
/// tables: the open version only in the current table (with `_valid_from`), closed versions
/// only in history (`_op`: what closed them), `_hash` the canonical one (`CanonicalHash`).
///
/// Runs in one transaction per report. It first checks that the open versions in history
/// equal the current rows; any difference fails the report's upgrade naming the key, and
/// nothing of it changes.
struct HistoryUpgrade {
    let connection: Connection
    let identifier: Identifier
    let table: ReportTable

    /// What `_schema_changes` records for it.
    static let summary =
        "history keeps closed versions only; the open ones are the current rows (_valid_from); _hash recomputed from canonical JSON"

    /// Whether the report's tables are in the old layout (no `_valid_from` in the current table).
    func isNeeded() throws -> Bool {
        try connection.execute("""
            SELECT to_regclass($1) IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = $2 AND NOT attisdropped)
            """, [identifier.qualified(table.name), MetaColumn.validFrom]).firstValue == "t"
    }

    /// The upgrade, inside the caller's transaction (which holds both tables locked).
    func run() throws {
        let columns = try ColumnCatalog(connection: connection, identifier: identifier).columns(of: table.name)
        let keyColumns = try table.keyColumns(in: columns).map { Identifier.quote($0.name) }
        let current = identifier.qualified(table.name)
        let history = identifier.qualified(table.historyName)
        let keys = ([Identifier.quote(MetaColumn.account)] + keyColumns)
        let join = keys.map { "h.\($0) = t.\($0)" }.joined(separator: " AND ")
        let compared = columns.map { Identifier.quote($0.name) }
            + [MetaColumn.loadID, MetaColumn.hash, MetaColumn.raw].map(Identifier.quote)
        let keyText = { (alias: String) in keys.map { "\(alias).\($0)::text" }.joined(separator: " || '/' || ") }
        let row = { (alias: String) in "(\(compared.map { "\(alias).\($0)" }.joined(separator: ", ")))" }
        let mismatch = try connection.execute("""
            SELECT key, problem FROM (
                SELECT \(keyText("t")) AS key, 'its open version in history differs from the current row' AS problem
                FROM \(current) t JOIN \(history) h ON \(join) AND h._valid_to IS NULL
                WHERE \(row("t")) IS DISTINCT FROM \(row("h"))
                UNION ALL
                SELECT \(keyText("t")), 'the current row has no open version in history'
                FROM \(current) t WHERE NOT EXISTS (SELECT 1 FROM \(history) h WHERE \(join) AND h._valid_to IS NULL)
                UNION ALL
                SELECT \(keyText("h")), 'an open version in history has no current row'
                FROM \(history) h WHERE h._valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM \(current) t WHERE \(join))
                UNION ALL
                SELECT \(keyText("h")), 'history holds more than one open version'
                FROM \(history) h WHERE h._valid_to IS NULL GROUP BY \(keys.map { "h.\($0)" }.joined(separator: ", "))
                HAVING count(*) > 1
            ) m ORDER BY key LIMIT 1
            """)
        if let key = mismatch.value(0, 0) {
            throw WarehouseError.upgradeMismatch(table: table.name, key: key, problem: mismatch.value(0, 1) ?? "")
        }

        let validFrom = Identifier.quote(MetaColumn.validFrom)
        let ddl = TableDDL(identifier: identifier, table: table)
        let keyList = keys.joined(separator: ", ")
        try connection.execute("""
            ALTER TABLE \(current) ADD COLUMN \(validFrom) timestamptz;
            UPDATE \(current) t SET \(validFrom) = h._valid_from FROM \(history) h WHERE \(join) AND h._valid_to IS NULL;
            ALTER TABLE \(current) ALTER COLUMN \(validFrom) SET NOT NULL;
            CREATE TEMP TABLE _hw_deleted ON COMMIT DROP AS
                SELECT \(keyList), _valid_from AS deleted_at FROM \(history) WHERE _op = 'delete';
            DELETE FROM \(history) WHERE _valid_to IS NULL OR _op = 'delete';
            UPDATE \(history) h SET _op = CASE WHEN EXISTS (
                SELECT 1 FROM pg_temp._hw_deleted t WHERE \(join) AND t.deleted_at = h._valid_to) THEN 'delete' ELSE 'update' END;
            DROP TABLE pg_temp._hw_deleted
            """)
        // The open-version index and the old `_op` check (their names were chosen by PostgreSQL).
        let obsolete = try connection.execute("""
            SELECT format('DROP INDEX %s', i.indexrelid::regclass) FROM pg_index i
            WHERE i.indrelid = $1::regclass AND i.indpred IS NOT NULL
              AND pg_get_expr(i.indpred, i.indrelid) = '(_valid_to IS NULL)'
            UNION ALL
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', $1::regclass, c.conname) FROM pg_constraint c
            WHERE c.conrelid = $1::regclass AND c.contype = 'c'
              AND c.conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $2)]
            """, [history, MetaColumn.operation])
        for statement in obsolete.rows.compactMap({ $0[0] }) { try connection.execute(statement) }
        try connection.execute("""
            ALTER TABLE \(history) ALTER COLUMN _valid_to SET NOT NULL, ADD \(TableDDL.operationCheck)
            """)
        try recomputeHashes(of: current, updatingFanOutParents: true)
        try recomputeHashes(of: history, updatingFanOutParents: false)
        for statement in ddl.upgradeComments() + ddl.createHistoryAccess(columns: columns) {
            try connection.execute(statement)
        }
    }

    /// Rewrites every row's `_hash` as `CanonicalHash` of its `_raw`, read in batches through
    /// a cursor (memory stays flat). For the current table, the parent hashes the fan-out
    /// schedule stored are rewritten too, so no parent looks changed.
    private func recomputeHashes(of relation: String, updatingFanOutParents: Bool) throws {
        try connection.execute("""
            CREATE TEMP TABLE _hw_rehash (row_id tid NOT NULL, hash text NOT NULL) ON COMMIT DROP;
            DECLARE _hw_rows NO SCROLL CURSOR FOR SELECT ctid, _raw::text FROM \(relation)
            """)
        var hasher = CanonicalHash()
        while true {
            let batch = try connection.execute("FETCH 2000 FROM _hw_rows")
            if batch.count == 0 { break }
            _ = try connection.copyIn("COPY pg_temp._hw_rehash (row_id, hash) FROM STDIN") { writer in
                for row in batch.rows {
                    guard let id = row[0], let raw = row[1], let object = try JSONParser.parse(Array(raw.utf8)).objectValue else {
                        throw WarehouseError.corruptCatalog(table: relation, detail: "a row's _raw is not a JSON object")
                    }
                    try writer.writeRow([id, hasher.hex(of: object, numbersFromStorage: true)])
                }
            }
        }
        try connection.execute("CLOSE _hw_rows")
        if updatingFanOutParents {
            try connection.execute("""
                UPDATE \(identifier.qualified("_fan_out_parents")) f SET parent_hash = r.hash
                FROM pg_temp._hw_rehash r JOIN \(relation) t ON t.ctid = r.row_id
                WHERE f.account = t._account AND f.parent_hash = t._hash
                """)
        }
        try connection.execute("""
            UPDATE \(relation) t SET _hash = r.hash FROM pg_temp._hw_rehash r WHERE t.ctid = r.row_id AND t._hash <> r.hash;
            DROP TABLE pg_temp._hw_rehash
            """)
    }
}
