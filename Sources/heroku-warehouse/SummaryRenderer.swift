import Foundation
import Loader
import Warehouse

/// Renders load outcomes as a table for people or JSON for machines.
enum SummaryRenderer {
    static func table(_ outcomes: [AccountLoads.Outcome]) -> String {
        outcomes.map(table).joined(separator: "\n\n")
    }

    private static func table(_ outcome: AccountLoads.Outcome) -> String {
        switch outcome.result {
        case .failure(let failure):
            return "\(outcome.label ?? "account"): not loaded: \(failure.message)"
        case .success(let summary):
            let header = ["report", "status", "pages", "fetched", "inserted", "updated", "unchanged", "deleted",
                          "columns+", "adjusted"]
            let rows = summary.reports.map { report in
                [report.report, statusCell(report), String(report.pages),
                 String(report.fetched),
                 String(report.counts.inserted), String(report.counts.updated), String(report.counts.unchanged),
                 String(report.counts.deleted), String(report.columnsAdded), String(report.valuesAdjusted)]
            }
            var lines = [
                summary.dryRun
                    ? "dry run for \(summary.account ?? "?"): nothing was written; a load would do this "
                        + "(\(summary.requests) requests made):"
                    : "load \(summary.loadID.map(String.init) ?? "-") for \(summary.account ?? "?"): "
                        + "\(summary.status.rawValue), \(summary.requests) requests",
            ]
            if let budget = summary.budget { lines.append(budget.summaryLine) }
            lines.append(contentsOf: TextTable.render(header: header, rows: rows))
            lines.append(contentsOf: summary.reports.flatMap(\.schemaChanges))
            // How long a 304 stands for the list (Heroku has served stale ones).
            for report in summary.reports where report.notModified {
                if let until = report.trustedUntil {
                    lines.append("\(report.report): answered 304 (unchanged); trusted without a full fetch until \(until) "
                                 + "(--verify-after)")
                } else {
                    lines.append("\(report.report): answered 304 (unchanged)")
                }
            }
            // A fan-out report's parents: fetched because they changed, verified, or fresh.
            for report in summary.reports where report.status == .succeeded {
                guard let parents = report.parents else { continue }
                lines.append("\(report.report): lists of \(parents.changed) parents fetched as new or changed, "
                             + "\(parents.verified) verified on schedule, \(parents.fresh) fresh and kept "
                             + "(--fan-out-verify-after)")
            }
            // A succeeded report's note: parents skipped (gone, or not readable with this key).
            for report in summary.reports where report.status == .succeeded {
                if let note = report.error { lines.append("\(report.report): \(note)") }
            }
            for report in summary.reports where report.rateLimitWaitMilliseconds > 0 {
                // Tenths of a second, rounded up: a short wait never reads as none.
                let seconds = String(format: "%.1f", (Double(report.rateLimitWaitMilliseconds) / 100).rounded(.up) / 10)
                lines.append("\(report.report): waited \(seconds) s for Heroku's rate limit (summed over its requests)")
            }
            for report in summary.reports where report.valuesAdjusted > 0 {
                lines.append("\(report.report): \(report.valuesAdjusted) objects held values PostgreSQL cannot store "
                             + "(U+0000, stored as U+FFFD; numbers beyond numeric's range, stored as strings)")
            }
            return lines.joined(separator: "\n")
        }
    }

    /// A report's status as the table shows it: a list skipped on its 304s, or fetched in full
    /// because its verification was due, says so.
    private static func statusCell(_ report: ReportOutcome) -> String {
        if report.notModified { return "unchanged (304)" }
        if report.verificationDue, report.status == .succeeded { return "verified" }
        return report.status.rawValue
    }

    /// One line per failed report or account, for stderr.
    static func problems(_ outcomes: [AccountLoads.Outcome]) -> [String] {
        outcomes.flatMap { outcome -> [String] in
            let label = outcome.label ?? "account"
            switch outcome.result {
            case .failure(let failure):
                return ["\(label): \(failure.message)"]
            case .success(let summary):
                return summary.reports.filter { $0.status == .failed }
                    .map { "\(label): \($0.report) failed: \($0.error ?? "unknown error")" }
            }
        }
    }

    static func json(_ outcomes: [AccountLoads.Outcome]) -> String {
        let loads: [[String: Any]] = outcomes.map { outcome in
            switch outcome.result {
            case .failure(let failure):
                return ["account": outcome.label ?? NSNull(), "status": "not started", "error": failure.message,
                        "load_id": NSNull(), "reports": [Any]()]
            case .success(let summary):
                return json(summary)
            }
        }
        let object: [String: Any]
        if loads.count == 1 {
            object = loads[0]
        } else {
            object = ["loads": loads]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static func json(_ summary: LoadSummary) -> [String: Any] {
        let reports: [[String: Any]] = summary.reports.map { report in
            [
                "report": report.report, "status": report.status.rawValue, "pages": report.pages,
                "requests": report.requests, "retries": report.retries, "fetched": report.fetched,
                "inserted": report.counts.inserted, "updated": report.counts.updated,
                "unchanged": report.counts.unchanged, "deleted": report.counts.deleted, "kept": report.counts.kept,
                "not_fetched": report.counts.notFetched,
                "columns_added": report.columnsAdded, "columns_widened": report.columnsWidened,
                "values_adjusted": report.valuesAdjusted, "duration_ms": report.durationMilliseconds,
                "schema_changes": report.schemaChanges, "not_modified": report.notModified,
                "trusted_until": report.trustedUntil ?? NSNull(), "verified": report.verified,
                "verification_due": report.verificationDue,
                "parents_changed": report.parents.map { NSNumber(value: $0.changed) } ?? NSNull(),
                "parents_verified": report.parents.map { NSNumber(value: $0.verified) } ?? NSNull(),
                "parents_fresh": report.parents.map { NSNumber(value: $0.fresh) } ?? NSNull(),
                "recognised_unparsed": report.recognisedUnparsed, "rate_limit_wait_ms": report.rateLimitWaitMilliseconds,
                "error": report.error ?? NSNull(),
            ]
        }
        return [
            "status": summary.status.rawValue, "requests": summary.requests, "reports": reports,
            "load_id": summary.loadID.map { NSNumber(value: $0) } ?? NSNull(),
            "account": summary.account ?? NSNull(), "error": summary.error ?? NSNull(), "dry_run": summary.dryRun,
            "estimated_requests": summary.budget.map { NSNumber(value: $0.estimatedRequests) } ?? NSNull(),
            "rate_limit_remaining": summary.budget?.rateLimitRemaining.map { NSNumber(value: $0) } ?? NSNull(),
        ]
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
