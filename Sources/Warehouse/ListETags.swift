import Postgres

/// The ETags of a list report's pages as last merged (`_list_etags`), per account.
public struct ListETags {
    let connection: Connection
    let identifier: Identifier

    /// One stored page: its number, the `Range` it was fetched with, its `ETag`.
    public struct Page: Sendable, Equatable {
        public var index: Int
        public var range: String
        public var etag: String

        /// Creates a stored page.
        public init(index: Int, range: String, etag: String) {
            self.index = index
            self.range = range
            self.etag = etag
        }
    }

    /// The pages stored for `report` of `account` by this `toolVersion` (a new release
    /// reloads in full once, so newly documented columns get filled).
    public func pages(account: String, report: String, toolVersion: String) throws -> [Page] {
        try connection.execute("""
            SELECT page, range, etag FROM \(identifier.qualified("_list_etags"))
            WHERE account = $1 AND report = $2 AND tool_version = $3 ORDER BY page
            """, [account, report, toolVersion]).rows.compactMap { row in
            guard let index = row[0].flatMap({ Int($0) }), let range = row[1], let etag = row[2] else { return nil }
            return Page(index: index, range: range, etag: etag)
        }
    }

    /// Replaces the stored pages (none when a page had no ETag: then nothing is skipped).
    public func replace(account: String, report: String, pages: [Page], toolVersion: String, loadID: Int64) throws {
        try forget(account: account, report: report)
        for page in pages {
            try connection.execute("""
                INSERT INTO \(identifier.qualified("_list_etags")) (account, report, page, range, etag, tool_version, load_id)
                VALUES ($1, $2, $3::integer, $4, $5, $6, $7::bigint)
                """, [account, report, String(page.index), page.range, page.etag, toolVersion, String(loadID)])
        }
    }

    /// Forgets the stored pages, so the next load fetches the list in full.
    public func forget(account: String, report: String) throws {
        try connection.execute(
            "DELETE FROM \(identifier.qualified("_list_etags")) WHERE account = $1 AND report = $2", [account, report])
    }
}

extension Warehouse {
    /// The stored ETags of list pages.
    public var listETags: ListETags { ListETags(connection: connection, identifier: identifier) }
}
