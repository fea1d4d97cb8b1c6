import Warehouse

extension DatabaseOptions {
    /// Connects to the warehouse these options name (for `runs` and `migrate`), with
    /// one-line errors: an invalid schema name is a usage error, an unreachable server exit code 1.
    func openWarehouse() throws -> Warehouse {
        let url = try resolvedURL()
        do {
            return try Warehouse.connect(url: url, schema: schemaName)
        } catch let error as WarehouseError {
            throw UsageError(message: String(describing: error))  // an invalid schema name, before connecting
        } catch {
            throw CommandFailure(message: "cannot connect to PostgreSQL: \(error)", exitCode: 1)
        }
    }
}
