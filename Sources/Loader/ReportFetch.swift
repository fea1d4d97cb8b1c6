import Foundation
import HerokuAPI
import Schema
import Warehouse

/// Fetches one report's objects into a ``ReportSink``: one list, one object, or (fan-out)
/// one list per parent, every page streamed into the same sink so the whole report is
/// merged in one transaction.
///
/// Fan-out fetches up to `concurrency` parents' lists at once (``ConcurrentFanOut``) and
/// stages them as they complete. A parent answering 404 (deleted during the run) is skipped
/// and counted in ``goneParents``: its rows go. One answering 403 (the API key may not read
/// its list) is skipped and counted in ``forbiddenParents``: its stored rows stay as they
/// are. Any other error fails the report.
/// Counters survive a thrown error, so a failed report still records what it requested (for
/// fan-out: the failing parent's list, not the lists cancelled with it).
final class ReportFetch {
    let report: Report
    let client: HerokuClient
    let parents: [FanOutSchedule.Parent]
    /// Per-parent lists fetched at once (fan-out reports only; 1 = one after another).
    let concurrency: Int
    /// A plain list's page that changed, already received by the conditional check.
    let receivedPage: ReceivedPage?
    /// Parents of a fan-out report not fetched in this load: their stored rows stay.
    let keptParents: [String]
    /// A windowed report's ranges per parent id, newest first (nil: not windowed).
    let windows: [String: [UsageRange]]?

    /// Pages delivered (an object report counts one).
    private(set) var pages = 0
    /// HTTP requests sent, retries included.
    private(set) var requests = 0
    /// Retried requests.
    private(set) var retries = 0
    /// Time the requests waited for the rate limit (429 `Retry-After`, low-token pauses).
    private(set) var rateLimitWait: Duration = .zero
    /// Objects handed to the sink.
    private(set) var objects = 0
    /// Ids of parents that answered 404 and were skipped.
    private(set) var goneParents: [String] = []
    /// Ids of parents that answered 403 and were skipped, their stored rows kept.
    private(set) var forbiddenParents: [String] = []
    /// Ids of parents for which Heroku publishes no usage (a windowed report's 403, 404 or 422).
    private(set) var unpublishedParents: [String] = []
    /// Parents whose backfill Heroku refused before some day: the first day it did answer.
    private(set) var backfillStarts: [(parent: String, first: String)] = []
    /// The `Range` and `ETag` of each page of a plain list, for a conditional reload; nil
    /// when the report is not a plain list or a page came without an ETag.
    private(set) var conditionalPages: [ListETags.Page]? = []

    init(report: Report, client: HerokuClient, parents: [FanOutSchedule.Parent], concurrency: Int = 1,
         receivedPage: ReceivedPage? = nil, keptParents: [String] = [], windows: [String: [UsageRange]]? = nil) {
        self.report = report
        self.client = client
        self.parents = parents
        self.concurrency = concurrency
        self.receivedPage = receivedPage
        self.keptParents = keptParents
        self.windows = windows
    }

    /// The pages to store after a complete fetch of a plain list (nil: forget them).
    func listUpdate() -> ListETags.Update? {
        guard case .list = report.source, let conditionalPages, !conditionalPages.isEmpty else { return nil }
        return ListETags.Update(pages: conditionalPages)
    }

