/// Cuts a JSON array into the exact text of its top-level elements, without parsing them:
/// one pass tracking nesting depth and string literals. Used by the COPY floor so that it
/// copies the JSON exactly as fetched, paying nothing for serialization.
enum JSONArraySplitter {
    /// The byte ranges of the array's top-level elements, in order. Assumes valid JSON (the
    /// page was already parsed by `JSONParser` during the fetch floor).
    static func elementRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var depth = 0
        var inString = false
        var escaped = false
        var start: Int?
        for (offset, byte) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                if depth == 1 && start == nil { start = offset }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if depth == 1 && start == nil { start = offset }
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0, let first = start { ranges.append(first..<trimmedEnd(bytes, offset)); start = nil }
            case UInt8(ascii: ","):
                if depth == 1, let first = start { ranges.append(first..<trimmedEnd(bytes, offset)); start = nil }
            case 0x20, 0x09, 0x0A, 0x0D:
                break
            default:
                if depth == 1 && start == nil { start = offset }
            }
        }
        return ranges
    }

    /// `end` moved back over trailing whitespace.
    private static func trimmedEnd(_ bytes: [UInt8], _ end: Int) -> Int {
        var end = end
        while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        return end
    }
}
