internal import CLibpq

/// Reading a `PGresult`. The caller owns the result and clears it; nothing here keeps a
/// pointer.
enum LibpqResult {
    /// Copies columns, rows, the affected-row count and the command tag.
    static func copy(_ result: OpaquePointer) -> QueryResult {
        let fieldCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        var columns: [String] = []
        columns.reserveCapacity(fieldCount)
        for field in 0..<fieldCount {
            columns.append(PQfname(result, Int32(field)).map { String(cString: $0) } ?? "")
        }
        var rows: [[String?]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var values: [String?] = []
            values.reserveCapacity(fieldCount)
            for field in 0..<fieldCount {
                if PQgetisnull(result, Int32(row), Int32(field)) != 0 {
                    values.append(nil)
                } else {
                    let length = Int(PQgetlength(result, Int32(row), Int32(field)))
                    let pointer = UnsafeRawPointer(PQgetvalue(result, Int32(row), Int32(field)))
                    values.append(String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self))
                }
            }
            rows.append(values)
        }
        return QueryResult(
            columns: columns,
            rows: rows,
            affectedRows: affectedRows(result),
            commandTag: PQcmdStatus(result).map { String(cString: $0) } ?? ""
        )
    }

    /// `PQcmdTuples` as a number; 0 when empty.
    static func affectedRows(_ result: OpaquePointer) -> Int {
        PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
    }

    /// The error report of a failed result.
    static func error(_ result: OpaquePointer, connection: OpaquePointer, secrets: [String]) -> PostgresError {
        func field(_ code: Character) -> String? {
            guard let ascii = code.asciiValue, let value = PQresultErrorField(result, Int32(ascii)) else { return nil }
            let text = String(cString: value)
            return text.isEmpty ? nil : text
        }
        let lost = PQstatus(connection) == CONNECTION_BAD
        let fullMessage = PQresultErrorMessage(result).map { String(cString: $0) } ?? ""
        let message = field("M") ?? (fullMessage.isEmpty ? "unknown error" : fullMessage)
        return PostgresError(
            kind: lost ? .connectionLost : .server,
            sqlState: field("C").map(SQLState.init(rawValue:)),
            message: lost ? fullMessage.isEmpty ? message : fullMessage : message,
            detail: field("D"),
            hint: field("H"),
            schemaName: field("s"),
            tableName: field("t"),
            columnName: field("c"),
            constraintName: field("n"),
            severity: field("V") ?? field("S"),
            secrets: secrets
        )
    }

    /// An error built from `PQerrorMessage` when libpq returned no result at all.
    static func connectionError(_ connection: OpaquePointer, secrets: [String], fallback: String) -> PostgresError {
        var message = PQerrorMessage(connection).map { String(cString: $0) } ?? ""
        if message.isEmpty { message = fallback }
        let kind: PostgresError.Kind = PQstatus(connection) == CONNECTION_BAD ? .connectionLost : .unexpectedResult
        return PostgresError(kind: kind, sqlState: nil, message: message, secrets: secrets)
    }

    static func statusName(_ status: ExecStatusType) -> String {
        PQresStatus(status).map { String(cString: $0) } ?? "\(status)"
    }
}
