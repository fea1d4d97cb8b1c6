import Schema
import Postgres

/// The ETags of a list report's pages as last merged (`_list_etags`), per account.
public struct ListETags {
    let connection: Connection
    let identifier: Identifier

    /// One stored page: its number, the `Range` it was fetched with, its `ETag`, and how many
    /// objects it held (nil for pages stored before schema version 8).
    public struct Page: Sendable, Equatable {
        public var index: Int
        public var range: String
        public var etag: String
        public var objects: Int?

        /// Creates a stored page.
        public init(index: Int, range: String, etag: String, objects: Int?) {
            self.index = index
            self.range = range
            self.etag = etag
            self.objects = objects
        }
    }

    /// A plain list's pages after a complete fetch, stored in the report's transaction.
    public struct Update: Sendable {
        /// Every page of the list, in order.
        public var pages: [Page]

        /// Creates an update.
        public init(pages: [Page]) {
            self.pages = pages
        }
    }

    /// The pages stored for `table`'s list of `account` by a load that observed its objects
    /// as this one would (``ReportTable/observationVersion``); none otherwise, so the list is
    /// fetched, and every object observed, in full once.
    public func pages(account: String, table: ReportTable) throws -> [Page] {
        try connection.execute("""
            SELECT page, range, etag, objects FROM \(identifier.qualified("_list_etags"))
            WHERE account = $1 AND report = $2 AND inference_version = $3 ORDER BY page
            """, [account, table.name, table.observationVersion]).rows.compactMap { row in
            guard let index = row[0].flatMap({ Int($0) }), let range = row[1], let etag = row[2] else { return nil }
            return Page(index: index, range: range, etag: etag, objects: row[3].flatMap { Int($0) })
        }
    }

    /// Replaces the stored pages of a list after its merge, inside the report's transaction.
    func store(_ update: Update, account: String, table: ReportTable, loadID: Int64) throws {
        let report = table.name
        try forget(account: account, report: report)
        guard !update.pages.isEmpty else { return }
        let pages = update.pages
        try connection.execute("""
            INSERT INTO \(identifier.qualified("_list_etags"))
                (account, report, page, range, etag, objects, inference_version, load_id)
            SELECT $1, $2, p.page, p.range, p.etag, p.objects, $3, $4::bigint
            FROM unnest($5::integer[], $6::text[], $7::text[], $8::integer[]) AS p(page, range, etag, objects)
            """, [account, report, table.observationVersion, String(loadID),
                  PostgresArray.literal(pages.map { String($0.index) }), PostgresArray.literal(pages.map(\.range)),
                  PostgresArray.literal(pages.map(\.etag)), // A fetched page always knows its count.
                  PostgresArray.literal(pages.map { String($0.objects ?? 0) })])
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

extension ReportTable {
    /// What a list's stored ETags stand for, "every object was observed": by this inference
    /// (``InferenceVersion``) against these documented fields. A release that changes either
    /// fetches the list in full once, so every object is observed again and new documented
    /// columns are filled. `1-3f9a0c2b71de`: the inference version, then a fingerprint of the
    /// declared fields (paths and types).
    public var observationVersion: String {
        let fields = declared.map { "\($0.path.joined(separator: "."))\t\($0.type.rawValue)" }.joined(separator: "\n")
        return "\(InferenceVersion.current)-" + FetchHash(of: Array(fields.utf8)[...]).hex.prefix(12)
    }
}
