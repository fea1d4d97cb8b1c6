import Postgres
import Schema

/// Reads and writes `_columns`, the live map from each column to its JSON path and type.
/// It is the source of truth for a report table's shape: names are assigned once and kept.
struct ColumnCatalog {
    let connection: Connection
    let identifier: Identifier

    /// The columns of `table`, in the order they were added.
    func columns(of table: String) throws -> [ColumnSpec] {
        let result = try connection.execute(
            """
            SELECT column_name, array_to_json(json_path)::text, data_type, source, description
            FROM \(identifier.qualified("_columns"))
            WHERE table_name = $1
            ORDER BY added_load_id NULLS FIRST, ctid
            """,
            [table]
        )
        return try result.rows.map { row in
            guard let name = row[0], let pathJSON = row[1], let typeName = row[2],
                  let type = ColumnType(rawValue: typeName)
            else { throw WarehouseError.corruptCatalog(table: table, detail: "a row of _columns has a null or unknown field") }
            let path = try Self.decodePath(pathJSON, table: table)
            let source: ColumnSource = row[3] == "declared" ? .declared : .inferred
            return ColumnSpec(name: name, path: path, type: type, source: source, description: row[4])
        }
    }

    /// Records a new column.
    func insert(_ column: ColumnSpec, table: String, loadID: Int64?) throws {
        try insert([column], table: table, loadID: loadID)
    }

    /// Records new columns, in order, with one statement (a new table has dozens).
    func insert(_ columns: [ColumnSpec], table: String, loadID: Int64?) throws {
        guard !columns.isEmpty else { return }
        try connection.execute(
            """
            INSERT INTO \(identifier.qualified("_columns"))
                (table_name, column_name, json_path, data_type, source, description, added_load_id)
            SELECT $1, c ->> 'name',
                   ARRAY(SELECT key FROM jsonb_array_elements_text(c -> 'path') WITH ORDINALITY AS p(key, n) ORDER BY n),
                   c ->> 'type', c ->> 'source', c ->> 'description', $2::bigint
            FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e(c, n)
            ORDER BY n
            """,
            [table, loadID.map(String.init), Self.json(columns)]
        )
    }

    /// The columns as one JSON array of `{name, path, type, source, description}`: a single
    /// bound parameter for the statements that handle many columns at once.
    static func json(_ columns: [ColumnSpec]) -> String {
        JSONValue.array(columns.map { column in
            .object([
                "name": .string(column.name),
                "path": .array(column.path.map { .string($0) }),
                "type": .string(column.type.rawValue),
                "source": .string(column.source == .declared ? "declared" : "inferred"),
                "description": column.description.map { .string($0) } ?? .null,
            ])
        }).jsonText(replacingNUL: false)  // a path holding U+0000 is refused, not renamed
    }

    /// Records a widened column type.
    func updateType(table: String, column: String, to type: ColumnType) throws {
        try connection.execute(
            "UPDATE \(identifier.qualified("_columns")) SET data_type = $3 WHERE table_name = $1 AND column_name = $2",
            [table, column, type.rawValue]
        )
    }

    private static func decodePath(_ json: String, table: String) throws -> JSONPath {
        guard case .array(let items)? = try? JSONParser.parse(Array(json.utf8)) else {
            throw WarehouseError.corruptCatalog(table: table, detail: "json_path \(json) is not an array")
        }
        return try items.map { item in
            guard case .string(let key) = item else {
                throw WarehouseError.corruptCatalog(table: table, detail: "json_path \(json) holds a non-string")
            }
            return key
        }
    }
}
