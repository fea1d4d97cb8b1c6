import Foundation
import HerokuAPI
import HerokuSandbox
import Loader
import Logging
import Postgres
import TestSupport
import Testing

/// Loads that cannot run say why in one line and write nothing.
@Suite("Load failures")
struct LoadFailureTests {
    @Test("a bad API key stops the load at once and creates nothing")
    func badKeyWritesNothing() async throws {
        try await LoadFixture.with { fixture in
            fixture.server.resetRequestLog()
            let request = try fixture.request(apiKey: "not-the-key")
            await #expect {
                try await LoadRunner(logger: Logger(label: "test")).run(request)
            } throws: { error in
                guard let error = error as? LoadError, case .apiKeyRejected(let message) = error else { return false }
                return message.contains("401") && !message.contains("not-the-key") && !message.contains("\n")
            }
            #expect(fixture.server.requests.count == 1)
            let schema = try fixture.query("SELECT to_regnamespace($1) IS NULL", [fixture.schema])
            #expect(schema.firstValue == "t", "no schema may be created for a rejected key")
        }
    }

    @Test("a bad key against an existing warehouse is recorded as a failed load, data intact")
    func badKeyIsRecorded() async throws {
        try await LoadFixture.with { fixture in
            try await fixture.load()
            let apps = try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))")
            let request = try fixture.request(apiKey: "wrong")
            await #expect(throws: LoadError.self) { try await LoadRunner(logger: Logger(label: "test")).run(request) }
            let last = try fixture.query(
                "SELECT status, error FROM \(fixture.table("_loads")) ORDER BY load_id DESC LIMIT 1")
            #expect(last.rows[0][0] == "failed")
            #expect((last.rows[0][1] ?? "").contains("401"))
            #expect(try fixture.int("SELECT count(*) FROM \(fixture.table("apps"))") == apps)
        }
    }

    @Test("a bad database URL fails with a clear line that hides the password")
    func badDatabaseURLHidesPassword() async throws {
        try await LoadFixture.with { fixture in
            let url = "postgresql://warehouse:Sup3rSecretPw@127.0.0.1:1/nowhere"
            let request = try fixture.request(databaseURL: url)
            await #expect {
                try await LoadRunner(logger: Logger(label: "test")).run(request)
            } throws: { error in
                let text = String(describing: error)
                return error is LoadError && !text.contains("Sup3rSecretPw") && text.contains("PostgreSQL")
                    && !text.contains("\n")
            }
        }
    }
}
