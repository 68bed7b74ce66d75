import Foundation

/// The addresses of a built site's links, as its pages write them: relative to the page,
/// or leaving the site.
package enum SiteAddress {
    /// Whether `target` leaves the site: it has a scheme (`https:`, `mailto:`) or a host
    /// (`//`), or is an absolute path, which Folio's relative sites never write.
    package static func isExternal(_ target: String) -> Bool {
        if target.hasPrefix("//") || target.hasPrefix("/") { return true }
        guard let colon = target.firstIndex(of: ":") else { return false }
        let scheme = target[..<colon]
        guard let first = scheme.unicodeScalars.first, first.properties.isAlphabetic,
            first.isASCII
        else { return false }
        return scheme.unicodeScalars.allSatisfy {
            $0.isASCII
                && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
                    || "+.-".unicodeScalars.contains($0))
        }
    }

    /// The output path `address` leads to from the page at `path`, with a folder's
    /// `index.html`; `nil` when it climbs above the site's root.
    package static func resolve(_ address: String, from path: String) -> String? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            .map(String.init)
        let decoded = address.removingPercentEncoding ?? address
        let steps = decoded.split(separator: "/", omittingEmptySubsequences: false)
        for (offset, step) in steps.enumerated() {
            switch step {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            case "" where offset == steps.count - 1: parts.append("index.html")
            case "": continue
            default: parts.append(String(step))
            }
        }
        if decoded.hasSuffix("/.") || decoded.hasSuffix("/..") || decoded == "." || decoded == ".."
        {
            parts.append("index.html")
        }
        return parts.joined(separator: "/")
    }
}
