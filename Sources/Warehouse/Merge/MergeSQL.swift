import Schema

/// The statements of one report's merge, built from the description of its tables alone:
/// pure functions of names and columns, tested without a database (`MergeSQLTests`), run in
/// order by `ReportMerger`. Every value (account, load, time, JSON keys) is a parameter.
///
/// stage (`_hw_stage`, filled by COPY) → classify each key (`_hw_merge`: insert, update, same
/// or delete) → copy the closing versions of update and delete keys into history → upsert
/// the current rows → delete the gone ones.
struct MergeSQL {
    let identifier: Identifier
    let table: ReportTable
    /// The data columns, in catalog order.
    let columns: [ColumnSpec]
    let keyColumns: [ColumnSpec]

    /// One statement and its parameters.
    struct Statement: Equatable {
        var sql: String
        var parameters: [String?] = []
    }

    static let stage = "pg_temp._hw_stage"
    /// One row per staged key and per stored key gone from the fetch: the key columns, then
    /// `_hw_hash`, `_hw_fetch_hash`, `_hw_ord` (NULL for a gone key), `_hw_change` (`insert`,
    /// `update`, `same` or `delete`) and `_hw_stored_recognised` (the stored row also arrived exactly
    /// as stored: the object was served twice).
    static let keyChanges = "pg_temp._hw_merge"
    static let arrivals = "pg_temp._hw_arrivals"
    /// The staged keys (the copy fetched last of each), as a table of their own for large stages.
    static let stagedKeysTable = "pg_temp._hw_staged"

    /// The staging table COPY fills: `(ord, fetch_hash, hash, raw)`. `ord` is unique; it is
    /// `indexed` for the general merge, which joins on it.
    static func createStage(indexed: Bool) -> String {
        """
        CREATE TEMP TABLE _hw_stage (ord bigint \(indexed ? "PRIMARY KEY" : "NOT NULL"), fetch_hash text NOT NULL,
            hash text NOT NULL, raw jsonb NOT NULL) ON COMMIT DROP
        """
    }

    /// The COPY that fills the stage, in binary format (`StagingSink` writes its rows).
    static let copyStage = "COPY \(stage) (ord, fetch_hash, hash, raw) FROM STDIN (FORMAT binary)"

    /// Drops the temporary tables of a merge.
    static let dropTemporaryTables = "DROP TABLE IF EXISTS \(stage), \(stagedKeysTable), \(keyChanges), \(arrivals)"

    private var current: String { identifier.qualified(table.name) }
    private var history: String { identifier.qualified(table.historyName) }
    private static let account = Identifier.quote(MetaColumn.account)
    private static let fetchHash = Identifier.quote(MetaColumn.fetchHash)
    private static let hash = Identifier.quote(MetaColumn.hash)
    private static let validFrom = Identifier.quote(MetaColumn.validFrom)

    /// The data columns, quoted.
    private var dataColumns: [String] { columns.map { Identifier.quote($0.name) } }

    /// The current table's columns a merge writes: data, then meta.
    private var currentColumns: [String] {
        dataColumns + [MetaColumn.account, MetaColumn.loadID, MetaColumn.hash, MetaColumn.raw,
                       MetaColumn.fetchHash, MetaColumn.validFrom].map(Identifier.quote)
    }

    /// `left.k1 = right.k1 AND ...` over the key columns.
    func keyJoin(_ left: String, _ right: String) -> String {
        keyColumns.map { "\(left).\(Identifier.quote($0.name)) = \(right).\(Identifier.quote($0.name))" }
            .joined(separator: " AND ")
    }

    // MARK: Classify

    /// The key columns projected from the staged `raw`, with their bound JSON keys.
    struct StagedKeys {
        var projections: [String]
        var parameters: [String?]
        /// `expr AS "id", ...`.
        var aliased: String
        var list: String { projections.joined(separator: ", ") }
        /// Every key has a value.
        var notNull: String { projections.map { "\($0) IS NOT NULL" }.joined(separator: " AND ") }
    }

