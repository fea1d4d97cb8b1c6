internal import CLibpq

/// One libpq connection to PostgreSQL.
///
/// Deliberately not `Sendable`: libpq forbids using one `PGconn` from two threads at once.
/// Open one `Connection` per task (region-based isolation lets you hand a fresh connection
/// to a task with `sending`). All calls block the calling thread until the server answers:
/// from async code, make them inside ``onOwnThread(_:)``, which runs them on a thread the
/// connection owns instead of one of Swift's cooperative threads.
///
/// The connection is closed (`PQfinish`) when the object is deinitialized, and only then.
public final class Connection {
    /// The owned `PGconn*`. Never nil, freed exactly once in `deinit`.
    let pgConn: OpaquePointer
    /// Passwords used to connect, scrubbed from every error message.
    let secrets: [String]
    /// How many `transaction` calls are open on this connection (nested ones use savepoints).
    var transactionDepth = 0
    /// Cancels the running statement from any thread (``cancelRunningStatement()``).
    let canceller: StatementCanceller
    /// The thread ``onOwnThread(_:)`` runs on, started the first time it is needed.
    lazy var ownThread = ConnectionThread(name: "heroku-warehouse-pg-\(backendPID)")

    /// Connects, blocking until the connection is ready.
    ///
    /// - Parameter url: A URL (`postgresql://user:pass@host:5432/db?sslmode=require`) or a
    ///   key/value conninfo string (`host=... dbname=...`). nil (or empty) uses libpq's
    ///   `PG*` environment variables (`PGHOST`, `PGUSER`, ...) and defaults. The client
    ///   encoding is always UTF8; a `connect_timeout` of 10 seconds and an
    ///   `application_name` are used unless the URL sets its own.
    /// - Throws: `PostgresError` of kind `.connectionFailed` (its description never
    ///   contains the password), or `.invalidArgument` for a URL with a NUL character.
    public init(url: String?) throws {
        let url = (url?.isEmpty ?? true) ? nil : url
        var keywords: [String?] = ["connect_timeout", "fallback_application_name"]
        var values: [String?] = ["10", "heroku-warehouse"]
        if let url {
            keywords.append("dbname")
            values.append(url)
        }
        // After dbname, so that it overrides any client_encoding in the URL.
        keywords.append("client_encoding")
        values.append("UTF8")
        keywords.append(nil)
        values.append(nil)

        var secrets = url.map(DatabaseURL.secrets(in:)) ?? []
        let connection = try withCStrings(keywords, what: "connection keyword") { keywordPointers in
            try withCStrings(values, what: "connection parameter") { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let connection else {
            throw PostgresError.connectionFailed("libpq could not allocate a connection (out of memory)")
        }
        secrets += Self.passwords(of: connection)
        guard PQstatus(connection) == CONNECTION_OK else {
            defer { PQfinish(connection) }
            let message = PQerrorMessage(connection).map { String(cString: $0) } ?? "unknown error"
            throw PostgresError(kind: .connectionFailed, sqlState: nil, message: message, secrets: secrets)
        }
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        self.canceller = StatementCanceller(connection)
        self.pgConn = connection
        self.secrets = secrets
    }

    deinit {
        PQfinish(pgConn)
    }

    /// The process ID of the server backend serving this connection.
    public var backendPID: Int32 {
        PQbackendPID(pgConn)
    }

    /// Whether libpq considers the connection usable (`PQstatus` is `CONNECTION_OK`).
    ///
    /// libpq only notices a dropped connection when it next talks to the server, so this can
    /// be true for a connection whose next statement fails with `connectionLost`.
    public var isHealthy: Bool {
        PQstatus(pgConn) == CONNECTION_OK
    }

    /// The server version as an integer, for example `150004` for 15.4 (0 if unknown).
    public var serverVersion: Int {
        Int(PQserverVersion(pgConn))
    }

    /// A setting the server reports to every client as it changes (`server_encoding`,
    /// `TimeZone`, ...: `PQparameterStatus`), read without a round trip; nil if not reported.
    public func reportedParameter(_ name: String) -> String? {
        PQparameterStatus(pgConn, name).map { String(cString: $0) }
    }

    /// Whether a transaction block is open (including a failed one awaiting ROLLBACK).
    public var isInTransaction: Bool {
        let status = PQtransactionStatus(pgConn)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
    }

    /// Runs one statement with text parameters (`PQexecParams`).
    ///
    /// Parameters are sent as text with no declared type; cast in SQL where the type matters
    /// (`$1::jsonb`, `$2::bigint`). Results come back as text.
    ///
    /// - Parameters:
    ///   - sql: Exactly one SQL statement, with placeholders `$1`, `$2`, ...
    ///   - parameters: One value per placeholder; nil is SQL NULL.
    /// - Returns: The statement's rows and affected-row count.
    /// - Throws: `PostgresError` (`.server` with a SQLSTATE, `.connectionLost`, or
    ///   `.invalidArgument` when the SQL or a parameter contains a NUL character).
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?]) throws -> QueryResult {
        try refuseWhenCancelledInTransaction()
        let result = try cancellable {
            try withCString(sql, what: "SQL") { sqlPointer in
                try withCStrings(parameters, what: "parameter") { values in
                    PQexecParams(pgConn, sqlPointer, Int32(values.count), nil, values, nil, nil, 0)
                }
            }
        }
        return try consume(result)
    }

