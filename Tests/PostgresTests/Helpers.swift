import Postgres
import TestSupport

/// Runs `body` with a fresh connection and a schema of its own, dropped afterwards.
func withTestSchema<R>(_ body: (Connection, String) throws -> R) throws -> R {
    let connection = try TestDatabase.connect()
    let schema = TestDatabase.uniqueSchemaName("pgtest")
    try connection.execute("CREATE SCHEMA \(Connection.quoteIdentifier(schema))")
    defer { _ = try? connection.execute("DROP SCHEMA \(Connection.quoteIdentifier(schema)) CASCADE") }
    return try body(connection, schema)
}

/// The async variant of `withTestSchema`.
func withTestSchema<R>(_ body: (Connection, String) async throws -> R) async throws -> R {
    let connection = try TestDatabase.connect()
    let schema = TestDatabase.uniqueSchemaName("pgtest")
    try connection.execute("CREATE SCHEMA \(Connection.quoteIdentifier(schema))")
    do {
        let value = try await body(connection, schema)
        try connection.execute("DROP SCHEMA \(Connection.quoteIdentifier(schema)) CASCADE")
        return value
    } catch {
        _ = try? connection.execute("DROP SCHEMA \(Connection.quoteIdentifier(schema)) CASCADE")
        throw error
    }
}

/// The test database URL; throws (never skips) when none is configured.
func testDatabaseURL() throws -> String {
    guard let url = TestDatabase.url else { throw NoTestDatabase() }
    return url
}

/// Thrown by `testDatabaseURL()` without a configured database.
struct NoTestDatabase: Error, CustomStringConvertible {
    var description: String { TestDatabase.missingMessage }
}

/// `url` with one more connection parameter, for both URL and key/value forms.
func addingParameter(_ key: String, _ value: String, to url: String) -> String {
    if url.contains("://") {
        return url + (url.contains("?") ? "&" : "?") + "\(key)=\(value)"
    }
    return url + " \(key)=\(value)"
}

/// Strings that tend to break quoting and encoding.
let awkwardStrings: [String] = [
    "",
    "plain",
    "it's",
    "\"double\"",
    "back\\slash \\N \\\\",
    "tab\there",
    "new\nline\r\ncrlf",
    "emoji 🎉👩‍👩‍👧‍👦🇯🇵",
    "CJK 漢字かなカナ한국어",
    "combining e\u{301} and \u{FEFF}BOM",
    "$1 $$ dollar",
    "'; DROP TABLE x; --",
    String(repeating: "long ", count: 2000),
]
