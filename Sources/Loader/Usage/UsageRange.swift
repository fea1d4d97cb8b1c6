/// The days (or months) one request of a windowed report asks for: `?start=…&end=…`.
public struct UsageRange: Sendable, Hashable {
    /// What one object of the report covers.
    public var period: Report.Window.Period
    /// The first day asked for (for months: the first day of the first month).
    public var first: CalendarDay
    /// The last day asked for (for months: the first day of the last month).
    public var last: CalendarDay

    /// Creates a range.
    public init(period: Report.Window.Period, first: CalendarDay, last: CalendarDay) {
        self.period = period
        self.first = first
        self.last = last
    }

    /// `first` as the API and the stored rows write it: `YYYY-MM-DD`, or `YYYY-MM` for months.
    public var firstText: String { text(first) }
    /// `last` as the API and the stored rows write it.
    public var lastText: String { text(last) }

    /// The first day of each period asked for, in order (days, or the first days of months).
    public var periods: [CalendarDay] {
        var result: [CalendarDay] = []
        var next = first
        while next <= last {
            result.append(next)
            next = period == .day ? next.addingDays(1) : next.addingMonths(1)
        }
        return result
    }

    /// The query string of the request: `?start=2026-01-01&end=2026-01-31`.
    public var query: String { "?start=\(firstText)&end=\(lastText)" }

    private func text(_ day: CalendarDay) -> String { period == .day ? day.description : day.monthText }
}

/// Which ranges a windowed report asks each parent for.
///
/// The first load backfills from `since`; later loads ask again from the last stored day
/// less ``settlingDays`` (recent days still settle), or from the last stored month and the
/// month before it (until its invoice closes it, a month's usage may change), to `today`.
/// Days are asked a calendar month at a time, months twelve at a time; the ranges come
/// newest first, so when Heroku refuses an old start the load keeps the newer ranges.
public enum UsageWindows {
    /// Days before the last stored one asked for again.
    public static let settlingDays = 3
    /// Months one request of a monthly report asks for at most.
    public static let monthsPerRequest = 12

    /// The ranges to ask for, newest first. `lastStored` is the latest `date` (`month`) the
    /// parent's stored rows hold, nil when none.
    public static func ranges(_ period: Report.Window.Period, since: CalendarDay, today: CalendarDay,
                              lastStored: String?) -> [UsageRange] {
        switch period {
        case .day:
            var start = since
            if let stored = lastStored.flatMap({ CalendarDay($0) }) { start = stored.addingDays(-settlingDays) }
            start = min(start, today)
            var ranges: [UsageRange] = []
            var month = start.firstOfMonth
            while month <= today {
                ranges.append(UsageRange(period: .day, first: max(month, start), last: min(month.lastOfMonth, today)))
                month = month.addingMonths(1)
            }
            return ranges.reversed()
        case .month:
            let thisMonth = today.firstOfMonth
            var start = since.firstOfMonth
            if let stored = lastStored.flatMap({ CalendarDay(month: $0) }) { start = min(stored, thisMonth.addingMonths(-1)) }
            start = min(start, thisMonth)
            var ranges: [UsageRange] = []
            while start <= thisMonth {
                let last = min(start.addingMonths(monthsPerRequest - 1), thisMonth)
                ranges.append(UsageRange(period: .month, first: start, last: last))
                start = last.addingMonths(1)
            }
            return ranges.reversed()
        }
    }

    /// The default `--usage-since`: the first day of the month twelve months before `today`'s.
    public static func defaultSince(today: CalendarDay) -> CalendarDay {
        today.firstOfMonth.addingMonths(-12)
    }
}
