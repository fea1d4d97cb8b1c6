import Foundation

/// The SQL files of `sql/`, embedded in the binary so the executable needs no files at run
/// time. Add a new file here when you add one to `sql/migrations` or `sql/views`.
public enum WarehouseSQL {
    /// A migration: the schema version it brings the warehouse to, and its SQL.
    public struct Migration: Sendable {
        /// The schema version after this migration ran.
        public let version: Int
        /// The file name, for messages.
        public let name: String
        /// The SQL, run with `search_path` set to the warehouse schema.
        public let sql: String
    }

    /// An analyst view: its name and the SQL that creates it.
    public struct View: Sendable {
        /// The view's name (unqualified).
        public let name: String
        /// `CREATE VIEW ...` (and its comment), run with `search_path` set to the warehouse schema.
        public let sql: String

        /// A view named `name` created by `sql` (the generated ones; the files' are listed below).
        public init(name: String, sql: String) {
            self.name = name
            self.sql = sql
        }

        /// The reports the view reads, from its header line `-- Reports: apps, addons (...)`
        /// (empty for `none`, or for `every report`: a view that answers with whatever was loaded).
        public var reports: [String] {
            let prefix = "-- Reports:"
            guard let line = sql.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { return [] }
            let list = line.dropFirst(prefix.count).prefix { $0 != "(" }
            return list.split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { name in name != "none" && !name.isEmpty && name.allSatisfy { $0 == "_" || $0.isLowercase } }
        }
    }

    /// The migrations in the order they must run.
    public static let migrations: [Migration] = [
        Migration(version: 1, name: "v001_meta_tables.sql", sql: text(PackageResources.v001_meta_tables_sql)),
        Migration(version: 2, name: "v002_audit_indexes.sql", sql: text(PackageResources.v002_audit_indexes_sql)),
        Migration(version: 3, name: "v003_list_etags.sql", sql: text(PackageResources.v003_list_etags_sql)),
        Migration(version: 4, name: "v004_fetch_hashes.sql", sql: text(PackageResources.v004_fetch_hashes_sql)),
        Migration(version: 5, name: "v005_page_fingerprints.sql", sql: text(PackageResources.v005_page_fingerprints_sql)),
        Migration(version: 6, name: "v006_rate_limit_waits.sql", sql: text(PackageResources.v006_rate_limit_waits_sql)),
        Migration(version: 7, name: "v007_view_changes.sql", sql: text(PackageResources.v007_view_changes_sql)),
        Migration(version: 8, name: "v008_verified_lists.sql", sql: text(PackageResources.v008_verified_lists_sql)),
        Migration(version: 9, name: "v009_view_functions.sql", sql: text(PackageResources.v009_view_functions_sql)),
        Migration(version: 10, name: "v010_fan_out_parents.sql", sql: text(PackageResources.v010_fan_out_parents_sql)),
        Migration(version: 11, name: "v011_system_versioned.sql", sql: text(PackageResources.v011_system_versioned_sql)),
        Migration(version: 12, name: "v012_inference_version.sql", sql: text(PackageResources.v012_inference_version_sql)),
        Migration(version: 13, name: "v013_usage_number.sql", sql: text(PackageResources.v013_usage_number_sql)),
    ]

    /// The views in dependency order (a view only uses views before it). The `changes` view
    /// is generated from the report catalogue (`ChangesView` in the Warehouse module).
    public static let views: [View] = [
        View(name: "report_coverage", sql: text(PackageResources.report_coverage_sql)),
        View(name: "addon_prices", sql: text(PackageResources.addon_prices_sql)),
        View(name: "addons_per_app", sql: text(PackageResources.addons_per_app_sql)),
        View(name: "app_costs", sql: text(PackageResources.app_costs_sql)),
        View(name: "team_costs", sql: text(PackageResources.team_costs_sql)),
        View(name: "addon_service_usage", sql: text(PackageResources.addon_service_usage_sql)),
        View(name: "app_inventory", sql: text(PackageResources.app_inventory_sql)),
        View(name: "addon_sharing", sql: text(PackageResources.addon_sharing_sql)),
        View(name: "members_without_2fa", sql: text(PackageResources.members_without_2fa_sql)),
        View(name: "release_history", sql: text(PackageResources.release_history_sql)),
        View(name: "apps_without_recent_release", sql: text(PackageResources.apps_without_recent_release_sql)),
        View(name: "stale_apps", sql: text(PackageResources.stale_apps_sql)),
        View(name: "app_daily_usage", sql: text(PackageResources.app_daily_usage_sql)),
        View(name: "app_monthly_usage", sql: text(PackageResources.app_monthly_usage_sql)),
        View(name: "app_names", sql: text(PackageResources.app_names_sql)),
        View(name: "app_spend_daily", sql: text(PackageResources.app_spend_daily_sql)),
        View(name: "app_spend_monthly", sql: text(PackageResources.app_spend_monthly_sql)),
        View(name: "app_spend_vs_list", sql: text(PackageResources.app_spend_vs_list_sql)),
        View(name: "team_spend_monthly", sql: text(PackageResources.team_spend_monthly_sql)),
        View(name: "spend_movers", sql: text(PackageResources.spend_movers_sql)),
    ]

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
