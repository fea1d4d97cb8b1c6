import Foundation
import Testing
@testable import Schema

@Suite("SchemaInferrer")
struct SchemaInferrerTests {
    private func infer(_ objects: [JSONObject], maxFlattenDepth: Int = 4) -> [InferredField] {
        var inferrer = SchemaInferrer(maxFlattenDepth: maxFlattenDepth)
        for object in objects { inferrer.observe(object) }
        return inferrer.fields
    }

    private let uuid = "01234567-89ab-cdef-0123-456789abcdef"

    @Test("nested objects are flattened")
    func flattening() {
        let fields = infer([["app": ["name": "x", "id": .string(uuid)]]])
        #expect(fields == [
            InferredField(path: ["app", "name"], type: .text),
            InferredField(path: ["app", "id"], type: .uuid),
        ])
    }

    @Test("null-only paths have type nil; null never changes a type")
    func nullOnly() {
        let fields = infer([
            ["a": nil, "b": nil, "c": nil],
            ["a": nil, "b": 5, "c": ["x": 1]],
            ["a": nil, "b": nil, "c": nil],
        ])
        #expect(fields == [
            InferredField(path: ["a"], type: nil),
            InferredField(path: ["b"], type: .bigint),
            InferredField(path: ["c", "x"], type: .bigint),
        ])
    }

    @Test("a path seen as object and as scalar is jsonb; its children stay")
    func objectThenScalar() {
        let fields = infer([["app": ["name": "x"]], ["app": "plain"]])
        #expect(fields == [
            InferredField(path: ["app"], type: .jsonb),
            InferredField(path: ["app", "name"], type: .text),
        ])
        let reversed = infer([["app": "plain"], ["app": ["name": "x"]]])
        #expect(Set(reversed) == Set(fields))
        let withArray = infer([["app": ["name": "x"]], ["app": [1, 2]]])
        #expect(withArray.first == InferredField(path: ["app"], type: .jsonb))
    }

    @Test("shapes learned elsewhere: an object where values were seen, or the reverse, is jsonb; an object above nulls hides them")
    func shapesObservedElsewhere() {
        var inferrer = SchemaInferrer()
        inferrer.observe(["plan": ["name": "x"], "note": "flat", "team": .null])
        #expect(inferrer.objectPaths == [["plan"]])
        #expect(inferrer.valuePaths.map(\.path) == [["plan", "name"], ["note"]])
        inferrer.observeMixedShape(at: ["note"])
        inferrer.observeMixedShape(at: ["plan"])
        inferrer.observeObject(at: ["team"])
        #expect(inferrer.fields == [
            InferredField(path: ["plan"], type: .jsonb),
            InferredField(path: ["plan", "name"], type: .text),
            InferredField(path: ["note"], type: .jsonb),
        ])
        var fresh = SchemaInferrer()
        fresh.observeObject(at: ["a", "b"])
        #expect(fresh.fields.isEmpty, "objects alone make no field")
        #expect(fresh.objectPaths == [["a"], ["a", "b"]])
    }

    @Test("arrays are jsonb and not looked into")
    func arrays() {
        let fields = infer([["tags": ["a", "b"], "items": [["id": 1]], "empty": []]])
        #expect(fields == [
            InferredField(path: ["tags"], type: .jsonb),
            InferredField(path: ["items"], type: .jsonb),
            InferredField(path: ["empty"], type: .jsonb),
        ])
    }

    @Test("objects deeper than maxFlattenDepth become jsonb where the cap is reached")
    func depthCap() {
        let deep: JSONObject = ["a": ["b": ["c": ["d": ["e": 1]], "x": true]]]
        #expect(infer([deep]) == [
            InferredField(path: ["a", "b", "c", "d"], type: .jsonb),
            InferredField(path: ["a", "b", "x"], type: .boolean),
        ])
        #expect(infer([deep], maxFlattenDepth: 2) == [InferredField(path: ["a", "b"], type: .jsonb)])
        #expect(infer([deep], maxFlattenDepth: 1) == [InferredField(path: ["a"], type: .jsonb)])
        #expect(infer([["a": ["b": 1]]], maxFlattenDepth: 0) == [InferredField(path: ["a"], type: .jsonb)])
    }

    @Test("types widen across objects: bigint → numeric → text")
    func widening() {
        var inferrer = SchemaInferrer()
        inferrer.observe(["size": 1])
        #expect(inferrer.fields == [InferredField(path: ["size"], type: .bigint)])
        inferrer.observe(["size": .number("1.5")])
        #expect(inferrer.fields == [InferredField(path: ["size"], type: .numeric)])
        inferrer.observe(["size": 2])
        #expect(inferrer.fields == [InferredField(path: ["size"], type: .numeric)])
        inferrer.observe(["size": "big"])
        #expect(inferrer.fields == [InferredField(path: ["size"], type: .text)])
        inferrer.observe(["size": ["nested": true]])
        #expect(inferrer.fields == [
            InferredField(path: ["size"], type: .jsonb),
            InferredField(path: ["size", "nested"], type: .boolean),
        ])
        #expect(inferrer.objectCount == 5)
    }

    @Test("uuid and timestamp widen to text when mixed")
    func mixedStrings() {
        let fields = infer([
            ["id": .string(uuid), "at": "2024-01-02T03:04:05Z"],
            ["id": "not-a-uuid", "at": "2024-01-02T03:04:05Z"],
        ])
        #expect(fields == [InferredField(path: ["id"], type: .text), InferredField(path: ["at"], type: .timestamptz)])
    }

    @Test("fields keep first-seen order across pages; empty objects yield nothing")
    func order() {
        var inferrer = SchemaInferrer()
        inferrer.observe(contentsOf: [["b": 1, "cfg": [:]], ["a": true]])
        let ignored = inferrer.observe(contentsOf: [["c": "x", "b": 2], "not an object"])
        #expect(ignored == 1)
        #expect(inferrer.fields.map(\.path) == [["b"], ["a"], ["c"]])
        #expect(inferrer.objectCount == 3)
    }
}
