import Postgres
import Schema

/// Receives a report's objects while they are being fetched: strips excluded (secret)
/// paths, feeds the schema inferrer and streams each object into the staging table with
/// COPY, so memory does not grow with the number of objects. Each staged object carries its
/// `_hash` (`CanonicalHash`).
///
/// On a reload, an object whose JSON text is exactly what the current table holds (same
/// `FetchHash`) is only recognised: it is neither staged nor merged.
///
/// Only valid inside `Warehouse.loadReport`'s `produce` closure.
public final class StagingSink {
    private let writer: CopyInWriter
    private let excludedPaths: [JSONPath]
    private let keyPaths: [JSONPath]
    private var buffer: [UInt8] = []
    private var json: [UInt8] = []
    private var contentHash = CanonicalHash()
    var inferrer = SchemaInferrer()
    /// The fingerprints of the rows already stored (nil: stage every object).
    var stored: StoredFetchHashes?
    /// Objects received so far.
    public private(set) var count = 0

    /// Objects recognised from their text alone, never parsed nor observed by the inferrer.
    public private(set) var unparsed = 0
    /// Fingerprints `recognise` accepted, in page order, until `appendRecognised` takes them.
    private var recognised: [FetchHash] = []
    private var nextRecognised = 0
    /// Staged objects with no value (or null) at a key path: the merge refuses them, as their
    /// stored rows would look deleted.
    public private(set) var withoutKey = 0
    /// Objects in which a string held U+0000, stored with U+FFFD instead.
    public private(set) var adjustedValues = 0
    /// Values at a key path whose stored rows the fetch could not see (``keepStoredRows(at:equalTo:)``).
    private(set) var keptKeyValues: [JSONPath: [String]] = [:]
    /// Values at a key path whose stored rows were not fetched on purpose (``leaveStoredRows(at:equalTo:)``).
    private(set) var notFetchedKeyValues: [JSONPath: [String]] = [:]
    /// Values at a key path whose stored rows outside a window were not asked for
    /// (``leaveStoredRows(at:equalTo:outside:)``), by path and window.
    private(set) var outsideWindowKeyValues: [WindowedKey: [String]] = [:]

    /// A key path and the window its parents were asked for.
    struct WindowedKey: Hashable {
        var path: JSONPath
        var window: PeriodWindow
    }

    private let observeEveryObject: Bool

    /// Starts the binary COPY of `MergeSQL.copyStage` on `writer` (its header); `finish()`
    /// ends it.
    init(writer: CopyInWriter, excludedPaths: [JSONPath], keyPaths: [JSONPath], stored: StoredFetchHashes?,
         observeEveryObject: Bool = true) throws {
        self.writer = writer
        self.excludedPaths = excludedPaths
        self.keyPaths = keyPaths
        self.observeEveryObject = observeEveryObject
        self.stored = stored
        buffer.reserveCapacity(4096)
        try writer.write(CopyBinaryEncoder.header)
    }

    /// Ends the COPY's data (its trailer), once every object is staged.
    func finish() throws {
        try writer.write(CopyBinaryEncoder.trailer)
    }

    /// Keeps the stored rows whose value at key path `path` is `value` as they are: the
    /// fetch could not see them (a parent whose list the API key may not read), so they are
    /// neither deleted nor counted.
    public func keepStoredRows(at path: JSONPath, equalTo value: String) {
        keptKeyValues[path, default: []].append(value)
    }

    /// Leaves the stored rows whose value at key path `path` is `value` as they are: the load
    /// did not fetch them (a parent whose lists are fresh), so they are neither deleted nor
    /// counted, and the delete guard judges the fetched rows alone.
    public func leaveStoredRows(at path: JSONPath, equalTo value: String) {
        notFetchedKeyValues[path, default: []].append(value)
    }

    /// Leaves the stored rows whose value at key path `path` is `value` and whose period lies
    /// outside `window` as they are: a windowed report did not ask for those periods, so they
    /// are neither deleted nor counted by the delete guard.
    public func leaveStoredRows(at path: JSONPath, equalTo value: String, outside window: PeriodWindow) {
        outsideWindowKeyValues[WindowedKey(path: path, window: window), default: []].append(value)
    }

    /// Stages one object, serializing it again (secret paths removed, values PostgreSQL
    /// refuses adjusted).
    public func append(_ object: JSONObject) throws {
        var object = object
        for path in excludedPaths {
            object = object.removing(path: path)
        }
        json.removeAll(keepingCapacity: true)
        if JSONValue.object(object).writeJSON(into: &json, replacingNUL: true) { adjustedValues += 1 }
        try stage(object, text: json[...])
    }

    /// Stages one object whose original JSON text is `text` (from `JSONParser.Element`):
    /// the text is copied as it is when nothing has to be removed or adjusted, which spares
    /// serializing every object again.
    public func append(_ object: JSONObject, originalText text: ArraySlice<UInt8>, storableAsIs: Bool) throws {
        guard excludedPaths.isEmpty, storableAsIs else {
            try append(object)
            return
        }
        try stage(object, text: text)
    }

    /// Whether objects can be recognised from their text before parsing: stored fingerprints
    /// were read, nothing has to be stripped (the staged text is the fetched text) and the
    /// load need not observe every object.
    public var recognisesStoredText: Bool { stored != nil && excludedPaths.isEmpty && !observeEveryObject }

    /// Whether a stored row was staged from exactly this text (its object then needs no
    /// parsing); accepted texts are queued for `appendRecognised`, in order.
    public func recognise(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = FetchHash(of: text)
        guard stored?.contains(hash) == true else { return false }
        recognised.append(hash)
        return true
    }

    /// Counts the next recognised object (in page order) as arrived exactly as stored.
    public func appendRecognised() {
        guard nextRecognised < recognised.count else { preconditionFailure("appendRecognised without a recognised text") }
        count += 1
        unparsed += 1
        _ = stored?.markRecognised(recognised[nextRecognised], ord: count)
        nextRecognised += 1
        if nextRecognised == recognised.count {
            recognised.removeAll(keepingCapacity: true)
            nextRecognised = 0
        }
    }

    private func stage(_ object: JSONObject, text: ArraySlice<UInt8>) throws {
        count += 1
        // Every object is observed, stored or not: a type is inferred from all the values
        // of a field (a string in one object and an object in another make jsonb).
        inferrer.observe(object)
        let hash = FetchHash(of: text)
        if stored?.markRecognised(hash, ord: count) == true { return }
        if keyPaths.contains(where: { object.value(at: $0)?.isNull ?? true }) { withoutKey += 1 }
        // One binary COPY row `(ord, fetch_hash, hash, raw)`: the text goes as it is, behind
        // its length (a parsed JSON text holds no NUL byte; a serialized one has U+FFFD).
        buffer.removeAll(keepingCapacity: true)
        CopyBinaryEncoder.beginRow(fields: 4, into: &buffer)
        CopyBinaryEncoder.appendBigInt(Int64(count), into: &buffer)
        CopyBinaryEncoder.appendText(into: &buffer) { hash.appendHex(to: &$0) }
        CopyBinaryEncoder.appendText(into: &buffer) { contentHash.append(of: object, to: &$0) }
        CopyBinaryEncoder.appendJSONB(into: &buffer) { $0.append(contentsOf: text) }
        try writer.write(buffer)
    }
}
