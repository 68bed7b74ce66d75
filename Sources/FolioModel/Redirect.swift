/// A folder of `clients/` that leads to a client's page in another: the account's id,
/// lower-cased, where the page is named after a brief (`clients/hl-1008/` for
/// `clients/northgate-parcel/`), so that a CRM can link to any account by its id.
///
/// A redirect is a file of the site, not a page: it is in no list, search index or
/// sitemap, and messages that count pages leave it out.
package struct Redirect: Sendable, Hashable {
    /// The folder in `clients/` the redirect stands in (`hl-1008`).
    var folder: String
    /// The folder in `clients/` of the page it leads to (`northgate-parcel`).
    package var target: String
    /// The client's name, as its page's title gives it.
    package var title: String

    /// The file's path from the site's root.
    package var path: String { "clients/\(folder)/index.html" }
    /// The page's address from the redirect's own folder.
    package var href: String { "../\(target)/index.html" }
}