    /// Streams every object into `sink`; `onPage` is called after each page (for progress).
    nonisolated(nonsending)
    func run(into sink: any ReportSink, onPage: (_ pages: Int, _ objects: Int) -> Void) async throws {
        if let fanOut = report.fanOut {
            for id in keptParents { sink.leaveStoredRows(at: [fanOut.parentKey, "id"], equalTo: id) }
        }
        switch report.source {
        case .object:
            let fetched: FetchedObject
            do {
                fetched = try await client.fetchObject(path: report.path)
            } catch {
                requests += 1
                throw error
            }
            requests += fetched.requests
            retries += fetched.retries
            rateLimitWait += fetched.waitedForRateLimit
            guard case .object(let object) = try JSONParser.parse(fetched.bytes) else {
                throw ReportDataError.notAnObject(path: report.path, page: 0)
            }
            try sink.append(object)
            pages += 1
            objects += 1
            onPage(pages, objects)
        case .list:
            try await fetchList(path: report.path, first: receivedPage, into: sink, onPage: onPage)
        case .perParent(let fanOut):
            // One parent at a time too (`--concurrency 1`) goes through the same stream.
            let stream = ConcurrentFanOut(client: client, path: report.path, sortField: report.sortField,
                                          concurrency: concurrency, windows: windows).pages(of: parents)
            do {
                for try await fetched in stream {
                    requests += fetched.stats.requests
                    retries += fetched.stats.retries
                    rateLimitWait += fetched.stats.waitedForRateLimit
                    if let skip = fetched.skipped {
                        skipParent(fetched.parent, skip, fanOut: fanOut, in: sink)
                        continue
                    }
                    if let window = report.window { leaveUnasked(fetched, window: window, fanOut: fanOut, in: sink) }
                    for page in fetched.pages {
                        try stage(page, path: fetched.path, parent: (fanOut.parentKey, fetched.parent), into: sink)
                        onPage(pages, objects)
                    }
                }
            } catch let failure as ConcurrentFanOut.ParentFailure {
                // The failing parent's requests count; those of parents cancelled with it are not known.
                requests += failure.requests
                throw failure.error
            }
        }
    }

    /// A parent whose list was not fetched: gone (its rows go), or not readable with this
    /// API key (its stored rows stay as they are).
    private func skipParent(_ parent: FanOutSchedule.Parent, _ skip: ConcurrentFanOut.Skip, fanOut: Report.FanOut,
                            in sink: any ReportSink) {
        switch skip {
        case .gone:
            goneParents.append(parent.id)
        case .forbidden:
            forbiddenParents.append(parent.id)
            sink.keepStoredRows(at: [fanOut.parentKey, "id"], equalTo: parent.id)
        case .unpublished:
            unpublishedParents.append(parent.id)
            sink.keepStoredRows(at: [fanOut.parentKey, "id"], equalTo: parent.id)
        }
    }

    /// A windowed report's parent: its stored rows outside the ranges Heroku answered stay.
    private func leaveUnasked(_ fetched: ConcurrentFanOut.ParentPages, window: Report.Window, fanOut: Report.FanOut,
                              in sink: any ReportSink) {
        let parentPath = [fanOut.parentKey, "id"]
        guard let newest = fetched.answered.first, let oldest = fetched.answered.last else {
            sink.leaveStoredRows(at: parentPath, equalTo: fetched.parent.id)
            return
        }
        sink.leaveStoredRows(at: parentPath, equalTo: fetched.parent.id,
                             outside: PeriodWindow(path: [window.field], first: oldest.firstText, last: newest.lastText))
        if fetched.backfillCut { backfillStarts.append((fetched.parent.id, oldest.firstText)) }
    }

    /// Fetches a plain list page by page into `sink`, starting with the page the conditional
    /// check already received, if any.
    nonisolated(nonsending)
    private func fetchList(path: String, first: ReceivedPage?, into sink: any ReportSink,
                           onPage: (Int, Int) -> Void) async throws {
        var listPages = 0
        var deliveredHandedOver = false
        var waitedSoFar = Duration.zero
        do {
            let stats = try await client.fetchList(path: path, sortField: report.sortField, startingWith: first) { page in
                waitedSoFar = page.waitedForRateLimitSoFar
                try Task.checkCancellation()
                if let first, page.range == first.range { deliveredHandedOver = true }
                try stage(page, path: path, parent: nil, into: sink)
                listPages += 1
                onPage(pages, objects)
            }
            requests += stats.requests
            retries += stats.retries
            rateLimitWait += stats.waitedForRateLimit
        } catch let error as HerokuAPIError {
            // The pages delivered and the failing request were sent (retries are not reported);
            // a page handed over by the conditional check was counted there, and so was the
            // request for the page after it, when the fetch took it.
            requests += listPages + 1 - (deliveredHandedOver ? 1 : 0) - (first?.handedOverNext == true ? 1 : 0)
            throw error
        } catch {
            // Staging a page failed: the error does not carry the list's wait, so it is kept here.
            rateLimitWait += waitedSoFar
            throw error
        }
    }

