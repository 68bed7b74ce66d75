import FolioFormats
package import FolioTemplates

/// A chapter of the role guide: `Content/guide/<slug>.md`.
package struct GuideChapter: Sendable {
    package var slug: String
    package var source: String
    package var title: String
    var order: Int
    package var summary: String?
    var isDraft: Bool
    package var body: String
    /// The line of the file the body starts on.
    package var bodyLine = 1
    package var fields: TemplateValue

    /// Reads a chapter's front matter; `nil` with diagnostics when it cannot be used.
    ///
    /// Without `makingFields`, ``fields`` is `null`.
    static func read(_ document: Document, slug: String, makingFields: Bool = true)
        -> (GuideChapter?, [Diagnostic])
    {
        var reader = FieldReader(document.frontMatter, makingFields: makingFields)
        let title = reader.required("title", example: "'title: What the job is'", .text)
        let chapter = GuideChapter(
            slug: slug, source: document.path, title: title ?? "",
            order: reader.optional("order", .integer()) ?? Int.max,
            summary: reader.optional("summary", .text),
            isDraft: reader.optional("draft", .boolean) ?? false,
            body: document.body, bodyLine: document.bodyLine, fields: reader.fields)
        reader.reportMisspelledKeys(notA: "a field of a guide chapter")
        return (title == nil ? nil : chapter, reader.diagnostics)
    }
}
