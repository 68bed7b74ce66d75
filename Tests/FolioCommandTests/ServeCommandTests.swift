import Foundation
import Synchronization
import Testing

/// `folio serve` as an author uses it: pages change as the brief changes, errors show over
/// the page, and nothing outside the built site is ever served.
@Suite(.serialized) struct ServeCommandTests {
    /// Text that a pipe's reader appends to while a test reads it.
    final class Buffer: Sendable {
        private let storage = Mutex("")

        func append(_ data: Data) {
            let text = String(decoding: data, as: UTF8.self)
            storage.withLock { $0 += text }
        }

        var text: String { storage.withLock { $0 } }

        /// Whether the text contains `needle`; when it does, drops everything up to its end.
        func consume(_ needle: String) -> Bool {
            storage.withLock { text in
                guard let range = text.range(of: needle) else { return false }
                text.removeSubrange(..<range.upperBound)
                return true
            }
        }
    }

    /// A running `folio serve` on a copy of the mini fixture.
    final class Server {
        let root: URL
        let process: Process
        let address: String
        private let log = Buffer()

        init() throws {
            root = FileManager.default.temporaryDirectory
                .appending(path: "folio-serve-\(UUID().uuidString)", directoryHint: .isDirectory)
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            for folder in ["Content", "Templates"] {
                try FileManager.default.copyItem(
                    at: BuildCommandTests.fixture.appending(path: folder),
                    to: root.appending(path: folder))
            }
            let process = Process()
            process.executableURL = try BuildCommandTests.executable()
            process.arguments = ["serve", "--port", "0"]
            process.currentDirectoryURL = root
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            let log = self.log
            errors.fileHandleForReading.readabilityHandler = { log.append($0.availableData) }
            try process.run()
            self.process = process
            let deadline = Date().addingTimeInterval(60)
            var address: String?
            while address == nil, Date() < deadline {
                address = log.text
                    .firstMatch(of: /Serving the site at (http:\/\/127\.0\.0\.1:\d+)\//)
                    .map { String($0.output.1) }
                if address == nil { Thread.sleep(forTimeInterval: 0.05) }
            }
            guard let address else {
                process.terminate()
                Issue.record("folio serve did not start: \(log.text)")
                throw CancellationError()
            }
            self.address = address
        }

        var output: String { log.text }

        /// Stops the server with Ctrl-C's signal; returns its exit status.
        func stop() -> Int32 {
            kill(process.processIdentifier, SIGINT)
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: root)
            return process.terminationStatus
        }

        /// Replaces `old` with `new` in a file of the site.
        func edit(_ path: String, _ old: String, _ new: String) throws {
            let url = root.appending(path: path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: old, with: new).write(
                to: url, atomically: true, encoding: .utf8)
        }
    }

