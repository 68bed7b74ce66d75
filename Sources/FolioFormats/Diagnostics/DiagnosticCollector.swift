import Synchronization

/// A thread-safe place where the steps of a build drop the diagnostics they find.
public final class DiagnosticCollector: Sendable {
    private let storage = Mutex<[Diagnostic]>([])

    /// Creates an empty collector.
    public init() {}

    /// Adds one diagnostic.
    public func report(_ diagnostic: Diagnostic) {
        storage.withLock { $0.append(diagnostic) }
    }

    /// Adds several diagnostics.
    public func report(contentsOf diagnostics: some Sequence<Diagnostic>) {
        let list = Array(diagnostics)
        storage.withLock { $0.append(contentsOf: list) }
    }

    /// Every diagnostic so far, sorted by place, without repeats.
    public var sorted: [Diagnostic] {
        Array(Set(storage.withLock { $0 })).sorted()
    }

    /// Whether any error was reported.
    public var hasErrors: Bool {
        storage.withLock { $0.contains { $0.severity == .error } }
    }
}
