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
        try connection.execute(
            """
            INSERT INTO \(identifier.qualified("_columns"))
                (table_name, column_name, json_path, data_type, source, description, added_load_id)
            VALUES ($1, $2, $3::text[], $4, $5, $6, $7::bigint)
            """,
            [table, column.name, PostgresArray.literal(column.path), column.type.rawValue,
             column.source == .declared ? "declared" : "inferred", column.description, loadID.map(String.init)]
        )
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
