import Foundation

/// A small, strict reader for the part of TOML that account files use: comments, `key =
/// value` pairs with strings, integers, floats, booleans and arrays of strings, `[table]`
/// and `[[array.of.tables]]` headers. Anything else is an error that names the line, so a
/// typo never silently changes what gets loaded.
struct TOMLDocument {
    /// A value of the supported subset.
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        case float(Double)
        case bool(Bool)
        case strings([String])
    }

    /// Keys of the top level (before any header).
    private(set) var root: [String: Value] = [:]
    /// `[name]` tables.
    private(set) var tables: [String: [String: Value]] = [:]
    /// `[[name]]` arrays of tables, in file order.
    private(set) var arrays: [String: [[String: Value]]] = [:]

    /// A line the reader does not accept.
    struct ParseError: Error, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "line \(line): \(message)" }
    }

    init(parsing text: String) throws {
        enum Target { case root, table(String), array(String) }
        var target = Target.root
        // "\r\n" is a single Character in Swift: normalise line ends before splitting.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            let line = Self.stripComment(String(rawLine)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[[") {
                guard line.hasSuffix("]]"), line.count > 4 else { throw ParseError(line: number, message: "unclosed [[header]]") }
                let name = String(line.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespaces)
                try Self.checkKey(name, line: number)
                arrays[name, default: []].append([:])
                target = .array(name)
            } else if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else { throw ParseError(line: number, message: "unclosed [header]") }
                let name = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                try Self.checkKey(name, line: number)
                guard tables[name] == nil else { throw ParseError(line: number, message: "table [\(name)] defined twice") }
                tables[name] = [:]
                target = .table(name)
            } else {
                guard let equals = line.firstIndex(of: "=") else {
                    throw ParseError(line: number, message: "expected key = value")
                }
                let key = line[..<equals].trimmingCharacters(in: .whitespaces)
                try Self.checkKey(key, line: number)
                let value = try Self.parseValue(line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces),
                                                line: number)
                switch target {
                case .root:
                    guard root[key] == nil else { throw ParseError(line: number, message: "key \(key) set twice") }
                    root[key] = value
                case .table(let name):
                    guard tables[name]?[key] == nil else { throw ParseError(line: number, message: "key \(key) set twice") }
                    tables[name]?[key] = value
                case .array(let name):
                    let index = arrays[name, default: []].count - 1
                    guard arrays[name]?[index][key] == nil else {
                        throw ParseError(line: number, message: "key \(key) set twice")
                    }
                    arrays[name]?[index][key] = value
                }
            }
        }
    }

    private static func checkKey(_ key: String, line: Int) throws {
        let allowed = key.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
                || $0 == "."
        }
        guard !key.isEmpty, allowed else { throw ParseError(line: line, message: "invalid key \(key.debugDescription)") }
    }

    /// Removes a `#` comment that is not inside a string.
    private static func stripComment(_ line: String) -> String {
        var inString = false
        var escaped = false
        for (index, character) in zip(line.indices, line) {
            if escaped { escaped = false; continue }
            if character == "\\" && inString { escaped = true; continue }
            if character == "\"" { inString.toggle() }
            if character == "#" && !inString { return String(line[..<index]) }
        }
        return line
    }

    private static func parseValue(_ text: String, line: Int) throws -> Value {
        if text.hasPrefix("\"") { return .string(try parseString(text, line: line)) }
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if text.hasPrefix("[") {
            guard text.hasSuffix("]") else { throw ParseError(line: line, message: "arrays must close on the same line") }
            let inner = text.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
            if inner.isEmpty { return .strings([]) }
            var items: [String] = []
            for item in splitArray(inner) {
                let trimmed = item.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }  // a trailing comma
                guard trimmed.hasPrefix("\"") else { throw ParseError(line: line, message: "only arrays of strings are supported") }
                items.append(try parseString(trimmed, line: line))
            }
            return .strings(items)
        }
        let number = text.replacingOccurrences(of: "_", with: "")
        if let integer = Int(number) { return .integer(integer) }
        if let float = Double(number) { return .float(float) }
        throw ParseError(line: line, message: "unsupported value \(text); quote strings with \"")
    }

    private static func splitArray(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var inString = false
        var escaped = false
        for character in text {
            if escaped { escaped = false; current.append(character); continue }
            if character == "\\" && inString { escaped = true; current.append(character); continue }
            if character == "\"" { inString.toggle() }
            if character == "," && !inString { parts.append(current); current = ""; continue }
            current.append(character)
        }
        parts.append(current)
        return parts
    }

    private static func parseString(_ text: String, line: Int) throws -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else {
            throw ParseError(line: line, message: "unterminated string \(text)")
        }
        var result = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                default: throw ParseError(line: line, message: "unsupported escape \\\(character)")
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                throw ParseError(line: line, message: "unexpected quote inside \(text)")
            } else {
                result.append(character)
            }
        }
        if escaped { throw ParseError(line: line, message: "unterminated escape in \(text)") }
        return result
    }
}
