/// Text written into JSON by hand: Folio writes small JSON documents (the search index,
/// `folio check --format json`, the preview's events) without an encoder, so that their
/// order and spacing are fixed and the output stays byte-identical.
public enum JSONString {
    /// `text` as a JSON string, escaping quotes, backslashes and control characters.
    public static func quoted(_ text: String) -> String {
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
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": result.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": result.append(contentsOf: "\\u0026".unicodeScalars)
            case "\u{2028}": result.append(contentsOf: "\\u2028".unicodeScalars)
            case "\u{2029}": result.append(contentsOf: "\\u2029".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
