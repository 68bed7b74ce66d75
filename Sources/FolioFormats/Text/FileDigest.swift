package import Foundation

/// The size and a 64-bit hash of a file's bytes: how the manifest tells whether a file is
/// still what Folio wrote, and whether a new file's bytes equal the old one's.
///
/// Both hashes are fixed by their definitions, so the same bytes give the same digest in
/// every process and on every machine (Swift's `Hasher` is seeded per process and would
/// not). They guard against accidents, not against someone forging a collision on purpose.
package struct FileDigest: Hashable, Sendable {
    /// How the bytes are hashed.
    package enum Algorithm: String, Sendable {
        /// ``WordHash``: what Folio writes now.
        case word64
        /// FNV-1a 64, one multiplication per byte: what manifests of Folio before it held.
        case fnv1a64

        /// The version of the manifest that holds digests of this kind.
        package var manifestVersion: Int {
            switch self {
            case .word64: 2
            case .fnv1a64: 1
            }
        }
    }

    /// The number of bytes.
    package var size: Int
    /// The hash of the bytes.
    package var hash: UInt64

    /// The digest of `data`, hashed with `algorithm`.
    package init(of data: Data, _ algorithm: Algorithm = .word64) {
        size = data.count
        switch algorithm {
        case .word64:
            var hasher = WordHash()
            hasher.combine(data.span)
            hash = hasher.value
        case .fnv1a64:
            hash = Self.fnv1a(data.span)
        }
    }

    /// A digest with the given figures, as the manifest records them.
    package init(size: Int, hash: UInt64) {
        self.size = size
        self.hash = hash
    }

    /// The hash as 16 lowercase hexadecimal digits.
    package var hexHash: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func fnv1a(_ bytes: Span<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in bytes.indices {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// A 64-bit hash of bytes that takes one multiplication per 8 bytes, where FNV-1a takes one
/// per byte: a build hashes every byte it writes, hundreds of megabytes for a large site.
///
/// Each 8 bytes, read as a little-endian word, are added to the state, which is multiplied
/// by 0x9E3779B97F4A7C15 and xored with itself shifted right by 31; the 1 to 7 bytes left at
/// the end are read first to last into one more word, most significant first. The state
/// starts at 0x243F6A8885A308D3; at the end it is xored with the size and mixed with
/// MurmurHash3's finalizer. Each step maps the state one to one, so changing the bytes of
/// one word always changes the hash.
package struct WordHash {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3
    private var size = 0
    /// Set once bytes whose count is not a multiple of 8 were added: nothing may follow.
    private var ended = false

    /// A hash of no bytes yet.
    package init() {}

    /// Adds `bytes`; only the last call may add a number of bytes that is not a multiple
    /// of 8.
    package mutating func combine(_ bytes: Span<UInt8>) {
        precondition(!ended, "WordHash: bytes added after a piece that was not whole words")
        let words = bytes.count / 8
        var state = self.state
        for index in 0..<words {
            state = (state &+ Self.word(bytes, at: index * 8)) &* 0x9E37_79B9_7F4A_7C15
            state ^= state >> 31
        }
        if bytes.count % 8 != 0 {
            var last: UInt64 = 0
            for offset in (words * 8)..<bytes.count {
                last = last << 8 | UInt64(bytes[offset])
            }
            state = (state &+ last) &* 0x9E37_79B9_7F4A_7C15
            state ^= state >> 31
            ended = true
        }
        self.state = state
        size += bytes.count
    }

    /// The 8 bytes of `bytes` from `offset`, as a little-endian word.
    ///
    /// Always inlined, so that the compiler reads the word in one load: called, it costs a
    /// call per 8 bytes hashed.
    @inline(__always) private static func word(_ bytes: Span<UInt8>, at offset: Int) -> UInt64 {
        let word = bytes.extracting(offset..<offset + 8)
        return UInt64(word[0]) | UInt64(word[1]) << 8 | UInt64(word[2]) << 16
            | UInt64(word[3]) << 24 | UInt64(word[4]) << 32 | UInt64(word[5]) << 40
            | UInt64(word[6]) << 48 | UInt64(word[7]) << 56
    }

    /// The hash of every byte added so far.
    package var value: UInt64 {
        var hash = state ^ UInt64(size)
        hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 33)
    }

    /// The number of bytes added so far.
    package var count: Int { size }

    /// The hash of the UTF-8 bytes of `text`.
    package static func hash(_ text: Substring) -> UInt64 {
        var hasher = WordHash()
        hasher.combine(text.utf8Span.span)
        return hasher.value
    }
}
