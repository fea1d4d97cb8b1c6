import Foundation

/// The PostgreSQL type of a warehouse column.
///
/// Types form a widening lattice: `bigint < numeric < text`, `uuid < text`,
/// `timestamptz < text`, `boolean < text`, and everything `< jsonb`. A column only ever moves up
/// (`widened(with:)`), never down.
public enum ColumnType: String, Sendable, Hashable, CaseIterable {
    /// `boolean`.
    case boolean
    /// `bigint` (signed 64-bit integer).
    case bigint
    /// `numeric` (arbitrary precision).
    case numeric
    /// `uuid`.
    case uuid
    /// `timestamptz` (timestamp with time zone).
    case timestamptz
    /// `text`.
    case text
    /// `jsonb`.
    case jsonb

    /// The type's name in SQL DDL: `boolean`, `bigint`, `numeric`, `uuid`, `timestamptz`,
    /// `text` or `jsonb`.
    public var sqlName: String { rawValue }

    /// The narrowest type that holds values of both `self` and `other`.
    ///
    /// Same type → itself; `bigint` with `numeric` → `numeric`; anything with `jsonb` → `jsonb`;
    /// any other two different types → `text`. Commutative, associative and idempotent.
    public func widened(with other: ColumnType) -> ColumnType {
        if self == other { return self }
        if self == .jsonb || other == .jsonb { return .jsonb }
        switch (self, other) {
        case (.bigint, .numeric), (.numeric, .bigint): return .numeric
        default: return .text
        }
    }

    /// True when a column of this type may be changed to `target` without narrowing, that is
    /// `target` is this type or above it in the lattice.
    public func canWiden(to target: ColumnType) -> Bool {
        widened(with: target) == target
    }
}

extension ColumnType: CustomStringConvertible {
    /// The SQL name.
    public var description: String { sqlName }
}

extension Optional where Wrapped == ColumnType {
    /// Widens an optional type (nil = only nulls seen so far) with another type.
    func widened(with other: ColumnType) -> ColumnType {
        self?.widened(with: other) ?? other
    }
}
