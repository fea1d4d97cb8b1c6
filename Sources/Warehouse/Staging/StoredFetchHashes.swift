import Postgres

/// The `_fetch_hash` of every row an account has in a report's current table, read before
/// a reload fetches, so the sink can recognise objects that arrive exactly as stored
/// instead of staging them.
///
/// Kept compact: a sorted array of 16-byte fingerprints and the staging order of each row's
/// last arrival, 20 bytes a stored row (4 MB for 200,000), read in chunks through a cursor so
/// no query result holds them all as text.
struct StoredFetchHashes {
    private let sorted: [FetchHash]
    /// The `ord` the sink gave the row's last arrival; 0 while it has not arrived.
    private var lastArrival: [UInt32]
    /// Rows recognised so far (each stored row counts once, however often it arrives).
    private(set) var recognisedCount = 0

    /// - Parameter sorted: the fingerprints in ascending order.
    init(sorted: [FetchHash]) {
        self.sorted = sorted
        lastArrival = Array(repeating: 0, count: sorted.count)
    }

    /// Stored rows.
    var count: Int { sorted.count }

    /// Whether `hash` is stored.
    func contains(_ hash: FetchHash) -> Bool {
        let index = position(of: hash)
        return index < sorted.count && sorted[index] == hash
    }

    /// Whether `hash` is stored; records its arrival as object number `ord` when it is.
    mutating func markRecognised(_ hash: FetchHash, ord: Int) -> Bool {
        let low = position(of: hash)
        guard low < sorted.count, sorted[low] == hash else { return false }
        if lastArrival[low] == 0 { recognisedCount += 1 }
        lastArrival[low] = UInt32(clamping: ord)
        return true
    }

    /// The first index whose fingerprint is not below `hash`. Fingerprints are uniformly
    /// distributed, so the search starts where `hash` would sit in proportion (a few probes,
    /// not twenty cache misses) and gallops out to bracket it before bisecting.
    private func position(of hash: FetchHash) -> Int {
        let count = sorted.count
        guard count > 0 else { return 0 }
        let guess = Int(UInt64(count).multipliedFullWidth(by: hash.high).high)
        var low: Int
        var high: Int
        if sorted[guess] < hash {
            var step = 1
            low = guess + 1
            while low + step - 1 < count, sorted[low + step - 1] < hash {
                low += step
                step *= 2
            }
            high = min(count, low + step - 1)
        } else {
            var step = 1
            high = guess
            while high - step >= 0, !(sorted[high - step] < hash) {
                high -= step
                step *= 2
            }
            low = max(0, high - step + 1)
        }
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The stored rows that did not arrive as stored: changed or gone.
    var unrecognised: [FetchHash] {
        sorted.indices.filter { lastArrival[$0] == 0 }.map { sorted[$0] }
    }

    /// The stored rows that arrived as stored, with the `ord` of their last arrival.
    var arrivals: [(hash: FetchHash, ord: Int)] {
        sorted.indices.filter { lastArrival[$0] != 0 }.map { (sorted[$0], Int(lastArrival[$0])) }
    }

    /// Reads the fingerprints of `account`'s rows in `table` (schema-qualified, quoted), inside
    /// the caller's transaction. Nil when the table does not exist yet (the load creates it),
    /// or when a row has none (stored by an older version): then every object is staged and
    /// compared in SQL, and the merge fills the fingerprints in.
    /// - Throws: `WarehouseError.corruptCatalog` when the table lacks the `_fetch_hash` column
    ///   (a schema older than version 4 that was not migrated).
    static func read(table: String, account: String, connection: Connection) throws -> StoredFetchHashes? {
        // With the planner's row count, so the array is sized once (kept current after big
        // loads; capped, as the table may hold many accounts).
        let columns = try connection.execute("""
            SELECT to_regclass($1) IS NOT NULL, EXISTS (SELECT 1 FROM pg_attribute
                WHERE attrelid = to_regclass($1) AND attname = $2 AND NOT attisdropped),
                (SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass($1))
            """, [table, MetaColumn.fetchHash])
        guard columns.value(0, 0) == "t" else { return nil }
        guard columns.value(0, 1) == "t" else {
            throw WarehouseError.corruptCatalog(
                table: table, detail: "no \(MetaColumn.fetchHash) column; run `heroku-warehouse migrate`")
        }
        let column = Identifier.quote(MetaColumn.fetchHash)
        let accountColumn = Identifier.quote(MetaColumn.account)
        try connection.execute(
            "DECLARE _hw_stored_hashes NO SCROLL CURSOR FOR SELECT \(column) FROM \(table) WHERE \(accountColumn) = $1",
            [account])
        defer { _ = try? connection.execute("CLOSE _hw_stored_hashes") }
        var hashes: [FetchHash] = []
        hashes.reserveCapacity(max(0, min(columns.int(0, 2) ?? 0, 1_000_000)))
        while true {
            let chunk = try connection.execute("FETCH 20000 FROM _hw_stored_hashes")
            for row in 0..<chunk.count {
                // A row without one (stored before version 4) means: compare everything in SQL.
                guard let text = chunk.value(row, 0), let hash = FetchHash(hex: text) else { return nil }
                hashes.append(hash)
            }
            if chunk.count < 20000 { break }
        }
        hashes.sort()
        return StoredFetchHashes(sorted: hashes)
    }
}
