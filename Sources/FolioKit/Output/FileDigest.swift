import Foundation

/// The size and a 64-bit FNV-1a hash of a file's bytes: how the manifest tells whether a file
/// is still what Folio wrote, and whether a new file's bytes equal the old one's.
///
/// FNV-1a is fixed by its definition, so the same bytes give the same digest in every
/// process and on every machine (Swift's `Hasher` is seeded per process and would not).
/// It guards against accidents, not against someone forging a collision on purpose.
struct FileDigest: Hashable, Sendable {
    /// The number of bytes.
    var size: Int
    /// The FNV-1a 64 hash of the bytes.
    var hash: UInt64

    /// The digest of `data`.
    init(of data: Data) {
        size = data.count
        hash = data.withUnsafeBytes { Self.fnv1a($0) }
    }

    /// A digest with the given figures, as the manifest records them.
    init(size: Int, hash: UInt64) {
        self.size = size
        self.hash = hash
    }

    /// The hash as 16 lowercase hexadecimal digits.
    var hexHash: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
