import Testing
@testable import Warehouse

/// The fingerprint a reload compares is MurmurHash3 x64 128 exactly (vectors from the
/// reference implementation, via Python's `mmh3.hash_bytes`), and its hex form round-trips.
@Suite("Fetch fingerprints")
struct FetchHashTests {
    @Test("matches the reference implementation for every length from 0 to 32 bytes (every tail, one and two blocks)",
          arguments: [
        (0, "00000000000000000000000000000000"),
        (1, "897859f6655555855a890e51483ab5e6"),
        (2, "2e1bed16ea118b93add4529b01a75ee6"),
        (3, "6778ad3f3f3f96b4522dca264174a23b"),
        (4, "4fcd5646d6b77bb875e87360883e00f2"),
        (5, "b8bb96f491d036208ceccf4ba0eec7c5"),
        (6, "55bfa3acbf867de45c842133990971b0"),
        (7, "99e49ec09f2fcda6b6bb55b13aa23a1c"),
        (8, "028cef37b00a8acca14069eb600d8948"),
        (9, "64793cf1cfc0470533e041b7f53db579"),
        (10, "998c2f770d5bc1b6c91a658cdc854da2"),
        (11, "029d78dfb8d095a871e75a45e2317cbb"),
        (12, "94e17ae6b19bf38e1c62ff7232309e1f"),
        (13, "73fac0a78d2848167fcce70dff7b652e"),
        (14, "e075c3f5a794d09124336ad2276009ee"),
        (15, "fb2f0c895124be8a612a969c2d8c546a"),
        (16, "23b74c22a33ccac41aeb31b395d63343"),
        (17, "57a6bd887f746475e40d11a19d49daec"),
        (18, "508a7f90ec8cf0776bc7005a29a8d471"),
        (19, "886d9ede23bc901574946fb62a4d8aa6"),
        (20, "f1e237f926370b314bd016572af40996"),
        (21, "3cc9ff79e268d5c9fb3c9be9c148ccd7"),
        (22, "56f8abf430e388956da9f4a8741fdb46"),
        (23, "8e234f9dba0a4840ffe9541cebb7be83"),
        (24, "f72cded40f96946408f22153a3cf0f79"),
        (25, "0f96072fa4cbe771dbbd9e398115eeed"),
        (26, "a94a6f517e9d9c7429d5a7b6899cade9"),
        (27, "45e0dd1084dc2d7e36930cb16acf3c45"),
        (28, "617fbbc8064e068ca8a95e410b09410b"),
        (29, "7e94525ef1cfef3110e3945ec984fdfb"),
        (30, "41339bec00196841c9183215ef8622bf"),
        (31, "a85856632862f04b7aeff99060d2dbbe"),
        (32, "e30ae239b527a11668bffea12207cbed")
    ])
    func everyTailLength(length: Int, expected: String) {
        let text = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8.prefix(length))
        #expect(FetchHash(of: text[...]).hex == expected)
    }

    @Test("matches the reference implementation on JSON-like text", arguments: [
        ("", "00000000000000000000000000000000"),
        ("a", "897859f6655555855a890e51483ab5e6"),
        ("hello", "029bbd41b3a7d8cb191dae486a901e5b"),
        ("0123456789abcdef", "a7d14acf946de04bda08a7635c5bc387"),
        ("0123456789abcdefX", "f7d670b5acd2ebcd274b10829711728f"),
        (#"{"id": "\u00e9t\u00e9", "name": "app"}"#, "295ffc447417dc221943d67034c018f3"),
    ])
    func referenceVectors(text: String, expected: String) {
        #expect(FetchHash(of: Array(text.utf8)[...]).hex == expected)
    }

    @Test("a long input of every byte value, and a slice of a larger buffer")
    func longInputAndSlices() {
        let bytes = Array((0..<768).map { UInt8($0 % 256) })
        #expect(FetchHash(of: bytes[...]).hex == "b626b903306c92cf3846f3e2e5d953fa")
        let padded = [UInt8(ascii: "["), UInt8(ascii: "x")] + Array("hello".utf8) + [UInt8(ascii: "]")]
        #expect(FetchHash(of: padded[2..<7]).hex == "029bbd41b3a7d8cb191dae486a901e5b")
    }

    @Test("hex round-trips; anything but 32 lower-case hex digits is refused")
    func hexRoundTrip() {
        let hash = FetchHash(of: Array("hello".utf8)[...])
        #expect(FetchHash(hex: hash.hex) == hash)
        for bad in ["", "029bbd41b3a7d8cb191dae486a901e5", "029BBD41B3A7D8CB191DAE486A901E5B", "029bbd41b3a7d8cb191dae486a901e5bz"] {
            #expect(FetchHash(hex: bad) == nil, "\(bad)")
        }
    }

    @Test("stored fingerprints: every stored one is found, no other is, arrivals and unrecognised add up")
    func storedFingerprintLookup() {
        var generator = SystemRandomNumberGenerator()
        let stored = (0..<5_000).map { _ in FetchHash(high: generator.next(), low: generator.next()) }
        // Edge values and neighbours of stored ones that differ only in the second half.
        let extremes = [FetchHash(high: 0, low: 0), FetchHash(high: .max, low: .max)]
        var hashes = StoredFetchHashes(sorted: (stored + extremes).sorted())
        for (ord, hash) in stored.prefix(3_000).enumerated() {
            let found = hashes.markRecognised(hash, ord: ord + 1)
            #expect(found)
        }
        for (offset, hash) in extremes.enumerated() {
            let found = hashes.markRecognised(hash, ord: 9_000 + offset)
            #expect(found)
        }
        for hash in stored.prefix(100) {
            let found = hashes.markRecognised(FetchHash(high: hash.high, low: hash.low &+ 1), ord: 1)
            #expect(!found)
        }
        for _ in 0..<1_000 {
            let found = hashes.markRecognised(FetchHash(high: generator.next(), low: generator.next()), ord: 1)
            #expect(!found)
        }
        #expect(hashes.recognisedCount == 3_002)
        #expect(Set(hashes.unrecognised) == Set(stored.suffix(2_000)))
        #expect(hashes.arrivals.count == 3_002)
        #expect(hashes.arrivals.first { $0.hash == stored[41] }?.ord == 42)
    }
}
