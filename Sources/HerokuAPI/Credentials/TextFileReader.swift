import Foundation

/// Reads a small UTF-8 text file and explains failures in a few words.
enum TextFileReader {
    struct Failure: Error {
        var reason: String
        var isMissing: Bool
    }

    static func read(_ path: String) throws(Failure) -> String {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(reason: "no such file", isMissing: true)
        }
        guard !isDirectory.boolValue else { throw Failure(reason: "it is a directory", isMissing: false) }
        guard manager.isReadableFile(atPath: path), let data = manager.contents(atPath: path) else {
            throw Failure(reason: "permission denied", isMissing: false)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(reason: "not UTF-8 text", isMissing: false)
        }
        return text
    }
}
