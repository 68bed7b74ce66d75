import FolioSite
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle

/// Answers the preview's requests: the live-reload event stream, and the built site's files
/// with the live-reload script in every page.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// The folder the site is built into.
    let root: URL
    let state: PreviewState
    /// The names requests may address the preview by.
    let hosts: HostCheck
    /// Called once for each host a request was refused for, with the line to log.
    let refused: @Sendable (String) -> Void

    init(
        root: URL, state: PreviewState, hosts: HostCheck,
        refused: @escaping @Sendable (String) -> Void
    ) {
        self.root = root
        self.state = state
        self.hosts = hosts
        self.refused = refused
    }

    /// Where pages listen for rebuilds.
    static let eventsPath = "/_folio/events"
    /// The live-reload script every page loads.
    static let scriptPath = "/_folio/live-reload.js"

    /// The headers of every response: the pages' Content-Security-Policy, no guessing of
    /// content types, and no page address sent to other sites.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: SitePolicy.contentSecurityPolicy,
        .xContentTypeOptions: "nosniff",
        .referrerPolicy: "no-referrer",
    ]

    func respond(to request: Request, context: Context) async throws -> Response {
        var response = try await answer(request)
        for field in Self.securityHeaders { response.headers[field.name] = field.value }
        return response
    }

    /// The response to `request`, before the security headers.
    private func answer(_ request: Request) async throws -> Response {
        let authority = request.head.authority
        let origin = request.headers[.origin]
        guard hosts.allows(host: authority), hosts.allows(origin: origin) else {
            return refuse(host: authority, origin: origin, path: request.uri.path)
        }
        guard request.method == .get || request.method == .head else {
            return Response(
                status: .methodNotAllowed, headers: [.allow: "GET, HEAD"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "Only GET and HEAD.\n")))
        }
        if request.uri.path == Self.eventsPath {
            return await events()
        }
        if request.uri.path == Self.scriptPath {
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/javascript; charset=utf-8", .cacheControl: "no-cache",
                ],
                body: request.method == .head
                    ? ResponseBody()
                    : ResponseBody(byteBuffer: ByteBuffer(string: LiveReload.script)))
        }
        guard await state.hasSite else { return await noSite(request) }
        switch SiteFile.resolve(request.uri.path, in: root) {
        case .file(let url):
            return try await file(url, status: .ok, request: request)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location])
        case .notFound:
            let page = root.appending(path: "404.html")
            if FileManager.default.fileExists(atPath: page.path) {
                return try await file(page, status: .notFound, request: request)
            }
            return Response(
                status: .notFound,
                body: ResponseBody(byteBuffer: ByteBuffer(string: "Not found.\n")))
        }
    }

    /// A 403 for a request addressed by a name the preview does not answer to, logged once
    /// for each such name.
    private func refuse(host: String?, origin: String?, path: String) -> Response {
        let named = origin.map { "from the page of \($0)" } ?? "for host '\(host ?? "")'"
        if hosts.isFirstRefusal(of: origin ?? host ?? "") {
            refused(
                "Refused a request \(named) (\(path)): the preview answers only to the address "
                    + "it listens on and localhost; if that name is yours, serve with "
                    + "--allow-host NAME")
        }
        return Response(
            status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(
                byteBuffer: ByteBuffer(
                    string: "This preview answers only to the address it listens on and "
                        + "localhost; start folio serve with --allow-host NAME to add a name.\n")))
    }

    /// What every address shows while no build has succeeded: a page with the first
    /// build's errors, which reloads once they are fixed.
    private func noSite(_ request: Request) async -> Response {
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>No site yet</title></head>
            <body>
            <h1>No site yet</h1>
            <p>The site has not been built: the first build failed. Its errors are shown here, \
            and the page reloads once they are fixed.</p>
            </body>
            </html>

            """
        let data = LiveReload.inject(
            into: Data(page.utf8), errors: await state.errors, hasSite: false)
        return Response(
            status: .serviceUnavailable,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-cache",
                .contentLength: String(data.count),
            ],
            body: request.method == .head
                ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A file of the site; pages get the live-reload script.
    private func file(_ url: URL, status: HTTPResponse.Status, request: Request) async throws
        -> Response
    {
        guard var data = FileManager.default.contents(atPath: url.path) else {
            return Response(status: .notFound)
        }
        let type = SiteFile.contentType(of: url)
        if type.hasPrefix("text/html") {
            data = LiveReload.inject(into: data, errors: await state.errors)
        }
        let tag = "\"\(SiteFile.digest(data))\""
        var headers: HTTPFields = [
            .contentType: type, .eTag: tag, .cacheControl: "no-cache",
            .contentLength: String(data.count),
        ]
        if status == .ok, let match = request.headers[.ifNoneMatch],
            match.split(separator: ",").contains(where: {
                $0.trimmingCharacters(in: .whitespaces) == tag || $0 == "*"
            })
        {
            headers[.contentLength] = nil
            return Response(status: .notModified, headers: headers)
        }
        let body =
            request.method == .head
            ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        return Response(status: status, headers: headers, body: body)
    }

    /// The server-sent event stream of one page; it ends when the page goes away or the
    /// server begins to stop, so that stopping never waits for open pages.
    private func events() async -> Response {
        let (stream, continuation) = await state.subscribe()
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                try await withGracefulShutdownHandler {
                    for await buffer in stream { try await writer.write(buffer) }
                } onGracefulShutdown: {
                    continuation.finish()
                }
                try await writer.finish(nil)
            })
    }
}

extension HTTPField.Name {
    /// `Referrer-Policy`, which HTTPTypes does not name.
    static let referrerPolicy: Self = {
        guard let name = Self("Referrer-Policy") else {
            preconditionFailure("Referrer-Policy is a valid field name")
        }
        return name
    }()
}
