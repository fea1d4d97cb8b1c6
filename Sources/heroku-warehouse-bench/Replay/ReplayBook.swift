import HerokuAPI
import HerokuSandbox
import Loader
import Logging
import NIOCore

/// Every response a load asks for, recorded once from the sandbox: `GET /account` and each
/// page of each default report, keyed by path and the exact `Range` header the client sends.
///
/// The sandbox sorts a whole resource for every page it serves, so serving from it costs
/// far more than a real API's transfer and grows with the account squared; replaying the
/// recorded bytes leaves only what the loader itself must pay (HTTP on loopback included).
struct ReplayBook: Sendable {
    /// One recorded response.
    struct Response: Sendable {
        var status: Int
        var body: ByteBuffer
        var nextRange: String?

        /// A strong validator of the body (FNV-1a, 64 bits), as Heroku sends in `ETag`.
        var etag: String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in body.readableBytesView {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            return "\"\(String(hash, radix: 16))\""
        }
    }

    private(set) var responses: [String: Response] = [:]

    /// The lookup key of a request.
    static func key(path: String, range: String?) -> String {
        "\(path)\n\(range ?? "")"
    }

    func response(path: String, range: String?) -> Response? {
        responses[Self.key(path: path, range: range)]
    }

    /// Fetches everything a load of the default reports requests from `server` (not timed).
    static func record(from server: SandboxServer, logger: Logger) async throws -> ReplayBook {
        var book = ReplayBook()
        let key = try APIKey(server.account.configuration.apiKey)
        try await HerokuClient.withClient(endpoint: try APIEndpoint(server.baseURL), apiKey: key, logger: logger) { client in
            let account = try await client.fetchObject(path: "/account")
            book.responses[Self.key(path: "/account", range: nil)] =
                Response(status: account.status, body: ByteBuffer(bytes: account.bytes), nextRange: nil)
            for report in BenchReports.measured {
                _ = try await client.fetchList(path: report.path) { page in
                    book.responses[Self.key(path: report.path, range: page.range)] =
                        Response(status: page.status, body: ByteBuffer(bytes: page.bytes), nextRange: page.nextRange)
                }
            }
        }
        return book
    }
}
