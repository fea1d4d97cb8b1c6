/// The version of heroku-warehouse, used in the `User-Agent` header and by the CLI.
public enum HerokuWarehouseVersion {
    /// The current release, in semantic-versioning form.
    public static let current = "0.1.0"
}
