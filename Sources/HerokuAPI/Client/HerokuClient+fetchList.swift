extension HerokuClient {
    /// Fetches every page of a list endpoint, following Heroku's `Range` / `Next-Range`
    /// protocol, and hands each page's raw JSON bytes to `onPage` in order.
    ///
    /// The first request sends `Range: <sortField> ..; max=<pageSize>`. While a response
    /// carries `Next-Range`, the next request sends it back exactly as received. 200 and 206
    /// are both success. A retried page is re-requested with the same `Range`; earlier pages
    /// are never fetched again.
    ///
    /// - Parameters:
    ///   - path: the list path, e.g. `/apps`.
    ///   - sortField: the field to page by; `id` works on almost every list.
    ///   - first: a page a conditional check already received (it is not asked for again,
    ///     nor counted here): used when the fetch reaches its `Range`. The page after
    ///     it, when the check already asked for it, is taken from the check too (its first
    ///     attempt counted there: ``ReceivedPage/handedOverNext``).
    ///   - onPage: called once per page, in order; a thrown error stops the fetch.
    /// - Returns: page, request, retry, byte and rate-limit-wait counters.
    /// - Throws: ``HerokuAPIError`` (`.paginationLoop` when a `Next-Range` repeats,
    ///   `.tooManyPages` beyond ``ClientConfiguration/maxPages``, `.invalidResponse` for an
    ///   empty page that announces more or a 206 without `Next-Range`), or whatever `onPage`
    ///   throws.
    ///
    /// `onPage` runs on the caller's isolation (`nonisolated(nonsending)`), so it may use
    /// non-Sendable state of the caller, such as a database connection streaming the pages.
    nonisolated(nonsending)
    public func fetchList(
        path: String,
        sortField: String = "id",
        startingWith first: ReceivedPage? = nil,
        onPage: nonisolated(nonsending) (ListPage) async throws -> Void
    ) async throws -> ListFetchStats {
        var stats = ListFetchStats()
        var counters = RequestCounters()
        var range = "\(sortField) ..; max=\(configuration.pageSize)"
        var rangesSent: Set<String> = [range]
        var index = 0
        // The next page is requested while the caller processes this one (parsing, COPY):
        // network and database work overlap; the order of pages and requests is unchanged.
        var prefetched: Task<(RawResponse, RequestCounters), any Error>?
        defer { prefetched?.cancel() }
        var received = first
        // The list's own errors carry its rate-limit waits so far, as the client's do.
        func failed(_ error: HerokuAPIError) -> HerokuAPIError {
            error.addingRateLimitWait(counters.waitedForRateLimit)
        }

        while true {
            let response: RawResponse
            // The request for the page after `first`, sent by the check that received it.
            var receivedNext: PrefetchedPage?
            if let page = received, page.range == range {
                received = nil
                response = page.response
                receivedNext = page.next
            } else if let pending = prefetched {
                prefetched = nil
                let (fetched, spent): (RawResponse, RequestCounters)
                do {
                    (fetched, spent) = try await pending.value
                } catch let error as HerokuAPIError {
                    // It carries its own wait; the pages before it waited too.
                    throw failed(error)
                }
                counters.add(spent)
                response = fetched
            } else {
                response = try await perform(path: path, range: range, counters: &counters)
            }
            stats.requests = counters.requests
            stats.retries = counters.retries
            stats.waitedForRateLimit = counters.waitedForRateLimit

            guard response.status == 200 || response.status == 206 else {
                throw failed(HerokuAPIError(
                    kind: .invalidResponse(message: "status \(response.status) for a list page"),
                    path: path, message: "expected 200 or 206 for a list page, got \(response.status)",
                    requestID: response.requestID))
            }
            let nextRange = response.nextRange.flatMap { $0.isEmpty ? nil : $0 }
            // 206 says the list goes on; without a Next-Range the rest cannot be asked for, and
            // taking the pages so far as the whole list would delete every object after them.
            if response.status == 206, nextRange == nil {
                throw failed(HerokuAPIError(
                    kind: .invalidResponse(message: "206 without Next-Range"), path: path,
                    message: "page \(index) was 206 Partial Content without a Next-Range: the list is incomplete",
                    requestID: response.requestID))
            }
            if nextRange != nil, Self.isEmptyJSONArray(response.body) {
                throw failed(HerokuAPIError(
                    kind: .invalidResponse(message: "empty page with Next-Range"), path: path,
                    message: "page \(index) was empty but announced more (no progress)",
                    requestID: response.requestID))
            }

            var page = ListPage(
                index: index, bytes: response.body, status: response.status,
                requestID: response.requestID, range: range, nextRange: nextRange)
            page.etag = response.etag
            page.waitedForRateLimitSoFar = counters.waitedForRateLimit
            if let ask = nextRangeToAsk(after: response, index: index, alreadySent: rangesSent),
               received?.range != ask {
                prefetched = receivedNext?.take(range: ask) ?? pageRequest(path: path, range: ask)
            }
            try await onPage(page)
            stats.pages += 1
            stats.bytes += response.body.count

            guard let nextRange else { return stats }
            guard rangesSent.insert(nextRange).inserted else {
                throw failed(HerokuAPIError(kind: .paginationLoop, path: path,
                                     message: "Next-Range \(nextRange.debugDescription) was already requested",
                                     requestID: response.requestID))
            }
            guard index + 1 < configuration.maxPages else {
                throw failed(HerokuAPIError(kind: .tooManyPages, path: path,
                                     message: "more than \(configuration.maxPages) pages",
                                     requestID: response.requestID))
            }
            range = nextRange
            index += 1
        }
    }

    /// Asks for each page of a list again with `If-None-Match` and the `ETag` it had, in
    /// order, and stops at the first page that changed. Unchanged when every page answered
    /// `304 Not Modified`: the list is exactly what it was, and there is nothing to parse or
    /// write. `stats` counts the requests either way. The page that changed is returned for
    /// the full fetch to use when it reaches that page's `Range`, so it is not asked twice.
    nonisolated(nonsending)
    public func recheckList(path: String, pages: [ConditionalPage]) async throws -> ListRecheck {
        var check = ListRecheck(unchanged: false, stats: ListFetchStats())
        var counters = RequestCounters()
        guard !pages.isEmpty else { return check }
        for (index, page) in pages.enumerated() {
            let response = try await perform(path: path, range: page.range, ifNoneMatch: page.etag, counters: &counters)
            check.stats.requests = counters.requests
            check.stats.retries = counters.retries
            check.stats.waitedForRateLimit = counters.waitedForRateLimit
            guard response.status == 304 else {
                // The page after it is asked for now, while the caller prepares to fetch (the
                // request is counted here, as sent by the check).
                let next = nextRangeToAsk(after: response, index: index, alreadySent: Set(pages[...index].map(\.range)))
                    .map { PrefetchedPage(range: $0, request: pageRequest(path: path, range: $0, countedByCaller: true)) }
                if next != nil { check.stats.requests += 1 }
                check.changedPage = ReceivedPage(range: page.range, response: response, next: next)
                return check
            }
            check.stats.pages += 1
        }
        check.unchanged = true
        return check
    }

    /// The `Range` to ask for after page `index`, which answered `response`: its non-empty
    /// `Next-Range`, unless the page failed, that range was already asked for, or the page
    /// cap is reached (the fetch then fails or stops without asking).
    func nextRangeToAsk(after response: RawResponse, index: Int, alreadySent: Set<String>) -> String? {
        guard response.status == 200 || response.status == 206, index + 1 < configuration.maxPages,
              let next = response.nextRange, !next.isEmpty, !alreadySent.contains(next) else { return nil }
        return next
    }

    /// The request for one list page, sent now. With `countedByCaller`, its counters leave out
    /// the first attempt, which the caller counted when it started it (retries and waits stay).
    func pageRequest(path: String, range: String,
                     countedByCaller: Bool = false) -> Task<(RawResponse, RequestCounters), any Error> {
        Task {
            var spent = RequestCounters()
            let page = try await self.perform(path: path, range: range, counters: &spent)
            if countedByCaller { spent.requests -= 1 }
            return (page, spent)
        }
    }

    /// Whether `bytes` is an empty body or a JSON array with no elements (`[ ]`). Looks at
    /// no more than the first two significant bytes (pages are large).
    static func isEmptyJSONArray(_ bytes: [UInt8]) -> Bool {
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        guard let open = bytes.firstIndex(where: { !whitespace.contains($0) }) else { return true }
        guard bytes[open] == UInt8(ascii: "[") else { return false }
        let close = bytes[(open + 1)...].firstIndex { !whitespace.contains($0) }
        return close.map { bytes[$0] == UInt8(ascii: "]") } ?? false
    }
}
