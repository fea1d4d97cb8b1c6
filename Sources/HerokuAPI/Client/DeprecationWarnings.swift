import Foundation

/// The deprecation texts a client has already logged. Heroku announces deprecations in the
/// `Warning-Message` and `X-Heroku-Warning` response headers, on every response of the
/// endpoint concerned: one line per distinct text and client (one load) is enough.
final class DeprecationWarnings: @unchecked Sendable {
    // @unchecked: `seen` is only touched while `lock` is held.
    private let lock = NSLock()
    private var seen: Set<String> = []

    /// The response headers Heroku announces deprecations in.
    static let headerNames = ["Warning-Message", "X-Heroku-Warning"]

    /// True the first time `text` is seen (it is remembered), false afterwards.
    func isNew(_ text: String) -> Bool {
        lock.withLock { seen.insert(text).inserted }
    }
}

extension HerokuClient {
    /// Logs each deprecation header of a response at warning level, once per distinct text
    /// for this client, with the request's method and path (the key redacted from the text).
    ///
    /// - Parameter values: the values of a response header, by name.
    func logDeprecationWarnings(method: String, path: String, values: (String) -> [String]) {
        for name in DeprecationWarnings.headerNames {
            for value in values(name) {
                let text = HerokuAPIError.oneLine(redact(value))
                guard !text.isEmpty, deprecationWarnings.isNew(text) else { continue }
                logger.warning("Heroku API warning: \(text)", metadata: [
                    "http.method": "\(method)", "http.path": "\(path)", "http.header": "\(name)",
                ])
            }
        }
    }
}
