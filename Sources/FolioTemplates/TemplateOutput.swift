import Foundation

/// The growing UTF-8 output of one render.
///
/// Appending is a capacity check and a copy, without the generic machinery of
/// `Array.append(contentsOf:)`, which costs more than the copy itself for the short pieces a
/// template writes. Non-copyable, so its memory has exactly one owner that frees it.
struct TemplateOutput: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    /// How many bytes were written.
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = Self.reallocate(nil, to: self.capacity)
    }

    deinit {
        free(storage)
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (storage + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ string: String) {
        let copied: Void? = string.utf8.withContiguousStorageIfAvailable { append($0) }
        if copied == nil { append(Array(string.utf8)) }
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        storage = Self.reallocate(storage, to: newCapacity)
        capacity = newCapacity
    }

    /// `realloc`, which moves the pages of a large buffer instead of copying its bytes, so
    /// that a page of a hundred megabytes never needs its old and new buffer at once.
    private static func reallocate(_ pointer: UnsafeMutablePointer<UInt8>?, to size: Int)
        -> UnsafeMutablePointer<UInt8>
    {
        guard let memory = realloc(pointer, size) else {
            fatalError("out of memory: cannot hold a page of \(size) bytes")
        }
        return memory.assumingMemoryBound(to: UInt8.self)
    }

    /// The output's bytes as `Data`, which takes over the memory instead of copying it: a
    /// page listing 100,000 accounts is a few hundred megabytes.
    consuming func data() -> Data {
        let data = Data(bytesNoCopy: storage, count: count, deallocator: .free)
        discard self
        return data
    }

    /// The output as a `String`.
    ///
    /// Converted piece by piece: validating UTF-8 is fast for pure ASCII but slow from the
    /// first other character on, so one accented name would slow down the whole page.
    var text: String {
        let bytes = UnsafeBufferPointer(start: storage, count: count)
        let pieceSize = 512
        guard count > pieceSize else { return String(decoding: bytes, as: UTF8.self) }
        var text = ""
        text.reserveCapacity(count)
        var start = 0
        while start < count {
            var end = min(start + pieceSize, count)
            // Never cut inside a character: step back over UTF-8 continuation bytes.
            while end < count, end > start + 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            text += String(
                decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            start = end
        }
        return text
    }
}
