import ArgumentParser
import Foundation
import HerokuAPI

/// The `heroku-warehouse` command: its subcommands are the table of contents.
@main
struct HerokuWarehouseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heroku-warehouse",
        abstract: "Copy a Heroku account (apps, add-ons, add-on services, teams) into PostgreSQL for analysts.",
        discussion: """
            Quick start:
              export HEROKU_API_KEY=$(heroku auth:token)   (or --api-key-file, or ~/.netrc)
              export DATABASE_URL=postgresql://user@host/db   (or libpq's PG* variables)
              heroku-warehouse load
              psql "$DATABASE_URL" -c 'select * from heroku.addons_per_app'

            No Heroku account at hand? `heroku-warehouse sandbox` serves a fake one.
            Exit codes: 0 success, 1 load failed (or partly failed), 2 usage or configuration error,
            3 another load holds the lock.
            """,
        version: HerokuWarehouseVersion.current,
        subcommands: [LoadCommand.self, ScheduleCommand.self, CheckCommand.self, MigrateCommand.self, RunsCommand.self,
                      ReportsCommand.self, SandboxCommand.self]
    )

    /// Parses and runs, mapping every usage or configuration error to exit code 2 with one
    /// line on stderr (ArgumentParser's own default would be 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("heroku-warehouse: error: \(error.message)\n".utf8))
            Foundation.exit(2)
        } catch let error as CommandFailure {
            FileHandle.standardError.write(Data("heroku-warehouse: \(error.message)\n".utf8))
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// A usage or configuration error: printed as one line, exit code 2.
struct UsageError: Error {
    let message: String
}

/// An error printed as one line, with a chosen exit code (1 load failure, 3 lock held).
struct CommandFailure: Error {
    let message: String
    let exitCode: Int32
}
