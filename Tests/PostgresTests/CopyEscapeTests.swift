import Postgres
import Testing

/// Staged JSON text goes into a COPY text field: backslash, newline, carriage return and
/// tab are escaped, everything else is copied as it is.
@Suite("COPY escaping of staged JSON")
struct CopyEscapeTests {
    @Test("text without the four bytes is copied whole; each of them is escaped where it stands",
          arguments: [
        (#"{"a":"b"}"#, #"{"a":"b"}"#),
        ("", ""),
        (#"{"q":"say \"hi\""}"#, #"{"q":"say \\"hi\\""}"#),
        ("{\n\t\"a\" :\r\n1}", #"{\n\t"a" :\r\n1}"#),
        (#"\\"#, #"\\\\"#),
        ("é\t😀", #"é\t😀"#),
    ])
    func escapes(_ json: String, _ expected: String) {
        var buffer: [UInt8] = Array("x\t".utf8)
        CopyTextEncoder.escape(Array(json.utf8)[...], into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "x\t" + expected)
    }
}
