import Foundation
import Testing
@testable import Schema

@Suite("SchemaPlanner")
struct SchemaPlannerTests {
    @Test("a first plan: declared columns first, then inferred sorted by path")
    func firstPlan() {
        let declared = [
            DeclaredField(path: ["name"], type: .text, description: "unique name of app"),
            DeclaredField(path: ["id"], type: .uuid, description: "unique identifier of app"),
            DeclaredField(path: ["owner", "email"], type: .text),
        ]
        let inferred = [
            InferredField(path: ["zeta"], type: .bigint),
            InferredField(path: ["id"], type: .uuid),
            InferredField(path: ["name"], type: .text),
            InferredField(path: ["alpha"], type: nil),
            InferredField(path: ["a", "b"], type: .boolean),
        ]
        let plan = SchemaPlanner.plan(existing: [], declared: declared, inferred: inferred)
        #expect(plan.additions == [
            ColumnSpec(name: "name", path: ["name"], type: .text, source: .declared, description: "unique name of app"),
            ColumnSpec(name: "id", path: ["id"], type: .uuid, source: .declared, description: "unique identifier of app"),
            ColumnSpec(name: "owner_email", path: ["owner", "email"], type: .text, source: .declared),
            ColumnSpec(name: "a_b", path: ["a", "b"], type: .boolean, source: .inferred),
            ColumnSpec(name: "alpha", path: ["alpha"], type: .text, source: .inferred),
            ColumnSpec(name: "zeta", path: ["zeta"], type: .bigint, source: .inferred),
        ])
        #expect(plan.widenings.isEmpty)
        #expect(!plan.isEmpty)
        #expect(SchemaPlanner.describe(plan).first == "add column name text (declared)")
        #expect(SchemaPlanner.describe(plan).last == "add column zeta bigint (inferred)")
    }

    @Test("declared type is widened with the inferred type")
    func declaredWidened() {
        let plan = SchemaPlanner.plan(
            existing: [],
            declared: [DeclaredField(path: ["size"], type: .bigint), DeclaredField(path: ["id"], type: .uuid)],
            inferred: [InferredField(path: ["size"], type: .numeric), InferredField(path: ["id"], type: nil)])
        #expect(plan.additions.map(\.type) == [.numeric, .uuid])
    }

    @Test("existing columns are widened, never narrowed, never renamed or re-added")
    func widenings() {
        let existing = [
            ColumnSpec(name: "size", path: ["size"], type: .bigint, source: .inferred),
            ColumnSpec(name: "note", path: ["note"], type: .text, source: .inferred),
            ColumnSpec(name: "created", path: ["created_at"], type: .timestamptz, source: .declared),
            ColumnSpec(name: "flag", path: ["flag"], type: .boolean, source: .inferred),
        ]
        let inferred = [
            InferredField(path: ["size"], type: .numeric),
            InferredField(path: ["note"], type: .bigint),
            InferredField(path: ["created_at"], type: nil),
            InferredField(path: ["flag"], type: .jsonb),
        ]
        let plan = SchemaPlanner.plan(existing: existing,
                                      declared: [DeclaredField(path: ["created_at"], type: .timestamptz)],
                                      inferred: inferred)
        #expect(plan.additions.isEmpty)
        #expect(plan.widenings == [
            Widening(column: "size", path: ["size"], from: .bigint, to: .numeric),
            Widening(column: "flag", path: ["flag"], from: .boolean, to: .jsonb),
        ])
        #expect(SchemaPlanner.describe(plan) == ["widen column size bigint → numeric",
                                                 "widen column flag boolean → jsonb"])
    }

    @Test("nothing to do is an empty plan")
    func emptyPlan() {
        let existing = [ColumnSpec(name: "size", path: ["size"], type: .numeric, source: .inferred)]
        let plan = SchemaPlanner.plan(existing: existing, declared: [],
                                      inferred: [InferredField(path: ["size"], type: .bigint)])
        #expect(plan.isEmpty)
        #expect(SchemaPlanner.describe(plan).isEmpty)
    }

    @Test("names avoid existing and reserved names and each other")
    func naming() {
        let existing = [ColumnSpec(name: "id", path: ["id"], type: .uuid, source: .declared)]
        let plan = SchemaPlanner.plan(
            existing: existing, declared: [],
            inferred: [InferredField(path: ["ID"], type: .text), InferredField(path: ["raw"], type: .text),
                       InferredField(path: ["a.b"], type: .text), InferredField(path: ["a", "b"], type: .bigint)],
            reservedNames: ["raw"])
        #expect(plan.additions.map(\.name) == ["id_2", "a_b", "a_b_2", "raw_2"])
        #expect(plan.additions.map(\.path) == [["ID"], ["a", "b"], ["a.b"], ["raw"]])
    }

    @Test("names are stable across two plans")
    func stableNames() {
        let inferredFirst = [InferredField(path: ["b"], type: .text), InferredField(path: ["a"], type: .bigint)]
        let first = SchemaPlanner.plan(existing: [], declared: [], inferred: inferredFirst)
        #expect(first == SchemaPlanner.plan(existing: [], declared: [], inferred: inferredFirst.reversed()))

        let inferredSecond = inferredFirst + [InferredField(path: ["A"], type: .text),
                                              InferredField(path: ["a"], type: .numeric)]
        let second = SchemaPlanner.plan(existing: first.additions, declared: [], inferred: inferredSecond)
        #expect(second.additions == [ColumnSpec(name: "a_2", path: ["A"], type: .text, source: .inferred)])
        #expect(second.widenings == [Widening(column: "a", path: ["a"], from: .bigint, to: .numeric)])

        let third = SchemaPlanner.plan(existing: first.additions + second.additions, declared: [],
                                       inferred: inferredSecond)
        #expect(third.additions.isEmpty)
    }

    @Test("a declared nested path beside a scalar in the data gets its own column")
    func declaredVersusScalar() {
        var inferrer = SchemaInferrer()
        inferrer.observe(["app": "just-a-string"])
        let plan = SchemaPlanner.plan(existing: [], declared: [DeclaredField(path: ["app", "name"], type: .text)],
                                      inferred: inferrer.fields)
        #expect(plan.additions.map(\.name) == ["app_name", "app"])
        #expect(plan.additions.map(\.type) == [.text, .text])
    }

    @Test("inference to plan, end to end")
    func endToEnd() throws {
        let page = try JSONParser.parseArray(Array(#"""
            [{"id": "01234567-89ab-cdef-0123-456789abcdef", "name": "a", "stack": {"name": "heroku-24"},
              "size": 1, "created_at": "2024-01-02T03:04:05Z", "buildpacks": ["x"], "select": null},
             {"id": "11234567-89ab-cdef-0123-456789abcdef", "name": "b", "stack": {"name": "heroku-22"},
              "size": 2.5, "created_at": "2024-01-03T03:04:05Z", "buildpacks": [], "select": null}]
            """#.utf8))
        var inferrer = SchemaInferrer()
        inferrer.observe(contentsOf: page)
        let plan = SchemaPlanner.plan(existing: [], declared: [], inferred: inferrer.fields,
                                      reservedNames: ["_raw", "_hash"])
        #expect(SchemaPlanner.describe(plan) == [
            "add column buildpacks jsonb (inferred)",
            "add column created_at timestamptz (inferred)",
            "add column id uuid (inferred)",
            "add column name text (inferred)",
            "add column select_ text (inferred)",
            "add column size numeric (inferred)",
            "add column stack_name text (inferred)",
        ])
    }
}
