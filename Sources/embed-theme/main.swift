// Writes the Swift source that carries the default theme inside Folio, for `folio init`:
// every file below a theme folder (Templates/), by path, as raw string literals.
//
// usage: embed-theme THEME_FOLDER OUTPUT_FILE
//
// The EmbedTheme build-tool plugin runs it on every build whose Templates/ changed, so
// that the folder stays the one copy of the theme and no generated source is committed.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: embed-theme THEME_FOLDER OUTPUT_FILE\n".utf8))
    exit(64)
}
let folder = URL(filePath: arguments[1], directoryHint: .isDirectory).standardizedFileURL
let output = URL(filePath: arguments[2])

/// Every file below `folder` whose path has no part starting with a dot, in path order.
func themeFiles() throws -> [(path: String, text: String)] {
    guard
        let walk = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles])
    else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path]) }
    var files: [(path: String, text: String)] = []
    let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    for case let url as URL in walk {
        guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true
        else { continue }
        let path = String(url.standardizedFileURL.path.dropFirst(prefix.count))
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CocoaError(
                .fileReadInapplicableStringEncoding, userInfo: [NSFilePathErrorKey: url.path])
        }
        files.append((path, text))
    }
    return files.sorted { $0.path < $1.path }
}

/// `text` as a Swift string literal in double quotes.
func quoted(_ text: String) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": literal += "\\\""
        case "\\": literal += "\\\\"
        case "\n": literal += "\\n"
        case "\r": literal += "\\r"
        case "\t": literal += "\\t"
        default: literal.unicodeScalars.append(scalar)
        }
    }
    return literal + "\""
}

/// The Swift source that embeds `files` as `DefaultTheme.embeddedFiles`.
func source(_ files: [(path: String, text: String)]) -> String {
    var text = """
        // Generated from Templates/ by the EmbedTheme build-tool plugin at build time.

        extension DefaultTheme {
            static let embeddedFiles: [(path: String, text: String)] = [

        """
    for (path, content) in files {
        // Enough #s that no `"#...` or `\#...` inside the file ends the raw string or
        // starts an escape in it.
        var hashes = "#"
        while content.contains("\"" + hashes) || content.contains("\\" + hashes) {
            hashes += "#"
        }
        text += "        (\n            \(quoted(path)),\n"
        text += "            \(hashes)\"\"\"\n\(content)\n\"\"\"\(hashes)\n        ),\n"
    }
    return text + "    ]\n}\n"
}

do {
    let text = source(try themeFiles())
    // Leaves the file as it is when nothing changed, so that the target is not rebuilt.
    if (try? String(contentsOf: output, encoding: .utf8)) != text {
        try Data(text.utf8).write(to: output, options: .atomic)
    }
} catch {
    FileHandle.standardError.write(Data("embed-theme: \(error.localizedDescription)\n".utf8))
    exit(1)
}
