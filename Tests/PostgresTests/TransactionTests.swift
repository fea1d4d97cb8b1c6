import Postgres
import Testing
import TestSupport

private struct Boom: Error {}

@Suite struct TransactionTests {
    @Test func commitKeepsTheWork() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "t")
            try connection.execute("CREATE TABLE \(table) (n int)")
            let value = try connection.transaction { conn in
                #expect(conn.isInTransaction)
                try conn.execute("INSERT INTO \(table) VALUES (1), (2)")
                return "done"
            }
            #expect(value == "done")
            #expect(!connection.isInTransaction)
            let other = try TestDatabase.connect()
            #expect(try other.execute("SELECT count(*) FROM \(table)").firstValue == "2")
        }
    }

    @Test func throwingBodyRollsBackEverything() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "t")
            try connection.execute("CREATE TABLE \(table) (n int)")
            #expect(throws: Boom.self) {
                try connection.transaction { conn in
                    try conn.execute("INSERT INTO \(table) VALUES (1)")
                    try conn.execute("CREATE TABLE \(Connection.quoteQualified(schema, "created_inside")) (x int)")
                    throw Boom()
                }
            }
            #expect(!connection.isInTransaction)
            #expect(try connection.execute("SELECT count(*) FROM \(table)").firstValue == "0")
            #expect(try connection.execute("SELECT to_regclass($1) IS NULL", ["\(schema).created_inside"]).firstValue == "t")
        }
    }

    @Test func failedStatementRollsBackWithTheServerError() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "t")
            try connection.execute("CREATE TABLE \(table) (n int PRIMARY KEY)")
            let error = try #require(throws: PostgresError.self) {
                try connection.transaction { conn in
                    try conn.execute("INSERT INTO \(table) VALUES (1)")
                    try conn.execute("INSERT INTO \(table) VALUES (1)")
                }
            }
            #expect(error.sqlState == .uniqueViolation)
            #expect(try connection.execute("SELECT count(*) FROM \(table)").firstValue == "0")
        }
    }

    @Test func swallowedErrorMakesCommitFailInsteadOfSilentlyRollingBack() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "t")
            try connection.execute("CREATE TABLE \(table) (n int)")
            let error = try #require(throws: PostgresError.self) {
                try connection.transaction { conn in
                    try conn.execute("INSERT INTO \(table) VALUES (1)")
                    _ = try? conn.execute("SELECT 1/0")
                }
            }
            #expect(error.sqlState == .inFailedSQLTransaction)
            #expect(!connection.isInTransaction)
            #expect(try connection.execute("SELECT count(*) FROM \(table)").firstValue == "0")
        }
    }

    @Test func nestedTransactionIsASavepoint() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "t")
            try connection.execute("CREATE TABLE \(table) (n int)")
            try connection.transaction { conn in
                try conn.execute("INSERT INTO \(table) VALUES (1)")
                #expect(throws: Boom.self) {
                    try conn.transaction { inner in
                        try inner.execute("INSERT INTO \(table) VALUES (2)")
                        throw Boom()
                    }
                }
                try conn.transaction { inner in
                    try inner.execute("INSERT INTO \(table) VALUES (3)")
                }
            }
            let rows = try connection.execute("SELECT n FROM \(table) ORDER BY n")
            #expect(rows.rows == [["1"], ["3"]])
        }
    }

    @Test func asyncTransactionCommitsAndRollsBack() async throws {
        try await withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "t")
            try connection.execute("CREATE TABLE \(table) (n int)")
            let count = try await connection.transaction { conn in
                try conn.execute("INSERT INTO \(table) VALUES (1)")
                try await Task.sleep(for: .milliseconds(1))
                return try conn.execute("SELECT count(*) FROM \(table)").int(0, "count")
            }
            #expect(count == 1)
            await #expect(throws: Boom.self) {
                try await connection.transaction { conn in
                    try conn.execute("INSERT INTO \(table) VALUES (2)")
                    await Task.yield()
                    throw Boom()
                }
            }
            #expect(try connection.execute("SELECT n FROM \(table)").rows == [["1"]])
        }
    }

    @Test func rollbackOnDeadConnectionRethrowsTheOriginalError() throws {
        let victim = try TestDatabase.connect()
        let killer = try TestDatabase.connect()
        #expect(throws: Boom.self) {
            try victim.transaction { conn in
                try killer.execute("SELECT pg_terminate_backend($1::int)", [String(conn.backendPID)])
                for _ in 0..<100 {
                    let alive = try killer.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = $1::int", [String(conn.backendPID)])
                    if alive.int(0, "count") == 0 { break }
                }
                throw Boom()
            }
        }
    }
}
