import Postgres
import Schema
import WarehouseSQL

/// Applies a `SchemaPlan` to a report's current and history tables inside the caller's
/// transaction, and records every change in `_columns` and `_schema_changes`.
struct SchemaEvolver {
    let connection: Connection
    let identifier: Identifier
    let table: ReportTable

    /// What the evolution did.
    struct Outcome {
        var created = false
        var added = 0
        var widened = 0
        /// Whether the tables or their columns changed (the recorded columns must be read again).
        var changed = false
    }

    /// Creates the tables when `existing` is empty, else adds and widens columns. A change
    /// to existing tables waits for their locks as `lockWait` says, so analysts' queries are
    /// never queued behind it for long.
    /// - Throws: `WarehouseError.tableBusy` when other sessions held a lock through every
    ///   attempt (nothing of the change is left; the caller's transaction can go on).
    nonisolated(nonsending)
    func apply(_ plan: SchemaPlan, existing: [ColumnSpec], loadID: Int64?,
               lockWait: LockWaitPolicy) async throws -> Outcome {
        guard existing.isEmpty || !plan.isEmpty else { return Outcome() }
        // New tables: no session can hold a lock on them.
        if existing.isEmpty { return try create(plan.additions, loadID: loadID) }
        // A load's reports merge side by side, each on its own connection. A widening
        // recreates the views reading its table, which read other reports' tables too
        // (addons_per_app joins apps and add-ons; changes reads every history table), so it
        // must not meet another report's column change (which holds that report's table
        // until it commits), nor time out on it and fail. So the schema's DDL lock is taken first, exclusively by
        // a widening and shared by a report that only adds columns (first loads adding
        // columns side by side are not serialized). Held until the report's transaction
        // ends. Only this load's reports take it, and a report holding it waits only for
        // analysts' locks (at most `lockWait`), so it is waited for longer, in slices that a
        // cancelled load stops between.
        try lockWait.takeAdvisoryXactLock("heroku-warehouse:ddl:" + identifier.schema, shared: plan.widenings.isEmpty,
                                          on: connection, purpose: "the column-change lock of schema \(identifier.schema)")
        let tables = [table.name, table.historyName].map(identifier.qualified)
        // A widening drops and creates again the views reading these tables (only those).
        let views = plan.widenings.isEmpty
            ? [] : try ViewInstaller(connection: connection, identifier: identifier).views(reading: tables)
        return try await lockWait.run(on: connection) { connection in
            // Both tables before any work: an attempt then waits for each at most once and
            // never rewrites one while it waits for the other.
            try connection.execute("LOCK TABLE \(tables.joined(separator: ", ")) IN ACCESS EXCLUSIVE MODE")
            return try evolve(plan, loadID: loadID, views: views)
        } exhausted: { attempts, seconds in
            WarehouseError.tableBusy(
                table: tables[0], attempts: attempts, seconds: seconds,
                holders: LockHolders.describe(tables: tables + views.map { identifier.qualified($0.name) }, kinds: [],
                                              schema: identifier.schema, connection: connection))
        }
    }

    /// Creates the report's two tables with `columns`, recorded in `_columns`.
    func create(_ columns: [ColumnSpec], loadID: Int64?) throws -> Outcome {
        try createTables(columns: columns, ddl: TableDDL(identifier: identifier, table: table),
                         catalog: ColumnCatalog(connection: connection, identifier: identifier), loadID: loadID)
        return Outcome(created: true, added: columns.count, widened: 0, changed: true)
    }

