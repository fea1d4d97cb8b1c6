import Warehouse

/// The loader's hold on the warehouse: one store session that owns the schema's load lock.
/// When PostgreSQL drops that connection mid-load (a restart, `pg_terminate_backend`), the
/// report in flight has already rolled back with it; `reopenIfLost` connects again and takes
/// the lock again, so the failure can be recorded and the remaining reports can load.
final class WarehouseSession {
    private(set) var warehouse: any LoadStore
    /// Opens the load's stores (this one again, and the side-by-side reports' own).
    let stores: any LoadStoreConnector
    private let request: LoadRequest

    init(warehouse: any LoadStore, stores: any LoadStoreConnector, request: LoadRequest) {
        self.warehouse = warehouse
        self.stores = stores
        self.request = request
    }

    /// Reconnects (on the calling thread: the lost connection's own) when the session is
    /// gone, prepares the new one and takes the lock again without waiting. Throws when the
    /// store cannot be reached or another load took the lock in the meantime.
    func reopenIfLost() throws {
        guard !warehouse.isConnected else { return }
        let reopened: any LoadStore
        let locked: Bool
        do {
            reopened = try stores.connect()
            try reopened.prepareSession(lockWait: request.lockWait)
            locked = try reopened.acquireLoadLock(wait: false)
        } catch {
            throw LoadError.databaseUnavailable(LoadRunner.describe(error, secrets: [request.apiKey.secretValue]))
        }
        guard locked else { throw LoadError.lockHeld(schema: request.schema) }
        warehouse = reopened
    }
}
