import Loader
import Testing

/// The ranges a windowed report asks for, as pure functions of the stored periods and the day.
@Suite("Usage windows")
struct UsageWindowsTests {
    private func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    private func queries(_ period: Report.Window.Period, since: String, today: String, stored: String?) -> [String] {
        UsageWindows.ranges(period, since: day(since), today: day(today), lastStored: stored).map(\.query)
    }

    @Test("a first load backfills from since, a calendar month of days per request, newest first")
    func dailyBackfill() {
        #expect(queries(.day, since: "2023-12-30", today: "2024-03-02", stored: nil) == [
            "?start=2024-03-01&end=2024-03-02", "?start=2024-02-01&end=2024-02-29",
            "?start=2024-01-01&end=2024-01-31", "?start=2023-12-30&end=2023-12-31",
        ])
    }

    @Test("later loads ask from the last stored day less 3, across a month boundary too")
    func dailyIncremental() {
        #expect(queries(.day, since: "2020-01-01", today: "2026-03-10", stored: "2026-03-09") == ["?start=2026-03-06&end=2026-03-10"])
        #expect(queries(.day, since: "2020-01-01", today: "2026-03-02", stored: "2026-03-01")
                == ["?start=2026-03-01&end=2026-03-02", "?start=2026-02-26&end=2026-02-28"])
        // Stored days newer than today (a clock set back): today alone.
        #expect(queries(.day, since: "2020-01-01", today: "2026-03-02", stored: "2026-04-01") == ["?start=2026-03-02&end=2026-03-02"])
    }

    @Test("months: twelve per request from since, then the last stored month and the one before")
    func monthly() {
        #expect(queries(.month, since: "2024-11-15", today: "2026-03-10", stored: nil)
                == ["?start=2025-11&end=2026-03", "?start=2024-11&end=2025-10"])
        #expect(queries(.month, since: "2020-01-01", today: "2026-03-10", stored: "2026-03") == ["?start=2026-02&end=2026-03"])
        #expect(queries(.month, since: "2020-01-01", today: "2026-01-05", stored: "2025-12") == ["?start=2025-12&end=2026-01"])
    }

    @Test("the default --usage-since is the first day of the month twelve months back")
    func defaultSince() {
        #expect(UsageWindows.defaultSince(today: day("2026-03-10")).description == "2025-03-01")
        #expect(CalendarDay("2026-02-29") == nil && CalendarDay("2026-2-01") == nil && CalendarDay("2024-02-29") != nil)
    }
}
