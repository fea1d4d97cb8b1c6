import Postgres
import Testing

@Suite struct PostgresErrorTests {
    @Test func sqlStateClassAndName() {
        #expect(SQLState.uniqueViolation.rawValue == "23505")
        #expect(SQLState.uniqueViolation.class == "23")
        #expect(SQLState.uniqueViolation.name == "unique_violation")
        #expect(SQLState(rawValue: "XX000").name == nil)
        #expect(SQLState("42P01") == .undefinedTable)
    }

    @Test func descriptionIsOneLineWithCodeNameDetailAndHint() {
        let error = PostgresError(
            sqlState: .uniqueViolation,
            message: "duplicate key value violates unique constraint \"t_pkey\"",
            detail: "Key (id)=(1) already exists.",
            hint: "try\nanother"
        )
        #expect(error.description == "PostgreSQL error 23505 (unique_violation): duplicate key value violates unique constraint \"t_pkey\" — detail: Key (id)=(1) already exists. — hint: try another")
        #expect(PostgresError.connectionLost.description == "PostgreSQL connection lost: the server closed the connection")
        #expect(PostgresError.connectionFailed("refused").description == "PostgreSQL connection failed: refused")
    }

    @Test func descriptionNeverContainsPasswords() {
        let error = PostgresError.connectionFailed("bad conninfo \"host=x password=hunter2\" postgresql://u:hunter2@h/d")
        #expect(!error.description.contains("hunter2"))
        let withSecret = PostgresError(kind: .connectionFailed, sqlState: nil, message: "oops hunter2", secrets: ["hunter2"])
        #expect(!withSecret.description.contains("hunter2"))
        #expect(!withSecret.message.contains("hunter2"))
    }

    @Test(arguments: [
        (SQLState.serializationFailure, true), (.deadlockDetected, true), (.adminShutdown, true),
        (.crashShutdown, true), (.cannotConnectNow, true), (.tooManyConnections, true),
        (.connectionFailure, true), (SQLState("08003"), true),
        (.uniqueViolation, false), (.undefinedTable, false), (.syntaxError, false),
        (.invalidTextRepresentation, false), (.invalidPassword, false), (.queryCanceled, false),
    ])
    func transientClassification(state: SQLState, transient: Bool) {
        #expect(PostgresError(sqlState: state, message: "x").isTransient == transient)
    }

    @Test func clientSideKinds() {
        #expect(PostgresError.connectionLost.isTransient)
        #expect(PostgresError.connectionLost("gone").kind == .connectionLost)
        #expect(!PostgresError.copyFailed("x").isTransient)
        #expect(!PostgresError.connectionFailed("x").isTransient)
        #expect(PostgresError.invalidArgument("x").kind == .invalidArgument)
    }
}
