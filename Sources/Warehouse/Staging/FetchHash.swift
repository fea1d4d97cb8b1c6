/// A 128-bit fingerprint of the exact JSON text staged for one object (MurmurHash3 x64
/// 128, seed 0), stored in a current table's `_fetch_hash`.
///
/// It lets a reload recognise, on the client and while pages stream in, the objects whose
/// text is byte-for-byte what was stored last time, so only new and changed objects are
/// staged and merged. It is an optimisation, never the judge of change: an object whose
/// text differs is staged and compared by `_hash` (`CanonicalHash`) in SQL,
/// so reformatted but equal JSON creates no version. Not cryptographic: equal fingerprints
/// of different texts are about as likely as 2^-128 per pair.
public struct FetchHash: Hashable, Comparable, Sendable {
    /// The first and second 64-bit halves (MurmurHash3's h1 and h2).
    let high: UInt64
    let low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The fingerprint of `bytes`.
    public init(of bytes: ArraySlice<UInt8>) {
        (high, low) = bytes.withUnsafeBytes { Self.murmur3(UnsafeRawBufferPointer($0)) }
    }

    /// The fingerprint of the bytes in `buffer`.
    public init(of buffer: UnsafeBufferPointer<UInt8>) {
        (high, low) = Self.murmur3(UnsafeRawBufferPointer(buffer))
    }

    /// Parses the 32 lower-case hex digits of `hex`; nil for anything else.
    public init?(hex: String) {
        var hex = hex
        guard let hash = hex.withUTF8({ Self(hexDigits: $0) }) else { return nil }
        self = hash
    }

    /// Parses exactly 32 lower-case hex digits (ASCII); nil for anything else.
    init?(hexDigits digits: UnsafeBufferPointer<UInt8>) {
        guard digits.count == 32, let first = Self.littleEndianWord(digits, from: 0),
              let second = Self.littleEndianWord(digits, from: 16) else { return nil }
        self.init(high: first, low: second)
    }

    /// 32 hex digits: the 16 bytes of h1 and h2, each little-endian (as `mmh3.hash_bytes`).
    public var hex: String {
        var digits: [UInt8] = []
        digits.reserveCapacity(32)
        appendHex(to: &digits)
        return String(decoding: digits, as: UTF8.self)
    }

    /// Appends the 32 digits of `hex` to `buffer` (no String in between: once per object).
    func appendHex(to buffer: inout [UInt8]) {
        withUnsafeBytes(of: high.littleEndian) { Hex.append($0, to: &buffer) }
        withUnsafeBytes(of: low.littleEndian) { Hex.append($0, to: &buffer) }
    }

    public static func < (lhs: FetchHash, rhs: FetchHash) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    /// Reads 16 hex digits (8 little-endian bytes) starting at `start`.
    private static func littleEndianWord(_ digits: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64? {
        var word: UInt64 = 0
        for byteIndex in 0..<8 {
            guard let high = nibble(digits[start + 2 * byteIndex]), let low = nibble(digits[start + 2 * byteIndex + 1])
            else { return nil }
            word |= UInt64(high << 4 | low) << (8 * UInt64(byteIndex))
        }
        return word
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

extension FetchHash {
    private static let c1: UInt64 = 0x87c3_7b91_1142_53d5
    private static let c2: UInt64 = 0x4cf5_ad43_2745_937f

    /// MurmurHash3_x64_128 (Austin Appleby's reference algorithm), seed 0.
    static func murmur3(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        var h1: UInt64 = 0
        var h2: UInt64 = 0
        let blocks = bytes.count / 16
        for block in 0..<blocks {
            let k1 = bytes.loadUnaligned(fromByteOffset: block * 16, as: UInt64.self).littleEndian
            let k2 = bytes.loadUnaligned(fromByteOffset: block * 16 + 8, as: UInt64.self).littleEndian
            h1 ^= mixK1(k1)
            h1 = rotateLeft(h1, 27) &+ h2
            h1 = h1 &* 5 &+ 0x52dc_e729
            h2 ^= mixK2(k2)
            h2 = rotateLeft(h2, 31) &+ h1
            h2 = h2 &* 5 &+ 0x3849_5ab5
        }
        let tail = blocks * 16
        let remaining = bytes.count - tail
        if remaining > 8 {
            var k2: UInt64 = 0
            for index in stride(from: remaining - 1, through: 8, by: -1) {
                k2 ^= UInt64(bytes[tail + index]) << (8 * UInt64(index - 8))
            }
            h2 ^= mixK2(k2)
        }
        if remaining > 0 {
            var k1: UInt64 = 0
            for index in stride(from: min(remaining, 8) - 1, through: 0, by: -1) {
                k1 ^= UInt64(bytes[tail + index]) << (8 * UInt64(index))
            }
            h1 ^= mixK1(k1)
        }
        h1 ^= UInt64(bytes.count)
        h2 ^= UInt64(bytes.count)
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        h1 = finalMix(h1)
        h2 = finalMix(h2)
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        return (h1, h2)
    }

    @inline(__always) private static func mixK1(_ k: UInt64) -> UInt64 {
        rotateLeft(k &* c1, 31) &* c2
    }

    @inline(__always) private static func mixK2(_ k: UInt64) -> UInt64 {
        rotateLeft(k &* c2, 33) &* c1
    }

    @inline(__always) private static func rotateLeft(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }

    @inline(__always) private static func finalMix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k = k &* 0xff51_afd7_ed55_8ccd
        k ^= k >> 33
        k = k &* 0xc4ce_b9fe_1a85_ec53
        k ^= k >> 33
        return k
    }
}
