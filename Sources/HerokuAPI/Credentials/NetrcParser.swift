/// One `machine` (or `default`) entry of a netrc file.
public struct NetrcEntry: Sendable, Equatable {
    /// The host name after `machine`, or `nil` for the `default` entry.
    public var machine: String?
    /// The `login` token, if present.
    public var login: String?
    /// The `password` token, if present (for Heroku: the API token).
    public var password: String?
    /// The `account` token, if present.
    public var account: String?

    /// Creates an entry.
    public init(machine: String?, login: String? = nil, password: String? = nil, account: String? = nil) {
        self.machine = machine
        self.login = login
        self.password = password
        self.account = account
    }
}

/// A parser for the netrc format used by `curl -n`, `ftp` and the Heroku CLI.
///
/// Tokens are separated by any whitespace, so an entry may span lines or share one.
/// `default` starts an entry that matches any host. `macdef <name>` blocks run to the next
/// blank line and are skipped. `#` starts a comment when a keyword is expected (a password
/// may still begin with `#`). Tokens in double quotes may contain spaces and `\` escapes.
public enum NetrcParser {
    /// Parses netrc text into its entries, in file order. Unknown keywords are ignored.
    public static func parse(_ text: String) -> [NetrcEntry] {
        var scanner = Scanner(scalars: Array(text.unicodeScalars))
        var entries: [NetrcEntry] = []
        var current: NetrcEntry?

        func flush() {
            if let entry = current { entries.append(entry) }
            current = nil
        }

        while let keyword = scanner.nextToken(keywordPosition: true) {
            switch keyword {
            case "machine":
                flush()
                current = NetrcEntry(machine: scanner.nextToken(keywordPosition: false) ?? "")
            case "default":
                flush()
                current = NetrcEntry(machine: nil)
            case "login":
                let value = scanner.nextToken(keywordPosition: false)
                current?.login = value
            case "password":
                let value = scanner.nextToken(keywordPosition: false)
                current?.password = value
            case "account":
                let value = scanner.nextToken(keywordPosition: false)
                current?.account = value
            case "macdef":
                flush()
                scanner.skipMacroDefinition()
            default:
                continue
            }
        }
        flush()
        return entries
    }

    /// The first entry for `machine`, ignoring `default` (its password is not meant for
    /// a specific API and is never sent to Heroku).
    public static func entry(forMachine machine: String, in text: String) -> NetrcEntry? {
        parse(text).first { $0.machine?.lowercased() == machine.lowercased() }
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
        }

        mutating func nextToken(keywordPosition: Bool) -> String? {
            while true {
                while position < scalars.count, Self.isSpace(scalars[position]) { position += 1 }
                guard position < scalars.count else { return nil }
                if keywordPosition, scalars[position] == "#" {
                    skipToEndOfLine()
                    continue
                }
                return scalars[position] == "\"" ? quotedToken() : bareToken()
            }
        }

        private mutating func bareToken() -> String {
            var token = String.UnicodeScalarView()
            while position < scalars.count, !Self.isSpace(scalars[position]) {
                token.append(scalars[position])
                position += 1
            }
            return String(token)
        }

        private mutating func quotedToken() -> String {
            var token = String.UnicodeScalarView()
            position += 1
            while position < scalars.count, scalars[position] != "\"" {
                if scalars[position] == "\\", position + 1 < scalars.count { position += 1 }
                token.append(scalars[position])
                position += 1
            }
            position = min(position + 1, scalars.count)
            return String(token)
        }

        mutating func skipToEndOfLine() {
            while position < scalars.count, scalars[position] != "\n" { position += 1 }
        }

        /// Skips the macro name line, then every line up to and including the next blank one.
        mutating func skipMacroDefinition() {
            skipToEndOfLine()
            while position < scalars.count {
                position += 1
                var lineIsBlank = true
                while position < scalars.count, scalars[position] != "\n" {
                    if !Self.isSpace(scalars[position]) { lineIsBlank = false }
                    position += 1
                }
                if lineIsBlank { return }
            }
        }
    }
}
