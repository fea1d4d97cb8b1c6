import Foundation
import HerokuAPI
import HerokuSandbox
import Loader
import Logging
import Postgres
import TestSupport
import Warehouse

/// A sandbox API on a free loopback port, a fresh warehouse schema on the test PostgreSQL,
/// and helpers to load one into the other. Use `LoadFixture.with { fixture in ... }`, which
/// drops the schema and stops the sandbox afterwards.
typealias LoadFixture = SandboxWarehouse

extension SandboxWarehouse {
    static func with<T>(
        _ configuration: SandboxConfiguration = SandboxConfiguration(seed: 3, apps: 12, teams: 2),
        _ body: (LoadFixture) async throws -> T
    ) async throws -> T {
        try await run(configuration, schemaPrefix: "load", body)
    }

    /// A load request against this fixture's sandbox and schema.
    func request(
        reports: [Report] = ReportCatalog.defaults, apiKey: String? = nil, accountLabel: String? = nil,
        databaseURL: String? = TestDatabase.url
    ) throws -> LoadRequest {
        var client = ClientConfiguration()
        client.initialBackoff = .milliseconds(1)
        client.maxBackoff = .milliseconds(5)
        var request = LoadRequest(
            reports: reports, schema: schema, databaseURL: databaseURL, accountLabel: accountLabel,
            endpoint: try APIEndpoint(server.baseURL),
            apiKey: try APIKey(apiKey ?? server.account.configuration.apiKey),
            client: client)
        // Every parent's lists every load: these tests change children without their parent
        // and reload at once. FanOutScheduleTests set the rolling schedule themselves.
        request.fanOutVerifyAfter = .zero
        return request
    }

    /// Runs one load.
    @discardableResult
    func load(reports: [Report] = ReportCatalog.defaults, accountLabel: String? = nil) async throws -> LoadSummary {
        try await LoadRunner(logger: Logger(label: "test")).run(request(reports: reports, accountLabel: accountLabel))
    }

    /// The sandbox's current objects of a resource.
    func objects(_ resource: SandboxResource) -> [SandboxJSON] {
        server.account.objects(resource)
    }
}

extension LoadSummary {
    /// The outcome of one report (fails the test by trapping when absent: a bug in the test).
    func report(_ name: String) -> ReportOutcome {
        guard let outcome = reports.first(where: { $0.report == name }) else {
            preconditionFailure("no report \(name) in the summary")
        }
        return outcome
    }
}
