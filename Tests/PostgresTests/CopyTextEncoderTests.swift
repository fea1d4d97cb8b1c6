import Postgres
import Testing

@Suite struct CopyTextEncoderTests {
    @Test func plainTextIsUnchanged() {
        #expect(CopyTextEncoder.escaped("hello world") == "hello world")
        #expect(CopyTextEncoder.escaped("") == "")
        #expect(CopyTextEncoder.escaped("漢字 🎉") == "漢字 🎉")
    }

    @Test func specialCharactersAreEscaped() {
        #expect(CopyTextEncoder.escaped("a\\b") == "a\\\\b")
        #expect(CopyTextEncoder.escaped("a\nb") == "a\\nb")
        #expect(CopyTextEncoder.escaped("a\rb") == "a\\rb")
        #expect(CopyTextEncoder.escaped("a\tb") == "a\\tb")
        #expect(CopyTextEncoder.escaped("\r\n") == "\\r\\n")
        #expect(CopyTextEncoder.escaped("\\N") == "\\\\N")
    }

    @Test func nulBecomesReplacementCharacter() {
        #expect(CopyTextEncoder.escaped("a\u{0}b") == "a\u{FFFD}b")
        var bytes: [UInt8] = []
        CopyTextEncoder.escape("\u{0}", into: &bytes)
        #expect(bytes == [0xEF, 0xBF, 0xBD])
    }

    @Test func escapeAppendsToExistingBuffer() {
        var bytes: [UInt8] = Array("x".utf8)
        CopyTextEncoder.escape("é\t", into: &bytes)
        #expect(bytes == Array("xé\\t".utf8))
    }

    @Test func rowsAreTabSeparatedNewlineTerminatedWithNullMarker() {
        #expect(CopyTextEncoder.encodedRow(["a", nil, "c\td", ""]) == "a\t\\N\tc\\td\t\n")
        #expect(CopyTextEncoder.encodedRow([]) == "\n")
        #expect(CopyTextEncoder.encodedRow([nil]) == "\\N\n")
    }
}
