import HerokuAPI
import Testing

@Suite struct APIEndpointTests {
    @Test(arguments: [
        "https://api.heroku.com", "https://example.com/", "http://127.0.0.1:8080", "http://127.1.2.3",
        "http://localhost:5000", "http://[::1]:9000", "HTTP://LOCALHOST",
    ])
    func accepted(_ url: String) throws {
        let endpoint = try APIEndpoint(url)
        #expect(!endpoint.baseURL.hasSuffix("/"))
    }

    @Test(arguments: [
        "http://example.com", "http://api.heroku.com", "http://128.0.0.1", "http://127.0.0.1.example.com",
        "http://10.0.0.1:8080", "ftp://127.0.0.1", "api.heroku.com", "", "https://user:pw@api.heroku.com",
    ])
    func refused(_ url: String) {
        let error = #expect(throws: HerokuAPIError.self) { try APIEndpoint(url) }
        #expect(error?.kind == .insecureURL)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func plainHTTPRefusalExplainsWhy() {
        let error = #expect(throws: HerokuAPIError.self) { try APIEndpoint("http://example.com") }
        let text = error?.description ?? ""
        #expect(text.contains("example.com"))
        #expect(text.contains("https://"))
    }

    @Test func resolutionOrder() throws {
        #expect(try APIEndpoint.resolve(apiURL: nil, environment: [:]) == .heroku)
        #expect(APIEndpoint.heroku.baseURL == "https://api.heroku.com")
        let fromEnvironment = try APIEndpoint.resolve(apiURL: nil, environment: ["HEROKU_API_URL": "http://127.0.0.1:1"])
        #expect(fromEnvironment.baseURL == "http://127.0.0.1:1")
        let fromOption = try APIEndpoint.resolve(
            apiURL: "http://localhost:2", environment: ["HEROKU_API_URL": "http://127.0.0.1:1"])
        #expect(fromOption.baseURL == "http://localhost:2")
        #expect(throws: HerokuAPIError.self) {
            try APIEndpoint.resolve(apiURL: nil, environment: ["HEROKU_API_URL": "http://example.com"])
        }
    }
}
