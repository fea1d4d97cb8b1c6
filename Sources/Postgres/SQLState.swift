/// A five-character PostgreSQL error code (SQLSTATE), as listed in the PostgreSQL manual's
/// "PostgreSQL Error Codes" appendix.
///
/// Only the codes this project reacts to have named constants; any other code still
/// round-trips through `rawValue`, and the common ones have a ``name`` for messages. Compare with `==` or by `class` (the first two characters).
public struct SQLState: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The five-character code, for example `"23505"`.
    public let rawValue: String

    /// Wraps a five-character code. Any string is accepted; unknown codes have no `name`.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Convenience for `SQLState(rawValue:)`.
    public init(_ code: String) {
        self.rawValue = code
    }

    /// The error class: the first two characters (`"23"` for integrity constraint violations,
    /// `"08"` for connection exceptions, ...).
    public var `class`: String {
        String(rawValue.prefix(2))
    }

    /// The condition name from the PostgreSQL manual (`unique_violation`), or nil for a code
    /// without a named constant here.
    public var name: String? {
        Self.names[rawValue]
    }

    /// The raw code.
    public var description: String { rawValue }

    // MARK: Class 08: connection exception

    /// 08006 connection_failure
    public static let connectionFailure = SQLState("08006")

    // MARK: Class 22: data exception

    /// 22P02 invalid_text_representation
    public static let invalidTextRepresentation = SQLState("22P02")

    // MARK: Class 23: integrity constraint violation

    /// 23505 unique_violation
    public static let uniqueViolation = SQLState("23505")

    // MARK: Class 0A / 2B: feature, dependent objects

    /// 0A000 feature_not_supported
    public static let featureNotSupported = SQLState("0A000")
    /// 2BP01 dependent_objects_still_exist
    public static let dependentObjectsStillExist = SQLState("2BP01")

    // MARK: Class 25 / 28: transaction state, authorization

    /// 25P02 in_failed_sql_transaction
    public static let inFailedSQLTransaction = SQLState("25P02")
    /// 28P01 invalid_password
    public static let invalidPassword = SQLState("28P01")

    // MARK: Class 40: transaction rollback

    /// 40001 serialization_failure
    public static let serializationFailure = SQLState("40001")
    /// 40P01 deadlock_detected
    public static let deadlockDetected = SQLState("40P01")

    // MARK: Class 42: syntax error or access rule violation

    /// 42601 syntax_error
    public static let syntaxError = SQLState("42601")
    /// 42P01 undefined_table
    public static let undefinedTable = SQLState("42P01")
    /// 3F000 invalid_schema_name
    public static let invalidSchemaName = SQLState("3F000")

    // MARK: Class 53 / 55 / 57: resources, object state, operator intervention

    /// 53300 too_many_connections
    public static let tooManyConnections = SQLState("53300")
    /// 55P03 lock_not_available
    public static let lockNotAvailable = SQLState("55P03")
    /// 57014 query_canceled
    public static let queryCanceled = SQLState("57014")
    /// 57P01 admin_shutdown
    public static let adminShutdown = SQLState("57P01")
    /// 57P02 crash_shutdown
    public static let crashShutdown = SQLState("57P02")
    /// 57P03 cannot_connect_now
    public static let cannotConnectNow = SQLState("57P03")

    /// The codes after which retrying the whole unit of work may succeed (besides class 08).
    static let transientCodes: Set<SQLState> = [
        .serializationFailure, .deadlockDetected, .adminShutdown, .crashShutdown,
        .cannotConnectNow, .tooManyConnections,
    ]

    private static let names: [String: String] = [
        "0A000": "feature_not_supported",
        "2BP01": "dependent_objects_still_exist",
        "08000": "connection_exception",
        "08003": "connection_does_not_exist",
        "08006": "connection_failure",
        "08001": "sqlclient_unable_to_establish_sqlconnection",
        "08P01": "protocol_violation",
        "22001": "string_data_right_truncation",
        "22003": "numeric_value_out_of_range",
        "22007": "invalid_datetime_format",
        "22008": "datetime_field_overflow",
        "22021": "character_not_in_repertoire",
        "22P02": "invalid_text_representation",
        "22P04": "bad_copy_file_format",
        "22P05": "untranslatable_character",
        "23502": "not_null_violation",
        "23503": "foreign_key_violation",
        "23505": "unique_violation",
        "23514": "check_violation",
        "25P02": "in_failed_sql_transaction",
        "28000": "invalid_authorization_specification",
        "28P01": "invalid_password",
        "40001": "serialization_failure",
        "40P01": "deadlock_detected",
        "42501": "insufficient_privilege",
        "42601": "syntax_error",
        "42701": "duplicate_column",
        "42703": "undefined_column",
        "42804": "datatype_mismatch",
        "42883": "undefined_function",
        "42P01": "undefined_table",
        "42P06": "duplicate_schema",
        "42P07": "duplicate_table",
        "3F000": "invalid_schema_name",
        "53300": "too_many_connections",
        "55P03": "lock_not_available",
        "57014": "query_canceled",
        "57P01": "admin_shutdown",
        "57P02": "crash_shutdown",
        "57P03": "cannot_connect_now",
    ]
}
