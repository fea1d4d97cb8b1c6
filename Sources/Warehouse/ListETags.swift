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
        /// The sink's `ord` of the page's first object in this load (0 when not fetched in it).
        public var firstOrd: Int
        /// The objects the page held in this load.
        public var objects: Int

        /// Creates a stored page.
        public init(index: Int, range: String, etag: String, firstOrd: Int = 0, objects: Int = 0) {
            self.index = index
            self.range = range
            self.etag = etag
            self.firstOrd = firstOrd
            self.objects = objects
        }
    }

    /// A plain list's pages after a complete fetch, stored (with the fingerprints of their
    /// objects) in the report's transaction.
    public struct Update: Sendable {
        /// Pages `0..<kept` answered 304 and were not fetched: their rows stay as stored.
        public var kept: Int
        /// The pages fetched, numbered from `kept`.
        public var fetched: [Page]
        /// The release that fetched them (a new release reloads in full once).
        public var toolVersion: String

        /// Creates an update.
        public init(kept: Int, fetched: [Page], toolVersion: String) {
            self.kept = kept
            self.fetched = fetched
            self.toolVersion = toolVersion
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

    /// Whether pages `0..<count` are stored with the fingerprints of their objects (pages
    /// stored by schema version 4 have none).
    public func haveFingerprints(account: String, report: String, pages count: Int, toolVersion: String) throws -> Bool {
        let stored = try connection.execute("""
            SELECT count(*) FROM \(identifier.qualified("_list_etags"))
            WHERE account = $1 AND report = $2 AND tool_version = $3 AND page < $4::integer AND fetch_hashes IS NOT NULL
            """, [account, report, toolVersion, String(count)])
        return stored.int(0, 0) == count
    }

    /// The fingerprints of page `index`'s objects (16 bytes each), nil when not stored.
    func fingerprints(account: String, report: String, page index: Int, toolVersion: String) throws -> [FetchHash]? {
        let stored = try connection.execute("""
            SELECT encode(fetch_hashes, 'hex') FROM \(identifier.qualified("_list_etags"))
            WHERE account = $1 AND report = $2 AND page = $3::integer AND tool_version = $4
            """, [account, report, String(index), toolVersion])
        guard var hex = stored.firstValue, hex.utf8.count % 32 == 0 else { return nil }
        return hex.withUTF8 { digits -> [FetchHash]? in
            var hashes: [FetchHash] = []
            hashes.reserveCapacity(digits.count / 32)
            for start in stride(from: 0, to: digits.count, by: 32) {
                guard let hash = FetchHash(hexDigits: UnsafeBufferPointer(rebasing: digits[start..<start + 32])) else {
                    return nil
                }
                hashes.append(hash)
            }
            return hashes
        }
    }

    /// Stores a list's pages after its merge, inside the report's transaction: pages from
    /// `update.kept` on are replaced by the fetched ones, each with the fingerprints of the
    /// objects it held: staged ones from `_hw_stage`, the rest from `arrivals` (stored rows
    /// that arrived exactly as stored, by `ord` of their last arrival). A page that does not
    /// get one fingerprint per object (an object served on two pages is filed under the
    /// later) is stored without them (NULL), so it is never taken as known.
    func store(_ update: Update, account: String, report: String, loadID: Int64,
               arrivals: StoredFetchHashes?) throws {
        try connection.execute("""
            DELETE FROM \(identifier.qualified("_list_etags"))
            WHERE account = $1 AND report = $2 AND (page >= $3::integer OR tool_version <> $4)
            """, [account, report, String(update.kept), update.toolVersion])
        guard !update.fetched.isEmpty else { return }
        let starts = update.fetched.map(\.firstOrd)
        // The staged objects' fingerprints, per fetched page (bucket 1 = the first fetched):
        // computed once, in the statement itself when one statement stores every page, else
        // into a temporary table each batch reads.
        let pagePrints = { (starts: String) in """
            SELECT width_bucket(ord, \(starts)::bigint[]) AS bucket,
                   string_agg(decode(fetch_hash, 'hex'), ''::bytea ORDER BY ord) AS prints
            FROM \(ReportMerger.stage) GROUP BY 1
            """ }
        let startsLiteral = PostgresArray.literal(starts.map(String.init))
        let oneStatement = update.fetched.count <= Self.batchSize
        if !oneStatement {
            try connection.execute("CREATE TEMP TABLE _hw_page_prints ON COMMIT DROP AS \(pagePrints("$1"))", [startsLiteral])
        }
        let printsSource = oneStatement ? "page_prints" : Self.pagePrintsTable
        let withPrints = oneStatement ? "WITH page_prints AS MATERIALIZED (\(pagePrints("$11")))" : ""
        var batch: [Int] = []
        // The batch's hex fingerprints as one array literal, built as bytes (hex needs no escaping).
        var arrived: [UInt8] = [UInt8(ascii: "{")]
        let flush = {
            guard !batch.isEmpty else { return }
            let pages = batch.map { update.fetched[$0] }
            arrived[arrived.count - 1] = UInt8(ascii: "}")
            try self.connection.execute("""
                \(withPrints)
                INSERT INTO \(self.identifier.qualified("_list_etags"))
                    (account, report, page, range, etag, tool_version, load_id, fetch_hashes)
                SELECT $1, $2, p.page, p.range, p.etag, $3, $4::bigint,
                       CASE WHEN length(x.prints) = 16 * p.objects THEN x.prints END
                FROM unnest($5::integer[], $6::text[], $7::text[], $8::integer[], $9::text[], $10::integer[])
                         AS p(page, range, etag, objects, arrived, bucket)
                CROSS JOIN LATERAL (
                    SELECT decode(p.arrived, 'hex')
                           || coalesce((SELECT prints FROM \(printsSource) pp WHERE pp.bucket = p.bucket), ''::bytea)
                           AS prints) x
                """, [account, report, update.toolVersion, String(loadID),
                      PostgresArray.literal(pages.map { String($0.index) }), PostgresArray.literal(pages.map(\.range)),
                      PostgresArray.literal(pages.map(\.etag)), PostgresArray.literal(pages.map { String($0.objects) }),
                      String(decoding: arrived, as: UTF8.self),
                      PostgresArray.literal(batch.map { String($0 + 1) })] + (oneStatement ? [startsLiteral] : []))
            batch.removeAll(keepingCapacity: true)
            arrived.removeAll(keepingCapacity: true)
            arrived.append(UInt8(ascii: "{"))
        }
        let add = { (position: Int, arrivedHex: [UInt8]) in
            batch.append(position)
            arrived.append(UInt8(ascii: "\""))
            arrived.append(contentsOf: arrivedHex)
            arrived.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ",")])
            if batch.count == Self.batchSize { try flush() }
        }
        if let arrivals {
            try arrivals.forEachPageOfArrivals(starts: starts, add)
        } else {
            for position in update.fetched.indices { try add(position, []) }
        }
        try flush()
    }

    /// Pages written by one statement.
    static let batchSize = 16

    /// The page fingerprints of a list too long for one statement (dropped at commit).
    static let pagePrintsTable = "pg_temp._hw_page_prints"

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
