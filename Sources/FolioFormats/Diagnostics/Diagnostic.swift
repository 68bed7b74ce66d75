/// One problem found in a site's input: where it is, how serious it is, what is wrong and
/// how to fix it.
///
/// Every layer of Folio reports problems as diagnostics, so a build can gather all of them
/// and print them sorted, in the style of the Swift compiler.
public struct Diagnostic: Error, Hashable, Comparable, Sendable, Codable {
    /// How serious a diagnostic is: errors fail the build, warnings do not.
    public enum Severity: String, Hashable, Comparable, Sendable, Codable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        /// Errors first, then warnings, then notes.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Whether this stops the build.
    public var severity: Severity
    /// Where the problem is; `nil` for a problem with no single place (a missing folder).
    public var location: SourceLocation?
    /// What is wrong and how to fix it, in one or two sentences.
    public var message: String
    /// Further places that explain this one, such as where a duplicate was first defined.
    public var notes: [Diagnostic]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation? = nil,
        notes: [Diagnostic] = []
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// An error at `location`.
    public static func error(
        _ message: String, at location: SourceLocation? = nil, notes: [Diagnostic] = []
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    /// A warning at `location`.
    public static func warning(
        _ message: String, at location: SourceLocation? = nil, notes: [Diagnostic] = []
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    /// A note at `location`, to attach to another diagnostic.
    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, message, at: location)
    }

    /// Diagnostics without a place first, then by file, line, column, severity and text.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case (.some(let left), .some(let right)) where left != right: return left < right
        default:
            if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
            return lhs.message < rhs.message
        }
    }
}

/// Several diagnostics thrown together, so that one failing step can report every problem
/// it found instead of only the first.
public struct DiagnosticList: Error, Sendable {
    /// The diagnostics, in the order they were found.
    public var diagnostics: [Diagnostic]

    /// Wraps `diagnostics`.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

extension Error {
    /// The diagnostics this error carries: its list, itself, or a description.
    package var diagnostics: [Diagnostic] {
        switch self {
        case let list as DiagnosticList: list.diagnostics
        case let diagnostic as Diagnostic: [diagnostic]
        default: [.error(String(describing: self))]
        }
    }
}
