/// Helpers that keep database passwords out of logs and error messages.
///
/// Understands the three places a libpq connection string can carry a password:
/// the user-info of a URL (`postgresql://user:secret@host/db`), a URL query parameter
/// (`?password=secret`) and a key/value conninfo string (`password=secret` or
/// `password='se cret'`). `sslpassword=` is treated the same way.
public enum DatabaseURL {
    /// The replacement text for a hidden password.
    public static let mask = "***"

    /// The connection string with every password replaced by `***`.
    ///
    /// `postgresql://user:secret@host/db` becomes `postgresql://user:***@host/db`;
    /// `host=h password=secret` becomes `host=h password=***`; `?password=secret` becomes
    /// `?password=***`. A string without a password is returned unchanged.
    public static func masked(_ url: String) -> String {
        let scalars = Array(url.unicodeScalars)
        return replacing(mergedRanges(passwordRanges(in: scalars)), in: scalars, with: mask)
    }

    /// The message with every occurrence of each secret, and anything that looks like a
    /// password in a URL or conninfo fragment, replaced by `***`.
    ///
    /// - Parameters:
    ///   - message: Text that may contain a password, typically a libpq error message.
    ///   - secrets: Known passwords to hide wherever they appear; empty strings are ignored.
    public static func redacting(_ message: String, secrets: [String]) -> String {
        var scalars = Array(message.unicodeScalars)
        let known = Set(secrets.filter { !$0.isEmpty }).sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        for secret in known {
            scalars = Array(replacingOccurrences(of: Array(secret.unicodeScalars), in: scalars, with: mask).unicodeScalars)
        }
        return replacing(mergedRanges(passwordRanges(in: scalars)), in: scalars, with: mask)
    }

    /// The passwords written in a connection string, as written and percent-decoded, for
    /// `redacting(_:secrets:)`.
    static func secrets(in url: String) -> [String] {
        let scalars = Array(url.unicodeScalars)
        var found: [String] = []
        for range in passwordRanges(in: scalars) {
            var value = String(String.UnicodeScalarView(scalars[range]))
            found.append(value)
            if value.hasPrefix("'"), value.hasSuffix("'"), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
                found.append(value)
                found.append(value.replacingBackslashEscapes())
            }
            if let decoded = percentDecoded(value), decoded != value {
                found.append(decoded)
            }
        }
        return found.filter { !$0.isEmpty }
    }

    // MARK: - Scanning

    /// Ranges (in unicode scalars) of password values found in `s`.
    private static func passwordRanges(in s: [Unicode.Scalar]) -> [Range<Int>] {
        userInfoPasswordRanges(in: s) + parameterPasswordRanges(in: s)
    }

    /// `scheme://user:PASSWORD@host`: for each `://`, the text between the first `:` of the
    /// user-info and the last `@` before the query or the next whitespace.
    private static func userInfoPasswordRanges(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i + 2 < s.count {
            guard s[i] == ":", s[i + 1] == "/", s[i + 2] == "/" else { i += 1; continue }
            let start = i + 3
            var end = start
            while end < s.count, !s[end].properties.isWhitespace, s[end] != "?", s[end] != "\"" {
                end += 1
            }
            if let at = s[start..<end].lastIndex(of: "@"),
               let colon = s[start..<at].firstIndex(of: ":"),
               colon + 1 < at {
                ranges.append((colon + 1)..<at)
            }
            i = max(end, start)
        }
        return ranges
    }

    /// `password=VALUE` / `password = 'VALUE'` / `sslpassword=VALUE`, case-insensitive.
    private static func parameterPasswordRanges(in s: [Unicode.Scalar]) -> [Range<Int>] {
        let key = Array("password".unicodeScalars)
        var ranges: [Range<Int>] = []
        var i = 0
        while i + key.count <= s.count {
            var matches = true
            for k in 0..<key.count where lowercased(s[i + k]) != key[k] {
                matches = false
                break
            }
            guard matches else { i += 1; continue }
            var j = i + key.count
            while j < s.count, s[j] == " " { j += 1 }
            guard j < s.count, s[j] == "=" else { i += key.count; continue }
            j += 1
            while j < s.count, s[j] == " " { j += 1 }
            let valueStart = j
            if j < s.count, s[j] == "'" {
                j += 1
                while j < s.count, s[j] != "'" {
                    if s[j] == "\\" { j += 1 }
                    j += 1
                }
                j = min(j + 1, s.count)
            } else {
                while j < s.count, !s[j].properties.isWhitespace, s[j] != "&", s[j] != "#", s[j] != "\"" {
                    j += 1
                }
            }
            if j > valueStart { ranges.append(valueStart..<j) }
            i = max(j, i + 1)
        }
        return ranges
    }

    private static func lowercased(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value >= 65, c.value <= 90, let lower = Unicode.Scalar(c.value + 32) { return lower }
        return c
    }

    // MARK: - Rewriting

    private static func mergedRanges(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Replaces sorted, non-overlapping ranges.
    private static func replacing(_ ranges: [Range<Int>], in s: [Unicode.Scalar], with replacement: String) -> String {
        var out = String.UnicodeScalarView()
        var position = 0
        for range in ranges {
            out.append(contentsOf: s[position..<range.lowerBound])
            out.append(contentsOf: replacement.unicodeScalars)
            position = range.upperBound
        }
        out.append(contentsOf: s[position...])
        return String(out)
    }

    private static func replacingOccurrences(of needle: [Unicode.Scalar], in s: [Unicode.Scalar], with replacement: String) -> String {
        guard !needle.isEmpty, needle.count <= s.count else { return String(String.UnicodeScalarView(s)) }
        var ranges: [Range<Int>] = []
        var i = 0
        while i + needle.count <= s.count {
            if s[i..<(i + needle.count)].elementsEqual(needle) {
                ranges.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return replacing(ranges, in: s, with: replacement)
    }

    /// `%XX`-decoding; nil when the result is not valid UTF-8 or an escape is malformed.
    static func percentDecoded(_ s: String) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(s.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard utf8.count >= 2,
                      let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

extension String {
    /// `\x` → `x`, as in a single-quoted conninfo value.
    fileprivate func replacingBackslashEscapes() -> String {
        var out = String.UnicodeScalarView()
        var escaped = false
        for c in unicodeScalars {
            if !escaped, c == "\\" { escaped = true; continue }
            escaped = false
            out.append(c)
        }
        return String(out)
    }
}
