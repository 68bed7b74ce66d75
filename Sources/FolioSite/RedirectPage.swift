package import FolioModel

/// The HTML of a ``Redirect``: a page that sends the reader on to a client's page at once.
///
/// Folio writes it itself rather than through a template, so that a theme of any age builds
/// it, and it names none of the theme's assets, which a theme may not have. It works from
/// disk as on a server: a `refresh` to the page's `index.html`, relative, a canonical link
/// to the same address, and a plain link for a reader whose browser does not refresh. It
/// carries the pages' Content-Security-Policy and is never to be indexed; on a site that
/// is, crawlers may follow its link to the page.
package enum RedirectPage {
    /// The redirect page of `redirect` on a site titled `siteTitle`.
    package static func html(_ redirect: Redirect, siteTitle: String, indexable: Bool) -> String {
        let href = XMLText.escaped(redirect.href)
        let title = XMLText.escaped(redirect.title)
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(SitePolicy.contentSecurityPolicy)">
            <meta name="robots" content="\(indexable ? "noindex" : "noindex, nofollow")">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="0; url=\(href)">
            <link rel="canonical" href="\(href)">
            <title>\(title) · \(XMLText.escaped(siteTitle))</title>
            </head>
            <body>
            <main>
            <p>The page of <a href="\(href)">\(title)</a> is at clients/\(XMLText.escaped(redirect.target))/.</p>
            </main>
            </body>
            </html>

            """
    }
}
