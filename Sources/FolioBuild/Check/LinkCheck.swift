import FolioFormats
import FolioModel
import FolioSite
import Foundation

/// Checks that every internal link of the rendered pages leads to a page or asset of the
/// site, and that every `#fragment` names an id on the page it leads to.
///
/// A broken link is reported where it was written: in the Markdown of the brief, handoff or
/// chapter the page renders, or else in a template that holds the link's text; when neither
/// holds it, the message names the page and its line.
struct LinkCheck {
    /// The rendered pages, by path in the output folder.
    let pages: [String: PageAnchors]
    /// Every other file the site has: the assets and the sitemap.
    let files: Set<String>
    let site: PreparedSite
    /// Every template file's text, by the path messages show, in a fixed order.
    let templates: [(path: String, text: String)]
    /// Where the links of the 404 page start, when not relative
    /// (``PlannedPage/notFoundRoot(baseURL:override:)``): its links under it are the site's.
    var notFoundRoot: String? = nil
    /// The redirect pages (``Redirect``), by path, whose links must resolve too.
    var redirects: [String: PageAnchors] = [:]

    /// The problems of every page's links, each place reported once.
    ///
    /// A link a template writes on many pages differs from page to page only by its
    /// `{{root}}`, so problems at one place leading to one target are one problem, reported
    /// with the first page's address and a note naming the pages.
    func diagnostics() -> [Diagnostic] {
        var order: [String] = []
        var found: [String: (diagnostic: Diagnostic, pages: [String])] = [:]
        for page in site.pages {
            guard let anchors = pages[page.path] else { continue }
            for link in anchors.links {
                guard let problem = problem(with: link.target, on: page) else { continue }
                let location = locate(link.target, on: page)
                let key =
                    location.map { "\($0)\u{0}\(problem.target)" }
                    ?? "\(page.path)\u{0}\(problem.message)"
                if found[key] != nil {
                    if found[key]?.pages.last != page.path { found[key]?.pages.append(page.path) }
                    continue
                }
                let diagnostic: Diagnostic =
                    if let location {
                        .error(problem.message, at: location)
                    } else {
                        .error(
                            "on page \(page.path) (line \(link.line) of the rendered page): "
                                + problem.message)
                    }
                order.append(key)
                found[key] = (diagnostic, [page.path])
            }
        }
        // A redirect's link is Folio's own: a problem with one names the redirect.
        for (path, anchors) in redirects.sorted(by: { $0.key < $1.key }) {
            for link in anchors.links {
                guard
                    let problem = problem(
                        with: link.target, from: path, root: PlannedPage.root(of: path))
                else { continue }
                let key = "\(path)\u{0}\(problem.message)"
                guard found[key] == nil else { continue }
                order.append(key)
                found[key] = (.error("on the redirect \(path): \(problem.message)"), [path])
            }
        }
        return order.compactMap { key in
            guard let (first, pages) = found[key] else { return nil }
            var diagnostic = first
            if diagnostic.location?.file.hasSuffix(".mustache") == true {
                let note =
                    pages.count == 1
                    ? "on page \(pages[0])"
                    : "on \(pages.count) pages, such as \(pages[0])"
                diagnostic.notes.append(.note(note, at: nil))
            }
            return diagnostic
        }
    }

    /// A link that leads nowhere: what is wrong, and where it leads (the same for every
    /// page a template writes it on).
    struct Problem {
        var message: String
        var target: String
    }

    /// What is wrong with `target` on `page`, or `nil` when it resolves or is external.
    func problem(with target: String, on page: PlannedPage) -> Problem? {
        problem(with: target, from: page.path, root: page.linkRoot(notFoundRoot: notFoundRoot))
    }

    /// What is wrong with `target` on the page at `path`, whose links start with `root`, or
    /// `nil` when it resolves or is external.
    func problem(with target: String, from pagePath: String, root: String) -> Problem? {
        // An address under an absolute root (the 404 page's) leads from the site's root.
        let fromRoot = root != PlannedPage.root(of: pagePath) && target.hasPrefix(root)
        guard fromRoot || !SiteAddress.isExternal(target) else { return nil }
        var address = fromRoot ? String(target.dropFirst(root.count)) : target
        var fragment: String?
        if let hash = address.firstIndex(of: "#") {
            fragment = String(address[address.index(after: hash)...])
            address = String(address[..<hash])
        }
        if let query = address.firstIndex(of: "?") { address = String(address[..<query]) }
        let path: String
        if address.isEmpty, !fromRoot {
            path = pagePath
        } else {
            guard
                let resolved = SiteAddress.resolve(
                    address, from: fromRoot ? "index.html" : pagePath)
            else {
                return Problem(
                    message: "the link '\(target)' leads outside the site; link to a page of the "
                        + "site or write a full address (https://...)",
                    target: "..")
            }
            path = resolved
        }
        guard let anchors = pages[path] else {
            guard files.contains(path) else {
                return Problem(
                    message: "the link '\(target)' leads to \(path), which the site does not "
                        + "have; fix the address or add the page",
                    target: path)
            }
            return nil
        }
        guard let fragment, !fragment.isEmpty else { return nil }
        let id = fragment.removingPercentEncoding ?? fragment
        guard anchors.ids.contains(id) else {
            return Problem(
                message: "the link '\(target)' leads to \(path), which has no element with id "
                    + "'\(id)'; use one of that page's heading ids or remove the fragment",
                target: "\(path)#\(id)")
        }
        return nil
    }

    /// Where `target` was written for `page`: its Markdown source, else a template.
    func locate(_ target: String, on page: PlannedPage) -> SourceLocation? {
        let portfolio = site.portfolio
        let source: String? =
            switch page.subject {
            case .client(let index): portfolio.clients[index].brief?.source
            case .handoff(let index): portfolio.handoffs[index].source
            case .chapter(let index): portfolio.chapters[index].source
            default: nil
            }
        let documents = site.sources.briefs + site.sources.handoffs + site.sources.chapters
        if let source, let document = documents.first(where: { $0.path == source }) {
            for needle in [target, target.removingPercentEncoding ?? target]
            where !needle.isEmpty {
                if let (line, column) = Self.position(of: needle, in: document.body) {
                    return SourceLocation(
                        file: document.path, line: document.bodyLine + line - 1, column: column)
                }
            }
        }
        // A template writes internal links as {{root}}path, so look for the path alone.
        let root = page.linkRoot(notFoundRoot: notFoundRoot)
        let relative =
            !root.isEmpty && target.hasPrefix(root) ? String(target.dropFirst(root.count)) : target
        guard !relative.isEmpty else { return nil }
        let own = templates.filter { $0.path.hasSuffix("/\(page.template).mustache") }
        for template in own + templates {
            if let (line, column) = Self.position(of: relative, in: template.text) {
                return SourceLocation(file: template.path, line: line, column: column)
            }
        }
        return nil
    }

    /// The line and column (from 1) where `needle` first occurs in `text`.
    static func position(of needle: String, in text: String) -> (Int, Int)? {
        guard let range = text.range(of: needle) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.count { $0 == "\n" } + 1
        let lineStart =
            before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, text[lineStart..<range.lowerBound].count + 1)
    }
}
