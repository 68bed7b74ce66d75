/// Who a build is for: the team sees everything; a client sees the site without the fields
/// and pages `private:` in `site.yml` names.
public enum Audience: String, Sendable, CaseIterable {
    /// The account management team: every field and page, as written.
    case team
    /// A client: private fields are dropped before any page is made and private pages are
    /// not written.
    case client

    /// Whether this audience is kept from the private fields and pages.
    package var withholdsPrivate: Bool { self != .team }
}
