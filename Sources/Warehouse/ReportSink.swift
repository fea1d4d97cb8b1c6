import Postgres
import Schema

/// Receives a report's objects while they are being fetched: strips excluded (secret)
/// paths, feeds the schema inferrer and streams each object into the staging table with
/// COPY, so memory does not grow with the number of objects.
///
/// Only valid inside `Warehouse.loadReport`'s `produce` closure.
public final class ReportSink {
    private let writer: CopyInWriter
    private let excludedPaths: [JSONPath]
    private var buffer: [UInt8] = []
    private var json: [UInt8] = []
    var inferrer = SchemaInferrer()
    /// Objects received so far.
    public private(set) var count = 0
    /// Objects in which a string held U+0000, stored with U+FFFD instead.
    public private(set) var adjustedValues = 0

    init(writer: CopyInWriter, excludedPaths: [JSONPath]) {
        self.writer = writer
        self.excludedPaths = excludedPaths
        buffer.reserveCapacity(4096)
    }

    /// Stages one object.
    public func append(_ object: JSONObject) throws {
        var object = object
        for path in excludedPaths {
            object = object.removing(path: path)
        }
        inferrer.observe(object)
        count += 1
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: String(count).utf8)
        buffer.append(UInt8(ascii: "\t"))
        json.removeAll(keepingCapacity: true)
        if JSONValue.object(object).writeJSON(into: &json, replacingNUL: true) { adjustedValues += 1 }
        Self.appendCopyEscaped(json, to: &buffer)
        buffer.append(UInt8(ascii: "\n"))
        try writer.write(buffer)
    }
}

extension ReportSink {
    /// COPY text format for one field holding compact JSON: the writer never emits raw
    /// control characters, so only the backslash needs escaping (`\\` → `\\\\`).
    static func appendCopyEscaped(_ json: [UInt8], to buffer: inout [UInt8]) {
        for byte in json {
            switch byte {
            case UInt8(ascii: "\\"): buffer.append(byte); buffer.append(byte)
            case UInt8(ascii: "\n"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "t"))
            default: buffer.append(byte)
            }
        }
    }
}

extension JSONObject {
    /// This object without the value at `path` (unchanged when the path is absent).
    func removing(path: JSONPath) -> JSONObject {
        guard let first = path.first else { return self }
        var pairs: [(key: String, value: JSONValue)] = []
        pairs.reserveCapacity(count)
        for (key, value) in self {
            if key == first {
                if path.count == 1 { continue }
                if case .object(let child) = value {
                    pairs.append((key, .object(child.removing(path: Array(path.dropFirst())))))
                    continue
                }
            }
            pairs.append((key, value))
        }
        return JSONObject(pairs)
    }
}
