import Foundation
import HerokuAPI
import HerokuSandbox
import Loader
import Logging
import TestSupport
import Warehouse

/// The sandbox API in process on a free loopback port, a ``MemoryWarehouse`` and a test
/// clock: a load's orchestration runs in milliseconds, with no database. Use
/// `MemoryLoadFixture.with { fixture in ... }`, which stops the sandbox afterwards.
final class MemoryLoadFixture: Sendable {
    let server: SandboxServer
    let warehouse = MemoryWarehouse()
    /// The client's clock: every retry pause, rate-limit wait and lock poll, never slept for real.
    let clock = TestClock()

    private init(server: SandboxServer) { self.server = server }

    static func with<T>(
        _ configuration: SandboxConfiguration = SandboxConfiguration(seed: 5, apps: 8, teams: 2),
        _ body: (MemoryLoadFixture) async throws -> T
    ) async throws -> T {
        let server = try await SandboxServer.start(account: SandboxAccount(configuration: configuration),
                                                   configuration: configuration)
        do {
            let result = try await body(MemoryLoadFixture(server: server))
            try await server.shutdown()
            return result
        } catch {
            try? await server.shutdown()
            throw error
        }
    }

    /// A load request against the sandbox, every parent's lists fetched every load.
    func request(reports: [Report] = ReportCatalog.defaults) throws -> LoadRequest {
        var client = ClientConfiguration(clock: clock)
        client.initialBackoff = .milliseconds(1)
        client.maxBackoff = .milliseconds(5)
        var request = LoadRequest(
            reports: reports, schema: "heroku", databaseURL: nil, endpoint: try APIEndpoint(server.baseURL),
            apiKey: try APIKey(server.account.configuration.apiKey), client: client)
        request.fanOutVerifyAfter = .zero
        return request
    }

    /// Runs one load into the memory warehouse.
    @discardableResult
    func load(reports: [Report] = ReportCatalog.defaults, configure: (inout LoadRequest) -> Void = { _ in },
              progress: (@Sendable (LoadProgress) -> Void)? = nil) async throws -> LoadSummary {
        var request = try request(reports: reports)
        configure(&request)
        return try await LoadRunner(logger: Logger(label: "test"), progress: progress,
                                    stores: MemoryConnector(warehouse: warehouse)).run(request)
    }

    /// The ids of the sandbox's current objects of `resource`.
    func ids(_ resource: SandboxResource) -> Set<String> {
        Set(server.account.objects(resource).compactMap { $0["id"]?.stringValue })
    }

    /// The account label loads store under (the sandbox account's email).
    var account: String { server.account.configuration.accountEmail }

    /// The keys of the stored rows of `table` (one id each for account-wide reports).
    func storedKeys(_ table: String) -> Set<String> {
        Set(warehouse.rows(table, account: account).keys)
    }

    /// Every request path the sandbox received, in order.
    var requestPaths: [String] { server.requests.map(\.path) }
}

extension LoadSummary {
    /// The outcome of one report (traps when absent: a bug in the test).
    func report(_ name: String) -> ReportOutcome {
        guard let outcome = reports.first(where: { $0.report == name }) else {
            preconditionFailure("no report \(name) in the summary")
        }
        return outcome
    }
}
