import Foundation

/// Maps a request path to a file of the built site, and nothing outside it.
enum SiteFile {
    /// What a path leads to.
    enum Resolution: Equatable {
        case file(URL)
        case redirect(String)
        case notFound
    }

    /// The file for the raw (still percent-encoded) `path` below `root`.
    ///
    /// Each segment is decoded on its own, so `%2e%2e` and `%2f` are seen for what they are;
    /// `..`, `.`, back slashes and NUL are refused, and a path that leads outside `root`
    /// through a symbolic link is not found.
    static func resolve(_ path: String, in root: URL) -> Resolution {
        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = String(raw).removingPercentEncoding,
                segment != "..", segment != ".", !segment.contains("/"),
                !segment.contains("\\"), !segment.contains("\u{0}")
            else { return .notFound }
            segments.append(segment)
        }
        let base = root.standardizedFileURL.resolvingSymlinksInPath()
        var url = base
        for segment in segments { url.append(path: segment) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            return .notFound
        }
        if isFolder.boolValue {
            guard path.hasSuffix("/") else { return .redirect(path + "/") }
            url.append(path: "index.html")
        }
        let real = url.resolvingSymlinksInPath().path
        guard real.hasPrefix(base.path + "/"),
            FileManager.default.fileExists(atPath: real, isDirectory: &isFolder),
            !isFolder.boolValue
        else { return .notFound }
        return .file(URL(filePath: real))
    }

    /// The media type a browser needs for `url`.
    static func contentType(of url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "ics": "text/calendar; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }

    /// A 64-bit FNV-1a digest of `data` in hexadecimal, for entity tags.
    static func digest(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
