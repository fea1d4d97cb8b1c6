import Foundation
import Loader
import Warehouse

/// Renders a load summary as a table for people or JSON for machines.
enum SummaryRenderer {
    static func table(_ summary: LoadSummary) -> String {
        let header = ["report", "status", "pages", "fetched", "inserted", "updated", "unchanged", "deleted", "columns+"]
        let rows = summary.reports.map { report in
            [report.report, report.status.rawValue, String(report.pages), String(report.fetched),
             String(report.counts.inserted), String(report.counts.updated), String(report.counts.unchanged),
             String(report.counts.deleted), String(report.columnsAdded)]
        }
        var lines = [
            "load \(summary.loadID.map(String.init) ?? "-") for \(summary.account ?? "?"): \(summary.status.rawValue), \(summary.requests) requests"
        ]
        lines.append(contentsOf: TextTable.render(header: header, rows: rows))
        for report in summary.reports where report.error != nil {
            lines.append("\(report.report): \(report.error ?? "")")
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ summary: LoadSummary) -> String {
        let reports: [[String: Any]] = summary.reports.map { report in
            var entry: [String: Any] = [
                "report": report.report, "status": report.status.rawValue, "pages": report.pages,
                "requests": report.requests, "retries": report.retries, "fetched": report.fetched,
                "inserted": report.counts.inserted, "updated": report.counts.updated,
                "unchanged": report.counts.unchanged, "deleted": report.counts.deleted,
                "columns_added": report.columnsAdded, "columns_widened": report.columnsWidened,
                "duration_ms": report.durationMilliseconds,
            ]
            entry["error"] = report.error ?? NSNull()
            return entry
        }
        var object: [String: Any] = [
            "status": summary.status.rawValue, "requests": summary.requests, "reports": reports,
        ]
        object["load_id"] = summary.loadID.map { NSNumber(value: $0) } ?? NSNull()
        object["account"] = summary.account ?? NSNull()
        object["error"] = summary.error ?? NSNull()
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// A plain text table with left-aligned columns.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> [String] {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return [line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)
    }
}
