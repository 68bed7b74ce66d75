/// Text written into JSON by hand: Folio writes small JSON documents (the search index,
/// `folio check --format json`, the preview's events) without an encoder, so that their
/// order and spacing are fixed and the output stays byte-identical.
public enum JSONString {
    /// `text` as a JSON string, escaping quotes, backslashes and control characters.
    public static func quoted(_ text: String) -> String {
        // On the UTF-8 bytes, copying the runs between escapes whole: the rows of
        // `accounts/rows.js` are megabytes of HTML full of quotes. Every byte escaped is
        // ASCII, which never occurs inside a longer UTF-8 sequence.
        let source = text.utf8Span.span
        var result: [UInt8] = []
        result.reserveCapacity(source.count + source.count / 8 + 2)
        result.append(UInt8(ascii: "\""))
        var run = 0
        for index in source.indices {
            let byte = source[index]
            let escape: String
            switch byte {
            case UInt8(ascii: "\""): escape = #"\""#
            case UInt8(ascii: "\\"): escape = #"\\"#
            case UInt8(ascii: "\n"): escape = #"\n"#
            case UInt8(ascii: "\r"): escape = #"\r"#
            case UInt8(ascii: "\t"): escape = #"\t"#
            case ..<0x20:
                let hex = String(byte, radix: 16)
                escape = #"\u"# + String(repeating: "0", count: 4 - hex.count) + hex
            default: continue
            }
            result.append(copying: source.extracting(run..<index))
            result.append(contentsOf: escape.utf8)
            run = index + 1
        }
        result.append(copying: source.extracting(run..<source.count))
        result.append(UInt8(ascii: "\""))
        return String(decoding: result, as: UTF8.self)
    }

    /// `json` made safe inside an HTML `<script>` element.
    ///
    /// `<`, `>` and `&` (and the line separators U+2028 and U+2029) become `\u` escapes,
    /// which JSON reads as the same characters, so that no `</script>` or `<!--` in the
    /// content can end the element.
    public static func scriptSafe(_ json: String) -> String {
        // Byte by byte into one buffer that becomes a `String` once: the search index of a
        // large site is tens of megabytes, and appending it to a `String` one Unicode scalar
        // at a time costs far more than the bytes.
        let source = json.utf8Span.span
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
