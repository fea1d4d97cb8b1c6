import Foundation
import Testing

/// The layering as the code has it (the `import` lines of every target) against what
/// `Package.swift` declares and what `docs/ARCHITECTURE.md`'s dependency table says: a
/// dependency added, dropped or moved in one place and not the others fails here.
@Suite struct DependencyTests {
    @Test func packageDeclaresExactlyWhatEachTargetImports() throws {
        let declared = try PackageManifest.targetDependencies()
        #expect(declared.count > 10, "Package.swift's targets were not found: \(declared.keys.sorted())")
        for (target, dependencies) in declared.sorted(by: { $0.key < $1.key }) {
            let imported = try SourceImports.modules(of: target)
            #expect(imported == dependencies, """
                \(target): Package.swift declares \(dependencies.sorted()), its files import \(imported.sorted()); \
                declared, not imported: \(dependencies.subtracting(imported).sorted()); \
                imported, not declared: \(imported.subtracting(dependencies).sorted())
                """)
        }
    }

    @Test func architectureTableMatchesTheImports() throws {
        let table = try ArchitectureTable.rows()
        let sourceTargets = try SourceImports.sourceTargets()
        #expect(Set(table.keys) == sourceTargets,
                "docs/ARCHITECTURE.md's table lists \(table.keys.sorted()), Sources holds \(sourceTargets.sorted())")
        for (target, listed) in table.sorted(by: { $0.key < $1.key }) {
            let imported = Set(try SourceImports.modules(of: target).map(ArchitectureTable.family))
            #expect(imported == listed, """
                \(target): docs/ARCHITECTURE.md says it depends on \(listed.sorted()), its files import \(imported.sorted())
                """)
        }
    }

    @Test func onlyWarehouseReachesPostgreSQL() throws {
        let importers = try SourceImports.sourceTargets().filter { try SourceImports.modules(of: $0).contains("Postgres") }
        // The benchmark's floor times a bare COPY, which no module of the product offers.
        #expect(importers == ["Warehouse", "heroku-warehouse-bench"])
    }
}

/// The repository's root, from this file's path.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}

/// The modules a target's Swift files import (the system's own left out).
enum SourceImports {
    static let system: Set<String> = ["Foundation", "Dispatch", "Glibc", "Darwin", "Testing", "XCTest"]
    static let accessLevels: Set<String> = ["internal", "public", "package", "private", "fileprivate"]

    /// Where each target's files are: `Sources/<name>`, `Tests/<name>`, or the path
    /// Package.swift gives.
    static func directory(of target: String) -> URL {
        if target == "WarehouseSQL" { return Repository.root.appendingPathComponent("sql") }
        let source = Repository.root.appendingPathComponent("Sources/\(target)")
        if FileManager.default.fileExists(atPath: source.path) { return source }
        return Repository.root.appendingPathComponent("Tests/\(target)")
    }

    /// The product's targets: `Sources/*` (CLibpq, a system library, is a module map with
    /// no Swift) and `WarehouseSQL` (`sql/`).
    static func sourceTargets() throws -> Set<String> {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("Sources").path)
        return Set(names.filter { !$0.hasPrefix(".") && $0 != "CLibpq" }).union(["WarehouseSQL"])
    }

    static func modules(of target: String) throws -> Set<String> {
        var modules: Set<String> = []
        let directory = directory(of: target)
        guard let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        for case let file as URL in files where file.pathExtension == "swift" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let words = line.split(separator: " ").filter { !$0.hasPrefix("@") && !accessLevels.contains(String($0)) }
                guard words.count == 2, words[0] == "import" else { continue }
                modules.insert(String(words[1]))
            }
        }
        return modules.subtracting(system)
    }
}

/// Each target's dependencies as `Package.swift` declares them (targets by name, products by
/// product name).
enum PackageManifest {
    static func targetDependencies() throws -> [String: Set<String>] {
        let manifest = try Repository.text("Package.swift")
        var result: [String: Set<String>] = [:]
        let kinds = [".target(", ".executableTarget(", ".testTarget("]
        var rest = Substring(manifest)
        while let start = kinds.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            rest = rest[start.upperBound...]
            let block = rest[..<endOfCall(rest)]
            guard let name = firstQuoted(after: "name:", in: block) else { continue }
            var dependencies: Set<String> = []
            if let list = block.range(of: "dependencies:") {
                let open = block[list.upperBound...].firstIndex(of: "[")!
                let close = block[open...].firstIndex(of: "]")!
                let entries = block[open..<close]
                for entry in entries.components(separatedBy: ",") {
                    let trimmed = entry.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "[")))
                    if trimmed.hasPrefix("\"") {
                        dependencies.insert(trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
                    } else if let product = firstQuoted(after: ".product(name:", in: Substring(trimmed)) {
                        dependencies.insert(product)
                    }
                }
            }
            result[name] = dependencies
        }
        return result
    }

    /// The index just past the `)` that closes the call whose arguments `text` starts with.
    private static func endOfCall(_ text: Substring) -> Substring.Index {
        var depth = 1
        var index = text.startIndex
        while index < text.endIndex {
            switch text[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }

    private static func firstQuoted(after label: String, in text: Substring) -> String? {
        guard let labelRange = text.range(of: label) else { return nil }
        let after = text[labelRange.upperBound...]
        guard let open = after.firstIndex(of: "\"") else { return nil }
        let value = after[after.index(after: open)...]
        guard let close = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<close])
    }
}

/// `docs/ARCHITECTURE.md`'s table `| target | depends on | job |`.
enum ArchitectureTable {
    /// NIO's modules are one row entry, `NIO`.
    static func family(_ module: String) -> String {
        module.hasPrefix("NIO") ? "NIO" : module
    }

    static func rows() throws -> [String: Set<String>] {
        var rows: [String: Set<String>] = [:]
        for line in try Repository.text("docs/ARCHITECTURE.md").split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            let target = cells[0].split(separator: "`")[0]
            let listed = cells[1] == "–" || cells[1] == "Foundation only" ? [] : cells[1].components(separatedBy: ", ")
            rows[String(target)] = Set(listed)
        }
        return rows
    }
}

/// What the docs and comments cite exists in the repository.
@Suite struct CitationTests {
    /// Every `Some/Path.swift` (or `.sql`) the architecture notes and the README name is a file
    /// of the repository (a path ending with it).
    @Test func citedSourceFilesExist() throws {
        let files = try RepositoryFiles.all()
        for document in ["docs/ARCHITECTURE.md", "README.md", "sql/README.md"] {
            let text = try Repository.text(document)
            for cited in RepositoryFiles.citedPaths(in: text) {
                #expect(files.contains { $0 == cited || $0.hasSuffix("/" + cited) },
                        "\(document) cites \(cited), which is not in the repository")
            }
        }
    }

    /// Comments in code speak for themselves: no issue numbers, no notes that live outside
    /// the repository.
    @Test func commentsCiteNothingOutsideTheRepository() throws {
        let outside = ["DESIGN.md", "NOTES.md", "STYLE.md"]
        for path in try RepositoryFiles.all() where path.hasSuffix(".swift") {
            let text = try Repository.text(path)
            for line in text.split(separator: "\n") where line.contains("//") {
                let comment = line[line.range(of: "//")!.lowerBound...]
                #expect(!outside.contains { comment.contains($0) }, "\(path): \(comment)")
                #expect(comment.range(of: #"issue \d"#, options: [.regularExpression, .caseInsensitive]) == nil, "\(path): \(comment)")
            }
        }
    }
}

/// The repository's files, as paths relative to its root.
enum RepositoryFiles {
    static func all() throws -> [String] {
        var paths: [String] = []
        for top in ["Sources", "Tests", "sql", "scripts", "docs"] {
            let root = Repository.root.appendingPathComponent(top)
            guard let files = FileManager.default.enumerator(atPath: root.path) else { continue }
            for case let path as String in files { paths.append(top + "/" + path) }
        }
        return paths
    }

    /// `Dir/File.swift` and `dir/file.sql` paths written in `text` (with at least one `/`).
    static func citedPaths(in text: String) -> Set<String> {
        let pattern = #"[A-Za-z0-9_+]+(/[A-Za-z0-9_+.-]+)+\.(swift|sql)\b"#
        var found: Set<String> = []
        var rest = text[...]
        while let range = rest.range(of: pattern, options: .regularExpression) {
            found.insert(String(rest[range]))
            rest = rest[range.upperBound...]
        }
        return found
    }
}
