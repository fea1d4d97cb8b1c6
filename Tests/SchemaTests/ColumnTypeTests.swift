import Foundation
import Testing
@testable import Schema

@Suite("ColumnType lattice")
struct ColumnTypeTests {
    /// The expected lattice join for every ordered pair.
    static func expectedJoin(_ a: ColumnType, _ b: ColumnType) -> ColumnType {
        if a == b { return a }
        if a == .jsonb || b == .jsonb { return .jsonb }
        if Set([a, b]) == [.bigint, .numeric] { return .numeric }
        return .text
    }

    static let pairs: [(ColumnType, ColumnType)] = ColumnType.allCases.flatMap { a in
        ColumnType.allCases.map { b in (a, b) }
    }

    @Test("sql names")
    func sqlNames() {
        #expect(ColumnType.allCases.map(\.sqlName)
                == ["boolean", "bigint", "numeric", "uuid", "timestamptz", "text", "jsonb"])
    }

    @Test("explicit joins", arguments: [
        (ColumnType.bigint, ColumnType.numeric, ColumnType.numeric),
        (.numeric, .bigint, .numeric),
        (.bigint, .text, .text),
        (.bigint, .boolean, .text),
        (.uuid, .text, .text),
        (.uuid, .timestamptz, .text),
        (.timestamptz, .bigint, .text),
        (.boolean, .numeric, .text),
        (.text, .jsonb, .jsonb),
        (.boolean, .jsonb, .jsonb),
        (.uuid, .uuid, .uuid),
    ])
    func explicitJoins(a: ColumnType, b: ColumnType, expected: ColumnType) {
        #expect(a.widened(with: b) == expected)
    }

    @Test("every pair: join, symmetry, upper bound, canWiden", arguments: pairs)
    func everyPair(a: ColumnType, b: ColumnType) {
        let join = a.widened(with: b)
        #expect(join == Self.expectedJoin(a, b))
        #expect(join == b.widened(with: a))
        #expect(a.canWiden(to: join))
        #expect(b.canWiden(to: join))
        #expect(a.canWiden(to: b) == (join == b))
        for c in ColumnType.allCases {
            #expect(join.widened(with: c) == a.widened(with: b.widened(with: c)))
        }
    }

    @Test("never narrows")
    func neverNarrows() {
        #expect(!ColumnType.numeric.canWiden(to: .bigint))
        #expect(!ColumnType.text.canWiden(to: .uuid))
        #expect(!ColumnType.jsonb.canWiden(to: .text))
        #expect(ColumnType.bigint.canWiden(to: .numeric))
        #expect(ColumnType.timestamptz.canWiden(to: .timestamptz))
    }
}
