import Postgres
import Schema

extension Warehouse {
    /// The latest period a windowed report stores for each parent of `account`: per value at
    /// `parentPath` (a team's id), the greatest value at `periodPath` (`date`, `month`).
    /// Periods are `YYYY-MM-DD` or `YYYY-MM`, so the greatest text is the latest period.
    public func latestPeriods(of table: ReportTable, account: String, parentPath: JSONPath,
                              periodPath: JSONPath) throws -> [String: String] {
        let rows = try connection.execute("""
            SELECT \(Identifier.quote(MetaColumn.raw)) #>> $2::text[], max(\(Identifier.quote(MetaColumn.raw)) #>> $3::text[])
            FROM \(identifier.qualified(table.name))
            WHERE \(Identifier.quote(MetaColumn.account)) = $1
            GROUP BY 1
            """, [account, PostgresArray.literal(parentPath), PostgresArray.literal(periodPath)]).rows
        var latest: [String: String] = [:]
        for row in rows {
            if let parent = row[0], let period = row[1] { latest[parent] = period }
        }
        return latest
    }
}
