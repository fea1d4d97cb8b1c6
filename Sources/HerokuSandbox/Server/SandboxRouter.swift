/// Maps an authorised GET request to a response from the account's data.
enum SandboxRouter {
    static func route(_ request: SandboxHTTPRequest, state: inout SandboxState) -> SandboxHTTPResponse {
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let account = state.account
        switch segments.count {
        case 1:
            switch segments[0] {
            case "account": return SandboxHTTPResponse(status: 200, json: account.accountObject)
            case "apps": return list(.apps, account.objects(.apps), request, &state)
            case "addons": return list(.addons, account.objects(.addons), request, &state)
            case "addon-services": return list(.addonServices, account.objects(.addonServices), request, &state)
            case "teams": return list(.teams, account.objects(.teams), request, &state)
            case "addon-attachments": return list(.addonAttachments, account.objects(.addonAttachments), request, &state)
            case "pipelines": return list(.pipelines, account.objects(.pipelines), request, &state)
            case "pipeline-couplings": return list(.pipelineCouplings, account.objects(.pipelineCouplings), request, &state)
            case "spaces": return list(.spaces, account.objects(.spaces), request, &state)
            case "regions": return list(.regions, account.objects(.regions), request, &state)
            case "stacks": return list(.stacks, account.objects(.stacks), request, &state)
            case "dyno-sizes": return list(.dynoSizes, account.objects(.dynoSizes), request, &state)
            case "enterprise-accounts": return list(sortFields: ["id", "name"], account.enterpriseAccounts(), request, &state)
            default: return .unknownEndpoint
            }
        case 2:
            if segments == ["account", "rate-limits"] {
                return SandboxHTTPResponse(status: 200, json: ["remaining": .int(state.rateLimiter.remaining())])
            }
            if segments == ["account", "invoices"] {
                return list(sortFields: ["id"], account.accountInvoices(), request, &state)
            }
            guard let (resource, label) = single(segments[0]) else { return .unknownEndpoint }
            guard let object = account.object(resource, idOrName: segments[1]) else { return .notFound(label) }
            return SandboxHTTPResponse(status: 200, json: object)
        case 3 where segments[0] == "apps" && segments[2] == "addons":
            guard let app = account.object(.apps, idOrName: segments[1]) else { return .notFound("app") }
            let appID = app["id"]?.stringValue
            let addons = account.objects(.addons).filter { $0.value(at: ["app", "id"])?.stringValue == appID }
            return list(.addons, addons, request, &state)
        case 3 where segments[0] == "apps" && SandboxResource.perApp(segments[2]) != nil:
            guard let app = account.object(.apps, idOrName: segments[1]) else { return .notFound("app") }
            let resource = SandboxResource.perApp(segments[2])!
            return list(resource, account.objects(resource, ofApp: app["id"]?.stringValue ?? ""), request, &state)
        case 3 where segments[0] == "teams" && segments[2] == "members":
            guard let team = account.object(.teams, idOrName: segments[1]) else { return .notFound("team") }
            return list(.teamMembers, account.members(ofTeam: team["id"]?.stringValue ?? ""), request, &state)
        case 3 where segments[0] == "teams" && segments[2] == "invoices":
            guard let team = account.object(.teams, idOrName: segments[1]) else { return .notFound("team") }
            guard account.isEnterprise(team) else { return .notEnterprise }
            return list(sortFields: ["id"], account.teamInvoices(team), request, &state)
        case 4 where segments[2] == "usage" && ["daily", "monthly"].contains(segments[3]):
            return SandboxUsageRoute.usage(segments, request, account: account)
        default:
            // Includes /apps/{app}/config-vars: the sandbox never serves config var values.
            return .unknownEndpoint
        }
    }

    private static func single(_ segment: String) -> (SandboxResource, String)? {
        switch segment {
        case "apps": (.apps, "app")
        case "addons": (.addons, "add-on")
        case "addon-services": (.addonServices, "add-on service")
        case "teams": (.teams, "team")
        case "dyno-sizes": (.dynoSizes, "dyno size")
        default: nil
        }
    }

    /// A paginated list response (Range / Content-Range / Next-Range / Accept-Ranges).
    static func list(_ resource: SandboxResource, _ objects: [SandboxJSON], _ request: SandboxHTTPRequest,
                     _ state: inout SandboxState) -> SandboxHTTPResponse {
        list(sortFields: resource.sortFields, objects, request, &state)
    }

    /// A paginated list response of objects sortable by `sortFields` (the default first).
    static func list(sortFields: [String], _ objects: [SandboxJSON], _ request: SandboxHTTPRequest,
                     _ state: inout SandboxState) -> SandboxHTTPResponse {
        let acceptRanges = sortFields.joined(separator: ", ")
        var range = SandboxRange(field: "id")
        if let header = request.header("Range"), !header.allSatisfy(\.isWhitespace) {
            do {
                range = try SandboxRange.parse(header)
            } catch {
                var response = SandboxHTTPResponse.error(400, "bad_request", SandboxRange.malformedMessage)
                response.setHeader("Accept-Ranges", acceptRanges)
                return response
            }
        }
        guard sortFields.contains(range.field) else {
            var response = SandboxHTTPResponse.error(
                416, "requested_range_not_satisfiable",
                "Range field `\(range.field)` is not supported. Supported fields: \(acceptRanges).")
            response.setHeader("Accept-Ranges", acceptRanges)
            return response
        }
        let max = min(range.max ?? state.configuration.pageSizeDefault, state.configuration.pageSizeMax)
        let sorted = state.sortedEntries(cacheKey: request.path, field: range.field, objects: objects)
        let page = SandboxPage(sorted: sorted, range: range, max: max)
        var response = SandboxHTTPResponse(status: page.hasMore ? 206 : 200, json: .array(page.items))
        response.setHeader("Accept-Ranges", acceptRanges)
        if let first = page.firstKey, let last = page.lastKey {
            response.setHeader("Content-Range", "\(range.field) \(first)..\(last); max=\(max)")
            if page.hasMore { response.setHeader("Next-Range", range.next(after: last, max: max)) }
        }
        return response
    }
}
