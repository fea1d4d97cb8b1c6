import Foundation
import Testing
@testable import Schema

@Suite("ColumnNaming")
struct ColumnNamingTests {
    @Test("base names", arguments: [
        (["cliPluginName"], "cli_plugin_name"),
        (["HTTPServer"], "http_server"),
        (["userID"], "user_id"),
        (["ipv4Address"], "ipv4_address"),
        (["ID"], "id"),
        (["app", "name"], "app_name"),
        (["billed_price", "cents"], "billed_price_cents"),
        (["a.b"], "a_b"),
        (["a-b"], "a_b"),
        (["a__b"], "a_b"),
        (["_raw"], "raw"),
        (["__x__"], "x"),
        (["2fa"], "c_2fa"),
        (["2FA"], "c_2fa"),
        (["select"], "select_"),
        (["default"], "default_"),
        (["Select"], "select_"),
        (["current_user"], "current_user_"),
        (["app", "select"], "app_select"),
        (["😀🎉"], "col"),
        ([""], "col"),
        ([], "col"),
        (["café"], "caf"),
        (["Robert'); DROP TABLE heroku.apps;--"], "robert_drop_table_heroku_apps"),
    ] as [([String], String)])
    func baseNames(path: [String], expected: String) {
        #expect(ColumnNaming.baseName(for: path) == expected)
    }

    @Test("names are always safe unquoted identifiers", arguments: [
        ["Robert'); DROP TABLE heroku.apps;--"], ["\"quoted\""], ["a\u{0}b"], ["😀"], ["-"], ["9"],
        ["ÆØÅ"], ["x y\tz\n"], ["table"], [String(repeating: "ab", count: 100)],
    ] as [[String]])
    func safe(path: [String]) {
        let name = ColumnNaming.name(for: path, taken: [])
        #expect(!name.isEmpty && name.utf8.count <= 63)
        #expect(name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F })
        #expect(name.first.map { $0.isLetter } == true)
        #expect(!ColumnNaming.reservedWords.contains(name))
    }

    @Test("collisions get _2, _3, ...")
    func collisions() {
        let first = ColumnNaming.name(for: ["id"], taken: [])
        let second = ColumnNaming.name(for: ["ID"], taken: [first])
        let third = ColumnNaming.name(for: ["Id"], taken: [first, second])
        #expect([first, second, third] == ["id", "id_2", "id_3"])
        #expect(ColumnNaming.name(for: ["select"], taken: ["select_"]) == "select_2")
        let nested = ColumnNaming.name(for: ["a", "b"], taken: [])
        #expect(ColumnNaming.name(for: ["a.b"], taken: [nested]) == "a_b_2")
    }

    @Test("long keys are cut to 63 bytes with a deterministic hash suffix")
    func longNames() {
        let key = String(repeating: "x", count: 200)
        let name = ColumnNaming.baseName(for: [key])
        #expect(name.utf8.count == 63)
        #expect(name.hasPrefix(String(repeating: "x", count: 54) + "_"))
        #expect(name == ColumnNaming.baseName(for: [key]))
        #expect(name.hasSuffix("_" + ColumnNaming.hashSuffix(for: [key])))
        // A different path with the same prefix gets a different name.
        #expect(ColumnNaming.baseName(for: [key + "y"]) != name)
        // Same text split differently is a different path, hence a different hash.
        #expect(ColumnNaming.hashSuffix(for: ["ab", "c"]) != ColumnNaming.hashSuffix(for: ["a", "bc"]))
        // Exactly 63 bytes is kept as is.
        let exact = String(repeating: "y", count: 63)
        #expect(ColumnNaming.baseName(for: [exact]) == exact)
        // Collision on a long name stays within 63 bytes.
        let again = ColumnNaming.name(for: [key], taken: [name])
        #expect(again.utf8.count <= 63 && again.hasSuffix("_2") && again != name)
    }

    @Test("truncation does not leave a dangling underscore")
    func truncationTrim() {
        let key = String(repeating: "a", count: 53) + "_b" + String(repeating: "c", count: 20)
        let name = ColumnNaming.baseName(for: [key])
        #expect(name.hasPrefix(String(repeating: "a", count: 53) + "_"))
        #expect(!name.contains("__"))
        #expect(name.utf8.count == 53 + 1 + 8)
    }

    @Test("FNV-1a reference values")
    func fnv() {
        // FNV-1a 32-bit of "" is the offset basis, of "a" is 0xe40c292c.
        #expect(ColumnNaming.hashSuffix(for: [""]) == "811c9dc5")
        #expect(ColumnNaming.hashSuffix(for: ["a"]) == "e40c292c")
        #expect(ColumnNaming.hashSuffix(for: ["foobar"]) == "bf9cf968")
    }
}
