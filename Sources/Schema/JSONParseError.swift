import Foundation

/// Why a byte sequence is not the JSON that was expected, and where.
///
/// Its description is one line: `invalid JSON at byte 1234: unterminated string`.
public struct JSONParseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The 0-based byte offset in the input where the problem was found.
    public let offset: Int
    /// What is wrong, without the offset (`unterminated string`).
    public let message: String

    /// An error at `offset` with `message`.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// `invalid JSON at byte <offset>: <message>`.
    public var description: String { "invalid JSON at byte \(offset): \(message)" }
}
