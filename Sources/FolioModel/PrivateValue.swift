package import FolioFormats

/// A value a client build must not contain: the text of a private field, or the address of
/// a private page, with the place it comes from.
package struct PrivateValue: Hashable, Sendable {
    /// The text searched for in the output, as written in the content.
    package var text: String
    /// The private path it belongs to, as `site.yml` writes it: `clients.stakeholders.notes`,
    /// or `handoffs` for a page's address.
    package var path: String
    /// Where the value is written: its place in the front matter, or line 1 of a private
    /// page's file.
    package var location: SourceLocation
    /// Whether `text` is the address of a private page rather than a field's text.
    package var isAddress: Bool = false

    /// The fewest characters a value needs to be searched for: shorter values are ordinary
    /// words ("Golf", "SAP") that any page may hold for reasons of its own.
    static let minimumLength = 8
}
