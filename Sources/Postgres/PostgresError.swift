/// An error reported by the PostgreSQL server or detected by the client (libpq or this module).
///
/// Server errors carry the SQLSTATE and the diagnostic fields of the error report.
/// Client-side failures (`connectionFailed`, `connectionLost`, `copyFailed`, ...) have a
/// `kind` other than `.server` and usually no SQLSTATE.
///
/// - Important: `description` and `message` never contain a password: messages from libpq are
///   scrubbed with `DatabaseURL.redacting(_:secrets:)` when the error is built, and again when
///   it is described.
public struct PostgresError: Error, CustomStringConvertible, Sendable, Hashable {
    /// Where an error comes from.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let rawValue: String
        private init(_ rawValue: String) { self.rawValue = rawValue }

        /// The server reported the error (it has a SQLSTATE).
        public static let server = Kind("server")
        /// The connection could not be established (refused, bad password, bad URL, ...).
        public static let connectionFailed = Kind("connection failed")
        /// The connection broke while in use; the `Connection` is unusable.
        public static let connectionLost = Kind("connection lost")
        /// Sending COPY data failed, or the statement did not start `COPY ... FROM STDIN`.
        public static let copyFailed = Kind("COPY failed")
        /// The caller passed something libpq cannot transmit (for example a NUL byte).
        public static let invalidArgument = Kind("invalid argument")
        /// libpq returned a result this module did not expect.
        public static let unexpectedResult = Kind("unexpected result")

        /// A short human-readable name.
        public var description: String { rawValue }
    }

    /// Where the error comes from.
    public var kind: Kind
    /// The SQLSTATE, when the server (or libpq) reported one.
    public var sqlState: SQLState?
    /// The primary, one-line message.
    public var message: String
    /// The optional secondary message (`DETAIL:`).
    public var detail: String?
    /// The optional suggestion (`HINT:`).
    public var hint: String?
    /// The schema of the object involved, if any.
    public var schemaName: String?
    /// The table involved, if any.
    public var tableName: String?
    /// The column involved, if any.
    public var columnName: String?
    /// The constraint involved, if any.
    public var constraintName: String?
    /// The non-localized severity (`ERROR`, `FATAL`, `PANIC`), if reported.
    public var severity: String?

    /// Creates an error; the text fields are redacted with `DatabaseURL.redacting` using
    /// `secrets`.
    ///
    /// - Parameters:
    ///   - kind: Where the error comes from; `.server` by default.
    ///   - sqlState: The SQLSTATE, if any.
    ///   - message: The primary message.
    ///   - secrets: Passwords to scrub from every text field.
    public init(
        kind: Kind = .server,
        sqlState: SQLState?,
        message: String,
        detail: String? = nil,
        hint: String? = nil,
        schemaName: String? = nil,
        tableName: String? = nil,
        columnName: String? = nil,
        constraintName: String? = nil,
        severity: String? = nil,
        secrets: [String] = []
    ) {
        func clean(_ text: String) -> String {
            DatabaseURL.redacting(Self.oneLine(text), secrets: secrets)
        }
        self.kind = kind
        self.sqlState = sqlState
        self.message = clean(message)
        self.detail = detail.map(clean)
        self.hint = hint.map(clean)
        self.schemaName = schemaName
        self.tableName = tableName
        self.columnName = columnName
        self.constraintName = constraintName
        self.severity = severity
    }

    /// Whether retrying the unit of work (on a new connection if the old one is lost) may
    /// succeed: a lost connection, SQLSTATE class 08, serialization failure (40001),
    /// deadlock (40P01), server shutdown or start-up (57P01, 57P02, 57P03) and too many
    /// connections (53300). Data, integrity, syntax and authentication errors are terminal.
    public var isTransient: Bool {
        if kind == .connectionLost { return true }
        guard let sqlState else { return false }
        return sqlState.class == "08" || SQLState.transientCodes.contains(sqlState)
    }

    /// One line, for example
    /// `PostgreSQL error 23505 (unique_violation): duplicate key value violates unique
    /// constraint "t_pkey" — detail: Key (id)=(1) already exists.`
    public var description: String {
        var text = kind == .server ? "PostgreSQL error" : "PostgreSQL \(kind)"
        if let sqlState {
            text += " \(sqlState.rawValue)"
            if let name = sqlState.name { text += " (\(name))" }
        }
        text += ": \(message)"
        if let detail, !detail.isEmpty { text += " — detail: \(detail)" }
        if let hint, !hint.isEmpty { text += " — hint: \(hint)" }
        return DatabaseURL.redacting(Self.oneLine(text), secrets: [])
    }

    // MARK: Client-side constructors

    /// The connection could not be established.
    public static func connectionFailed(_ message: String) -> PostgresError {
        PostgresError(kind: .connectionFailed, sqlState: nil, message: message)
    }

    /// The connection to the server was lost.
    public static var connectionLost: PostgresError {
        connectionLost("the server closed the connection")
    }

    /// The connection to the server was lost, with libpq's explanation.
    public static func connectionLost(_ message: String) -> PostgresError {
        PostgresError(kind: .connectionLost, sqlState: nil, message: message)
    }

    /// Sending COPY data failed, or the statement was not `COPY ... FROM STDIN`.
    public static func copyFailed(_ message: String) -> PostgresError {
        PostgresError(kind: .copyFailed, sqlState: nil, message: message)
    }

    /// The caller passed a value libpq cannot transmit.
    public static func invalidArgument(_ message: String) -> PostgresError {
        PostgresError(kind: .invalidArgument, sqlState: nil, message: message)
    }

    /// libpq returned a result this module did not expect.
    public static func unexpectedResult(_ message: String) -> PostgresError {
        PostgresError(kind: .unexpectedResult, sqlState: nil, message: message)
    }

    /// Collapses newlines and tabs (libpq messages span lines) into single spaces.
    static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in text.unicodeScalars {
            if c == "\n" || c == "\r" || c == "\t" || c == " " {
                pendingSpace = true
                continue
            }
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(c)
        }
        return String(out)
    }
}
