import FolioModel

/// The pages a build's audience does not have (a client build's handoff pages, by default),
/// and whether a link written in a brief, handoff or chapter leads to one of them.
///
/// A client build renders such a link as its text, with a warning at the link, so that
/// writing `[the handoff](../../handoffs/acme/)` in a brief, natural for the team, never
/// makes the client build fail or publish the private page's address.
struct WithheldPages: Sendable {
    /// Each page's folder, such as `handoffs/acme`.
    private let folders: Set<String>
    /// The path part of `base_url` (`/accounts/`), which an absolute link to the site
    /// starts with, and the whole of it.
    private let basePath: String
    private let baseURL: String?

    /// The pages `portfolio` withholds from its audience; `nil` when it withholds none.
    init?(_ portfolio: Portfolio) {
        let folders = Set(
            portfolio.withheld.filter(\.isAddress).map { Self.folder(of: $0.text) })
        guard !folders.isEmpty else { return nil }
        self.folders = folders
        let base = portfolio.settings.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        baseURL = base
        basePath =
            base.flatMap { base in
                base.firstRange(of: "://").map { scheme in
                    let rest = base[scheme.upperBound...]
                    return rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
                }
            } ?? "/"
    }

    /// The folder of the withheld page that `address` leads to, or `nil`.
    ///
    /// `page` is the path in the output of the page the link is on, such as
    /// `clients/acme/index.html`. Relative addresses, addresses from the site's root and full addresses
    /// under `base_url` are all followed; a fragment or query does not matter.
    func folder(linkedBy address: String, on page: String) -> String? {
        var path = address
        if let end = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            path = String(path[..<end])
        }
        let resolved: String?
        if let baseURL, path.hasPrefix(baseURL) {
            resolved = SiteAddress.resolve(
                String(path.dropFirst(baseURL.count)), from: "index.html")
        } else if path.hasPrefix("/"), !path.hasPrefix("//") {
            guard path.hasPrefix(basePath) else { return nil }
            resolved = SiteAddress.resolve(
                String(path.dropFirst(basePath.count)), from: "index.html")
        } else if SiteAddress.isExternal(path) || path.isEmpty {
            return nil
        } else {
            resolved = SiteAddress.resolve(path, from: page)
        }
        guard let resolved else { return nil }
        let folder = Self.folder(of: resolved)
        return folders.contains(folder) ? folder : nil
    }

    /// A page's folder: its path without `index.html` and the slashes around it.
    private static func folder(of path: String) -> String {
        var folder = Substring(path)
        if folder.hasSuffix("index.html") { folder = folder.dropLast("index.html".count) }
        while folder.hasSuffix("/") { folder = folder.dropLast() }
        while folder.hasPrefix("/") { folder = folder.dropFirst() }
        return String(folder)
    }
}
