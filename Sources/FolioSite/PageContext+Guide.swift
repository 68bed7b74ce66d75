import FolioMarkdown
import FolioModel
import FolioTemplates

/// The role guide's pages: the guide's own page, which lists its chapters, and each
/// chapter's page.
extension PageContext {
    /// The guide's page (`chapter` nil) or a chapter's: the list of chapters, and the
    /// chapter.
    func guidePage(chapter index: Int?) -> TemplateMap {
        var values: TemplateMap = ["chapters": chapterList(current: index)]
        if let index { values["chapter"] = chapter(index) }
        return values
    }

    func chapterList(current: Int?) -> TemplateValue {
        .list(
            portfolio.chapters.enumerated().map { index, chapter in
                [
                    "slug": .string(chapter.slug), "href": .string(chapter.href),
                    "title": .string(chapter.title), "order": .int(index + 1),
                    "summary": .optional(chapter.summary), "current": .bool(index == current),
                ]
            })
    }

    func chapter(_ index: Int) -> TemplateValue {
        let chapters = portfolio.chapters
        let chapter = chapters[index]
        let rendered = render(
            chapter.body,
            source: Source(
                kind: .chapter, file: chapter.source, bodyLine: chapter.bodyLine,
                page: chapter.href))
        func link(_ other: GuideChapter?) -> TemplateValue {
            other.map { ["title": .string($0.title), "href": .string($0.href)] } ?? .null
        }
        return [
            "slug": .string(chapter.slug), "href": .string(chapter.href),
            "title": .string(chapter.title), "order": .int(index + 1),
            "summary": .optional(chapter.summary),
            "body": rendered.html.isEmpty ? .null : .html(rendered.html),
            "toc": .list(
                rendered.headings.filter { (2...3).contains($0.level) }.map {
                    ["level": .int($0.level), "text": .string($0.text), "id": .string($0.id)]
                }),
            "edit_url": editURL(chapter.source),
            "previous": link(index > 0 ? chapters[index - 1] : nil),
            "next": link(index + 1 < chapters.count ? chapters[index + 1] : nil),
            "fields": chapter.fields,
        ]
    }
}
