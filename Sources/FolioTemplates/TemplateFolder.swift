import FolioFormats
import Foundation

/// Reads the `*.mustache` files of a site's template folder.
enum TemplateFolder {
    /// The folder directly below the template folder that holds static files, not templates.
    static let assetsFolder = "assets"

    /// What reading a template folder found.
    struct Contents {
        /// The templates that could be read, sorted by name.
        var sources: [TemplateSource] = []
        /// The names of templates whose files could not be read.
        var unreadable: Set<String> = []
        /// The problems met reading.
        var diagnostics: [Diagnostic] = []
    }

    /// Reads every template below `folder`, skipping a top-level `assets/` folder and hidden
    /// files.
    static func read(_ folder: URL, displayPath: String) -> Contents {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
            let enumerator = manager.enumerator(atPath: folder.path)
        else {
            let problem = Diagnostic.error(
                "the template folder '\(displayPath)' does not exist or is not a folder; "
                    + "create it and put the site's .mustache templates in it")
            return Contents(diagnostics: [problem])
        }
        var contents = Contents()
        while let relative = enumerator.nextObject() as? String {
            let file = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: file.path, isDirectory: &isDirectory)
            let lastComponent = relative.split(separator: "/").last ?? ""
            if lastComponent.hasPrefix(".") || relative == assetsFolder {
                if isDirectory.boolValue { enumerator.skipDescendants() }
                continue
            }
            guard relative.hasSuffix(".mustache"), !isDirectory.boolValue else { continue }
            let name = String(relative.dropLast(".mustache".count))
            let path = displayPath + "/" + relative
            let bytes: Data
            do {
                bytes = try Data(contentsOf: file)
            } catch {
                contents.unreadable.insert(name)
                contents.diagnostics.append(
                    .error(
                        "cannot read the template file '\(path)'; check that it exists and is "
                            + "a readable file"))
                continue
            }
            do {
                contents.sources.append(
                    try TemplateSource(name: name, path: path, fileBytes: Array(bytes)))
            } catch {
                contents.unreadable.insert(name)
                contents.diagnostics.append(error)
            }
        }
        contents.sources.sort { $0.name < $1.name }
        return contents
    }
}