    /// Runs one or more `;`-separated statements with the simple query protocol (`PQexec`).
    ///
    /// The statements run in one implicit transaction unless they contain their own
    /// transaction control. Use this for DDL scripts; use `execute(_:_:)` for anything with
    /// values.
    ///
    /// - Returns: The result of the last statement.
    /// - Throws: `PostgresError` for the first statement that fails.
    @discardableResult
    public func execute(_ sql: String) throws -> QueryResult {
        try refuseWhenCancelledInTransaction()
        return try cancellable { try executeEvenIfCancelled(sql) }
    }

    /// `execute(_:)` without the cancellation check: ending a transaction (COMMIT, RELEASE,
    /// ROLLBACK) must stay possible after the task was cancelled.
    @discardableResult
    func executeEvenIfCancelled(_ sql: String) throws -> QueryResult {
        let result = try withCString(sql, what: "SQL") { PQexec(pgConn, $0) }
        return try consume(result)
    }

    /// Checks, copies and clears a result from `PQexec`/`PQexecParams`.
    private func consume(_ result: OpaquePointer?) throws -> QueryResult {
        guard let result else {
            throw LibpqResult.connectionError(pgConn, secrets: secrets, fallback: "libpq returned no result")
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        switch status {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return LibpqResult.copy(result)
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            abandonCopy(reason: "COPY is not supported by execute")
            throw PostgresError.unexpectedResult("COPY is not supported by execute(_:); use copyIn(_:_:)")
        default:
            throw LibpqResult.error(result, connection: pgConn, secrets: secrets)
        }
    }

    /// Leaves COPY mode after a statement started a COPY nobody asked for (of either
    /// direction): ends it with `reason`, discards any rows, drains the results.
    func abandonCopy(reason: String) {
        _ = PQputCopyEnd(pgConn, reason)
        var buffer: UnsafeMutablePointer<CChar>?
        while PQgetCopyData(pgConn, &buffer, 0) > 0 {
            PQfreemem(buffer)
            buffer = nil
        }
        drainResults()
    }

    /// Reads and clears results until libpq returns NULL, so the connection is idle.
    func drainResults() {
        while let result = PQgetResult(pgConn) {
            PQclear(result)
            if PQstatus(pgConn) == CONNECTION_BAD { break }
        }
    }

    /// The passwords libpq actually used (from the URL, `PGPASSWORD` or a password file).
    private static func passwords(of connection: OpaquePointer) -> [String] {
        guard let options = PQconninfo(connection) else { return [] }
        defer { PQconninfoFree(options) }
        var found: [String] = []
        var option = options
        while let keyword = option.pointee.keyword {
            let name = String(cString: keyword)
            if name == "password" || name == "sslpassword", let value = option.pointee.val {
                let secret = String(cString: value)
                if !secret.isEmpty { found.append(secret) }
            }
            option += 1
        }
        return found
    }
}
