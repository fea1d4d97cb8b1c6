import Foundation
import Postgres

/// Which parents' lists a fan-out report fetches in a load (the releases of which apps, the
/// members of which teams), and when each was last fetched (`_fan_out_parents`).
///
/// Fetching every parent's lists every night costs one request per parent and list: 4,000
/// for 1,000 apps, most of Heroku's hourly 4,500. So a parent's lists are fetched when the
/// parent changed (its `_hash` differs from the one stored when its lists were last
/// fetched: a release, a rename, any change Heroku shows on the app or team), when it is
/// new, or when its list failed last time; the others are verified on a rolling schedule,
/// each at least once per `verifyAfter`, about the same share each load (the oldest first).
/// A parent not fetched keeps its stored rows as they are. Scaling a formation, adding a
/// domain or a collaborator may not touch the app at all: those lists rest on the schedule.
public struct FanOutSchedule {
    let connection: Connection
    let identifier: Identifier

    /// One parent: its id and name (as the child path and rows use them) and `_hash`.
    public struct Parent: Sendable, Hashable {
        public var id: String
        public var name: String?
        public var hash: String?
        /// Whether its list failed last time (403, 404, or no usage published): set by the selection.
        public var failedLastTime = false

        /// Creates a parent.
        public init(id: String, name: String?, hash: String?) {
            self.id = id
            self.name = name
            self.hash = hash
        }
    }

    /// The parents of a report for one load, by why they are fetched or not.
    public struct Selection: Sendable, Equatable {
        /// New, changed since their lists were fetched, or whose list failed last time.
        public var changed: [Parent] = []
        /// Unchanged, fetched to verify them (the oldest first, about a share per load).
        public var verified: [Parent] = []
        /// Unchanged and verified recently: not fetched, their rows kept.
        public var fresh: [Parent] = []

        /// The parents whose lists are fetched, by id.
        public var fetched: [Parent] { (changed + verified).sorted { $0.id < $1.id } }

        /// How many parents there are of each kind.
        public var counts: Counts { Counts(changed: changed.count, verified: verified.count, fresh: fresh.count) }
    }

    /// How many parents a load fetched because they changed, verified, or kept as fresh.
    public struct Counts: Sendable, Equatable {
        public var changed: Int
        public var verified: Int
        public var fresh: Int

        /// Creates counts.
        public init(changed: Int, verified: Int, fresh: Int) {
            self.changed = changed
            self.verified = verified
            self.fresh = fresh
        }
    }

    /// Picks the parents of `report` (whose parents are in table `parentTable`) to fetch for
    /// `account`. `verifyAfter` zero fetches every parent.
    public func select(report: String, parentTable: String, account: String,
                       verifyAfter: Duration) throws -> Selection {
        let rows = try connection.execute("""
            SELECT p.id::text, p.name::text, p._hash, f.parent_hash, f.failed,
                   extract(epoch FROM clock_timestamp() - f.fetched_at)::double precision
            FROM \(identifier.qualified(parentTable)) p
            LEFT JOIN \(identifier.qualified("_fan_out_parents")) f
                   ON f.account = p._account AND f.report = $2 AND f.parent_id = p.id::text
            WHERE p._account = $1 AND p.id IS NOT NULL
            ORDER BY p.id::text
            """, [account, report]).rows
        let candidates = rows.compactMap { row -> Candidate? in
            guard let id = row[0] else { return nil }
            return Candidate(parent: Parent(id: id, name: row[1], hash: row[2]), fetchedHash: row[3],
                             failed: row[4] == "t", secondsSinceFetched: Double(row[5] ?? "") ?? .infinity)
        }
        return Self.choose(candidates, verifyAfter: verifyAfter,
                           secondsSinceLastLoad: try secondsSinceLastLoad(report: report, account: account))
    }

    /// One parent and what `_fan_out_parents` says of its lists.
    public struct Candidate: Sendable {
        /// The parent as stored now.
        public var parent: Parent
        /// Its `_hash` when its lists were last fetched (nil: never).
        public var fetchedHash: String?
        /// Whether its list failed last time.
        public var failed: Bool
        /// Seconds since its lists were last fetched (infinity: never).
        public var secondsSinceFetched: Double

        /// Creates a candidate.
        public init(parent: Parent, fetchedHash: String?, failed: Bool, secondsSinceFetched: Double) {
            self.parent = parent
            self.fetchedHash = fetchedHash
            self.failed = failed
            self.secondsSinceFetched = secondsSinceFetched
        }
    }

