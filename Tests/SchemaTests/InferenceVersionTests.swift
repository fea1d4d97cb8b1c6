import Schema
import Testing

/// Inference changed ⇒ ``InferenceVersion`` was bumped: the stored ETags of the previous
/// inference then no longer spare observing every object.
@Suite struct InferenceVersionTests {
    /// Objects that exercise every type, every widening, flattening (depth, arrays, mixed
    /// shapes) and column naming.
    static let corpus = """
        [
          {"id": "01234567-89ab-cdef-0123-456789abcdef", "name": "app-1", "size": 1, "price": 1.5,
           "big": 12345678901234567890, "flag": true, "active": false, "created_at": "2026-01-02T03:04:05Z",
           "date_only": "2026-01-02", "nothing": null, "tags": ["a", "b"],
           "owner": {"id": "11111111-2222-3333-4444-555555555555", "email": "a@b.c",
                     "deep": {"deeper": {"deepest": {"too_deep": 1}}}},
           "camelCaseKey": 1, "Key With Spaces": "x", "key-with-dashes": "y", "_leading": 1,
           "select": "reserved word", "ünïcödé": 1,
           "a_very_long_key_name_that_goes_on_and_on_beyond_what_postgresql_allows_for_a_name": 1,
           "mixed": 1, "shape": {"inner": 1}, "exp": 1e3, "neg": -0.0, "zone": "2026-01-02T03:04:05+02:00",
           "not_uuid": "0123456789abcdef0123456789abcdef", "bad_date": "2026-02-30T00:00:00Z"},
          {"id": "not-a-uuid", "size": 2.25, "big": 1, "flag": "yes", "active": true, "created_at": "yesterday",
           "mixed": "text", "shape": "scalar now", "tags": null, "owner": null, "nothing": null,
           "camel_case_key": 2, "select": 1, "new_key": {"x": [1, {"y": 2}]}}
        ]
        """

    /// The inferred fields and the columns planned for an empty table, one line each.
    static func behaviour() throws -> String {
        var inferrer = SchemaInferrer()
        guard case .array(let objects) = try JSONParser.parse(Array(corpus.utf8)) else { return "" }
        for case .object(let object) in objects { inferrer.observe(object) }
        let plan = SchemaPlanner.plan(existing: [], declared: [], inferred: inferrer.fields, reservedNames: ["_raw"])
        let fields = inferrer.fields.map { "field \($0.path.joined(separator: ".")) \($0.type?.sqlName ?? "nil")" }
        let columns = plan.additions.map { "column \($0.name) \($0.path.joined(separator: ".")) \($0.type.sqlName)" }
        let widened = SchemaPlanner.plan(existing: plan.additions.map { var narrow = $0; narrow.type = .bigint; return narrow },
                                         declared: [], inferred: inferrer.fields)
        return (fields + columns + SchemaPlanner.describe(widened)).joined(separator: "\n")
    }

    /// FNV-1a 64 of the text, as 16 hex digits.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @Test("the inference's behaviour is the one its version recorded (else bump InferenceVersion)")
    func behaviourMatchesTheVersion() throws {
        let measured = Self.fingerprint(try Self.behaviour())
        let recorded = InferenceVersion.fingerprints[InferenceVersion.current]
        #expect(recorded == measured, """
            inference changed (fingerprint \(measured), version \(InferenceVersion.current) recorded \(recorded ?? "none")): \
            add \(InferenceVersion.current + 1): "\(measured)" to InferenceVersion.fingerprints, so stored ETags \
            of the old inference no longer spare observing every object
            """)
    }

    @Test("versions only grow: every recorded fingerprint is different")
    func fingerprintsAreDistinct() {
        #expect(Set(InferenceVersion.fingerprints.values).count == InferenceVersion.fingerprints.count)
        #expect(InferenceVersion.fingerprints.keys.sorted() == Array(1...InferenceVersion.fingerprints.count))
    }

    @Test("the corpus reaches every type, flattening and renaming it is there for")
    func corpusCoversInference() throws {
        let behaviour = try Self.behaviour()
        for type in ["uuid", "text", "bigint", "numeric", "boolean", "timestamptz", "jsonb"] {
            #expect(behaviour.contains(" \(type)"), "no \(type) in:\n\(behaviour)")
        }
        #expect(behaviour.contains("widen column"))
        #expect(behaviour.contains("column owner_deep"))
    }
}
