/// Placeholder
public enum WarehouseSQLFiles {
    public static var probe: [UInt8] { PackageResources._01_test_sql }
}
