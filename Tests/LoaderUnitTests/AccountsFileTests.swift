import Loader
import Testing

/// The accounts file: what it accepts, and a one-line error for anything else.
@Suite("Accounts file")
struct AccountsFileTests {
    @Test("accounts with env or file keys, reports and a schema; CRLF line ends and comments")
    func parsesAccounts() throws {
        let text = "schema = \"warehouse\"  # comment\r\n\r\n[[accounts]]\r\nlabel = \"a#1\"\r\napi_key_env = \"KEY_A\"\r\n"
            + "[[accounts]]\nlabel = \"b\"\napi_key_file = \"/run/b\"\napi_url = \"http://127.0.0.1:1\"\nreports = [\"apps\", \"teams\",]\n"
        let file = try AccountsFile.parse(text)
        #expect(file.schema == "warehouse")
        #expect(file.accounts.map(\.label) == ["a#1", "b"])
        #expect(file.accounts[0].apiKeyEnvironmentVariable == "KEY_A")
        #expect(file.accounts[1].apiKeyFile == "/run/b" && file.accounts[1].reports == ["apps", "teams"])
    }

    @Test("full TOML: literal and multi-line strings, inline tables, comments inside arrays, dotted keys")
    func readsFullTOML() throws {
        let text = """
            schema = 'warehouse'
            accounts = [
              { label = 'a', api_key_env = "KEY_A" },
              { label = \"\"\"b\"\"\", api_key_file = '/run/b', reports = [
                  "apps",   # the apps
                  "teams",
              ] },
            ]
            """
        let file = try AccountsFile.parse(text)
        #expect(file.schema == "warehouse")
        #expect(file.accounts.map(\.label) == ["a", "b"])
        #expect(file.accounts[1].apiKeyFile == "/run/b" && file.accounts[1].reports == ["apps", "teams"])
    }

    @Test("mistakes are refused with the place and the fix", arguments: [
        ("[[accounts]]\nlabel = \"a\"\n", "set exactly one of api_key_env or api_key_file"),
        ("[[accounts]]\nlabel = \"a\"\napi_key_env = \"A\"\napi_key_file = \"f\"\n", "set exactly one"),
        ("[[accounts]]\nlabel = \"a\"\napi_key_env = \"A\"\napi_kye = \"x\"\n", "unknown setting api_kye"),
        ("[[accounts]]\nlabel = \"a\"\napi_key_env = \"A\"\n[[accounts]]\nlabel = \"a\"\napi_key_env = \"B\"\n", "used twice"),
        ("schema = heroku\n", "accounts file: line 1, column 10: "),
        ("", "no [[accounts]] entry"),
        ("[[accounts]\n", "accounts file: line 1, column "),
        ("schema = 1\n[[accounts]]\nlabel = \"a\"\napi_key_env = \"A\"\n", "schema must be a string"),
        ("[[accounts]]\nlabel = \"a\"\napi_key_env = \"A\"\nreports = [\"apps\", 2]\n", "reports must be an array of strings"),
        ("accounts = \"a\"\n", "accounts must be [[accounts]] entries"),
        ("[other]\nx = 1\n", "unknown setting other"),
    ])
    func refusesMistakes(text: String, expected: String) {
        #expect {
            try AccountsFile.parse(text)
        } throws: { error in
            let description = String(describing: error)
            return description.contains(expected) && !description.contains("\n")
        }
    }
}
