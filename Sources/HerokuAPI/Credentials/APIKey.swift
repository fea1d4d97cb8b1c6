/// A Heroku API key (a bearer token).
///
/// The key is never printed: `description`, `debugDescription` and string interpolation all
/// produce `APIKey(redacted)`. Read the secret only through ``secretValue``.
public struct APIKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    private let storage: String

    /// Creates a key from raw text, trimming surrounding whitespace and newlines.
    ///
    /// - Parameter rawValue: the key as read from a file, the environment or `~/.netrc`.
    /// - Throws: ``CredentialError/emptyKey(source:)`` when nothing is left after trimming.
    public init(_ rawValue: String, source: String = "the API key") throws(CredentialError) {
        let trimmed = rawValue.trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { throw .emptyKey(source: source) }
        storage = trimmed
    }

    /// The secret itself. Use it only to build the `Authorization` header.
    public var secretValue: String { storage }

    /// Always `APIKey(redacted)`.
    public var description: String { "APIKey(redacted)" }

    /// Always `APIKey(redacted)`.
    public var debugDescription: String { "APIKey(redacted)" }
}

extension String {
    /// The string without leading and trailing spaces, tabs, carriage returns and newlines.
    func trimmingWhitespaceAndNewlines() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
