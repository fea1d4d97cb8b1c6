/// API paths whose responses carry secrets (config-var values, add-on config, OAuth tokens,
/// log-drain tokens, VPN keys). The client refuses to request them at all, so no report,
/// present or future, can copy a secret into the warehouse by mistake.
public enum SecretEndpoints {
    /// Path segments that mark a secret-bearing endpoint.
    static let segments: Set<String> = [
        "config-vars", "config", "oauth", "authorizations", "log-drains", "vpn-connections",
    ]

    /// Whether `path` (e.g. `/apps/x/config-vars`) may return secrets.
    public static func isSecret(_ path: String) -> Bool {
        let withoutQuery = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        return withoutQuery.split(separator: "/").contains { segments.contains($0.lowercased()) }
    }
}