    /// Runs curl with `arguments`; returns its standard output (headers too with `-i`).
    static func curl(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["curl", "-s", "--max-time", "10"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Listens to the server-sent events of `address` in the background.
    final class EventListener {
        let process: Process
        private let received = Buffer()

        init(_ address: String) throws {
            let process = Process()
            process.executableURL = URL(filePath: "/usr/bin/env")
            process.arguments = ["curl", "-sN", "--max-time", "30", address + "/_folio/events"]
            let output = Pipe()
            process.standardOutput = output
            let received = self.received
            output.fileHandleForReading.readabilityHandler = { received.append($0.availableData) }
            try process.run()
            self.process = process
            _ = wait(for: "retry:", within: 5)
        }

        /// Waits until the events received contain `text`, for at most `seconds`; returns
        /// whether they did, and forgets what was received so far when they did.
        func wait(for text: String, within seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if received.consume(text) { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }

        deinit { process.terminate() }
    }

    /// Whether the page at `url` satisfies `test` within `seconds`, fetching it every 50 ms.
    private static func page(_ url: String, within seconds: Double, _ test: (String) -> Bool)
        throws -> Bool
    {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if test(try curl([url])) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return false
    }

    @Test func reloadsPagesAndShowsErrorsWhileTheBriefChanges() throws {
        let server = try Server()
        let page = server.address + "/clients/acme/index.html"
        let first = try Self.curl([page])
        #expect(first.contains("<p>Flagship logistics account.</p>"))
        #expect(first.contains("data-folio-live-reload"))
        #expect(first.contains("const initial = [];"))

        let events = try EventListener(server.address)
        try server.edit("Content/clients/acme.md", "Flagship logistics", "Our largest logistics")
        #expect(events.wait(for: "event: reload", within: 2))
        // On a busy machine the first build's own reload can arrive after the listener
        // connected; the page must still change within a few seconds.
        #expect(
            try Self.page(page, within: 5) { $0.contains("<p>Our largest logistics account.</p>") })

        try server.edit("Content/clients/acme.md", "goals: [Cut", "goals: [[Cut")
        #expect(events.wait(for: "event: errors", within: 2))
        #expect(try Self.page(page, within: 5) { $0.contains("const initial = [\"") })
        let broken = try Self.curl([page])
        #expect(broken.contains("<p>Our largest logistics account.</p>"), "the last good page")
        #expect(broken.contains(#"const initial = ["Content/clients/acme.md:5:1: error: "#))

        try server.edit("Content/clients/acme.md", "goals: [[Cut", "goals: [Cut")
        #expect(events.wait(for: "event: reload", within: 2))
        let fixed = try Self.curl([page])
        #expect(fixed.contains("const initial = [];"))
        #expect(fixed.contains("<p>Our largest logistics account.</p>"))

        #expect(server.stop() == 0)
        #expect(server.output.contains("Built 21 pages: 0 errors, 1 warning\n"))
        #expect(server.output.contains("Build failed: 1 error, 2 warnings; "))
        #expect(server.output.hasSuffix("Stopped.\n"))
    }

    @Test func updatesABriefsPageInPlaceWhenOnlyItsTextChanged() throws {
        let server = try Server()
        let page = server.address + "/clients/acme/index.html"
        // Text longer than the search excerpt, so that its end is on the page alone.
        let text = String(repeating: "The depots run three shifts. ", count: 12)
        try server.edit(
            "Content/clients/acme.md", "<script>", text + "\n\nThe last words.\n\n<script>")
        #expect(try Self.page(page, within: 10) { $0.contains("<p>The last words.</p>") })
        let events = try EventListener(server.address)
        try server.edit("Content/clients/acme.md", "The last words.", "The very last words.")
        #expect(try Self.page(page, within: 10) { $0.contains("<p>The very last words.</p>") })
        #expect(events.wait(for: "event: reload", within: 5))
        #expect(server.stop() == 0)
        #expect(server.output.contains("Updated 1 page in place: 0 errors"))
    }

    @Test(arguments: [
        "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
        "/clients/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/Content/site.yml",
        "/..\\..\\etc\\passwd",
        "/assets/%00style.css",
    ])
    func neverServesAFileOutsideTheSite(_ path: String) throws {
        let server = try Server()
        defer { _ = server.stop() }
        let response = try Self.curl([
            "--path-as-is", "-o", "/dev/null", "-w", "%{http_code}", server.address + path,
        ])
        #expect(response == "404")
    }

    @Test func answersHeadAndConditionalGet() throws {
        let server = try Server()
        defer { _ = server.stop() }
        let head = try Self.curl(["-I", server.address + "/index.html"])
        #expect(head.hasPrefix("HTTP/1.1 200"))
        #expect(head.lowercased().contains("content-type: text/html; charset=utf-8"))
        let tag = try #require(
            head.firstMatch(of: /(?i)etag: ("[0-9a-f]+")/).map { String($0.output.1) })
        let conditional = try Self.curl([
            "-o", "/dev/null", "-w", "%{http_code}", "-H", "If-None-Match: \(tag)",
            server.address + "/index.html",
        ])
        #expect(conditional == "304")
        let folder = try Self.curl([
            "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", server.address + "/guide",
        ])
        #expect(folder == "301 \(server.address)/guide/")
        let missing = try Self.curl(["-w", "%{http_code}", server.address + "/no/such/page"])
        #expect(missing.hasSuffix("404"))
        #expect(missing.contains("<h1>Not found</h1>"))
    }
}
