/// The complete result of one statement, copied out of libpq (text format).
///
/// Every value is the server's text representation (`t`/`f` for booleans, `123` for
/// integers); nil is SQL NULL. Use the typed helpers to convert.
public struct QueryResult: Sendable, Hashable {
    /// The column names, in order.
    public var columns: [String]
    /// The rows; each has one value per column, nil for SQL NULL.
    public var rows: [[String?]]
    /// The number of rows affected by INSERT/UPDATE/DELETE/MERGE/COPY, or returned by SELECT
    /// (libpq's `PQcmdTuples`); 0 when the command reports no count.
    public var affectedRows: Int
    /// The command tag, for example `INSERT 0 3` or `CREATE TABLE`.
    public var commandTag: String

    /// Creates a result by hand (for tests and fakes).
    public init(columns: [String] = [], rows: [[String?]] = [], affectedRows: Int = 0, commandTag: String = "") {
        self.columns = columns
        self.rows = rows
        self.affectedRows = affectedRows
        self.commandTag = commandTag
    }

    /// Whether there are no rows.
    public var isEmpty: Bool { rows.isEmpty }

    /// The number of rows.
    public var count: Int { rows.count }

    /// The row at `index`.
    public subscript(_ index: Int) -> [String?] { rows[index] }

    /// The text value at `row` in the column named `column` (see `value(_:_:)`).
    public subscript(_ row: Int, _ column: String) -> String? { value(row, column) }

    /// The index of the first column named `name`, or nil.
    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex(of: name)
    }

    /// The text value at `row` in the column named `column`; nil for SQL NULL, for an unknown
    /// column name, or for a row index out of range.
    public func value(_ row: Int, _ column: String) -> String? {
        guard let index = columnIndex(column) else { return nil }
        return value(row, index)
    }

    /// The text value at `row`, `column` (by position); nil for SQL NULL or out of range.
    public func value(_ row: Int, _ column: Int) -> String? {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return nil }
        return rows[row][column]
    }

    /// Same as `value(_:_:)`.
    public func string(_ row: Int, _ column: String) -> String? {
        value(row, column)
    }

    /// The value as an `Int`; nil for NULL or text that is not an integer.
    public func int(_ row: Int, _ column: String) -> Int? {
        value(row, column).flatMap { Int($0) }
    }

    /// The value at a row and column position as an `Int`; nil for NULL or a non-integer.
    public func int(_ row: Int, _ column: Int) -> Int? {
        value(row, column).flatMap { Int($0) }
    }

    /// The value as an `Int64`; nil for NULL or text that is not an integer.
    public func int64(_ row: Int, _ column: String) -> Int64? {
        value(row, column).flatMap { Int64($0) }
    }

    /// The value as a `Double`; nil for NULL or text that is not a number.
    public func double(_ row: Int, _ column: String) -> Double? {
        value(row, column).flatMap { Double($0) }
    }

    /// The value of a `boolean` column (`t` → true, `f` → false); nil for NULL or other text.
    public func bool(_ row: Int, _ column: String) -> Bool? {
        switch value(row, column) {
        case "t": true
        case "f": false
        default: nil
        }
    }

    /// The first column of the first row; nil when there is none or it is NULL.
    public var firstValue: String? {
        value(0, 0)
    }
}
