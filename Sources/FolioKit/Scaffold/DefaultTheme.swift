/// The default theme, built into Folio so that `folio init` needs no checkout.
///
/// Its one source is the repository's `Templates/` folder: `DefaultTheme+Files.swift` is
/// generated from it, and a test fails when the two differ. To refresh the copy after
/// changing `Templates/`, run `make theme` (or
/// `FOLIO_REFRESH_THEME=1 swift test --filter DefaultThemeTests`).
enum DefaultTheme {
    /// Each file's path below `Templates/` and its text, in path order.
    static var files: [(path: String, text: String)] {
        embeddedFiles
    }
}
