import Schema

extension SandboxJSON {
    /// Sets the value at a path of object keys, creating (or replacing non-objects with)
    /// intermediate objects as needed. An empty path replaces the whole value.
    public mutating func setValue(_ value: SandboxJSON, at path: [String]) {
        guard let key = path.first else {
            self = value
            return
        }
        var object = objectValue ?? SandboxObject()
        var child = object[key] ?? .null
        child.setValue(value, at: Array(path.dropFirst()))
        object[key] = child
        self = .object(object)
    }

    /// Removes the key at the end of a path. Returns whether something was removed.
    @discardableResult
    public mutating func removeValue(at path: [String]) -> Bool {
        guard let key = path.first, var object = objectValue else { return false }
        if path.count == 1 {
            guard object[key] != nil else { return false }
            object[key] = nil
            self = .object(object)
            return true
        }
        guard var child = object[key] else { return false }
        let removed = child.removeValue(at: Array(path.dropFirst()))
        object[key] = child
        self = .object(object)
        return removed
    }
}
