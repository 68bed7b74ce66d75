import FolioBuild
import FolioFormats
import Foundation
import NIOCore

/// What the preview knows about the last build, and who is listening for the next one.
actor PreviewState {
    /// The formatted errors of the last build, empty when it succeeded.
    private(set) var errors: [String] = []
    /// Whether a build has succeeded, so that there is a site to serve; until then every
    /// page shows the errors of the first build.
    private(set) var hasSite = false
    private var listeners: [UUID: AsyncStream<ByteBuffer>.Continuation] = [:]
    private let formatter: DiagnosticFormatter

    init(formatter: DiagnosticFormatter) {
        self.formatter = formatter
    }

    /// Keeps the outcome of a build and tells every open page what it means.
    ///
    /// Pages reload after a success and show the errors after a failure; a build that found
    /// nothing changed since the last good one tells nothing, unless pages show errors that
    /// it cleared.
    func record(_ result: BuildResult) {
        let shown = errors
        if result.succeeded { hasSite = true }
        errors = formatter.format(
            DiagnosticLimit.shown(result.diagnostics.filter { $0.severity == .error }))
        if result.upToDate, shown.isEmpty { return }
        let event =
            errors.isEmpty
            ? "event: reload\ndata: {}\n\n"
            : "event: errors\ndata: \(LiveReload.json(errors))\n\n"
        for listener in listeners.values {
            listener.yield(ByteBuffer(string: event))
        }
    }

    /// A stream of server-sent events for one page, and the means to end it; it also ends
    /// when the server stops.
    func subscribe() -> (AsyncStream<ByteBuffer>, AsyncStream<ByteBuffer>.Continuation) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        continuation.yield(ByteBuffer(string: "retry: 500\n\n"))
        listeners[id] = continuation
        return (stream, continuation)
    }

    /// Sends every page a comment, so that streams of pages that were closed fail to write
    /// and end.
    func ping() {
        for listener in listeners.values {
            listener.yield(ByteBuffer(string: ": ping\n\n"))
        }
    }

    /// Ends every stream, so that shutting down does not wait for open pages.
    func finishAll() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func unsubscribe(_ id: UUID) {
        listeners[id] = nil
    }
}
