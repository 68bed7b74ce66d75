public import FolioFormats

/// What a check found.
public struct CheckResult: Sendable {
    /// Every error and warning, sorted by place.
    public var diagnostics: [Diagnostic]
    /// How many pages were rendered and had their links checked.
    public var pagesChecked: Int
    /// How many links those pages make, internal and external.
    public var linksChecked: Int

    /// How many errors.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    /// How many warnings.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
