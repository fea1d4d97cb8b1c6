import AsyncHTTPClient
import Foundation
import Logging
import NIOCore

/// A successful (2xx) response, body fully read, with the headers the client uses.
struct RawResponse: Sendable {
    var status: Int
    var body: [UInt8]
    var requestID: String?
    var nextRange: String?
    var rateLimitRemaining: String?
    var etag: String?
    var contentType: String?
}

/// Requests, retries and rate-limit waits of one logical call.
struct RequestCounters: Sendable {
    /// Adds the counters of a request made on the side (a prefetched page).
    mutating func add(_ other: RequestCounters) {
        requests += other.requests
        retries += other.retries
        waitedForRateLimit += other.waitedForRateLimit
    }

    var requests = 0
    var retries = 0
    var waitedForRateLimit: Duration = .zero
}

/// How one HTTP attempt ended when it did not produce a 2xx response.
private struct AttemptFailure: Error {
    var error: HerokuAPIError
    var retryable: Bool
    var retryAfter: Duration?
}

extension HerokuClient {
    /// The media type of API v3.
    static let acceptHeader = "application/vnd.heroku+json; version=3"
    /// Rate-limit pauses at least this long are logged at info, shorter ones at debug.
    static let notablePause = Duration.seconds(5)

    /// Sends `GET path` (with `Range` when given), retrying as the configuration allows,
    /// and returns the first 2xx response. The error it throws carries the rate-limit wait
    /// `counters` hold (a running count: the call's earlier requests too).
    func perform(path: String, range: String?, ifNoneMatch: String? = nil, pausing: Bool = true,
                 counters: inout RequestCounters) async throws -> RawResponse {
        guard path.hasPrefix("/") else {
            throw HerokuAPIError(kind: .invalidResponse(message: "path must start with /"), path: path,
                                 message: "API paths must start with \"/\".")
        }
        guard !SecretEndpoints.isSecret(path) else {
            throw HerokuAPIError(kind: .refusedPath, path: path,
                                 message: "heroku-warehouse never requests endpoints that return secrets.")
        }
        var retry = 0
        // This request just waited out its own 429 (the pause every request shares ends then).
        var waitedOutRateLimit = false
        while true {
            if pausing, !waitedOutRateLimit, let pause = governor.claimPause(
                floor: configuration.rateLimitFloor,
                refillInterval: configuration.rateLimitRefillInterval,
                maxWait: configuration.maxWait, now: elapsed.now
            ) {
                // A long pause is worth a line at info (`schedule --log-level info`, as in the
                // Compose stack): otherwise a load waiting for minutes looks hung.
                logger.log(level: pause >= Self.notablePause ? .info : .debug,
                           "Pausing for the Heroku rate limit until the pool refills to its reserve", metadata: [
                    "http.path": "\(path)", "wait.seconds": "\(pause / .seconds(1))",
                    "reserve.tokens": "\(configuration.rateLimitFloor)",
                ])
                counters.waitedForRateLimit += pause
                try await configuration.clock.sleep(for: pause)
            }
            try Task.checkCancellation()
            counters.requests += 1
            do {
                return try await attempt(path: path, range: range, ifNoneMatch: ifNoneMatch, number: retry + 1)
            } catch let failure as AttemptFailure {
                guard failure.retryable, retry < configuration.maxRetries else {
                    throw failure.error.addingRateLimitWait(counters.waitedForRateLimit)
                }
                let delay: Duration
                if let retryAfter = failure.retryAfter {
                    delay = min(retryAfter, configuration.maxWait)
                } else if failure.error.kind == .rateLimited {
                    // An empty pool that does not say when to come back: wait at least as a
                    // reading of 0 tokens would, until the floor has refilled (a short backoff
                    // would only draw more 429s, spending the account's other tools' tokens).
                    let refill = RateLimitGovernor.refillTime(tokens: max(configuration.rateLimitFloor, 1),
                                                              refillInterval: configuration.rateLimitRefillInterval,
                                                              maxWait: configuration.maxWait)
                    delay = max(refill, configuration.jitter(configuration.backoffCeiling(retry: retry)))
                } else {
                    delay = configuration.jitter(configuration.backoffCeiling(retry: retry))
                }
                waitedOutRateLimit = failure.error.kind == .rateLimited
                if waitedOutRateLimit {
                    counters.waitedForRateLimit += delay
                    governor.rateLimited(waiting: delay, now: elapsed.now)
                }
                logger.debug("Retrying Heroku API request", metadata: [
                    "http.path": "\(path)", "retry": "\(retry + 1)",
                    "wait.seconds": "\(delay / .seconds(1))", "error": "\(failure.error)",
                ])
                retry += 1
                counters.retries += 1
                try await configuration.clock.sleep(for: delay)
            }
        }
    }

