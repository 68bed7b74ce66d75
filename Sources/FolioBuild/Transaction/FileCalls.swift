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
                Foundation.read(
                    descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// Writes `data` to the file at `path`, creating it or replacing what it held.
    ///
    /// With the system's calls rather than `Data.write(to:)`, which parses a URL for each of
    /// a site's ten thousands of files.
    static func write(_ data: Data, toFile path: String) throws(POSIXError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .current }
        var failure: POSIXError?
        data.withUnsafeBytes { bytes in
            guard let start = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, start + offset, bytes.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else {
                    failure = count < 0 ? .current : POSIXError(.EIO)
                    return
                }
                offset += count
            }
        }
        if close(descriptor) != 0, failure == nil { failure = .current }
        if let failure { throw failure }
    }

    /// Writes `data` at `offset` in the open file `descriptor`, in one call, whose outcome
    /// is not checked: for a few bytes that only inform.
    static func write(_ data: Data, to descriptor: Int32, at offset: Int) {
        _ = data.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
    }

    /// Up to `count` bytes from `offset` in the open file `descriptor`, in one call; `nil`
    /// when it cannot be read.
    static func read(upTo count: Int, from descriptor: Int32, at offset: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        let received = buffer.withUnsafeMutableBytes {
            pread(descriptor, $0.baseAddress, $0.count, off_t(offset))
        }
        guard received >= 0 else { return nil }
        return Array(buffer[..<received])
    }
}
