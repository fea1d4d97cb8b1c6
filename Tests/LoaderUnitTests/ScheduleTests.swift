import Foundation
import Loader
import Testing

/// `heroku-warehouse schedule`: the options it accepts and when it runs the next load.
@Suite("Schedule")
struct ScheduleTests {
    private static func date(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text), "bad date in the test: \(text)")
    }

    @Test("durations: units and combinations, in seconds", arguments: [
        ("30s", 30), ("15m", 900), ("6h", 21_600), ("1d", 86_400), ("1h30m", 5_400), ("2D", 172_800),
        ("366d", 31_622_400),
    ])
    func durations(text: String, seconds: Int) throws {
        #expect(try Schedule.parseDuration(text) == seconds)
    }

    @Test("bad durations are refused with one line saying what to write (never a crash on a huge number)",
          arguments: ["", "10", "h", "0s", "5x", "1.5h", "-3m", "367d", "999999999999999999999d", "9223372036854775807s1s"])
    func badDurations(text: String) {
        #expect {
            try Schedule.parseDuration(text)
        } throws: { error in
            let message = "\(error)"
            return message.contains("invalid duration") && message.contains(text.debugDescription) && !message.contains("\n")
        }
    }

    @Test("exactly one of --every and --daily-at; --timezone only with --daily-at; a real 24-hour time and zone")
    func options() throws {
        #expect(try Schedule.parse(every: "6h", dailyAt: nil, timeZone: nil) == .every(seconds: 21_600))
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        #expect(try Schedule.parse(every: nil, dailyAt: "02:05", timeZone: "Europe/Paris")
                == .dailyAt(hour: 2, minute: 5, timeZone: paris))
        #expect(try Schedule.parse(every: nil, dailyAt: "23:59", timeZone: nil)
                == .dailyAt(hour: 23, minute: 59, timeZone: try #require(TimeZone(identifier: "UTC"))))
        let refused: [(String?, String?, String?, String)] = [
            (nil, nil, nil, "exactly one of"), ("6h", "02:00", nil, "exactly one of"),
            ("6h", nil, "Europe/Paris", "--timezone goes with --daily-at"),
            (nil, "2:00", nil, "HH:MM"), (nil, "24:00", nil, "HH:MM"), (nil, "12:60", nil, "HH:MM"),
            (nil, "noon", nil, "HH:MM"), (nil, "02:00", "Mars/Olympus", "unknown time zone"),
        ]
        for (every, dailyAt, zone, expected) in refused {
            #expect(performing: { try Schedule.parse(every: every, dailyAt: dailyAt, timeZone: zone) },
                    throws: { "\($0)".contains(expected) })
        }
    }

    @Test("--every: the first load at once, then one interval after the previous start, or at once after a long load")
    func everyInterval() throws {
        let schedule = Schedule.every(seconds: 3_600)
        let start = try Self.date("2026-11-30T02:00:00Z")
        #expect(schedule.firstRun(from: start) == start)
        #expect(schedule.nextRun(after: start, now: start.addingTimeInterval(60)) == start.addingTimeInterval(3_600))
        let lateNow = start.addingTimeInterval(5_000)
        #expect(schedule.nextRun(after: start, now: lateNow) == lateNow)
    }

    @Test("--daily-at: the next wall-clock time in the zone; once a day across both daylight-saving changes")
    func dailyAcrossDaylightSaving() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let schedule = Schedule.dailyAt(hour: 2, minute: 30, timeZone: paris)
        // Started in the evening: the first load is at 02:30 the next morning (CET, UTC+1).
        let evening = try Self.date("2026-03-27T20:00:00Z")
        let first = schedule.firstRun(from: evening)
        #expect(first == (try Self.date("2026-03-28T01:30:00Z")), "\(first)")
        // 29 March 2026: 02:30 does not exist (02:00 -> 03:00); the load runs at 03:00 CEST.
        let springDay = schedule.nextRun(after: first, now: first)
        #expect(springDay == (try Self.date("2026-03-29T01:00:00Z")), "\(springDay)")
        #expect(schedule.nextRun(after: springDay, now: springDay) == (try Self.date("2026-03-30T00:30:00Z")))
        // 25 October 2026: 02:30 happens twice (03:00 CEST -> 02:00 CET); the load runs once.
        let beforeAutumn = try Self.date("2026-10-24T00:30:00Z")
        let autumnDay = schedule.nextRun(after: beforeAutumn, now: beforeAutumn)
        #expect(autumnDay == (try Self.date("2026-10-25T00:30:00Z")))
        #expect(schedule.nextRun(after: autumnDay, now: autumnDay) == (try Self.date("2026-10-26T01:30:00Z")))
    }

    @Test("--daily-at after a load that ran past the next day's time: the next due time after now, not a backlog")
    func dailyAfterALongLoad() throws {
        let schedule = Schedule.dailyAt(hour: 2, minute: 0, timeZone: try #require(TimeZone(identifier: "UTC")))
        let due = try Self.date("2026-11-28T02:00:00Z")
        let now = try Self.date("2026-11-29T03:00:00Z")
        #expect(schedule.nextRun(after: due, now: now) == (try Self.date("2026-11-30T02:00:00Z")))
    }
}
