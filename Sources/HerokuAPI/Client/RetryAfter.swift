import Foundation

/// Parses a `Retry-After` header: delta-seconds, an epoch timestamp (Heroku's legacy API
/// sent those) or an HTTP-date.
enum RetryAfter {
    /// Values above this many seconds are taken as epoch timestamps (about year 2001).
    static let epochThreshold = 1_000_000_000.0

    /// The delay the header asks for, never negative; `nil` when it cannot be parsed.
    static func delay(from header: String, now: Date) -> Duration? {
        let value = header.trimmingWhitespaceAndNewlines()
        if let number = Double(value), number.isFinite, number >= 0 {
            let seconds = number >= epochThreshold ? number - now.timeIntervalSince1970 : number
            return .seconds(max(0, seconds))
        }
        guard let date = httpDate(value) else { return nil }
        return .seconds(max(0, date.timeIntervalSince(now)))
    }

    private static func httpDate(_ value: String) -> Date? {
        let formats = ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"]
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: value) { return date }
        }
        return nil
    }
}