    /// Parses one page and stages its objects (with their parent, for fan-out). On a reload
    /// of a plain list, an object whose exact text is stored is recognised and not parsed.
    private func stage(_ page: ListPage, path: String, parent: (key: String, parent: FanOutSchedule.Parent)?,
                       into sink: any ReportSink) throws {
        if parent == nil, sink.recognisesStoredText {
            let entries = try JSONParser.parseArrayElements(page.bytes) { sink.recognise($0) }
            for entry in entries {
                switch entry {
                case .known: sink.appendRecognised()
                case .parsed(let element): try stage(element, of: page, path: path, parent: nil, into: sink)
                }
            }
            finish(page, objects: entries.count, parent: nil)
            return
        }
        let elements = try JSONParser.parseArrayElements(page.bytes)
        for element in elements {
            try stage(element, of: page, path: path, parent: parent, into: sink)
        }
        finish(page, objects: elements.count, parent: parent)
    }

    /// Stages one parsed object of `page`.
    private func stage(_ element: JSONParser.Element, of page: ListPage, path: String,
                       parent: (key: String, parent: FanOutSchedule.Parent)?, into sink: any ReportSink) throws {
        guard case .object(let object) = element.value else {
            throw ReportDataError.notAnObject(path: path, page: page.index)
        }
        if let parent, !Self.namesParent(object, key: parent.key) {
            try sink.append(Self.withParent(object, key: parent.key, parent: parent.parent))
        } else {
            try sink.append(object, originalText: page.bytes[element.text], storableAsIs: element.storableAsIs)
        }
    }

    /// Counts a staged page and keeps its ETag (plain lists only).
    private func finish(_ page: ListPage, objects count: Int, parent: (key: String, parent: FanOutSchedule.Parent)?) {
        if parent == nil, let etag = page.etag {
            conditionalPages?.append(ListETags.Page(index: page.index, range: page.range, etag: etag, objects: count))
        } else {
            conditionalPages = nil
        }
        pages += 1
        objects += count
    }

    /// Whether the object already carries its parent's id under `key`.
    static func namesParent(_ object: JSONObject, key: String) -> Bool {
        if case .string(let id)? = object.value(at: [key, "id"]), !id.isEmpty { return true }
        return false
    }

    /// The object with `key: {id, name}` of its parent when the API did not include the parent's id.
    static func withParent(_ object: JSONObject, key: String, parent: FanOutSchedule.Parent) -> JSONObject {
        if namesParent(object, key: key) { return object }
        let reference = JSONObject([("id", JSONValue.string(parent.id)),
                                    ("name", parent.name.map(JSONValue.string) ?? .null)])
        var pairs = Array(object).filter { $0.key != key }
        pairs.append((key: key, value: .object(reference)))
        return JSONObject(pairs)
    }

    /// A parent id as one path segment (ids are UUIDs; anything else is percent-encoded).
    static func pathSegment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(.init(charactersIn: "/"))) ?? id
    }
}

extension ReportFetch {
    /// A note for `_load_reports.error` when parents were skipped (the report still succeeded).
    var skippedParentsNote: String? {
        let parent = report.fanOut?.parent ?? "parent"
        let notes = [
            Self.note(goneParents, "skipped \(goneParents.count) \(parent) gone during the load (404)"),
            Self.note(forbiddenParents, "kept the stored rows of \(forbiddenParents.count) of \(parents.count) \(parent): "
                      + "the API key may not read their lists (403)"),
            Self.note(unpublishedParents, "kept the stored rows of \(unpublishedParents.count) of \(parents.count) \(parent): "
                      + "Heroku publishes no usage for them (403, 404 or 422; usage is for Enterprise teams)"),
            Self.note(backfillStarts.map { "\($0.parent) from \($0.first)" },
                      "Heroku refused the oldest days asked for \(backfillStarts.count) \(parent); stored"),
        ].compactMap { $0 }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    /// `lead` and the first five `ids`, nil without any.
    private static func note(_ ids: [String], _ lead: String) -> String? {
        guard !ids.isEmpty else { return nil }
        return lead + ": " + ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", ..." : "")
    }
}
