import ArgumentParser
import Loader

/// `heroku-warehouse reports`: what can be loaded.
struct ReportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports",
        abstract: "List the reports that can be loaded, with their API path and table."
    )

    @Option(help: "The schema the tables are shown in.")
    var schema: String = "heroku"

    func validate() throws {
        try DatabaseOptions.checkSchemaName(schema)
    }

    func run() throws {
        let rows = ReportCatalog.all.map { report in
            // `/apps/{parent}/releases` reads as Heroku documents it: `/apps/{app}/releases`.
            let path = report.fanOut.map { report.path.replacingOccurrences(of: "{parent}", with: "{\($0.parentKey)}") }
                ?? report.path
            return [report.name, "GET \(path)", "\(schema).\(report.name), \(schema).\(report.name)_history", report.summary]
        }
        for line in TextTable.render(header: ["report", "source", "tables", "what"], rows: rows) {
            print(line)
        }
    }
}
