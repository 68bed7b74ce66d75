public import Foundation

/// Turns a file's bytes into the text every reader works on: UTF-8, without a byte order
/// mark, with every line ending written as a single line feed.
///
/// Normalising line endings here means that CSV, YAML and Markdown all count lines the same
/// way, so a location from any reader names the line an editor shows.
public enum SourceText {
    /// Decodes `bytes` as UTF-8, drops a leading byte order mark and turns CRLF and lone CR
    /// line endings into LF; `file` names the file in the error for bytes that are not UTF-8.
    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
        try decode(span: bytes.span, file: file)
    }

    /// Decodes `data` as ``decode(_:file:)`` decodes an array of bytes.
    public static func decode(_ data: Data, file: String) throws(Diagnostic) -> String {
        try decode(span: data.span, file: file)
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

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func decode(span whole: Span<UInt8>, file: String) throws(Diagnostic)
        -> String
    {
        var bytes = whole
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes = whole.extracting(droppingFirst: 3)
        }
        let text: String
        do {
            text = String(copying: try UTF8Span(validating: bytes))
        } catch {
            throw invalidUTF8(at: error.byteOffsets.lowerBound, in: bytes, file: file)
        }
        guard let firstReturn = firstIndex(of: carriageReturn, in: bytes) else { return text }
        var normalised: [UInt8] = []
        normalised.reserveCapacity(bytes.count)
        normalised.append(copying: bytes.extracting(0..<firstReturn))
        var index = firstReturn
        while index < bytes.count {
            let byte = bytes[index]
            if byte == carriageReturn {
                normalised.append(lineFeed)
                if index + 1 < bytes.count && bytes[index + 1] == lineFeed { index += 1 }
            } else {
                normalised.append(byte)
            }
            index += 1
        }
        return String(decoding: normalised, as: UTF8.self)
    }

    private static func firstIndex(of byte: UInt8, in bytes: Span<UInt8>) -> Int? {
        for index in bytes.indices where bytes[index] == byte { return index }
        return nil
    }

    /// The error for the ill-formed UTF-8 sequence that starts at `offset` in `bytes`.
    private static func invalidUTF8(at offset: Int, in bytes: Span<UInt8>, file: String)
        -> Diagnostic
    {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == lineFeed || byte == carriageReturn {
                if byte == carriageReturn && index + 1 < offset && bytes[index + 1] == lineFeed {
                    index += 1
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var before: [UInt8] = []
        before.append(copying: bytes.extracting(lineStart..<offset))
        let column = String(decoding: before, as: UTF8.self).count + 1
        return .error(
            "the file is not valid UTF-8 (byte 0x\(hex(bytes[offset]))); save it with UTF-8 encoding",
            at: SourceLocation(file: file, line: line, column: column))
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
