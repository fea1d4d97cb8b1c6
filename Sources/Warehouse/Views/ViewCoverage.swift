import Postgres
import WarehouseSQL

/// Which analyst views cannot answer for an account because a report they read was never
/// loaded for it (`report_coverage`), so an empty view is not read as an all-clear.
public struct ViewCoverage {
    let connection: Connection
    let identifier: Identifier

    /// A view that needs reports never loaded for an account.
    public struct Gap: Sendable, Equatable {
        public var account: String
        public var view: String
        /// The reports it reads that never loaded for the account, in the view's order.
        public var missingReports: [String]
    }

    /// Every view, per account with a load, whose reports were not all loaded; empty for a
    /// schema older than version 9 (no `report_coverage` yet) or without loads.
    public func gaps() throws -> [Gap] {
        let coverage = identifier.qualified("report_coverage")
        guard try connection.execute("SELECT to_regclass($1) IS NOT NULL", [coverage]).firstValue == "t" else { return [] }
        let rows = try connection.execute("SELECT _account, report FROM \(coverage) WHERE NOT loaded ORDER BY 1, 2").rows
        var missing: [String: Set<String>] = [:]
        for row in rows {
            guard let account = row[0], let report = row[1] else { continue }
            missing[account, default: []].insert(report)
        }
        return missing.keys.sorted().flatMap { account in
            WarehouseSQL.views.compactMap { view -> Gap? in
                let absent = view.reports.filter { missing[account]?.contains($0) == true }
                return absent.isEmpty ? nil : Gap(account: account, view: view.name, missingReports: absent)
            }
        }
    }
}

extension Warehouse {
    /// The views that cannot answer for an account because their reports never loaded.
    public var viewCoverage: ViewCoverage { ViewCoverage(connection: connection, identifier: identifier) }
}