    /// One attempt at adding and widening the planned columns of the existing tables;
    /// `views` (those reading the tables) are dropped and created again around a widening.
    private func evolve(_ plan: SchemaPlan, loadID: Int64?, views: [WarehouseSQL.View]) throws -> Outcome {
        var outcome = Outcome()
        outcome.changed = true
        let catalog = ColumnCatalog(connection: connection, identifier: identifier)
        let ddl = TableDDL(identifier: identifier, table: table)
        for planned in plan.additions {
            var column = planned
            do {
                try connection.transaction { _ in try addAndFill(column, ddl: ddl) }
            } catch let error as PostgresError where error.sqlState?.class == "22" {
                // Rows already stored hold values the planned type refuses (older versions in
                // history, say): the column is added wide enough for all of them.
                column.type = try typeFittingStoredValues(of: column)
                try addAndFill(column, ddl: ddl)
            }
            try catalog.insert(column, table: table.name, loadID: loadID)
            try record(loadID: loadID, column: column.name, change: "add column", old: nil,
                       new: column.type, ddl: ddl.addColumn(column).joined(separator: ";\n"))
            try comment([column])
            outcome.added += 1
        }
        let installer = ViewInstaller(connection: connection, identifier: identifier)
        if !plan.widenings.isEmpty {
            do {
                try installer.drop(views)
                for statement in ddl.dropHistoryAccess() { try connection.execute(statement) }
            } catch let error as PostgresError where error.sqlState == .dependentObjectsStillExist {
                throw WarehouseError.dependentObjectBlocksWidening(
                    table: table.name, column: plan.widenings.map(\.column).joined(separator: ", "),
                    detail: [error.message, error.detail].compactMap { $0 }.joined(separator: ": "))
            }
            for widening in plan.widenings {
                let statements = ddl.widenColumn(widening.column, to: widening.to, from: widening.from)
                for statement in statements {
                    do {
                        try connection.execute(statement)
                    } catch let error as PostgresError where error.sqlState == .featureNotSupported {
                        throw WarehouseError.dependentObjectBlocksWidening(
                            table: table.name, column: widening.column,
                            detail: [error.message, error.detail].compactMap { $0 }.joined(separator: ": "))
                    }
                }
                let spec = ColumnSpec(name: widening.column, path: widening.path, type: widening.to,
                                      source: .inferred, description: nil)
                if TableDDL.needsRefresh(from: widening.from, to: widening.to) {
                    for update in ddl.refreshFromRaw(spec, onlySet: true) {
                        try connection.execute(update.sql, update.parameters)
                    }
                }
                try catalog.updateType(table: table.name, column: widening.column, to: widening.to)
                try record(loadID: loadID, column: widening.column, change: "widen column", old: widening.from,
                           new: widening.to, ddl: statements.joined(separator: ";\n"))
                outcome.widened += 1
            }
        }
        // The view of every version lists the columns: replaced in place after additions
        // (appended), created again after a widening (dropped above).
        for statement in ddl.createHistoryAccess(columns: try catalog.columns(of: table.name)) {
            try connection.execute(statement)
        }
        if !plan.widenings.isEmpty { try installer.create(views, loadID: loadID) }
        return outcome
    }

    /// Adds `column` to both tables and fills it from `_raw` for the rows already stored
    /// (a field newly documented, or seen in objects stored without it).
    private func addAndFill(_ column: ColumnSpec, ddl: TableDDL) throws {
        for statement in ddl.addColumn(column) {
            try connection.execute(statement)
        }
        for update in ddl.refreshFromRaw(column, onlySet: false) {
            try connection.execute(update.sql, update.parameters)
        }
    }

    /// `jsonb` when a stored row (current or history) holds an object or an array at the
    /// column's path, else `text`: types every JSON value fits.
    private func typeFittingStoredValues(of column: ColumnSpec) throws -> ColumnType {
        var parameters = SQLParameters()
        let value = JSONProjection.expression(
            from: Identifier.quote(MetaColumn.raw), path: column.path, type: .jsonb, parameters: &parameters)
        let structured = [table.name, table.historyName].map { name in
            "EXISTS (SELECT 1 FROM \(identifier.qualified(name)) WHERE jsonb_typeof(\(value)) IN ('object', 'array'))"
        }
        let result = try connection.execute("SELECT \(structured.joined(separator: " OR "))", parameters.values)
        return result.firstValue == "t" ? .jsonb : .text
    }

    private func createTables(columns: [ColumnSpec], ddl: TableDDL, catalog: ColumnCatalog, loadID: Int64?) throws {
        let keyColumns = try table.keyColumns(in: columns).map(\.name)
        // One round trip for the whole DDL (constant text, identifiers quoted), one for the
        // catalog and two for the comments: a first load creates a dozen tables.
        let statements = ddl.createTables(columns: columns, keyColumns: keyColumns).joined(separator: ";\n")
        try connection.execute(statements)
        try record(loadID: loadID, column: nil, change: "create table", old: nil, new: nil, ddl: statements)
        try catalog.insert(columns, table: table.name, loadID: loadID)
        try comment(columns)
    }

    /// `COMMENT ON COLUMN` with the documented descriptions, on both tables. The statements
    /// are assembled by PostgreSQL's own `format()` from one bound parameter, so the text is
    /// quoted by the server, and then run together.
    private func comment(_ columns: [ColumnSpec]) throws {
        let statements = try connection.execute(
            """
            SELECT string_agg(format('COMMENT ON COLUMN %I.%I.%I IS %L', $1::text, t.name, c ->> 'name', c ->> 'description'),
                              E';\n' ORDER BY e.n, t.n)
            FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(c, n),
                 unnest($3::text[]) WITH ORDINALITY AS t(name, n)
            WHERE coalesce(c ->> 'description', '') <> ''
            """,
            [identifier.schema, ColumnCatalog.json(columns), PostgresArray.literal([table.name, table.historyName])]
        )
        if let sql = statements.firstValue {
            try connection.execute(sql)
        }
    }

    private func record(loadID: Int64?, column: String?, change: String, old: ColumnType?, new: ColumnType?,
                        ddl: String) throws {
        try connection.execute(
            """
            INSERT INTO \(identifier.qualified("_schema_changes"))
                (load_id, table_name, column_name, change, old_type, new_type, ddl)
            VALUES ($1::bigint, $2, $3, $4, $5, $6, $7)
            """,
            [loadID.map(String.init), table.name, column, change, old?.rawValue, new?.rawValue, ddl]
        )
    }
}
