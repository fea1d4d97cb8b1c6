import Loader

/// The reports the benchmark measures: the product's first four (add-ons, apps, add-on services and
/// teams), whose sizes it scales. They are all plain lists, so the floor and every load
/// fetch exactly the same pages.
enum BenchReports {
    static let measured: [Report] = ["teams", "apps", "addons", "addon_services"].compactMap(ReportCatalog.named)
}
