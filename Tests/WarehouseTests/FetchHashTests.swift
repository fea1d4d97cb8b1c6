import Testing
@testable import Warehouse

/// The fingerprint a reload compares is MurmurHash3 x64 128 exactly (vectors from the
/// reference implementation, via Python's `mmh3.hash_bytes`), and its hex form round-trips.
@Suite("Fetch fingerprints")
struct FetchHashTests {
    @Test("matches the reference implementation at every tail length", arguments: [
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

    @Test("stored fingerprints: every stored one is found, no other is, arrivals and unseen add up")
    func storedFingerprintLookup() {
        var generator = SystemRandomNumberGenerator()
        let stored = (0..<5_000).map { _ in FetchHash(high: generator.next(), low: generator.next()) }
        // Edge values and neighbours of stored ones that differ only in the second half.
        let extremes = [FetchHash(high: 0, low: 0), FetchHash(high: .max, low: .max)]
        var hashes = StoredFetchHashes(sorted: (stored + extremes).sorted())
        for (ord, hash) in stored.prefix(3_000).enumerated() {
            let found = hashes.markSeen(hash, ord: ord + 1)
            #expect(found)
        }
        for (offset, hash) in extremes.enumerated() {
            let found = hashes.markSeen(hash, ord: 9_000 + offset)
            #expect(found)
        }
        for hash in stored.prefix(100) {
            let found = hashes.markSeen(FetchHash(high: hash.high, low: hash.low &+ 1), ord: 1)
            #expect(!found)
        }
        for _ in 0..<1_000 {
            let found = hashes.markSeen(FetchHash(high: generator.next(), low: generator.next()), ord: 1)
            #expect(!found)
        }
        #expect(hashes.seenCount == 3_002)
        #expect(Set(hashes.unseen) == Set(stored.suffix(2_000)))
        #expect(hashes.arrivals.count == 3_002)
        #expect(hashes.arrivals.first { $0.hash == stored[41] }?.ord == 42)
    }
}
