internal import CLibpq

/// Streams data into a running `COPY ... FROM STDIN`; handed to the body of
/// `Connection.copyIn(_:_:)` and valid only inside it.
///
/// Writes are buffered and sent to libpq (`PQputCopyData`) whenever about 64 KiB of bytes
/// have accumulated, and once more when the body returns. Not `Sendable`: use it only
/// from the body that received it.
public final class CopyInWriter {
    /// Flush once the buffer holds at least this many bytes.
    static let flushThreshold = 64 * 1024

    private let connection: Connection
    private var buffer: [UInt8] = []
    private var isOpen = true
    /// Bytes handed to libpq so far.
    public private(set) var bytesSent = 0

    init(connection: Connection) {
        self.connection = connection
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    /// Appends raw bytes (already in the COPY format of the statement).
    ///
    /// - Throws: `PostgresError` of kind `.copyFailed` if libpq cannot send a full buffer
    ///   (the connection is broken) or the writer is used after `copyIn` returned.
    public func write(_ bytes: some Collection<UInt8>) throws {
        try ensureOpen()
        buffer.append(contentsOf: bytes)
        try flushIfNeeded()
    }

    /// Appends the UTF-8 bytes of `string` (already in the COPY format of the statement).
    ///
    /// - Throws: See `write(_:)` for bytes.
    public func write(_ string: String) throws {
        try ensureOpen()
        buffer.append(contentsOf: string.utf8)
        try flushIfNeeded()
    }

    /// Appends one row in COPY text format: fields escaped by `CopyTextEncoder`, separated by
    /// tabs, `\N` for nil, terminated by a newline. NUL characters become U+FFFD.
    ///
    /// - Throws: See `write(_:)` for bytes.
    public func writeRow(_ fields: [String?]) throws {
        try ensureOpen()
        CopyTextEncoder.encodeRow(fields, into: &buffer)
        try flushIfNeeded()
    }

    /// Sends whatever is buffered to libpq now.
    public func flush() throws {
        try ensureOpen()
        try send()
    }

    /// Sends the remaining buffer and closes the writer; called by `copyIn`.
    func finish() throws {
        try flush()
        isOpen = false
    }

    /// Closes the writer without sending the buffer; called by `copyIn` when aborting.
    func close() {
        isOpen = false
        buffer.removeAll()
    }

    private func ensureOpen() throws {
        guard isOpen else {
            throw PostgresError.copyFailed("the CopyInWriter was used after its copyIn call ended")
        }
    }

    private func flushIfNeeded() throws {
        if buffer.count >= Self.flushThreshold { try send() }
    }

    private func send() throws {
        guard !buffer.isEmpty else { return }
        let chunkSize = 1 << 20
        let pgConn = connection.pgConn
        let failure: Int32? = buffer.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let count = min(chunkSize, raw.count - offset)
                let base = raw.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self)
                let status = PQputCopyData(pgConn, base, Int32(count))
                guard status == 1 else { return status }
                offset += count
            }
            return nil
        }
        if let failure {
            let reason = PQerrorMessage(pgConn).map { String(cString: $0) } ?? ""
            close()
            throw PostgresError(
                kind: .copyFailed,
                sqlState: nil,
                message: "PQputCopyData returned \(failure): \(reason.isEmpty ? "the connection is broken" : reason)",
                secrets: connection.secrets
            )
        }
        bytesSent += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
