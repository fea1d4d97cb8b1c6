import Postgres
import Testing
import TestSupport

@Suite struct QuotingTests {
    @Test func quoteIdentifierDoublesQuotesAndDropsNUL() {
        #expect(Connection.quoteIdentifier("users") == "\"users\"")
        #expect(Connection.quoteIdentifier("a\"b") == "\"a\"\"b\"")
        #expect(Connection.quoteIdentifier("a\u{0}b") == "\"ab\"")
        #expect(Connection.quoteIdentifier("") == "\"\"")
        #expect(Connection.quoteQualified("s", "t\"x") == "\"s\".\"t\"\"x\"")
    }

    @Test func quoteLiteral() {
        #expect(Connection.quoteLiteral("it's") == "'it''s'")
        #expect(Connection.quoteLiteral("a\\b") == "E'a\\\\b'")
    }

    @Test func hostileIdentifierCreatesExactlyThatTable() throws {
        try withTestSchema { connection, schema in
            let evil = "Robert\"); DROP TABLE x;--"
            try connection.execute("CREATE TABLE \(Connection.quoteQualified(schema, evil)) (\(Connection.quoteIdentifier("we\"ird col")) int)")
            let tables = try connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = $1", [schema])
            #expect(tables.rows == [[evil]])
            let columns = try connection.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2",
                [schema, evil])
            #expect(columns.firstValue == "we\"ird col")
        }
    }

    @Test func quoteLiteralRoundTripsThroughTheServer() throws {
        let connection = try TestDatabase.connect()
        for value in awkwardStrings {
            let result = try connection.execute("SELECT \(Connection.quoteLiteral(value)) AS v")
            #expect(result.firstValue == value)
        }
    }
}
