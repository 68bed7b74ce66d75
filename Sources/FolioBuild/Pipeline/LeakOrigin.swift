import FolioFormats
import FolioModel
import FolioSite
import Foundation

extension SiteBuilder {
    /// Finds the file that wrote a private page's address into the output, for the privacy
    /// scan's message (``PrivacyScan/Origin``).
    ///
    /// The body of the brief, handoff or chapter shown by the pages that hold the address,
    /// where each such body holds the page's folder (`handoffs/acme`): raw HTML, or the
    /// address written as text. Otherwise a template: the first that mentions the kind of
    /// page (`handoffs/`), the pages' own templates first. The templates are read only
    /// when a leak is found.
    static func leakOrigin(_ site: PreparedSite, options: BuildOptions) -> PrivacyScan.Origin {
        let portfolio = site.portfolio
        let pages = Dictionary(
            site.pages.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return { value, paths in
            let folder = String(value.text.dropLast(value.text.hasSuffix("/") ? 1 : 0))
            let shown = paths.compactMap { pages[$0] }
            // A body is the origin only when every page that holds the address shows a body
            // that holds it; a template writes it on pages whatever their bodies say.
            let places = shown.map { page -> SourceLocation? in
                let body: (file: String, text: String, line: Int)? =
                    switch page.subject {
                    case .client(let index):
                        portfolio.clients[index].brief.map { ($0.source, $0.body, $0.bodyLine) }
                    case .handoff(let index):
                        (
                            portfolio.handoffs[index].source, portfolio.handoffs[index].body,
                            portfolio.handoffs[index].bodyLine
                        )
                    case .chapter(let index):
                        (
                            portfolio.chapters[index].source, portfolio.chapters[index].body,
                            portfolio.chapters[index].bodyLine
                        )
                    default: nil
                    }
                guard let body, let (line, column) = writtenOutside(folder, in: body.text)
                else { return nil }
                return SourceLocation(file: body.file, line: body.line + line - 1, column: column)
            }
            if let first = places.first, !places.contains(where: { $0 == nil }) { return first }
            let templates = SiteChecker.templates(options)
            let own = Set(shown.map { "/\($0.template).mustache" })
            let ordered =
                templates.filter { template in own.contains { template.path.hasSuffix($0) } }
                + templates
            for template in ordered {
                if let (line, column) = LinkCheck.position(of: "\(value.path)/", in: template.text)
                {
                    return SourceLocation(file: template.path, line: line, column: column)
                }
            }
            return nil
        }
    }

    /// The line and column (from 1) of the first place `text` holds `needle` other than in
    /// a Markdown link's address (`[text](../handoffs/acme/)`) or a link reference
    /// definition (`[acme]: ../handoffs/acme/`): a client build shows such links as text,
    /// so only raw HTML or plain text can carry the address into a page.
    static func writtenOutside(_ needle: String, in text: String) -> (Int, Int)? {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            if line.firstMatch(of: /^ {0,3}\[[^\]]+\]:/) != nil { continue }
            var searched = line.startIndex
            while let found = line[searched...].range(of: needle) {
                searched = found.upperBound
                let start =
                    line[..<found.lowerBound].lastIndex(where: \.isWhitespace)
                    .map { line.index(after: $0) } ?? line.startIndex
                let end =
                    line[found.upperBound...].firstIndex(where: \.isWhitespace) ?? line.endIndex
                if line[start..<end].contains("](") { continue }
                return (number + 1, line[..<found.lowerBound].count + 1)
            }
        }
        return nil
    }
}