    /// The key columns projected from the staged `raw` (JSON keys bound as `$1`...).
    func stagedKeys() -> StagedKeys {
        var parameters = SQLParameters()
        let projections = keyColumns.map {
            JSONProjection.expression(from: "raw", path: $0.path, type: $0.type, parameters: &parameters)
        }
        let aliased = zip(projections, keyColumns).map { "\($0) AS \(Identifier.quote($1.name))" }
        return StagedKeys(projections: projections, parameters: parameters.values,
                          aliased: aliased.joined(separator: ", "))
    }

    /// One row per staged key: the copy fetched last, its hash, fingerprint and order.
    func lastCopyOfEachKey(_ keys: StagedKeys) -> String {
        """
        SELECT DISTINCT ON (\(keys.list)) \(keys.aliased), st.hash AS _hw_hash,
               st.fetch_hash AS _hw_fetch_hash, st.ord AS _hw_ord
        FROM \(Self.stage) st
        WHERE \(keys.notNull)
        ORDER BY \(keys.list), st.ord DESC
        """
    }

    /// The staged keys into a table of their own (analyzed next, so the planner joins many
    /// keys to the stored rows by hashing rather than by one index lookup each).
    func createStagedKeysTable(_ keys: StagedKeys) -> Statement {
        Statement(sql: "CREATE TEMP TABLE _hw_staged ON COMMIT DROP AS \(lastCopyOfEachKey(keys))",
                  parameters: keys.parameters)
    }

    /// What a reload knows of the stored rows from fingerprints alone.
    struct Recognised {
        /// Fingerprints of the stored rows that did not arrive exactly as stored.
        var unrecognised: [FetchHash]
        /// Some stored rows did arrive exactly as stored (a staged key may have, too).
        var storedAlsoRecognised: Bool
    }

    /// Fills `_hw_merge`: each staged key once (from `stagedKeysTable` when it was created,
    /// else from the stage) with its change against the stored row, then each stored key
    /// that is gone: not staged, (on a reload) its fingerprint not arrived, and not `kept`.
    func classify(account: String, keys: StagedKeys, fromStagedKeysTable: Bool, recognised: Recognised?,
                  kept: [KeptRows]) -> Statement {
        var parameters = SQLParameters()
        let staged: String
        if fromStagedKeysTable {
            staged = "SELECT * FROM \(Self.stagedKeysTable)"
        } else {
            for value in keys.parameters { _ = parameters.bind(value) }
            staged = lastCopyOfEachKey(keys)
        }
        let accountParameter = parameters.bind(account)
        var unrecognisedCTE = ""
        var unrecognisedJoin = ""
        var servedTwice = "false"
        var goneFilter = ""
        if let recognised {
            unrecognisedCTE = ", unrecognised AS (SELECT unnest(\(parameters.bind(PostgresArray.literal(recognised.unrecognised)))::text[]) AS fetch_hash)"
            goneFilter = "AND t.\(Self.fetchHash) IN (SELECT fetch_hash FROM unrecognised)"
            if recognised.storedAlsoRecognised {
                // The stored row of a staged key also arrived as stored: its fingerprint is not unrecognised.
                unrecognisedJoin = "LEFT JOIN unrecognised u ON u.fetch_hash = t.\(Self.fetchHash)"
                servedTwice = "t.\(Self.account) IS NOT NULL AND u.fetch_hash IS NULL"
            }
        }
        for rows in kept {
            goneFilter += " AND NOT \(rows.condition(alias: "t", parameters: &parameters))"
        }
        let storedKeys = keyColumns.map { "t." + Identifier.quote($0.name) }.joined(separator: ", ")
        return Statement(sql: """
            CREATE TEMP TABLE _hw_merge ON COMMIT DROP AS
            WITH staged AS MATERIALIZED (\(staged))\(unrecognisedCTE)
            SELECT s.*, CASE WHEN t.\(Self.account) IS NULL THEN 'insert'
                             WHEN t.\(Self.hash) <> s._hw_hash THEN 'update'
                             ELSE 'same' END AS _hw_change,
                   \(servedTwice) AS _hw_stored_recognised
            FROM staged s LEFT JOIN \(current) t ON t.\(Self.account) = \(accountParameter) AND \(keyJoin("t", "s"))
            \(unrecognisedJoin)
            UNION ALL
            SELECT \(storedKeys), NULL::text, NULL::text, NULL::bigint, 'delete', false
            FROM \(current) t
            WHERE t.\(Self.account) = \(accountParameter) \(goneFilter)
              AND NOT EXISTS (SELECT 1 FROM staged s WHERE \(keyJoin("s", "t")))
            """, parameters: parameters.values)
    }

