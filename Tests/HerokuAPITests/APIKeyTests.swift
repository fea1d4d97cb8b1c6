import HerokuAPI
import Testing

@Suite struct APIKeyTests {
    @Test func trimsWhitespaceAndNewlines() throws {
        let key = try APIKey("  abc-123\r\n\n")
        #expect(key.secretValue == "abc-123")
    }

    @Test func emptyOrBlankKeyIsAnError() {
        #expect(throws: CredentialError.self) { try APIKey("") }
        #expect(throws: CredentialError.self) { try APIKey(" \n\t ") }
    }

    @Test func neverPrintsTheSecret() throws {
        let key = try APIKey("super-secret-value")
        #expect(key.description == "APIKey(redacted)")
        #expect(key.debugDescription == "APIKey(redacted)")
        #expect("\(key)" == "APIKey(redacted)")
        #expect(!String(reflecting: key).contains("super-secret"))
        #expect(!"\([key])".contains("super-secret"))
    }
}
