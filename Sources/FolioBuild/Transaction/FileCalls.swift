import Foundation

/// The system calls that move a file's bytes through a buffer's address: the one place in
/// FolioBuild where a pointer is handed to the system.
///
/// Each call is given the address of a buffer that the function owns for the length of the
/// call, with a length no greater than the buffer's; no address outlives the call it is
/// given to, and callers see only arrays, `Data` and spans.
enum FileCalls {
    /// Reads the file at `path` into `buffer` a block at a time, handing each block to
    /// `body`; `false` when the file cannot be opened or read.
    ///
    /// Every block but the last fills the buffer, however the system splits the reads.
    static func readBlocks(
        ofFile path: String, into buffer: inout [UInt8], _ body: (Span<UInt8>) -> Void
    ) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        while true {
            guard let filled = fill(&buffer, from: descriptor) else { return false }
            body(buffer.span.extracting(0..<filled))
            if filled < buffer.count { return true }
        }
    }

    /// Reads into `buffer` until it is full or the file ends; how many bytes were read, or
    /// `nil` on an error.
    private static func fill(_ buffer: inout [UInt8], from descriptor: Int32) -> Int? {
        var filled = 0
        while filled < buffer.count {
            let count = buffer.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            filled += count
        }
        return filled
    }
}
