/// Text escaped for XML and HTML content and attribute values (the sitemap, SVG charts).
enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as references.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
