import ArgumentParser
import Foundation
import Warehouse

/// `heroku-warehouse runs`: the load history.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "Show the latest loads from _loads and _load_reports."
    )

    @Option(help: "How many loads to show.")
    var limit: Int = 20

    @Flag(help: "Print JSON on stdout.")
    var json = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        guard limit > 0 else { throw UsageError(message: "--limit must be at least 1") }
        let warehouse = try database.openWarehouse()
        guard try warehouse.schemaVersion() > 0 else {
            throw CommandFailure(message: "schema \(database.schemaName) has no loads yet (run heroku-warehouse load)", exitCode: 1)
        }
        let entries = try warehouse.history.recent(limit: limit)
        if json {
            let objects: [[String: Any]] = entries.map { entry in
                [
                    "load_id": entry.loadID, "account": entry.account ?? NSNull(), "status": entry.status,
                    "started_at": entry.startedAt, "finished_at": entry.finishedAt ?? NSNull(),
                    "duration_seconds": entry.durationSeconds ?? NSNull(), "requests": entry.requests,
                    "inserted": entry.inserted, "updated": entry.updated, "unchanged": entry.unchanged,
                    "deleted": entry.deleted, "failed_reports": entry.failedReports, "verified_reports": entry.verifiedReports,
                    "error": entry.error ?? NSNull(),
                ]
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let rows = entries.map { entry in
            [String(entry.loadID), entry.startedAt, entry.durationSeconds.map { "\($0)s" } ?? "-", entry.status,
             entry.account ?? "-", String(entry.requests), String(entry.inserted), String(entry.updated),
             String(entry.unchanged), String(entry.deleted),
             entry.error.map { String($0.prefix(80)) } ?? ""]
        }
        let header = ["load", "started", "took", "status", "account", "requests", "inserted", "updated", "unchanged",
                      "deleted", "error"]
        for line in TextTable.render(header: header, rows: rows) { print(line) }
        // Empty for a schema not yet upgraded to version 8 (no verified column yet).
        let verifications = (try? warehouse.history.verifications()) ?? []
        if !verifications.isEmpty {
            print("")
            print("last verified (fetched in full, no 304 trusted; --verify-after bounds how long a 304 stands):")
            let verifiedRows = verifications.map { [$0.account, $0.report, $0.verifiedAt] }
            for line in TextTable.render(header: ["account", "report", "verified"], rows: verifiedRows) { print(line) }
        }
    }
}
