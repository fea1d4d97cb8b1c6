import Foundation
import HerokuSandbox

/// What the cost views should say, computed here from the sandbox's JSON with the rules the
/// views document: deprovisioned add-ons left out, contract-priced and unpriced ones counted
/// apart, prices per month (hourly x720, daily x30, yearly /12), dynos at their size's price.
struct ListPriceModel {
    struct AppCost: Equatable {
        var addonCount = 0
        var contract = 0
        var unpriced = 0
        var addonCents: Decimal = 0
        var dynoCents: Decimal = 0
        var dynos: Decimal = 0
        var unpricedDynos: Decimal = 0
    }

    let account: SandboxAccount

    /// A price per `unit` in cents per month; nil for an unknown unit or no price.
    static func monthly(_ cents: Decimal?, unit: String?) -> Decimal? {
        guard let cents else { return nil }
        switch (unit ?? "month").lowercased() {
        case "month", "monthly": return cents
        case "hour", "hourly": return cents * 720
        case "day", "daily": return cents * 30
        case "year", "yearly": return cents / 12
        default: return nil
        }
    }

    /// A JSON number as a decimal (nil for anything else).
    static func number(_ value: SandboxJSON?) -> Decimal? {
        value?.numberText.flatMap { Decimal(string: $0) }
    }

    /// The monthly price of each dyno size, by lower-cased name (nil: no price).
    var sizePrices: [String: Decimal?] {
        var prices: [String: Decimal?] = [:]
        for size in account.objects(.dynoSizes) {
            let name = size["name"]?.stringValue?.lowercased() ?? ""
            prices[name] = Self.monthly(Self.number(size.value(at: ["cost", "cents"])),
                                        unit: size.value(at: ["cost", "unit"])?.stringValue)
        }
        return prices
    }

    /// Per app id.
    func costs() -> [String: AppCost] {
        var costs: [String: AppCost] = [:]
        for app in account.objects(.apps) { costs[app["id"]?.stringValue ?? ""] = AppCost() }
        for addon in account.objects(.addons) where addon["state"]?.stringValue != "deprovisioned" {
            guard let app = addon.value(at: ["app", "id"])?.stringValue, costs[app] != nil else { continue }
            costs[app]!.addonCount += 1
            if addon.value(at: ["billed_price", "contract"]) == .bool(true) {
                costs[app]!.contract += 1
            } else if let monthly = Self.monthly(Self.number(addon.value(at: ["billed_price", "cents"])),
                                                 unit: addon.value(at: ["billed_price", "unit"])?.stringValue) {
                costs[app]!.addonCents += monthly
            } else {
                costs[app]!.unpriced += 1
            }
        }
        let prices = sizePrices
        for process in account.objects(.formations) {
            guard let app = process.value(at: ["app", "id"])?.stringValue, costs[app] != nil,
                  let quantity = Self.number(process["quantity"]) else { continue }
            costs[app]!.dynos += quantity
            guard quantity > 0 else { continue }
            let size = (process.value(at: ["dyno_size", "name"])?.stringValue ?? process["size"]?.stringValue ?? "")
                .lowercased()
            if let price = prices[size] ?? nil {
                costs[app]!.dynoCents += quantity * price
            } else {
                costs[app]!.unpricedDynos += quantity
            }
        }
        return costs
    }
}
