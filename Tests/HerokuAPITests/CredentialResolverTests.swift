import Foundation
import HerokuAPI
import Testing

/// A temporary home directory, removed on deinit.
private final class TemporaryHome {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "heroku-warehouse-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

@Suite struct CredentialResolverTests {
    let resolver = CredentialResolver()
    let netrc = "machine api.heroku.com\n  login me@example.com\n  password from-netrc\n"

    @Test func keyFileWinsOverEverything() throws {
        let home = try TemporaryHome()
        try home.write(".netrc", netrc)
        let file = try home.write("key", "from-file\n")
        let resolved = try resolver.resolve(
            apiKeyFile: file, environment: ["HEROKU_API_KEY": "from-env"], homeDirectory: home.path)
        #expect(resolved.apiKey.secretValue == "from-file")
        #expect(resolved.source == .file(path: file))
        #expect(resolved.warning == nil)
    }

    @Test func keyFileWithTildeIsExpanded() throws {
        let home = try TemporaryHome()
        try home.write("key", "  from-file  ")
        let resolved = try resolver.resolve(apiKeyFile: "~/key", environment: [:], homeDirectory: home.path)
        #expect(resolved.apiKey.secretValue == "from-file")
        #expect(resolved.source == .file(path: home.path + "/key"))
    }

    @Test func environmentWinsOverNetrc() throws {
        let home = try TemporaryHome()
        try home.write(".netrc", netrc)
        let resolved = try resolver.resolve(
            apiKeyFile: nil, environment: ["HEROKU_API_KEY": " from-env\n"], homeDirectory: home.path)
        #expect(resolved.apiKey.secretValue == "from-env")
        #expect(resolved.source == .environment(variable: "HEROKU_API_KEY"))
    }

    @Test func netrcIsTheLastResort() throws {
        let home = try TemporaryHome()
        try home.write(".netrc", netrc)
        let resolved = try resolver.resolve(apiKeyFile: nil, environment: [:], homeDirectory: home.path)
        #expect(resolved.apiKey.secretValue == "from-netrc")
        #expect(resolved.source == .netrc(path: home.path + "/.netrc"))
    }

    @Test("nothing found: one line naming HEROKU_API_KEY=$(heroku auth:token), authorizations:create, --api-key-file and ~/.netrc")
    func nothingFoundGivesOneLineWithTheThreeWays() throws {
        let home = try TemporaryHome()
        try home.write(".netrc", "machine git.heroku.com password other\n")
        let error = #expect(throws: CredentialError.self) {
            try resolver.resolve(apiKeyFile: nil, environment: [:], homeDirectory: home.path)
        }
        #expect(error == .notFound)
        let text = error?.description ?? ""
        #expect(!text.contains("\n"))
        #expect(text.contains("HEROKU_API_KEY=$(heroku auth:token)"))
        #expect(text.contains("`heroku authorizations:create`"))
        #expect(text.contains("--api-key-file"))
        #expect(text.contains("~/.netrc"))
        // Heroku CLI 11 keeps its token in the keychain: `heroku login` no longer fills ~/.netrc.
        #expect(!text.contains("run `heroku login`"))
        #expect(text.contains("keychain"))
    }

    @Test func noNetrcAtAllIsNotFound() throws {
        let home = try TemporaryHome()
        #expect(throws: CredentialError.notFound) {
            try resolver.resolve(apiKeyFile: nil, environment: [:], homeDirectory: home.path)
        }
    }

    @Test func missingKeyFileNamesThePath() throws {
        let home = try TemporaryHome()
        try home.write(".netrc", netrc)
        let missing = home.path + "/nope"
        let error = #expect(throws: CredentialError.self) {
            try resolver.resolve(apiKeyFile: missing, environment: ["HEROKU_API_KEY": "x"], homeDirectory: home.path)
        }
        let text = error?.description ?? ""
        #expect(text.contains(missing))
        #expect(!text.contains("\n"))
    }

    @Test func keyFileThatIsADirectoryOrEmptyIsAnError() throws {
        let home = try TemporaryHome()
        #expect(throws: CredentialError.self) {
            try resolver.resolve(apiKeyFile: home.path, environment: [:], homeDirectory: home.path)
        }
        let empty = try home.write("empty", "\n\n")
        #expect(throws: CredentialError.emptyKey(source: empty)) {
            try resolver.resolve(apiKeyFile: empty, environment: [:], homeDirectory: home.path)
        }
    }

    @Test("an empty or blank HEROKU_API_KEY counts as unset (as the Heroku CLI reads it): ~/.netrc is used",
          arguments: ["", "  ", " \n\t"])
    func blankEnvironmentVariableFallsThroughToNetrc(value: String) throws {
        let home = try TemporaryHome()
        try home.write(".netrc", netrc)
        let resolved = try resolver.resolve(apiKeyFile: nil, environment: ["HEROKU_API_KEY": value],
                                            homeDirectory: home.path)
        #expect(resolved.apiKey.secretValue == "from-netrc")
        #expect(resolved.source == .netrc(path: home.path + "/.netrc"))
    }

    @Test("an empty HEROKU_API_KEY and no ~/.netrc: not found (not an empty-key error)")
    func blankEnvironmentVariableWithoutNetrcIsNotFound() throws {
        let home = try TemporaryHome()
        #expect(throws: CredentialError.notFound) {
            try resolver.resolve(apiKeyFile: nil, environment: ["HEROKU_API_KEY": ""], homeDirectory: home.path)
        }
    }

    @Test func warnsAboutHerokuAPIToken() throws {
        let home = try TemporaryHome()
        try home.write(".netrc", netrc)
        let resolved = try resolver.resolve(
            apiKeyFile: nil, environment: ["HEROKU_API_TOKEN": "typo"], homeDirectory: home.path)
        #expect(resolved.apiKey.secretValue == "from-netrc")
        #expect(resolved.warning?.contains("HEROKU_API_TOKEN") == true)
        let both = try resolver.resolve(
            apiKeyFile: nil, environment: ["HEROKU_API_TOKEN": "a", "HEROKU_API_KEY": "b"], homeDirectory: home.path)
        #expect(both.warning == nil)
        let emptyKey = try resolver.resolve(
            apiKeyFile: nil, environment: ["HEROKU_API_TOKEN": "a", "HEROKU_API_KEY": " "], homeDirectory: home.path)
        #expect(emptyKey.warning?.contains("HEROKU_API_TOKEN") == true)
    }
}
