import Schema

/// The periods a windowed report asked for, by the text of their period field: `first` to
/// `last`, inclusive (`2026-01-01`…`2026-01-31`, or months `2025-01`…`2025-12`, which
/// compare as text in calendar order).
public struct PeriodWindow: Sendable, Hashable {
    /// The object's field naming its period (`["date"]`, `["month"]`).
    public var path: JSONPath
    /// The first period asked for.
    public var first: String
    /// The last period asked for.
    public var last: String

    /// Creates a window.
    public init(path: JSONPath, first: String, last: String) {
        self.path = path
        self.first = first
        self.last = last
    }

    /// Whether `period` (a stored value of the period field) lies inside the window.
    public func contains(_ period: String) -> Bool { first <= period && period <= last }
}
