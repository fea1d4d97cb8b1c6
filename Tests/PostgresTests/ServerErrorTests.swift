import Postgres
import Testing
import TestSupport

@Suite struct ServerErrorTests {
    @Test func uniqueViolationCarriesSQLStateDetailAndNames() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "things")
            try connection.execute("CREATE TABLE \(table) (id int CONSTRAINT things_pkey PRIMARY KEY)")
            try connection.execute("INSERT INTO \(table) VALUES ($1::int)", ["1"])
            let error = try #require(throws: PostgresError.self) {
                try connection.execute("INSERT INTO \(table) VALUES ($1::int)", ["1"])
            }
            #expect(error.kind == .server)
            #expect(error.sqlState == .uniqueViolation)
            #expect(error.detail == "Key (id)=(1) already exists.")
            #expect(error.constraintName == "things_pkey")
            #expect(error.tableName == "things")
            #expect(error.schemaName == schema)
            #expect(error.severity == "ERROR")
            #expect(!error.isTransient)
            #expect(error.description.hasPrefix("PostgreSQL error 23505 (unique_violation): duplicate key value violates unique constraint \"things_pkey\""))
            #expect(error.description.contains(" — detail: Key (id)=(1) already exists."))
            // The connection is still usable after an error.
            #expect(try connection.execute("SELECT count(*) FROM \(table)").firstValue == "1")
        }
    }

    @Test func undefinedTable() throws {
        let connection = try TestDatabase.connect()
        let error = try #require(throws: PostgresError.self) {
            try connection.execute("SELECT * FROM no_such_table_\(TestDatabase.uniqueSchemaName())")
        }
        #expect(error.sqlState == .undefinedTable)
        #expect(error.sqlState?.class == "42")
    }

    @Test func syntaxErrorInSimpleAndExtendedProtocol() throws {
        let connection = try TestDatabase.connect()
        let simple = try #require(throws: PostgresError.self) { try connection.execute("SELEC 1") }
        #expect(simple.sqlState == .syntaxError)
        let extended = try #require(throws: PostgresError.self) { try connection.execute("SELEC $1", ["x"]) }
        #expect(extended.sqlState == .syntaxError)
        #expect(extended.description.contains("42601 (syntax_error)"))
    }

    @Test func badTextRepresentationAndMultiStatementFailure() throws {
        let connection = try TestDatabase.connect()
        let error = try #require(throws: PostgresError.self) { try connection.execute("SELECT $1::int", ["abc"]) }
        #expect(error.sqlState == .invalidTextRepresentation)
        let multi = try #require(throws: PostgresError.self) {
            try connection.execute("SELECT 1; SELECT 1/0; SELECT 2")
        }
        #expect(multi.sqlState == SQLState("22012"))
        #expect(try connection.execute("SELECT 3").firstValue == "3")
    }
}
