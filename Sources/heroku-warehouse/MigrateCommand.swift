import ArgumentParser
import Foundation
import Loader
import Warehouse

/// `heroku-warehouse migrate`: create or upgrade the warehouse schema without loading.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the warehouse schema, tables and views without loading (safe to rerun)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var lockWait: LockWaitOption

    func run() async throws {
        let warehouse = try database.openWarehouse()
        let policy = try lockWait.policy()
        // Its statements wait on the connection's own thread, not on Swift's cooperative pool.
        let outcome = try await warehouse.onOwnThread {
            // Never change tables under a running load: wait for its lock, as long as a load's
            // own lock waits may last (then give up and say so).
            try warehouse.prepareSession(lockWait: policy)
            guard try warehouse.acquireLoadLock(wait: true) else {
                throw CommandFailure(
                    message: "a load held schema \(database.schemaName)'s lock for longer than \(policy.longestWait.components.seconds / 60) minutes; "
                        + "nothing was changed; rerun when it is done (runs shows it) or wait longer with --lock-wait",
                    exitCode: 3)
            }
            defer { try? warehouse.releaseLoadLock() }
            return try await warehouse.migrate(reports: ReportCatalog.all.map(\.table), lockWait: policy)
        }
        if outcome.fromVersion == outcome.toVersion && outcome.tablesCreated.isEmpty && outcome.tablesUpgraded.isEmpty {
            print("schema \(database.schemaName) is up to date (version \(outcome.toVersion))")
        } else {
            print("schema \(database.schemaName) migrated from version \(outcome.fromVersion) to \(outcome.toVersion)")
            if !outcome.tablesCreated.isEmpty {
                print("created tables: \(outcome.tablesCreated.joined(separator: ", "))")
            }
            if !outcome.tablesUpgraded.isEmpty {
                print("upgraded to closed-only history: \(outcome.tablesUpgraded.joined(separator: ", "))")
            }
        }
    }
}
