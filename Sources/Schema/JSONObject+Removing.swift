extension JSONObject {
    /// This object without the value at `path` (unchanged when the path is absent).
    public func removing(path: JSONPath) -> JSONObject {
        guard let first = path.first else { return self }
        var pairs: [(key: String, value: JSONValue)] = []
        pairs.reserveCapacity(count)
        for (key, value) in self {
            if key == first {
                if path.count == 1 { continue }
                if case .object(let child) = value {
                    pairs.append((key, .object(child.removing(path: Array(path.dropFirst())))))
                    continue
                }
            }
            pairs.append((key, value))
        }
        return JSONObject(pairs)
    }
}
