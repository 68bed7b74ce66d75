import Foundation
import PackagePlugin

/// Builds the default theme into the target it is applied to: runs `embed-theme` on the
/// package's `Templates/` folder, which stays the one copy of the theme, and compiles the
/// Swift source it writes (`DefaultTheme.embeddedFiles`) with the target.
///
/// Every file of the folder is an input of the command, so that a changed, added or
/// removed template makes the next build embed the folder again.
@main struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(
            path: "Templates", directoryHint: .isDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTheme+Files.swift")
        return [
            .buildCommand(
                displayName: "Embedding the default theme from Templates/",
                executable: try context.tool(named: "embed-theme").url,
                arguments: [templates.path, output.path],
                inputFiles: [templates] + Self.files(below: templates),
                outputFiles: [output])
        ]
    }

    /// Every file below `folder`, hidden ones left out as `embed-theme` leaves them out.
    static func files(below folder: URL) -> [URL] {
        guard
            let walk = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else { return [] }
        return walk.compactMap { $0 as? URL }
    }
}
