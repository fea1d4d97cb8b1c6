@testable import Loader
import Warehouse
import Schema
import Testing

/// Small pure parts of a load: the order outcomes are reported in, parent ids in paths,
/// secrets kept out of error lines.
@Suite struct LoadPiecesTests {
    @Test("outcomes are reported in the order the reports were asked for, whatever order they finished in")
    func outcomesInRequestOrder() throws {
        let reports = try ["apps", "addons", "teams"].map { try #require(ReportCatalog.named($0)) }
        let finished = ["teams", "apps", "addons"].map { ReportOutcome(report: $0, status: .succeeded) }
        #expect(LoadRunner.inRequestOrder(finished, reports).map(\.report) == ["apps", "addons", "teams"])
    }

    @Test("a parent id is one path segment: a slash or a space in it is percent-encoded")
    func parentIDsAreOneSegment() {
        #expect(ReportFetch.pathSegment("01234567-89ab-cdef-0123-456789abcdef") == "01234567-89ab-cdef-0123-456789abcdef")
        #expect(ReportFetch.pathSegment("a/b c") == "a%2Fb%20c")
    }

    @Test("an object names its parent only with a non-empty id under the key")
    func namesParent() throws {
        func object(_ text: String) throws -> JSONObject {
            guard case .object(let object) = try JSONParser.parse(Array(text.utf8)) else { throw CancellationError() }
            return object
        }
        #expect(ReportFetch.namesParent(try object(#"{"app": {"id": "x"}}"#), key: "app"))
        #expect(!ReportFetch.namesParent(try object(#"{"app": {"id": ""}}"#), key: "app"))
        #expect(!ReportFetch.namesParent(try object(#"{"app": {"name": "x"}}"#), key: "app"))
        #expect(!ReportFetch.namesParent(try object(#"{"team": {"id": "x"}}"#), key: "app"))
    }

    @Test("an error line never holds the API key or a database password, and is one line")
    func errorLinesHideSecrets() {
        struct Failure: Error, CustomStringConvertible {
            var description: String
        }
        let line = LoadRunner.describe(
            Failure(description: "failed with key hrku-SECRET\nat postgresql://u:pa55word@db/x"), secrets: ["hrku-SECRET"])
        #expect(!line.contains("hrku-SECRET") && !line.contains("pa55word") && !line.contains("\n"), "\(line)")
    }
}
