import FolioTemplates

/// Text escaped for XML and HTML content and attribute values (the sitemap, SVG charts).
package enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as references, as `{{name}}` writes
    /// them (``TemplateRenderer/needsEscaping(_:)``).
    ///
    /// Works on the UTF-8 bytes, not on characters: a quote followed by a combining mark is
    /// one character that is not `"`, so an escaper of characters would leave it as it
    /// stands, ending the attribute it is in. Text with nothing to escape is returned as it
    /// is, not copied.
    package static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: TemplateRenderer.needsEscaping) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped as ``escaped(_:)`` escapes it, to `bytes`.
    static func escape(_ text: String, into bytes: inout [UInt8]) {
        for byte in text.utf8 {
            if TemplateRenderer.needsEscaping(byte) {
                bytes += TemplateRenderer.entity(for: byte)
            } else {
                bytes.append(byte)
            }
        }
    }
}
