import Postgres
import Testing

/// A COPY text field holding JSON text: backslash, newline, carriage return and tab are
/// escaped, everything else is copied as it is.
@Suite("COPY text escaping of JSON text")
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
        CopyTextEncoder.escape(json, into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "x\t" + expected)
    }
}