    /// `_hw_merge` by change: staged keys, inserts, updates, deletes, keys served twice.
    static let countChanges = """
        SELECT count(*) FILTER (WHERE _hw_change <> 'delete'), count(*) FILTER (WHERE _hw_change = 'insert'),
               count(*) FILTER (WHERE _hw_change = 'update'), count(*) FILTER (WHERE _hw_change = 'delete'),
               count(*) FILTER (WHERE _hw_stored_recognised)
        FROM \(keyChanges)
        """

    /// An object that arrived twice (a page boundary moved while the list was fetched), once
    /// exactly as stored (`_hw_arrivals`, with its order) and once changed: the copy fetched
    /// last wins, so staged copies fetched before the one that arrived as stored are dropped.
    func dropSupersededCopies(account: String) -> Statement {
        Statement(sql: """
            DELETE FROM \(Self.keyChanges) m USING \(current) t, \(Self.arrivals) a
            WHERE m._hw_change <> 'delete' AND t.\(Self.account) = $1 AND \(keyJoin("t", "m"))
              AND t.\(Self.fetchHash) = a.fetch_hash AND a.ord > m._hw_ord
            """, parameters: [account])
    }

    /// The account's stored rows that `kept` names.
    func keptRowCount(account: String, kept: [KeptRows]) -> Statement {
        var parameters = SQLParameters()
        let accountParameter = parameters.bind(account)
        let conditions = kept.map { $0.condition(alias: "t", parameters: &parameters) }
        return Statement(sql: """
            SELECT count(*) FROM \(current) t
            WHERE t.\(Self.account) = \(accountParameter) AND (\(conditions.joined(separator: " OR ")))
            """, parameters: parameters.values)
    }

    // MARK: Write

    /// Equal content whose text changed: only the fingerprint is brought up to date.
    func refreshFingerprints(account: String) -> Statement {
        Statement(sql: """
            UPDATE \(current) t SET \(Self.fetchHash) = m._hw_fetch_hash
            FROM \(Self.keyChanges) m
            WHERE m._hw_change = 'same' AND t.\(Self.account) = $1 AND \(keyJoin("t", "m"))
              AND t.\(Self.fetchHash) IS DISTINCT FROM m._hw_fetch_hash
            """, parameters: [account])
    }

    /// The open versions of updated and deleted objects, copied into history closed at
    /// `loadTime`, with what closed them as `_op`.
    func closeVersions(account: String, loadTime: String) -> Statement {
        let kept = ([MetaColumn.account] + columns.map(\.name) + [MetaColumn.loadID, MetaColumn.hash, MetaColumn.raw,
                                                                  MetaColumn.validFrom]).map(Identifier.quote)
        let target = kept + [MetaColumn.validTo, MetaColumn.operation].map(Identifier.quote)
        return Statement(sql: """
            INSERT INTO \(history) (\(target.joined(separator: ", ")))
            SELECT \(kept.map { "t.\($0)" }.joined(separator: ", ")), $2::timestamptz, m._hw_change
            FROM \(Self.keyChanges) m JOIN \(current) t ON t.\(Self.account) = $1 AND \(keyJoin("t", "m"))
            WHERE m._hw_change IN ('update', 'delete')
            """, parameters: [account, loadTime])
    }

