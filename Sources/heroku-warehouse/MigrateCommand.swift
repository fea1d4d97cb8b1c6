import ArgumentParser
import Foundation
import Loader
import Postgres
import Warehouse

/// `heroku-warehouse migrate`: create or upgrade the warehouse schema without loading.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the warehouse schema, tables and views without loading (safe to rerun)."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let url = try database.resolvedURL()
        let connection: Connection
        do {
            connection = try Connection(url: url)
        } catch {
            throw CommandFailure(message: "cannot connect to PostgreSQL: \(error)", exitCode: 1)
        }
        let warehouse: Warehouse
        do {
            warehouse = try Warehouse(connection: connection, schema: database.schema)
        } catch {
            throw UsageError(message: String(describing: error))
        }
        let outcome = try warehouse.migrate(reports: ReportCatalog.all.map(\.table))
        if outcome.fromVersion == outcome.toVersion && outcome.tablesCreated.isEmpty {
            print("schema \(database.schema) is up to date (version \(outcome.toVersion))")
        } else {
            print("schema \(database.schema) migrated from version \(outcome.fromVersion) to \(outcome.toVersion)")
            if !outcome.tablesCreated.isEmpty {
                print("created tables: \(outcome.tablesCreated.joined(separator: ", "))")
            }
        }
    }
}