    /// The selection among `candidates` (by id), given the seconds since the report last
    /// loaded (nil: never): every changed parent, and the unchanged ones due or in this
    /// load's share of the verifications.
    public static func choose(_ candidates: [Candidate], verifyAfter: Duration,
                              secondsSinceLastLoad: Double?) -> Selection {
        var selection = Selection()
        var unchanged: [(parent: Parent, age: Double)] = []
        for candidate in candidates {
            var parent = candidate.parent
            parent.failedLastTime = candidate.failed
            if verifyAfter <= .zero || candidate.fetchedHash == nil || candidate.fetchedHash != parent.hash
                || candidate.failed {
                selection.changed.append(parent)
            } else {
                unchanged.append((parent, candidate.secondsSinceFetched))
            }
        }
        let window = verifyAfter / .seconds(1)
        // Due: verified longer ago than the bound (less a 24th, so loads run every
        // `verifyAfter` still verify each time though one starts a little early).
        let due = unchanged.filter { $0.age >= window * 23 / 24 }
        // The share of this load: the parents' part of the bound that passed since the
        // report last loaded, so loads spread the verifications evenly over the bound.
        let elapsed = min(window, secondsSinceLastLoad ?? window)
        // Rounded up (a small account hourly still verifies one a load), less a hair so that
        // a night a few seconds over a day does not round 5.0001 up to 6.
        let share = max(0, Int((Double(candidates.count) * elapsed / max(window, 1) - 0.01).rounded(.up)))
        let oldestFirst = unchanged.sorted { $0.age != $1.age ? $0.age > $1.age : $0.parent.id < $1.parent.id }
        let verifiedCount = max(due.count, min(share, unchanged.count))
        let verified = Set(oldestFirst.prefix(verifiedCount).map(\.parent.id))
        for (parent, _) in unchanged {
            if verified.contains(parent.id) { selection.verified.append(parent) } else { selection.fresh.append(parent) }
        }
        return selection
    }

    /// Seconds since the last load in which `report` succeeded for `account`; nil if never.
    private func secondsSinceLastLoad(report: String, account: String) throws -> Double? {
        let value = try connection.execute("""
            SELECT extract(epoch FROM clock_timestamp() - max(l.started_at))::double precision
            FROM \(identifier.qualified("_load_reports")) r
            JOIN \(identifier.qualified("_loads")) l ON l.load_id = r.load_id
            WHERE r.report = $1 AND l.account = $2 AND r.status = 'succeeded'
            """, [report, account]).firstValue
        return value.flatMap(Double.init)
    }

    /// Records a merged report's parents: those fetched with the `_hash` they had and the
    /// load's start; those whose list answered 403 as failed (fetched again next time);
    /// parents gone from the parent table are forgotten. The time is the load's start, never
    /// later than the fetch.
    public func record(report: String, parentTable: String, account: String, loadID: Int64,
                       fetched: [Parent], failed: [String]) throws {
        let table = identifier.qualified("_fan_out_parents")
        let failedSet = Set(failed)
        let succeeded = fetched.filter { !failedSet.contains($0.id) }
        try connection.execute("""
            INSERT INTO \(table) (account, report, parent_id, parent_hash, fetched_at, failed)
            SELECT $1, $2, p.id, p.hash, (SELECT started_at FROM \(identifier.qualified("_loads")) WHERE load_id = $3::bigint),
                   p.failed
            FROM unnest($4::text[], $5::text[], $6::boolean[]) AS p(id, hash, failed)
            ON CONFLICT (account, report, parent_id) DO UPDATE
                SET parent_hash = EXCLUDED.parent_hash, fetched_at = EXCLUDED.fetched_at, failed = EXCLUDED.failed
            """, [account, report, String(loadID),
                  PostgresArray.literal(succeeded.map(\.id) + failed),
                  PostgresArray.literal(succeeded.map { $0.hash ?? "" } + failed.map { _ in "" }),
                  PostgresArray.literal(succeeded.map { _ in "false" } + failed.map { _ in "true" })])
        try connection.execute("""
            DELETE FROM \(table) f
            WHERE f.account = $1 AND f.report = $2
              AND NOT EXISTS (SELECT 1 FROM \(identifier.qualified(parentTable)) p
                              WHERE p._account = f.account AND p.id::text = f.parent_id)
            """, [account, report])
    }
}

extension Warehouse {
    /// Which parents' lists fan-out reports fetch, and when each was last fetched.
    public var fanOutSchedule: FanOutSchedule { FanOutSchedule(connection: connection, identifier: identifier) }
}
