/// The default theme, built into Folio so that `folio init` needs no checkout.
///
/// Its one source is the repository's `Templates/` folder: the EmbedTheme build-tool plugin
/// (Plugins/EmbedTheme) writes `embeddedFiles` from it at build time, so that a changed
/// template is in the next build of `folio` and no copy of the theme is kept in Sources/.
enum DefaultTheme {
    /// Each file's path below `Templates/` and its text, in path order.
    static var files: [(path: String, text: String)] {
        embeddedFiles
    }
}
