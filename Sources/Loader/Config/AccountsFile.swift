import Foundation
import TOMLKit

/// The accounts file (`--config`, TOML): several Heroku accounts loaded into one warehouse.
///
/// ```toml
/// schema = "heroku"                 # optional; --schema wins
///
/// [[accounts]]
/// label = "acme-production"         # the _account value of its rows
/// api_key_env = "HEROKU_KEY_ACME"   # the environment variable holding its key
///
/// [[accounts]]
/// label = "acme-staging"
/// api_key_file = "/run/secrets/heroku_staging"
/// reports = ["apps", "addons"]      # optional; default: the --report flags, else the account-wide reports
/// ```
public struct AccountsFile: Sendable, Equatable {
    /// One account of the file.
    public struct Account: Sendable, Equatable {
        /// The `_account` label of its rows; unique in the file.
        public var label: String
        /// The environment variable that holds its API key.
        public var apiKeyEnvironmentVariable: String?
        /// The file that holds its API key.
        public var apiKeyFile: String?
        /// Another API base URL for this account (e.g. the sandbox).
        public var apiURL: String?
        /// The reports to load for it; nil means the default set.
        public var reports: [String]?
    }

    /// The schema named in the file, if any.
    public var schema: String?
    /// The accounts, in file order.
    public var accounts: [Account]

    /// A problem with the file: one line naming the file, the place and what to do.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Reads and checks an accounts file.
    public static func load(path: String) throws -> AccountsFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(description: "cannot read the accounts file \(path); check the path and its permissions")
        }
        do {
            return try parse(String(decoding: data, as: UTF8.self), name: path)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(description: "\(path): \(error)")
        }
    }

    /// Parses the text of an accounts file (TOML 1.0, read by TOMLKit); `name` is used in
    /// messages.
    public static func parse(_ text: String, name: String = "accounts file") throws -> AccountsFile {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Problem(description: "\(name): line \(error.source.begin.line), column \(error.source.begin.column): "
                          + error.description.replacingOccurrences(of: "\n", with: " "))
        }
        for key in document.keys where key != "schema" && key != "accounts" {
            throw Problem(description: "\(name): unknown setting \(key) (known: schema, [[accounts]])")
        }
        var schema: String?
        if let value = document["schema"] {
            guard let text = value.string else { throw Problem(description: "\(name): schema must be a string") }
            schema = text
        }
        guard let entries = document["accounts"].map({ $0.array }) ?? [] else {
            throw Problem(description: "\(name): accounts must be [[accounts]] entries")
        }
        guard !entries.isEmpty else {
            throw Problem(description: "\(name): no [[accounts]] entry; add one with a label and api_key_env or api_key_file")
        }
        var accounts: [Account] = []
        for (index, value) in entries.enumerated() {
            let place = "\(name): account \(index + 1)"
            guard let entry = value.table else { throw Problem(description: "\(place): must be a table ([[accounts]])") }
            let known: Set<String> = ["label", "api_key_env", "api_key_file", "api_url", "reports"]
            for key in entry.keys where !known.contains(key) {
                throw Problem(description: "\(place): unknown setting \(key) (known: \(known.sorted().joined(separator: ", ")))")
            }
            guard let label = entry["label"]?.string, !label.isEmpty else {
                throw Problem(description: "\(place): label = \"...\" is required")
            }
            if accounts.contains(where: { $0.label == label }) {
                throw Problem(description: "\(place): label \(label.debugDescription) is used twice")
            }
            let environment = try string(entry["api_key_env"], "api_key_env", place)
            let file = try string(entry["api_key_file"], "api_key_file", place)
            guard (environment == nil) != (file == nil) else {
                throw Problem(description: "\(place) (\(label)): set exactly one of api_key_env or api_key_file")
            }
            var reports: [String]?
            if let value = entry["reports"] {
                let names = value.array.map { $0.compactMap(\.string) }
                guard let names, names.count == value.array?.count else {
                    throw Problem(description: "\(place) (\(label)): reports must be an array of strings")
                }
                reports = names
            }
            accounts.append(Account(label: label, apiKeyEnvironmentVariable: environment, apiKeyFile: file,
                                    apiURL: try string(entry["api_url"], "api_url", place), reports: reports))
        }
        return AccountsFile(schema: schema, accounts: accounts)
    }

    private static func string(_ value: (any TOMLValueConvertible)?, _ key: String, _ place: String) throws -> String? {
        guard let value else { return nil }
        guard let text = value.string else { throw Problem(description: "\(place): \(key) must be a string") }
        return text
    }
}
