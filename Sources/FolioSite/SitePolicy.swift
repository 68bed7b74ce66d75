/// What a built site tells browsers and crawlers about itself: the Content-Security-Policy
/// every page carries (and `folio serve` sends), and `robots.txt`.
public enum SitePolicy {
    /// The pages' Content-Security-Policy: a page loads only the site's own scripts, styles
    /// and images, runs no inline script, applies no inline style, embeds no plugin, and
    /// cannot change the address relative links resolve against.
    ///
    /// Pages carry it in a `<meta>` element, since a static site has no headers of its own;
    /// `'self'` covers both a site opened from disk and one served over HTTP.
    public static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
        + "object-src 'none'"

    /// `robots.txt`: every crawler kept out, unless `site.yml` says `indexable: true`; then
    /// everything allowed, with the sitemap's address when `base_url` gives it.
    package static func robots(indexable: Bool, baseURL: String?) -> String {
        guard indexable else {
            return """
                # This site is private: site.yml does not say indexable: true.
                User-agent: *
                Disallow: /

                """
        }
        var text = "User-agent: *\nAllow: /\n"
        if let baseURL {
            text += "\nSitemap: \(baseURL.hasSuffix("/") ? baseURL : baseURL + "/")sitemap.xml\n"
        }
        return text
    }
}
