@testable import HerokuSandbox
import Testing

@Suite struct SandboxRangeTests {
    @Test func parsesHerokuExamples() throws {
        #expect(try SandboxRange.parse("id ..; max=10;") == SandboxRange(field: "id", max: 10))
        #expect(try SandboxRange.parse("name ..; order=desc;") == SandboxRange(field: "name", descending: true))
        #expect(try SandboxRange.parse("name ..; order=desc,max=10;")
            == SandboxRange(field: "name", max: 10, descending: true))
        #expect(try SandboxRange.parse("version ..; max=1, order=desc")
            == SandboxRange(field: "version", max: 1, descending: true))
        #expect(try SandboxRange.parse("id ]abc..; max=1000")
            == SandboxRange(field: "id", start: "abc", startExclusive: true, max: 1000))
        #expect(try SandboxRange.parse("]abc..; max=3")
            == SandboxRange(field: "id", start: "abc", startExclusive: true, max: 3))
        #expect(try SandboxRange.parse("name a..m") == SandboxRange(field: "name", start: "a", end: "m"))
    }

    @Test func nextRangeRoundTrips() throws {
        let range = SandboxRange(field: "name", max: 10, descending: true)
        let next = range.next(after: "my-app", max: 10)
        #expect(next == "name ]my-app..; max=10, order=desc")
        #expect(try SandboxRange.parse(next)
            == SandboxRange(field: "name", start: "my-app", startExclusive: true, max: 10, descending: true))
    }

    @Test func timestampsFormatLikeHeroku() {
        #expect(SandboxFormat.timestamp(secondsSinceEpoch: 0) == "1970-01-01T00:00:00Z")
        #expect(SandboxFormat.timestamp(secondsSinceEpoch: 1_680_674_828) == "2023-04-05T06:07:08Z")
        #expect(SandboxFormat.timestamp(secondsSinceEpoch: 951_782_400) == "2000-02-29T00:00:00Z")
    }
}
