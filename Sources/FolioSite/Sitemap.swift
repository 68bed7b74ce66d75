package import FolioFormats

/// `sitemap.xml`: every page but the 404 page, at `base_url`.
package enum Sitemap {
    /// The sitemap of `pages`; with no `baseURL` the list is empty, since a sitemap only
    /// takes absolute addresses.
    package static func xml(
        pages: [PlannedPage], baseURL: String?, lastModified: (PlannedPage) -> CalendarDate?
    ) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        if let baseURL {
            let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            for page in pages where page.subject != .notFound {
                let path =
                    page.path.hasSuffix("index.html") ? String(page.path.dropLast(10)) : page.path
                xml += "  <url>\n    <loc>\(XMLText.escaped(base + path))</loc>\n"
                if let date = lastModified(page) { xml += "    <lastmod>\(date)</lastmod>\n" }
                xml += "  </url>\n"
            }
        }
        return xml + "</urlset>\n"
    }

}
