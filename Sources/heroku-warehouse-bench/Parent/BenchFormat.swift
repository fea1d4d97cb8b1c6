import Foundation

/// Number formatting for the table and the progress lines.
enum BenchFormat {
    static func seconds(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }
    static func ratio(_ value: Double) -> String { String(format: "%.2fx", value) }
    static func megabytes(_ value: Double) -> String { String(format: "%.0f", value) }
    static func integer(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0, index % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return String(out.reversed())
    }
    static func rate(_ value: Double) -> String { integer(Int(value.rounded())) }
    static func megabytes(kilobytes: Int) -> Double { Double(kilobytes) / 1024 }
}

/// Progress lines on stderr.
enum BenchLog {
    static func say(_ line: String) {
        FileHandle.standardError.write(Data("bench: \(line)\n".utf8))
    }
}
