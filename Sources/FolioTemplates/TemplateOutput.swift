import Foundation

/// The growing UTF-8 output of one render.
///
/// Non-copyable, like the renderer that owns it: the bytes have one owner, and handing them
/// over ends the output.
struct TemplateOutput: ~Copyable {
    private var bytes: [UInt8] = []

    /// How many bytes were written.
    var count: Int { bytes.count }

    init(capacity: Int) {
        bytes.reserveCapacity(max(capacity, 64))
    }

    /// Appends `bytes`, copied one by one into the capacity made for them: a loop the
    /// compiler turns into a block copy, reading `bytes` in place where passing them as an
    /// array to `Array.append(contentsOf:)` would retain them.
    mutating func append(_ bytes: Span<UInt8>) {
        self.bytes.append(addingCapacity: bytes.count) { output in
            for index in bytes.indices { output.append(bytes[index]) }
        }
    }

    mutating func append(_ bytes: [UInt8]) {
        append(bytes.span)
    }

    /// Appends `bytes[range]`.
    mutating func append(_ bytes: [UInt8], _ range: Range<Int>) {
        append(bytes.span.extracting(range))
    }

    mutating func append(_ string: String) {
        append(string.utf8Span.span)
    }

    /// The output's bytes as `Data`.
    consuming func data() -> Data {
        Data(bytes)
    }

    /// The output as a `String`.
    ///
    /// Converted piece by piece: validating UTF-8 is fast for pure ASCII but slow from the
    /// first other character on, so one accented name would slow down the whole page.
    var text: String {
        let pieceSize = 512
        guard count > pieceSize else { return String(decoding: bytes, as: UTF8.self) }
        var text = ""
        text.reserveCapacity(count)
        var start = 0
        while start < count {
            var end = min(start + pieceSize, count)
            // Never cut inside a character: step back over UTF-8 continuation bytes.
            while end < count, end > start + 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            text += String(decoding: bytes[start..<end], as: UTF8.self)
            start = end
        }
        return text
    }
}
