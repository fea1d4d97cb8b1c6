import ArgumentParser
import Foundation
import HerokuAPI
import Loader
import Logging
import Schema
import Warehouse

/// `heroku-warehouse check`: is everything a load needs in place?
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the API key, the database connection and privileges, and the schema version.",
        discussion: "Prints one pass/fail line per check; exits 1 if any check fails."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var heroku: HerokuOptions
    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        let logger = logging.makeLogger()
        var failed = false
        func report(_ passed: Bool, _ line: String) {
            print("\(passed ? "ok  " : "FAIL") \(line)")
            if !passed { failed = true }
        }
        await checkAPI(logger: logger, report: report)
        checkDatabase(report: report)
        if failed { throw ExitCode(1) }
    }

    private func checkAPI(logger: Logger, report: (Bool, String) -> Void) async {
        let endpoint: APIEndpoint
        let credential: ResolvedCredential
        do {
            endpoint = try heroku.endpoint()
            credential = try CredentialResolver().resolve(
                apiKeyFile: heroku.apiKeyFile, environment: ProcessInfo.processInfo.environment,
                homeDirectory: FileManager.default.homeDirectoryForCurrentUser.path)
        } catch {
            report(false, "API key: \(error)")
            return
        }
        do {
            let account = try await HerokuClient.withClient(
                endpoint: endpoint, apiKey: credential.apiKey, configuration: heroku.clientConfiguration(), logger: logger
            ) { client in
                try await client.fetchObject(path: "/account")
            }
            let email = (try? JSONParser.parse(account.bytes))?.value(at: ["email"])?.stringValue ?? "?"
            let remaining = account.rateLimitRemaining.map { ", \($0) API requests left in the rate-limit pool" } ?? ""
            report(true, "API key (from \(credential.source)) accepted by \(endpoint) for \(email)\(remaining)")
        } catch {
            report(false, "API key (from \(credential.source)) at \(endpoint): \(error)")
        }
    }

    private func checkDatabase(report: (Bool, String) -> Void) {
        let warehouse: Warehouse
        let schema = database.schemaName
        do {
            warehouse = try Warehouse.connect(url: try database.resolvedURL(), schema: schema)
        } catch {
            report(false, "PostgreSQL: cannot connect: \(error)")
            return
        }
        do {
            let facts = try warehouse.connectionFacts()
            report(true, "PostgreSQL \(facts.serverVersion): connected to \(facts.database) on \(facts.host):\(facts.port) as \(facts.user)")
            report(facts.canCreateTables, facts.schemaExists
                ? "privileges: can create and use tables in schema \(schema)"
                : "privileges: can create schema \(schema) in this database")
            let version = try warehouse.schemaVersion()
            // A first load that could not create its report tables (they are created while its
            // reports fetch) leaves the bookkeeping tables alone, at the current version.
            let tablesMissing = try version == Migrator.supportedVersion
                && warehouse.needsMigration(reports: ReportCatalog.all.map(\.table))
            switch version {
            case 0:
                report(true, "schema \(schema): not created yet (the first load or `heroku-warehouse migrate` creates it)")
            case Migrator.supportedVersion where tablesMissing:
                report(true, "schema \(schema): version \(version); the next load (or `heroku-warehouse migrate`) "
                       + "creates the missing report tables and views")
            case Migrator.supportedVersion:
                report(true, "schema \(schema): version \(version), current")
            case ..<Migrator.supportedVersion:
                report(true, "schema \(schema): version \(version), the next load upgrades it to \(Migrator.supportedVersion)")
            default:
                report(false, "schema \(schema): version \(version) is newer than this heroku-warehouse (\(Migrator.supportedVersion)); upgrade it")
            }
            // Not a failure (a warehouse may leave reports out on purpose), but an empty view
            // over a report never loaded must not read as an all-clear.
            for gap in try warehouse.viewCoverage.gaps() {
                print("note view \(schema).\(gap.view) cannot answer for \(gap.account): "
                      + "never loaded: \(gap.missingReports.joined(separator: ", ")) (load them with --report)")
            }
        } catch {
            report(false, "PostgreSQL: \(error)")
        }
    }
}
