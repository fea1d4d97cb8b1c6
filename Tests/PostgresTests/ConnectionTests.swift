import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct ConnectionTests {
    @Test func connectsWithUTF8AndReportsServerFacts() throws {
        let connection = try TestDatabase.connect()
        #expect(connection.isHealthy)
        #expect(connection.backendPID > 0)
        #expect(connection.serverVersion >= 100_000)
        #expect(try connection.execute("SHOW client_encoding").firstValue == "UTF8")
        let pid = try connection.execute("SELECT pg_backend_pid()").int(0, "pg_backend_pid")
        #expect(pid == Int(connection.backendPID))
        let encoding = try connection.execute("SELECT current_setting('server_encoding')").firstValue
        #expect(connection.reportedParameter("server_encoding") == encoding)
        #expect(connection.reportedParameter("no_such_setting") == nil)
    }

    @Test func parametersRoundTripThroughText() throws {
        let connection = try TestDatabase.connect()
        for value in awkwardStrings {
            let result = try connection.execute("SELECT $1::text AS v", [value])
            #expect(result.value(0, "v") == value)
            #expect(result.columns == ["v"])
        }
        let nulls = try connection.execute("SELECT $1::text AS a, $2::text AS b, $1::text IS NULL AS a_null", [nil, "x"])
        #expect(nulls.rows == [[nil, "x", "t"]])
        let many = try connection.execute("SELECT $1::text || $2::text || $3::text", ["🎉", "漢", "\\"])
        #expect(many.firstValue == "🎉漢\\")
    }

    @Test func nulInParameterIsRejectedBeforeReachingLibpq() throws {
        let connection = try TestDatabase.connect()
        let error = try #require(throws: PostgresError.self) {
            try connection.execute("SELECT $1::text", ["a\u{0}b"])
        }
        #expect(error.kind == .invalidArgument)
        #expect(try connection.execute("SELECT 1").firstValue == "1")
    }

    @Test func typedAccessors() throws {
        let connection = try TestDatabase.connect()
        let result = try connection.execute("""
            SELECT 42::int AS i, 9007199254740993::bigint AS big, true AS yes, false AS no,
                   NULL::int AS nothing, 'x'::text AS s, 1.5::float8 AS d, 'abc' AS not_int
            """)
        #expect(result.count == 1)
        #expect(!result.isEmpty)
        #expect(result.int(0, "i") == 42)
        #expect(result.int64(0, "big") == 9_007_199_254_740_993)
        #expect(result.bool(0, "yes") == true)
        #expect(result.bool(0, "no") == false)
        #expect(result.int(0, "nothing") == nil)
        #expect(result.value(0, "nothing") == nil)
        #expect(result.string(0, "s") == "x")
        #expect(result.double(0, "d") == 1.5)
        #expect(result.int(0, "not_int") == nil)
        #expect(result.value(0, "no_such_column") == nil)
        #expect(result.value(5, "i") == nil)
        #expect(result.firstValue == "42")
        #expect(result[0][0] == "42")

        let empty = try connection.execute("SELECT 1 WHERE false")
        #expect(empty.isEmpty)
        #expect(empty.firstValue == nil)
        #expect(empty.affectedRows == 0)
        #expect(try connection.execute("").isEmpty)
    }

    @Test func multiStatementExecuteReturnsTheLastResult() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "numbers")
            let result = try connection.execute("""
                CREATE TABLE \(table) (n int);
                INSERT INTO \(table) VALUES (1), (2), (3);
                SELECT count(*) AS c FROM \(table);
                """)
            #expect(result.int(0, "c") == 3)
            let insert = try connection.execute("INSERT INTO \(table) SELECT generate_series(1, $1::int)", ["5"])
            #expect(insert.affectedRows == 5)
            #expect(insert.commandTag == "INSERT 0 5")
            let update = try connection.execute("UPDATE \(table) SET n = n + 1 WHERE n <= 2")
            #expect(update.affectedRows == 4)
        }
    }

    @Test func executeRefusesACopyAndStaysUsable() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "t")
            try connection.execute("CREATE TABLE \(table) (n int)")
            let error = try #require(throws: PostgresError.self) {
                try connection.execute("COPY \(table) FROM STDIN")
            }
            #expect(error.kind == .unexpectedResult)
            #expect(try connection.execute("SELECT count(*) FROM \(table)").firstValue == "0")
        }
    }

    @Test func badPasswordFailsWithoutRevealingIt() throws {
        let url = try testDatabaseURL()
        let password = "Wr0ng-Pa55word-\(UUID().uuidString.prefix(8))"
        let badURL: String
        if let scheme = url.range(of: "://"), let at = url.range(of: "@", range: scheme.upperBound..<url.endIndex) {
            let userInfo = url[scheme.upperBound..<at.lowerBound]
            let user = userInfo.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            badURL = url[..<scheme.upperBound] + user + ":" + password + url[at.lowerBound...]
        } else {
            badURL = url + " password=\(password)"
        }
        let error = try #require(throws: PostgresError.self) { try Connection(url: badURL) }
        #expect(error.kind == .connectionFailed)
        #expect(!error.description.contains(password))
        #expect(!error.message.contains(password))
        #expect(!String(reflecting: error).contains(password))
        #expect(error.description.contains("password authentication failed") || error.description.contains("authentication"))
    }

    @Test func closedPortFailsWithAClearMessage() throws {
        let error = try #require(throws: PostgresError.self) {
            try Connection(url: "postgresql://nobody:s3cr3t-pw@127.0.0.1:1/none?connect_timeout=5")
        }
        #expect(error.kind == .connectionFailed)
        #expect(error.description.hasPrefix("PostgreSQL connection failed: "))
        #expect(error.description.contains("127.0.0.1"))
        #expect(error.description.contains("refused"))
        #expect(!error.description.contains("s3cr3t-pw"))
        #expect(!error.description.contains("\n"))
    }

    @Test func malformedURLFails() throws {
        let error = try #require(throws: PostgresError.self) {
            try Connection(url: "postgresql://u:topsecret@127.0.0.1:notaport/db")
        }
        #expect(error.kind == .connectionFailed)
        #expect(!error.description.contains("topsecret"))
    }

    @Test func terminatedBackendGivesATransientError() async throws {
        let victim = try TestDatabase.connect()
        let killer = try TestDatabase.connect()
        let terminated = try killer.execute("SELECT pg_terminate_backend($1::int)", [String(victim.backendPID)])
        #expect(terminated.bool(0, "pg_terminate_backend") == true)
        // pg_terminate_backend only signals; wait until the backend is gone.
        for _ in 0..<100 {
            let alive = try killer.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int", [String(victim.backendPID)])
            if alive.int(0, "count") == 0 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        let error = try #require(throws: PostgresError.self) { try victim.execute("SELECT 1") }
        #expect(error.isTransient, "\(error)")
        #expect(!victim.isHealthy)
        // Still an error, not a crash, on further use.
        #expect(throws: PostgresError.self) { try victim.execute("SELECT 1", []) }
    }

    @Test func openingAndClosingManyConnectionsLeaksNothing() async throws {
        let url = try testDatabaseURL()
        let name = "leak_\(UUID().uuidString.prefix(8).lowercased())"
        let tagged = addingParameter("application_name", name, to: url)
        let observer = try TestDatabase.connect()
        func count() throws -> Int {
            try observer.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1", [name]).int(0, "count") ?? -1
        }
        #expect(try count() == 0)
        for _ in 0..<200 {
            let connection = try Connection(url: tagged)
            #expect(connection.isHealthy)
        }
        do {
            let open = try Connection(url: tagged)
            #expect(try open.execute("SELECT current_setting('application_name')").firstValue == name)
            #expect(try count() == 1)
        }
        var remaining = try count()
        for _ in 0..<100 where remaining != 0 {
            try await Task.sleep(for: .milliseconds(50))
            remaining = try count()
        }
        #expect(remaining == 0)
    }

    @Test func noticesDoNotBreakAnything() throws {
        let connection = try TestDatabase.connect()
        try connection.execute("DROP TABLE IF EXISTS pg_temp.never_existed")
        try connection.execute("DO $$ BEGIN RAISE NOTICE 'hello'; RAISE WARNING 'careful'; END $$")
    }
}
