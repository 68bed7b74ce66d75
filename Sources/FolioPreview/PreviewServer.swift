public import FolioBuild
public import FolioFormats
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// Serves a site over HTTP while its content changes: it builds the site, serves the build,
/// watches the content and templates, rebuilds on every change and tells open pages to
/// reload; a build that fails keeps the last good site and shows its errors in the page.
public struct PreviewServer: Sendable {
    /// What is built; the output folder is where the served copy lives.
    public var build: BuildOptions
    /// The address to listen on.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// How often the folders are checked for changes.
    public var pollInterval: Duration
    /// Formats diagnostics for the error overlay.
    public var formatter: DiagnosticFormatter
    /// Names besides its own address and localhost that requests may address the preview
    /// by (`--allow-host`); see ``HostCheck``.
    public var allowedHosts: [String] = []

    /// A server for `build`, on `host:port`.
    ///
    /// The preview serves the site at `/`, so its `404.html` links from there rather than
    /// from `base_url`, where the published site lives.
    public init(
        build: BuildOptions, host: String = "127.0.0.1", port: Int = 8000,
        pollInterval: Duration = .milliseconds(200), formatter: DiagnosticFormatter
    ) {
        self.build = build
        self.build.notFoundRoot = "/"
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
        self.formatter = formatter
    }

    /// Builds, then serves until SIGINT or SIGTERM.
    ///
    /// Throws a ``Diagnostic`` that says what to do when the address cannot be listened on
    /// (a port in use, an address the computer does not have); that is checked before the
    /// first build, and again when the server starts.
    ///
    /// - Parameters:
    ///   - listening: Called with the site's address once the server accepts connections.
    ///   - built: Called after every build, the first one included.
    ///   - refused: Called with a line to log the first time a request is refused for
    ///     addressing the preview by a name it does not answer to.
    public func run(
        listening: @escaping @Sendable (String) -> Void,
        built: @escaping @Sendable (BuildResult) -> Void,
        refused: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws {
        let address = ListenAddress(host: host, port: port)
        if let problem = address.problem() { throw problem }
        let state = PreviewState(formatter: formatter)
        let first = await Self.rebuild(build)
        await state.record(first)
        built(first)
        let watcher = PreviewWatcher(
            build: build, state: state, pollInterval: pollInterval, built: built)
        var logger = Logger(label: "folio.serve")
        logger.logLevel = .critical
        let hosts = HostCheck(listening: host, allowing: allowedHosts)
        let app = Application(
            responder: PreviewResponder(
                root: build.output, state: state, hosts: hosts, refused: refused),
            configuration: .init(address: .hostname(host, port: port), serverName: "folio"),
            services: [watcher],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                hosts.port.store(port, ordering: .relaxed)
                listening("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger
        )
        do {
            try await app.runService()
        } catch let error as IOError {
            // Another program took the port between the check and the start.
            throw ListenAddress.problem(
                errno: error.errnoCode, host: host, port: port, isFree: { _ in false })
        }
    }

    /// Builds off the calling task: the build is CPU work that blocks its thread.
    static func rebuild(_ options: BuildOptions) async -> BuildResult {
        await Task.detached { SiteBuilder.build(options) }.value
    }
}
