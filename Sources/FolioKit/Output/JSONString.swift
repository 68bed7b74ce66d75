/// Text written into JSON by hand: Folio writes small JSON documents (the search index,
/// `folio check --format json`, the preview's events) without an encoder, so that their
/// order and spacing are fixed and the output stays byte-identical.
public enum JSONString {
    /// `text` as a JSON string, escaping quotes, backslashes and control characters.
    public static func quoted(_ text: String) -> String {
        // Most text needs no escape and is copied whole; in UTF-8 the bytes below 0x20 are
        // only ever those control characters themselves.
        let plain = !text.utf8.contains {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
        }
        if plain { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `json` made safe inside an HTML `<script>` element.
    ///
    /// `<`, `>` and `&` (and the line separators U+2028 and U+2029) become `\u` escapes,
    /// which JSON reads as the same characters, so that no `</script>` or `<!--` in the
    /// content can end the element.
    public static func scriptSafe(_ json: String) -> String {
        // Byte by byte: the search index of 100,000 accounts is tens of megabytes, and
        // appending it one Unicode scalar at a time took seconds.
        var json = json
        return json.withUTF8 { source in
            var result: [UInt8] = []
            result.reserveCapacity(source.count + source.count / 64)
            var index = 0
            while index < source.count {
                let byte = source[index]
                var escape: String? = nil
                var length = 1
                switch byte {
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80:
                    if source[index + 2] == 0xA8 {
                        escape = "\\u2028"
                        length = 3
                    } else if source[index + 2] == 0xA9 {
                        escape = "\\u2029"
                        length = 3
                    }
                default: break
                }
                if let escape {
                    result.append(contentsOf: escape.utf8)
                } else {
                    result.append(byte)
                }
                index += length
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
