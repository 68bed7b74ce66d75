public import Foundation

/// Turns a file's bytes into the text every reader works on: UTF-8, without a byte order
/// mark, with every line ending written as a single line feed.
///
/// Normalising line endings here means that CSV, YAML and Markdown all count lines the same
/// way, so a location from any reader names the line an editor shows.
public enum SourceText {
    /// Decodes `bytes` as UTF-8, drops a leading byte order mark and turns CRLF and lone CR
    /// line endings into LF; `file` names the file in the error for bytes that are not UTF-8.
    public static func decode(_ bytes: some Collection<UInt8>, file: String) throws(Diagnostic)
        -> String
    {
        let decoded: Result<String, Diagnostic>? = bytes.withContiguousStorageIfAvailable {
            decode(buffer: $0, file: file)
        }
        let result =
            decoded ?? Array(bytes).withUnsafeBufferPointer { decode(buffer: $0, file: file) }
        return try result.get()
    }

    /// Reads and decodes the file at `url`; `file` is its path as shown to the user.
    public static func read(_ url: URL, file: String) throws(Diagnostic) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Diagnostic.error(
                "cannot read \(file): \(reason(for: error)); check that the file exists and "
                    + "can be read")
        }
        return try decode(data, file: file)
    }

    /// The operating system's words for why a file could not be read.
    private static func reason(for error: any Error) -> String {
        var described = error as NSError
        if let underlying = described.userInfo[NSUnderlyingErrorKey] as? any Error {
            described = underlying as NSError
        }
        // The system's own words ("No such file or directory"), without Foundation's preamble.
        if described.domain == NSPOSIXErrorDomain, let text = strerror(Int32(described.code)) {
            return String(cString: text)
        }
        return described.localizedDescription
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func decode(buffer whole: UnsafeBufferPointer<UInt8>, file: String)
        -> Result<String, Diagnostic>
    {
        var buffer = whole
        if buffer.starts(with: byteOrderMark) {
            buffer = UnsafeBufferPointer(rebasing: whole[3...])
        }
        guard let text = String(validating: buffer, as: UTF8.self) else {
            return .failure(invalidUTF8(in: buffer, file: file))
        }
        guard buffer.contains(carriageReturn) else { return .success(text) }
        var normalised: [UInt8] = []
        normalised.reserveCapacity(buffer.count)
        var index = 0
        while index < buffer.count {
            let byte = buffer[index]
            if byte == carriageReturn {
                normalised.append(lineFeed)
                if index + 1 < buffer.count && buffer[index + 1] == lineFeed { index += 1 }
            } else {
                normalised.append(byte)
            }
            index += 1
        }
        return .success(String(decoding: normalised, as: UTF8.self))
    }

    /// The error at the first byte that does not belong to a valid UTF-8 sequence.
    private static func invalidUTF8(in buffer: UnsafeBufferPointer<UInt8>, file: String)
        -> Diagnostic
    {
        let offset = firstInvalidOffset(in: buffer) ?? 0
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            let byte = buffer[index]
            if byte == lineFeed || byte == carriageReturn {
                if byte == carriageReturn && index + 1 < offset && buffer[index + 1] == lineFeed {
                    index += 1
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let before = String(
            decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<offset]), as: UTF8.self)
        let byte = offset < buffer.count ? buffer[offset] : 0
        return .error(
            "the file is not valid UTF-8 (byte 0x\(hex(byte))); save it with UTF-8 encoding",
            at: SourceLocation(file: file, line: line, column: before.count + 1))
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}

extension SourceText {
    /// The offset of the first byte that starts an ill-formed sequence, or `nil` when all of
    /// `bytes` is well-formed UTF-8.
    ///
    /// The standard library only says whether a buffer is valid; the error names the place.
    private static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The allowed range of the second byte depends on the lead byte (Unicode table 3-7):
            // it rules out overlong forms, surrogates and code points past U+10FFFF.
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                second = 0x80...0x9F
            case 0xF0:
                length = 4
                second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                second = 0x80...0x8F
            default: return index
            }
            guard index + length <= bytes.count, second.contains(bytes[index + 1]) else {
                return index
            }
            for next in (index + 2)..<(index + length) where !(0x80...0xBF).contains(bytes[next]) {
                return index
            }
            index += length
        }
        return nil
    }
}
