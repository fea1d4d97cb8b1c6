import Foundation

/// A day of the UTC calendar, as Heroku's usage names them (`2026-03-01`), with the
/// arithmetic the usage windows need.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The day `year`-`month`-`day`, nil when there is no such day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses a month, `YYYY-MM`, as its first day; nil for anything else.
    public init?(month text: String) {
        self.init(text + "-01")
        guard text.count == 7 else { return nil }
    }

    /// Today in UTC.
    public static func today(now: Date = Date()) -> CalendarDay {
        CalendarDay(utcDayOf: now)
    }

    /// The UTC day of `date`.
    private init(utcDayOf date: Date) {
        let parts = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// `YYYY-MM-DD`.
    public var description: String { "\(monthText)-\(Self.twoDigits(day))" }
    /// `YYYY-MM`.
    public var monthText: String { "\(String(format: "%04d", year))-\(Self.twoDigits(month))" }

    /// The first day of this day's month.
    public var firstOfMonth: CalendarDay { CalendarDay(year: year, month: month, day: 1)! }
    /// The last day of this day's month.
    public var lastOfMonth: CalendarDay { CalendarDay(year: year, month: month, day: Self.daysIn(year: year, month: month))! }

    /// The first day of the month `count` months later (earlier when negative).
    public func addingMonths(_ count: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + count
        return CalendarDay(year: index / 12, month: index % 12 + 1, day: 1)!
    }

    /// The day `count` days later (earlier when negative).
    public func addingDays(_ count: Int) -> CalendarDay {
        let midnight = Calendar.utc.date(from: DateComponents(year: year, month: month, day: day))!
        return CalendarDay(utcDayOf: Calendar.utc.date(byAdding: .day, value: count, to: midnight)!)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension Calendar {
    /// The Gregorian calendar in UTC.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
