import Foundation
import HerokuSandbox
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A response read by ``TestHTTPClient``.
struct TestResponse {
    var status: Int
    /// Header names lower-cased.
    var headers: [String: String]
    var body: [UInt8]

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    func json() throws -> SandboxJSON { try SandboxJSON.parse(body) }

    /// The `id` of each element of a JSON array body.
    func ids() throws -> [String] {
        try json().arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
    }
}

struct TestHTTPError: Error, CustomStringConvertible {
    var description: String
}

/// A tiny blocking HTTP/1.1 client over a raw socket: exactly the headers we give it,
/// one request per connection (`Connection: close`), no caching, no redirects.
struct TestHTTPClient {
    let port: Int
    var apiKey = "sandbox-key"

    /// Sends a request. `headers` are added to the defaults (Bearer auth, v3 Accept); a
    /// nil value removes a default header.
    func request(_ method: String = "GET", _ path: String, range: String? = nil,
                 headers: [String: String?] = [:]) throws -> TestResponse {
        var all: [(String, String)] = [
            ("Host", "127.0.0.1:\(port)"),
            ("Authorization", "Bearer \(apiKey)"),
            ("Accept", "application/vnd.heroku+json; version=3"),
            ("Connection", "close"),
        ]
        if let range { all.append(("Range", range)) }
        for (name, value) in headers {
            all.removeAll { $0.0.lowercased() == name.lowercased() }
            if let value { all.append((name, value)) }
        }
        var text = "\(method) \(path) HTTP/1.1\r\n"
        for (name, value) in all { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        return try parse(exchange(Array(text.utf8)))
    }

    /// GET with the defaults.
    func get(_ path: String, range: String? = nil, headers: [String: String?] = [:]) throws -> TestResponse {
        try request("GET", path, range: range, headers: headers)
    }

    private func exchange(_ bytes: [UInt8]) throws -> [UInt8] {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw TestHTTPError(description: "socket failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw TestHTTPError(description: "connect failed") }
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw TestHTTPError(description: "send failed") }
            sent += n
        }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 {
                if errno == EINTR { continue }
                throw TestHTTPError(description: "connection reset")
            }
            if n == 0 { break }
            received.append(contentsOf: chunk[0..<n])
        }
        return received
    }

    private func parse(_ bytes: [UInt8]) throws -> TestResponse {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = bytes.firstRange(of: separator) else {
            throw TestHTTPError(description: "no response (connection closed)")
        }
        let headText = String(decoding: bytes[..<end.lowerBound], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw TestHTTPError(description: "bad status line")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = value
        }
        return TestResponse(status: status, headers: headers, body: Array(bytes[end.upperBound...]))
    }
}