    /// `INSERT ... ON CONFLICT DO UPDATE` of every new and changed object, its typed columns
    /// projected from the staged `raw`, valid from `loadTime`.
    func upsertChanges(account: String, loadID: Int64, loadTime: String) -> Statement {
        var parameters = SQLParameters()
        let projections = columns.map {
            JSONProjection.expression(from: "s.raw", path: $0.path, type: $0.type, parameters: &parameters)
        }
        let meta = [parameters.bind(account), parameters.bind(String(loadID)) + "::bigint", "m._hw_hash", "s.raw",
                    "m._hw_fetch_hash", parameters.bind(loadTime) + "::timestamptz"]
        let updates = currentColumns.filter { $0 != Self.account }.map { "\($0) = EXCLUDED.\($0)" }
        let keyList = keyColumns.map { Identifier.quote($0.name) }.joined(separator: ", ")
        return Statement(sql: """
            INSERT INTO \(current) (\(currentColumns.joined(separator: ", ")))
            SELECT \((projections + meta).joined(separator: ", "))
            FROM \(Self.keyChanges) m JOIN \(Self.stage) s ON s.ord = m._hw_ord
            WHERE m._hw_change IN ('insert', 'update')
            ON CONFLICT (\(Self.account), \(keyList)) DO UPDATE SET \(updates.joined(separator: ", "))
            """, parameters: parameters.values)
    }

    /// Removes the gone objects from the current table (their version is closed by then).
    func deleteGone(account: String) -> Statement {
        Statement(sql: """
            DELETE FROM \(current) t USING \(Self.keyChanges) m
            WHERE m._hw_change = 'delete' AND t.\(Self.account) = $1 AND \(keyJoin("t", "m"))
            """, parameters: [account])
    }

    /// A first load: every staged object with a key (`rows` picks which) straight into the
    /// current table, valid from `loadTime`; nothing to compare, close or delete.
    func insertFirstVersions(account: String, loadID: Int64, loadTime: String, keys: StagedKeys,
                             onlyLastCopies: Bool) -> Statement {
        var parameters = SQLParameters()
        for value in keys.parameters { _ = parameters.bind(value) }
        let projections = columns.map {
            JSONProjection.expression(from: "raw", path: $0.path, type: $0.type, parameters: &parameters)
        }
        let meta = [parameters.bind(account), parameters.bind(String(loadID)) + "::bigint", "hash", "raw",
                    "fetch_hash", parameters.bind(loadTime) + "::timestamptz"]
        // A key served twice: the copy fetched last, de-duplicated on (key, ord) alone
        // (sorting whole projected rows would spill to disk).
        let rows = onlyLastCopies ? """
            ord IN (SELECT DISTINCT ON (\(keys.list)) ord FROM \(Self.stage)
                    WHERE \(keys.notNull) ORDER BY \(keys.list), ord DESC)
            """ : keys.notNull
        return Statement(sql: """
            INSERT INTO \(current) (\(currentColumns.joined(separator: ", ")))
            SELECT \((projections + meta).joined(separator: ", "))
            FROM \(Self.stage)
            WHERE \(rows)
            """, parameters: parameters.values)
    }

    /// `ANALYZE` of the columns the merge joins and filters on (the row count comes with it),
    /// not of the wide data and `_raw` columns, which would cost as much as the load.
    var analyzeStatements: [String] {
        let keys = keyColumns.map { Identifier.quote($0.name) }
        return [
            "ANALYZE \(current) (\(([Self.account, Self.fetchHash] + keys).joined(separator: ", ")))",
            "ANALYZE \(history) (\(([Self.account] + keys).joined(separator: ", ")))",
        ]
    }
}
