/// The version of what the loader infers from JSON: types (`ColumnType.classify`),
/// flattening (`SchemaInferrer`) and column names (`ColumnNaming`, `SchemaPlanner`).
///
/// Stored list ETags are trusted to stand for "every object of this list was observed" only
/// by the inference version that observed them (`_list_etags.inference_version`): a release
/// that infers differently must look at every object once. So this number, not the release
/// string, is bumped whenever inference changes; `InferenceVersionTests` fails until it is
/// (it runs the inference over a fixed corpus and compares with ``fingerprints``).
public enum InferenceVersion {
    /// The current version.
    public static var current: Int { fingerprints.keys.max() ?? 1 }

    /// The fingerprint of the inference over `InferenceVersionTests`' corpus, per version.
    /// A change of inference adds a version with its new fingerprint; the old ones stay.
    public static let fingerprints: [Int: String] = [
        1: "9266d3cd10d9adb0",
    ]
}
