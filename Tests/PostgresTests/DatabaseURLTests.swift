import Postgres
import Testing

@Suite struct DatabaseURLTests {
    @Test(arguments: [
        ("postgresql://user:secret@host:5432/db", "postgresql://user:***@host:5432/db"),
        ("postgres://user:secret@host/db?sslmode=require", "postgres://user:***@host/db?sslmode=require"),
        ("postgresql://user@host/db", "postgresql://user@host/db"),
        ("postgresql://host/db", "postgresql://host/db"),
        ("postgresql:///db", "postgresql:///db"),
        ("postgresql://us%40er:p%40ss%3Aw@host/db", "postgresql://us%40er:***@host/db"),
        ("postgresql://user:p@ss@host/db", "postgresql://user:***@host/db"),
        ("postgresql://host/db?user=u&password=secret&sslmode=require", "postgresql://host/db?user=u&password=***&sslmode=require"),
        ("host=h user=u password=secret dbname=d", "host=h user=u password=*** dbname=d"),
        ("host=h password = 'se cret\\' x' dbname=d", "host=h password = *** dbname=d"),
        ("host=h PASSWORD=secret", "host=h PASSWORD=***"),
        ("host=h sslpassword=secret", "host=h sslpassword=***"),
        ("", ""),
    ])
    func masked(input: String, expected: String) {
        #expect(DatabaseURL.masked(input) == expected)
    }

    @Test func redactingRemovesKnownSecretsAndPasswordFragments() {
        let message = "could not connect with hunter2 to postgresql://bob:hunter2@db/x (password=hunter2)"
        let redacted = DatabaseURL.redacting(message, secrets: ["hunter2"])
        #expect(!redacted.contains("hunter2"))
        #expect(redacted.contains("postgresql://bob:***@db/x"))
        #expect(DatabaseURL.redacting("no secrets here", secrets: ["", "zzz"]) == "no secrets here")
        #expect(DatabaseURL.redacting("url postgres://a:b@c/d end", secrets: []) == "url postgres://a:***@c/d end")
    }
}
