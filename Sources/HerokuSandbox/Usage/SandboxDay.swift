import Foundation

/// A UTC calendar day as a number of days since 1970-01-01, with the text forms Heroku's
/// usage endpoints take and give (`2026-03-01`, `2026-03`, and invoices' `03/01/2026`).
struct SandboxDay: Sendable, Hashable, Comparable, Strideable {
    /// Days since 1970-01-01.
    let number: Int

    init(number: Int) { self.number = number }

    init(year: Int, month: Int, day: Int) {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// The day of a timestamp in seconds since 1970.
    init(secondsSinceEpoch seconds: Int64) { number = Int(seconds / 86_400) }

    /// Parses `YYYY-MM-DD`, or `YYYY-MM` (its first day) when `month` is true.
    init?(_ text: Substring, month: Bool = false) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == (month ? 2 : 3), parts.allSatisfy({ $0 != nil }), (1...12).contains(parts[1]!) else { return nil }
        self.init(year: parts[0]!, month: parts[1]!, day: month ? 1 : parts[2]!)
        // No rolling over: 2026-02-31 is no day.
        guard month ? monthText == text : self.text == text else { return nil }
    }

    /// Today in UTC.
    static var today: SandboxDay { SandboxDay(secondsSinceEpoch: Int64(Date().timeIntervalSince1970)) }

    /// (year, month, day).
    var civil: (year: Int, month: Int, day: Int) {
        let (year, month, day) = SandboxFormat.civilDate(daysSinceEpoch: Int64(number))
        return (Int(year), Int(month), Int(day))
    }

    /// `YYYY-MM-DD`.
    var text: String { let c = civil; return "\(Self.pad(c.year, 4))-\(Self.pad(c.month, 2))-\(Self.pad(c.day, 2))" }
    /// `YYYY-MM`.
    var monthText: String { String(text.prefix(7)) }
    /// `MM/DD/YYYY`, as team invoices write their periods.
    var slashedText: String { let c = civil; return "\(Self.pad(c.month, 2))/\(Self.pad(c.day, 2))/\(Self.pad(c.year, 4))" }

    /// The first day of this day's month.
    var firstOfMonth: SandboxDay { let c = civil; return SandboxDay(year: c.year, month: c.month, day: 1) }
    /// Every day of this day's month.
    var daysOfMonth: ClosedRange<SandboxDay> { firstOfMonth...nextMonth.advanced(by: -1) }
    /// The first day of the next month.
    var nextMonth: SandboxDay { let c = civil; return c.month == 12 ? SandboxDay(year: c.year + 1, month: 1, day: 1) : SandboxDay(year: c.year, month: c.month + 1, day: 1) }

    static func < (lhs: SandboxDay, rhs: SandboxDay) -> Bool { lhs.number < rhs.number }
    func distance(to other: SandboxDay) -> Int { other.number - number }
    func advanced(by n: Int) -> SandboxDay { SandboxDay(number: number + n) }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
