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

    /// Where pages listen for rebuilds.
    static let eventsPath = "/_folio/events"

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(
                status: .methodNotAllowed, headers: [.allow: "GET, HEAD"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "Only GET and HEAD.\n")))
        }
        if request.uri.path == Self.eventsPath {
            return await events()
        }
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
