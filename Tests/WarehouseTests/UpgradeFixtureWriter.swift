import Foundation
import Testing
import TestSupport

/// Writes `Fixtures/schema-v10.sql`: the three loads of `UpgradeScenario` by this release,
/// dumped with `pg_dump`. Run only by hand, with the release whose layout the fixture keeps:
/// `HEROKU_WAREHOUSE_WRITE_UPGRADE_FIXTURE=<path> swift test --filter UpgradeFixtureWriter`.
@Suite("UpgradeFixtureWriter")
struct UpgradeFixtureWriter {
    static let path = ProcessInfo.processInfo.environment["HEROKU_WAREHOUSE_WRITE_UPGRADE_FIXTURE"]

    @Test("write the upgrade fixture", .enabled(if: path != nil, "only by hand: writes a fixture"))
    func write() async throws {
        try await LoadFixture.with(UpgradeScenario.configuration) { fixture in
            for number in 1...3 {
                fixture.server.mutate { UpgradeScenario.mutate(before: number, &$0) }
                try await fixture.load()
            }
            let dump = Process()
            dump.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.environment["PG_DUMP"] ?? "/usr/bin/pg_dump")
            dump.arguments = ["--dbname", fixture.databaseURL, "--schema", fixture.schema, "--inserts",
                              "--no-owner", "--no-privileges"]
            let pipe = Pipe()
            dump.standardOutput = pipe
            try dump.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            dump.waitUntilExit()
            #expect(dump.terminationStatus == 0)
            // Plain SQL the tests run through libpq: psql's meta-commands (`\restrict`) left out.
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: fixture.schema, with: "__SCHEMA__")
                .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("\\") }
                .joined(separator: "\n")
            try text.write(toFile: try #require(Self.path), atomically: true, encoding: .utf8)
        }
    }
}
