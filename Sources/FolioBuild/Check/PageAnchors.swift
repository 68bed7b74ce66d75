/// The links a rendered HTML page makes and the ids it offers, read from its tags.
///
/// Folio writes the pages itself, so this reads only what its templates and cmark produce:
/// tags and quoted or bare attributes, skipping comments and the contents of `script` and
/// `style`. Text between tags is never read, so an `href=` written in prose is no link.
struct PageAnchors: Sendable {
    /// One `href` or `src` attribute.
    struct Link: Hashable, Sendable {
        /// The attribute's value, with character references decoded.
        var target: String
        /// The line of the page it is on, from 1.
        var line: Int
    }

    /// Every `href` and `src`, in page order.
    var links: [Link] = []
    /// Every `id`, and the `name` of every `a`.
    var ids: Set<String> = []

    /// Reads the tags of `html`.
    init(html: String) {
        let bytes = Array(html.utf8)
        var index = 0
        var line = 1
        func advance() {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        func skip(past terminator: String) {
            let end = Array(terminator.utf8)
            while index < bytes.count {
                if bytes[index...].starts(with: end) {
                    for _ in end { advance() }
                    return
                }
                advance()
            }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                advance()
                continue
            }
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                skip(past: "-->")
                continue
            }
            advance()
            guard index < bytes.count, Self.isLetter(bytes[index]) else { continue }
            var name: [UInt8] = []
            while index < bytes.count, !Self.isSpace(bytes[index]),
                bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/")
            {
                name.append(Self.lowercased(bytes[index]))
                advance()
            }
            let tag = String(decoding: name, as: UTF8.self)
            // Attributes, until the tag's `>`.
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                if Self.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                    advance()
                    continue
                }
                var attribute: [UInt8] = []
                while index < bytes.count, !Self.isSpace(bytes[index]),
                    bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">")
                {
                    attribute.append(Self.lowercased(bytes[index]))
                    advance()
                }
                while index < bytes.count, Self.isSpace(bytes[index]) { advance() }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                advance()
                while index < bytes.count, Self.isSpace(bytes[index]) { advance() }
                let valueLine = line
                var value: [UInt8] = []
                if index < bytes.count,
                    bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
                {
                    let quote = bytes[index]
                    advance()
                    while index < bytes.count, bytes[index] != quote {
                        value.append(bytes[index])
                        advance()
                    }
                    if index < bytes.count { advance() }
                } else {
                    while index < bytes.count, !Self.isSpace(bytes[index]),
                        bytes[index] != UInt8(ascii: ">")
                    {
                        value.append(bytes[index])
                        advance()
                    }
                }
                let text = Self.decodingReferences(String(decoding: value, as: UTF8.self))
                switch String(decoding: attribute, as: UTF8.self) {
                case "href", "src": links.append(Link(target: text, line: valueLine))
                case "id": ids.insert(text)
                case "name" where tag == "a": ids.insert(text)
                default: break
                }
            }
            if tag == "script" || tag == "style" { skip(past: "</\(tag)") }
        }
    }

    /// `value` with the character references Folio's escaping and cmark write decoded.
    static func decodingReferences(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var result = ""
        var rest = value[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.firstIndex(of: ";"),
                rest.distance(from: rest.startIndex, to: semicolon) <= 10
            else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            if let decoded = Self.reference(String(name)) {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    private static func reference(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            let number: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                number = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                number = UInt32(name.dropFirst())
            } else {
                number = nil
            }
            return number.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
