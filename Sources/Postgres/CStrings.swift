/// NUL-terminated copies of Swift strings for the duration of `body`; nil stays NULL.
///
/// Throws `PostgresError.invalidArgument` when a string contains U+0000, which C would
/// silently truncate.
func withCStrings<R>(
    _ strings: [String?],
    what: String,
    _ body: ([UnsafePointer<CChar>?]) throws -> R
) throws -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = []
    pointers.reserveCapacity(strings.count)
    defer {
        for pointer in pointers { pointer?.deallocate() }
    }
    for (index, string) in strings.enumerated() {
        guard let string else {
            pointers.append(nil)
            continue
        }
        let utf8 = string.utf8
        if utf8.contains(0) {
            throw PostgresError.invalidArgument("\(what) \(index + 1) contains a NUL character, which PostgreSQL text cannot hold")
        }
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count + 1)
        var offset = 0
        for byte in utf8 {
            buffer[offset] = CChar(bitPattern: byte)
            offset += 1
        }
        buffer[offset] = 0
        pointers.append(buffer)
    }
    return try body(pointers.map { pointer in pointer.map { UnsafePointer($0) } })
}

/// Runs `body` with a C string for `string`, rejecting embedded NUL characters.
func withCString<R>(_ string: String, what: String, _ body: (UnsafePointer<CChar>) throws -> R) throws -> R {
    if string.utf8.contains(0) {
        throw PostgresError.invalidArgument("\(what) contains a NUL character")
    }
    return try string.withCString(body)
}
