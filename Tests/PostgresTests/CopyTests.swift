import Postgres
import Testing
import TestSupport

private struct Boom: Error {}

@Suite struct CopyTests {
    /// Row `i` of the big COPY: ids, awkward text, NULLs every 7th row.
    static func row(_ i: Int) -> [String?] {
        let pieces = ["🎉", "漢字", "tab\there", "line\nbreak", "cr\rx", "back\\slash", "\\N", "it's", "\"q\"", "é"]
        let text = "\(i):" + pieces[i % pieces.count] + pieces[(i / 10) % pieces.count]
        let other: String? = i % 7 == 0 ? nil : String(repeating: "x", count: i % 50) + "ü"
        return [String(i), text, other]
    }

    @Test func copiesTenThousandAwkwardRowsExactly() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "copied")
            try connection.execute("CREATE TABLE \(table) (id bigint PRIMARY KEY, a text NOT NULL, b text)")
            let expected = (0..<10_000).map(Self.row)
            let copied = try connection.copyIn("COPY \(table) (id, a, b) FROM STDIN") { writer in
                for row in expected { try writer.writeRow(row) }
                #expect(writer.bytesSent > 64 * 1024)
            }
            #expect(copied == 10_000)

            let stats = try connection.execute("""
                SELECT count(*) AS n, count(b) AS non_null, sum(length(a)) AS chars,
                       sum(octet_length(a)) + coalesce(sum(octet_length(b)), 0) AS bytes
                FROM \(table)
                """)
            #expect(stats.int(0, "n") == 10_000)
            #expect(stats.int(0, "non_null") == expected.filter { $0[2] != nil }.count)
            #expect(stats.int(0, "chars") == expected.reduce(0) { $0 + $1[1]!.unicodeScalars.count })
            #expect(stats.int(0, "bytes") == expected.reduce(0) { $0 + $1[1]!.utf8.count + ($1[2]?.utf8.count ?? 0) })

            let back = try connection.execute("SELECT c.id::text AS id, c.a, c.b FROM \(table) AS c ORDER BY c.id")
            #expect(back.count == expected.count)
            let mismatch = zip(back.rows, expected).first { $0.0 != $0.1 }
            #expect(mismatch == nil, "first differing row: \(String(describing: mismatch))")
            #expect(back.rows[3] == ["3", "3:line\nbreak🎉", "xxxü"])
        }
    }

    @Test func rawWritesAndNULReplacement() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "raw")
            try connection.execute("CREATE TABLE \(table) (a text, b text)")
            let copied = try connection.copyIn("COPY \(table) FROM STDIN") { writer in
                try writer.write("x\ty\n")
                try writer.write(Array("z\t\\N\n".utf8))
                try writer.writeRow(["nul\u{0}here", "ok"])
            }
            #expect(copied == 3)
            let rows = try connection.execute("SELECT a, b FROM \(table) ORDER BY a")
            #expect(rows.rows == [["nul\u{FFFD}here", "ok"], ["x", "y"], ["z", nil]])
        }
    }

    @Test func binaryFormatCopiesBigintTextAndJSONBAsWritten() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "binary")
            try connection.execute("CREATE TABLE \(table) (n bigint, t text, j jsonb)")
            let rows: [(Int64, String, String)] = [
                (-1, "tab\there\\back\nline", #"{"b":[1,2.50,"x\"y"],"a":null}"#),
                (Int64.max, "ünïcødé 🎉", #"{"emoji":"\ud83c\udf89","n":1e3}"#),
            ]
            let copied = try connection.copyIn("COPY \(table) (n, t, j) FROM STDIN (FORMAT binary)") { writer in
                var buffer = CopyBinaryEncoder.header
                for (number, text, json) in rows {
                    CopyBinaryEncoder.beginRow(fields: 3, into: &buffer)
                    CopyBinaryEncoder.appendBigInt(number, into: &buffer)
                    CopyBinaryEncoder.appendText(into: &buffer) { $0.append(contentsOf: text.utf8) }
                    CopyBinaryEncoder.appendJSONB(into: &buffer) { $0.append(contentsOf: json.utf8) }
                }
                buffer.append(contentsOf: CopyBinaryEncoder.trailer)
                try writer.write(buffer)
            }
            #expect(copied == 2)
            let back = try connection.execute("""
                SELECT n::text, t, j = $1::jsonb, j = $2::jsonb FROM \(table) ORDER BY n
                """, [rows[0].2, rows[1].2])
            #expect(back.rows == [["-1", rows[0].1, "t", "f"], ["9223372036854775807", rows[1].1, "f", "t"]])
        }
    }

    @Test func binaryFormatWithoutRowsCopiesNothing() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "binary_empty")
            try connection.execute("CREATE TABLE \(table) (n bigint)")
            let copied = try connection.copyIn("COPY \(table) (n) FROM STDIN (FORMAT binary)") { writer in
                try writer.write(CopyBinaryEncoder.header + CopyBinaryEncoder.trailer)
            }
            #expect(copied == 0)
        }
    }

    @Test func throwingBodyAbortsTheCopyAndKeepsTheConnectionUsable() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "aborted")
            try connection.execute("CREATE TABLE \(table) (n int)")
            #expect(throws: Boom.self) {
                try connection.copyIn("COPY \(table) FROM STDIN") { writer in
                    for i in 0..<50_000 { try writer.writeRow([String(i)]) }
                    throw Boom()
                }
            }
            #expect(connection.isHealthy)
            #expect(try connection.execute("SELECT count(*) FROM \(table)").firstValue == "0")
            // And COPY works again afterwards.
            let copied = try connection.copyIn("COPY \(table) FROM STDIN") { try $0.writeRow(["7"]) }
            #expect(copied == 1)
        }
    }

    @Test func badDataReportsTheServerErrorAndKeepsTheConnectionUsable() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "typed")
            try connection.execute("CREATE TABLE \(table) (n int)")
            let error = try #require(throws: PostgresError.self) {
                try connection.copyIn("COPY \(table) FROM STDIN") { writer in
                    try writer.writeRow(["1"])
                    try writer.writeRow(["not a number"])
                }
            }
            #expect(error.sqlState == .invalidTextRepresentation)
            #expect(try connection.execute("SELECT count(*) FROM \(table)").firstValue == "0")
        }
    }

    @Test func copyInsideATransactionRollsBackWithIt() throws {
        try withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "tx")
            try connection.execute("CREATE TABLE \(table) (n int)")
            #expect(throws: Boom.self) {
                try connection.transaction { conn in
                    let copied = try conn.copyIn("COPY \(table) FROM STDIN") { try $0.writeRow(["1"]) }
                    #expect(copied == 1)
                    throw Boom()
                }
            }
            #expect(try connection.execute("SELECT count(*) FROM \(table)").firstValue == "0")
        }
    }

    @Test func nonCopyStatementIsRejected() throws {
        let connection = try TestDatabase.connect()
        let error = try #require(throws: PostgresError.self) {
            try connection.copyIn("SELECT 1") { _ in Issue.record("body must not run") }
        }
        #expect(error.kind == .copyFailed)
        let missing = try #require(throws: PostgresError.self) {
            try connection.copyIn("COPY no_such_table_xyz FROM STDIN") { _ in }
        }
        #expect(missing.sqlState == .undefinedTable)
        #expect(try connection.execute("SELECT 1").firstValue == "1")
    }

    @Test func asyncCopyIn() async throws {
        try await withTestSchema { connection, schema in
            let table = Connection.quoteQualified(schema, "async")
            try connection.execute("CREATE TABLE \(table) (n int)")
            let copied = try await connection.copyIn("COPY \(table) FROM STDIN") { writer in
                for i in 0..<1000 {
                    if i % 100 == 0 { await Task.yield() }
                    try writer.writeRow([String(i)])
                }
            }
            #expect(copied == 1000)
            await #expect(throws: Boom.self) {
                _ = try await connection.copyIn("COPY \(table) FROM STDIN") { writer in
                    try writer.writeRow(["1"])
                    await Task.yield()
                    throw Boom()
                }
            }
            #expect(try connection.execute("SELECT count(*) FROM \(table)").firstValue == "1000")
        }
    }
}
