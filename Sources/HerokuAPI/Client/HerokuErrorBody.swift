import Foundation

/// The JSON body of a Heroku error response: `{"id": ..., "message": ..., "url": ...}`.
struct HerokuErrorBody: Sendable, Equatable {
    var id: String?
    var message: String?
    var url: String?
}

extension HerokuErrorBody {
    /// Parses an error body leniently. Non-JSON, non-object or oversized bodies give `nil`.
    init?(bytes: [UInt8]) {
        guard !bytes.isEmpty, bytes.count <= 64 * 1024,
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        else { return nil }
        id = object["id"] as? String
        message = object["message"] as? String
        url = object["url"] as? String
        if id == nil, message == nil { return nil }
    }
}
