import Postgres

extension QueryResult {
    /// The integer at a row and column position, nil for NULL or a non-integer.
    func int(_ row: Int, _ column: Int) -> Int? {
        guard row < rows.count, column < rows[row].count, let text = rows[row][column] else { return nil }
        return Int(text)
    }
}
