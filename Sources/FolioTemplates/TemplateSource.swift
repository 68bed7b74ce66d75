import FolioFormats

/// The text of one template as UTF-8 bytes, with the path that messages show for it.
struct TemplateSource: Sendable {
    /// The template's name in its library, such as `partials/nav`.
    var name: String
    /// The path shown in messages, such as `Templates/partials/nav.mustache`.
    var path: String
    /// The text as UTF-8, without a leading byte order mark.
    var bytes: [UInt8]

    /// A source from text that is already known to be valid.
    init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        var bytes = Array(text.utf8)
        if bytes.starts(with: Self.byteOrderMark) { bytes.removeFirst(Self.byteOrderMark.count) }
        self.bytes = bytes
    }

    /// A source from the bytes of a file; throws when they are not valid UTF-8.
    init(name: String, path: String, fileBytes: [UInt8]) throws(Diagnostic) {
        var bytes = fileBytes
        if bytes.starts(with: Self.byteOrderMark) { bytes.removeFirst(Self.byteOrderMark.count) }
        if let bad = Self.firstInvalidUTF8(in: bytes) {
            let location = Self.location(ofByte: bad, in: bytes, path: path)
            let value = String(bytes[bad], radix: 16, uppercase: true)
            throw Diagnostic.error(
                "template file is not valid UTF-8 (byte 0x\(value) here); save it with UTF-8 encoding",
                at: location)
        }
        self.name = name
        self.path = path
        self.bytes = bytes
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The place of byte `offset`: its 1-based line, and its column counted in characters.
    func location(ofByte offset: Int) -> SourceLocation {
        Self.location(ofByte: offset, in: bytes, path: path)
    }

    private static func location(ofByte offset: Int, in bytes: [UInt8], path: String)
        -> SourceLocation
    {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(file: path, line: line, column: column)
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
