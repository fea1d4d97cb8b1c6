import Warehouse

/// The loader's hold on the warehouse: one connection that owns the schema's load lock.
/// When PostgreSQL drops that connection mid-load (a restart, `pg_terminate_backend`), the
/// report in flight has already rolled back with it; `reopenIfLost` connects again and takes
/// the lock again, so the failure can be recorded and the remaining reports can load.
final class WarehouseSession {
    private(set) var warehouse: Warehouse
    private let request: LoadRequest

    init(warehouse: Warehouse, request: LoadRequest) {
        self.warehouse = warehouse
        self.request = request
    }

    /// Reconnects when the connection is gone. Throws when PostgreSQL cannot be reached or
    /// another load took the lock in the meantime.
    func reopenIfLost() throws {
        guard !warehouse.isConnected else { return }
        let reopened: Warehouse?
        do {
            reopened = try warehouse.reconnected(url: request.databaseURL, lockWait: request.lockWait)
        } catch {
            throw LoadError.databaseUnavailable(LoadRunner.describe(error, secrets: [request.apiKey.secretValue]))
        }
        guard let reopened else { throw LoadError.lockHeld(schema: request.schema) }
        warehouse = reopened
    }
}
