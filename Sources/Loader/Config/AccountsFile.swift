import Foundation

/// The accounts file (`--config`): several Heroku accounts loaded into one warehouse.
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

    /// Parses the text of an accounts file; `name` is used in messages.
    public static func parse(_ text: String, name: String = "accounts file") throws -> AccountsFile {
        let document: TOMLDocument
        do {
            document = try TOMLDocument(parsing: text)
        } catch {
            throw Problem(description: "\(name): \(error)")
        }
        for key in document.root.keys where key != "schema" {
            throw Problem(description: "\(name): unknown setting \(key) (known: schema, [[accounts]])")
        }
        for table in document.tables.keys {
            throw Problem(description: "\(name): unknown table [\(table)] (accounts are [[accounts]])")
        }
        for array in document.arrays.keys where array != "accounts" {
            throw Problem(description: "\(name): unknown table [[\(array)]] (accounts are [[accounts]])")
        }
        var schema: String?
        if let value = document.root["schema"] {
            guard case .string(let text) = value else { throw Problem(description: "\(name): schema must be a string") }
            schema = text
        }
        let entries = document.arrays["accounts"] ?? []
        guard !entries.isEmpty else {
            throw Problem(description: "\(name): no [[accounts]] entry; add one with a label and api_key_env or api_key_file")
        }
        var accounts: [Account] = []
        for (index, entry) in entries.enumerated() {
            let place = "\(name): account \(index + 1)"
            let known: Set<String> = ["label", "api_key_env", "api_key_file", "api_url", "reports"]
            for key in entry.keys where !known.contains(key) {
                throw Problem(description: "\(place): unknown setting \(key) (known: \(known.sorted().joined(separator: ", ")))")
            }
            guard case .string(let label)? = entry["label"], !label.isEmpty else {
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
                guard case .strings(let names) = value else {
                    throw Problem(description: "\(place) (\(label)): reports must be an array of strings")
                }
                reports = names
            }
            accounts.append(Account(label: label, apiKeyEnvironmentVariable: environment, apiKeyFile: file,
                                    apiURL: try string(entry["api_url"], "api_url", place), reports: reports))
        }
        return AccountsFile(schema: schema, accounts: accounts)
    }

    private static func string(_ value: TOMLDocument.Value?, _ key: String, _ place: String) throws -> String? {
        guard let value else { return nil }
        guard case .string(let text) = value else { throw Problem(description: "\(place): \(key) must be a string") }
        return text
    }
}
