/// The loader's own columns. Data columns never start with `_` (see `ColumnNaming`), so
/// these names cannot collide with a column that comes from the API.
public enum MetaColumn {
    /// The label of the Heroku account the row came from; part of every primary key.
    public static let account = "_account"
    /// The load that wrote this version of the row.
    public static let loadID = "_load_id"
    /// The content hash: MurmurHash3 of the object's canonical JSON (`CanonicalHash`); equal hashes mean unchanged content.
    public static let hash = "_hash"
    /// Current table only: a fingerprint of the exact JSON text last staged for the object
    /// (`FetchHash`), so a reload skips objects that arrive byte-for-byte as stored.
    public static let fetchHash = "_fetch_hash"
    /// The object exactly as fetched (minus excluded secret paths, NUL replaced).
    public static let raw = "_raw"
    /// When this version became current (the start of the load that first saw it).
    public static let validFrom = "_valid_from"
    /// History: when this version stopped being current (the start of the load that closed it).
    public static let validTo = "_valid_to"
    /// History: what closed the version, `update` or `delete`.
    public static let operation = "_op"

    /// Every meta column name; data columns are never given one of these names.
    public static let all: Set<String> = [account, loadID, hash, fetchHash, raw, validFrom, validTo, operation]
}
