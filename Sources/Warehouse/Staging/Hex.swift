/// Lower-case hexadecimal, two digits a byte, appended as ASCII bytes: the form the
/// fingerprints and content hashes take in COPY rows and in `_fetch_hash` / `_hash`.
enum Hex {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends the digits of `bytes`, in order, to `buffer`.
    static func append(_ bytes: some Sequence<UInt8>, to buffer: inout [UInt8]) {
        for byte in bytes {
            buffer.append(digits[Int(byte >> 4)])
            buffer.append(digits[Int(byte & 0x0F)])
        }
    }
}
