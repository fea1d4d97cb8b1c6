import Foundation

/// When `heroku-warehouse schedule` runs loads: at a fixed interval, or daily at a wall-clock
/// time in a time zone.
public enum Schedule: Sendable, Equatable {
    /// Every `seconds` seconds, the first run at once.
    case every(seconds: Int)
    /// Every day at `hour:minute` in `timeZone`.
    case dailyAt(hour: Int, minute: Int, timeZone: TimeZone)

    /// A schedule option that cannot be used; one line saying what to write instead.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Reads `--every` (e.g. `90s`, `15m`, `6h`, `1d`, `1h30m`) or `--daily-at HH:MM` with
    /// `--timezone` (an IANA name such as `Europe/Paris`; default UTC).
    public static func parse(every: String?, dailyAt: String?, timeZone: String?) throws -> Schedule {
        switch (every, dailyAt) {
        case (nil, nil), (.some, .some):
            throw Problem(description: "give exactly one of --every DURATION (e.g. 6h) or --daily-at HH:MM")
        case (let every?, nil):
            if timeZone != nil { throw Problem(description: "--timezone goes with --daily-at, not --every") }
            return .every(seconds: try parseDuration(every))
        case (nil, let time?):
            let parts = time.split(separator: ":")
            guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let hour = Int(parts[0]), let minute = Int(parts[1]),
                  (0..<24).contains(hour), (0..<60).contains(minute)
            else { throw Problem(description: "--daily-at takes a 24-hour time HH:MM such as 02:00, not \(time.debugDescription)") }
            let name = timeZone ?? "UTC"
            guard let zone = TimeZone(identifier: name) else {
                throw Problem(description: "unknown time zone \(name.debugDescription); use an IANA name such as UTC or Europe/Paris")
            }
            return .dailyAt(hour: hour, minute: minute, timeZone: zone)
        }
    }

    /// The longest duration accepted: a year (longer ones are typing mistakes).
    public static let longestDuration = 366 * 86_400

    /// Parses `90s`, `15m`, `6h`, `1d` or combinations such as `1h30m` into seconds (1 to
    /// ``longestDuration``).
    public static func parseDuration(_ text: String) throws -> Int {
        var total = 0
        var digits = ""
        var sawUnit = false
        for character in text.lowercased() {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            let unit: Int
            switch character {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3_600
            case "d": unit = 86_400
            default: throw Problem(description: "invalid duration \(text.debugDescription): use e.g. 30s, 15m, 6h, 1d or 1h30m")
            }
            guard !digits.isEmpty else {
                throw Problem(description: "invalid duration \(text.debugDescription): a number must come before each unit")
            }
            guard let value = Int(digits), value <= longestDuration / unit, total + value * unit <= longestDuration else {
                throw Problem(description: "invalid duration \(text.debugDescription): at most a year (366d)")
            }
            total += value * unit
            digits = ""
            sawUnit = true
        }
        guard sawUnit, digits.isEmpty, total > 0 else {
            throw Problem(description: "invalid duration \(text.debugDescription): use e.g. 30s, 15m, 6h, 1d or 1h30m")
        }
        return total
    }

    /// The first run when the scheduler starts at `start`.
    public func firstRun(from start: Date) -> Date {
        switch self {
        case .every: return start
        case .dailyAt: return nextRun(after: start, now: start)
        }
    }

    /// The run after one that was due at `previous`, never earlier than `now`.
    public func nextRun(after previous: Date, now: Date = Date()) -> Date {
        switch self {
        case .every(let seconds):
            return max(previous.addingTimeInterval(TimeInterval(seconds)), now)
        case .dailyAt(let hour, let minute, let zone):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let reference = max(previous, now)
            let components = DateComponents(hour: hour, minute: minute, second: 0)
            return calendar.nextDate(after: reference, matching: components, matchingPolicy: .nextTime) ?? reference
        }
    }
}