    /// One HTTP exchange. Throws `AttemptFailure` for anything but a 2xx response (or a 304
    /// answering `If-None-Match`), or `CancellationError` when the task is cancelled.
    private func attempt(path: String, range: String?, ifNoneMatch: String?, number: Int) async throws -> RawResponse {
        var request = HTTPClientRequest(url: endpoint.url(forPath: path))
        request.headers.add(name: "Accept", value: Self.acceptHeader)
        request.headers.add(name: "Authorization", value: "Bearer \(apiKey.secretValue)")
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        request.headers.add(name: "Request-Id", value: UUID().uuidString.lowercased())
        if let range { request.headers.add(name: "Range", value: range) }
        if let ifNoneMatch { request.headers.add(name: "If-None-Match", value: ifNoneMatch) }

        let started = elapsed.now
        let timeout = TimeAmount(configuration.requestTimeout)
        let status: Int
        let body: [UInt8]
        let response: HTTPClientResponse
        do {
            response = try await httpClient.execute(request, timeout: timeout)
            status = Int(response.status.code)
            let buffer = try await response.body.collect(upTo: configuration.maxBodyBytes)
            body = Array(buffer.readableBytesView)
        } catch {
            if Task.isCancelled { throw CancellationError() }
            let failure = transportFailure(error, path: path)
            logger.debug("Heroku API request failed", metadata: [
                "http.method": "GET", "http.path": "\(path)", "attempt": "\(number)",
                "duration.ms": "\(milliseconds(since: started))", "error": "\(failure.error)",
            ])
            throw failure
        }

        let headers = response.headers
        let requestID = headers.first(name: "Request-Id")
        logger.debug("Heroku API request", metadata: [
            "http.method": "GET", "http.path": "\(path)", "http.status": "\(status)",
            "heroku.request_id": "\(requestID ?? "-")", "attempt": "\(number)",
            "duration.ms": "\(milliseconds(since: started))",
        ])
        logDeprecationWarnings(method: "GET", path: path) { headers[$0] }

        if status != 429 { governor.record(headers.first(name: "RateLimit-Remaining"), sentAt: started) }
        if (200..<300).contains(status) || (status == 304 && ifNoneMatch != nil) {
            return RawResponse(
                status: status, body: body, requestID: requestID,
                nextRange: headers.first(name: "Next-Range"),
                rateLimitRemaining: headers.first(name: "RateLimit-Remaining"),
                etag: headers.first(name: "ETag"), contentType: headers.first(name: "Content-Type"))
        }
        throw statusFailure(status: status, requestID: requestID,
                            retryAfterHeader: headers.first(name: "Retry-After"), body: body, path: path)
    }

    private func statusFailure(
        status: Int, requestID: String?, retryAfterHeader: String?, body: [UInt8], path: String
    ) -> AttemptFailure {
        let parsed = HerokuErrorBody(bytes: body)
        let message = (parsed?.message ?? Self.textSnippet(body)).map(redact)
        let errorID = parsed?.id.map(redact)
        let kind: HerokuAPIError.Kind
        switch status {
        case 401: kind = .unauthorized
        case 403: kind = .forbidden
        case 404: kind = .notFound
        case 429: kind = .rateLimited
        case 500...599: kind = .server(status: status)
        default: kind = .http(status: status, id: errorID, message: message)
        }
        let error = HerokuAPIError(kind: kind, path: path, errorID: errorID, message: message,
                                   requestID: requestID)
        var retryAfter: Duration?
        if status == 429, let header = retryAfterHeader {
            retryAfter = RetryAfter.delay(from: header, now: Date())
        }
        return AttemptFailure(error: error, retryable: [429, 500, 502, 503, 504].contains(status),
                              retryAfter: retryAfter)
    }

    private func transportFailure(_ error: any Error, path: String) -> AttemptFailure {
        if error is NIOTooManyBytesError {
            return AttemptFailure(
                error: HerokuAPIError(kind: .bodyTooLarge, path: path,
                                      message: "more than \(configuration.maxBodyBytes) bytes"),
                retryable: false)
        }
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .readTimeout, .connectTimeout, .deadlineExceeded, .writeTimeout, .tlsHandshakeTimeout,
                 .getConnectionFromPoolTimeout:
                return AttemptFailure(error: HerokuAPIError(kind: .timeout, path: path), retryable: true)
            case .invalidURL, .emptyHost, .emptyScheme, .alreadyShutdown, .missingSocketPath:
                return AttemptFailure(
                    error: HerokuAPIError(kind: .transport(message: redact("\(clientError)")), path: path),
                    retryable: false)
            default:
                break
            }
        }
        return AttemptFailure(
            error: HerokuAPIError(kind: .transport(message: redact(String(describing: error))), path: path),
            retryable: true)
    }

    /// Removes the API key from text that came from the network or from lower layers.
    func redact(_ text: String) -> String {
        let secret = apiKey.secretValue
        guard !secret.isEmpty, text.contains(secret) else { return text }
        return text.replacingOccurrences(of: secret, with: "[redacted]")
    }

    /// The start of a non-JSON error body, when it is printable UTF-8 text.
    static func textSnippet(_ body: [UInt8]) -> String? {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        let unprintable = text.unicodeScalars.contains { scalar in
            scalar == "\u{FFFD}" || (scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t")
        }
        guard !unprintable else { return nil }
        let line = HerokuAPIError.oneLine(text)
        return line.isEmpty ? nil : line
    }

    private func milliseconds(since start: Duration) -> Int64 {
        Int64((elapsed.now - start) / .milliseconds(1))
    }
}
