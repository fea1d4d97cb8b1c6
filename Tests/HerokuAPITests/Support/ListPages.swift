import HerokuAPI

/// A list page response: 206 with `Next-Range` when `next` is given, else 200.
func listPage(_ json: String, next: String?, extraHeaders: [(String, String)] = []) -> ScriptedResponse {
    var headers: [(String, String)] = [("Request-Id", "req-\(json.count)")]
    if let next { headers.append(("Next-Range", next)) }
    return .json(next == nil ? 200 : 206, json, headers: headers + extraHeaders)
}

/// Fetches a whole list, returning the pages' bodies as strings and the stats.
func collectList(_ client: HerokuClient, path: String = "/apps") async throws -> ([String], ListFetchStats) {
    var bodies: [String] = []
    let stats = try await client.fetchList(path: path) { page in
        bodies.append(String(decoding: page.bytes, as: UTF8.self))
    }
    return (bodies, stats)
}
