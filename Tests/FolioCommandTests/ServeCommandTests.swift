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

        /// Starts `folio serve` on a copy of the mini fixture, after `prepare` changed it, with
        /// `arguments` after `--port 0`.
        init(arguments: [String] = [], prepare: (URL) throws -> Void = { _ in }) throws {
            root = try ServeCommandTests.site()
            try prepare(root)
            let process = Process()
            process.executableURL = try BuildCommandTests.executable()
            process.arguments = ["serve", "--port", "0"] + arguments
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
                    .firstMatch(
                        of: /Serving the (?:site|errors) at (http:\/\/127\.0\.0\.1:\d+)\//
                    )
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

    /// Where pages listen for rebuilds.
    static let eventsPath = "/_folio/events"

    /// A copy of the mini fixture in a new temporary folder.
    static func site() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appending(path: "folio-serve-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: BuildCommandTests.fixture.appending(path: folder),
                to: root.appending(path: folder))
        }
        return root
    }

    /// Runs `folio` with `arguments` in `folder` and waits for it to exit, for at most
    /// `seconds`; returns its exit status (`nil` when it was still running and was stopped)
    /// and standard error.
    static func folio(_ arguments: [String], in folder: URL, within seconds: Double = 30)
        throws -> (status: Int32?, errors: String)
    {
        let process = Process()
        process.executableURL = try BuildCommandTests.executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let log = Buffer()
        errors.fileHandleForReading.readabilityHandler = { log.append($0.availableData) }
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let finished = !process.isRunning
        if !finished { process.terminate() }
        process.waitUntilExit()
        errors.fileHandleForReading.readabilityHandler = nil
        log.append(errors.fileHandleForReading.readDataToEndOfFile())
        return (finished ? process.terminationStatus : nil, log.text)
    }

    /// A socket listening on a free port of 127.0.0.1, as another program would hold it.
    final class OccupiedPort {
        let descriptor: Int32
        let port: Int

        init() throws {
            #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
            #endif
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let listening = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                    bind(descriptor, pointer, length) == 0 && listen(descriptor, 1) == 0
                        && getsockname(descriptor, pointer, &length) == 0
                }
            }
            guard descriptor >= 0, listening else {
                close(descriptor)
                throw CocoaError(.featureUnsupported)
            }
            self.descriptor = descriptor
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit { close(descriptor) }
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

    /// The start of the data block that gives a page the live-reload script's errors.
    static func errorsBlock(hasSite: Bool) -> String {
        "<script type=\"application/json\" id=\"folio-live-reload\" data-has-site=\"\(hasSite)\">"
    }

    @Test func answersOnlyItsOwnNamesWithTheSecurityHeaders() throws {
        let server = try Server(arguments: ["--allow-host", "preview.example.com"])
        let port = server.address.split(separator: ":").last.map(String.init) ?? ""
        func status(_ headers: [String], _ path: String = "/") throws -> String {
            try Self.curl(
                ["-o", "/dev/null", "-w", "%{http_code}"] + headers.flatMap { ["-H", $0] }
                    + [server.address + path])
        }
        #expect(try status([]) == "200")
        #expect(try status(["Host: localhost:\(port)"]) == "200")
        #expect(try status(["Host: [::1]:\(port)"]) == "200")
        #expect(try status(["Host: preview.example.com"]) == "200")
        // A page of another site that rebound its own name to 127.0.0.1.
        #expect(try status(["Host: attacker.example:\(port)"]) == "403")
        #expect(try status(["Host: localhost:1"]) == "403")
        #expect(try status(["Host: attacker.example:\(port)"], "/clients/acme/index.html") == "403")
        #expect(
            try status(["Origin: http://attacker.example:\(port)"], ServeCommandTests.eventsPath)
                == "403")
        #expect(try status(["Origin: null"], ServeCommandTests.eventsPath) == "403")
        let headers = try Self.curl(["-I", server.address + "/index.html"])
        #expect(headers.contains("X-Content-Type-Options: nosniff\r\n"))
        #expect(headers.contains("Referrer-Policy: no-referrer\r\n"))
        #expect(
            headers.contains(
                "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src "
                    + "'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action "
                    + "'self'; base-uri 'none'; object-src 'none'\r\n"))
        #expect(server.stop() == 0)
        let refusals = server.output.split(separator: "\n").filter { $0.hasPrefix("Refused") }
        let expected =
            "Refused a request for host 'attacker.example:\(port)' (/): the preview answers only "
            + "to the address it listens on and localhost; if that name is yours, serve with "
            + "--allow-host NAME"
        #expect(refusals.first.map(String.init) == expected)
        #expect(refusals.count == 4, "one line for each name refused: \(refusals)")
    }

    @Test(arguments: ["proxy.example.com:8080", "http://proxy.example.com", "*.example.com", ""])
    func anAllowedHostThatCanNeverMatchIsAUsageError(_ name: String) throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, errors) = try Self.folio(
            ["serve", "--port", "0", "--allow-host", name], in: root, within: 10)
        #expect(status == 64)
        #expect(errors.contains("is not a host name; give --allow-host the name alone"))
    }

    @Test func reloadsPagesAndShowsErrorsWhileTheBriefChanges() throws {
        let server = try Server()
        let page = server.address + "/clients/acme/index.html"
        let first = try Self.curl([page])
        #expect(first.contains("<p>Flagship logistics account.</p>"))
        #expect(first.contains("<script src=\"/_folio/live-reload.js\" data-folio-live-reload>"))
        #expect(first.contains(Self.errorsBlock(hasSite: true) + "[]</script>"))

        let events = try EventListener(server.address)
        try server.edit("Content/clients/acme.md", "Flagship logistics", "Our largest logistics")
        #expect(events.wait(for: "event: reload", within: 2))
        // On a busy machine the first build's own reload can arrive after the listener
        // connected; the page must still change within a few seconds.
        #expect(
            try Self.page(page, within: 5) { $0.contains("<p>Our largest logistics account.</p>") })

        try server.edit("Content/clients/acme.md", "goals: [Cut", "goals: [[Cut")
        #expect(events.wait(for: "event: errors", within: 2))
        #expect(
            try Self.page(page, within: 5) { $0.contains(Self.errorsBlock(hasSite: true) + "[\"") })
        let broken = try Self.curl([page])
        #expect(broken.contains("<p>Our largest logistics account.</p>"), "the last good page")
        #expect(
            broken.contains(
                Self.errorsBlock(hasSite: true) + #"["Content/clients/acme.md:5:1: error: "#))

        try server.edit("Content/clients/acme.md", "goals: [[Cut", "goals: [Cut")
        #expect(events.wait(for: "event: reload", within: 2))
        let fixed = try Self.curl([page])
        #expect(fixed.contains(Self.errorsBlock(hasSite: true) + "[]</script>"))
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

    @Test func aPortInUseIsOneLineWithTheFix() throws {
        let occupied = try OccupiedPort()
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = OutputTree(root)
        let (status, errors) = try Self.folio(
            ["serve", "--port", String(occupied.port)], in: root)
        #expect(status == 1)
        #expect(
            errors.wholeMatch(
                of: try Regex(
                    #"error: port \#(occupied.port) of 127\.0\.0\.1 is in use by another program; "#
                        + #"stop that program \(an earlier folio serve\?\), or serve on another "#
                        + #"port with --port \d+\n"#)) != nil, "\(errors)")
        #expect(!errors.contains("errno"))
        #expect(!errors.contains("Built"), "the site was built before the port was checked")
        #expect(OutputTree(root) == before, "serve changed the site's files")
    }

    @Test func anEmptyFolderIsAUsageErrorBeforeServing() throws {
        let root = FileManager.default.temporaryDirectory
            .appending(path: "folio-serve-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("my notes\n".utf8).write(to: root.appending(path: "notes.txt"))
        let (status, errors) = try Self.folio(["serve", "--port", "0"], in: root)
        #expect(status == 64)
        #expect(
            errors == """
                error: there is no folder Content; run folio in your site's folder or name the \
                folder with --content DIR
                error: there is no folder Templates; run folio in your site's folder or name the \
                folder with --templates DIR

                """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["notes.txt"])
        #expect(
            FileManager.default.contents(atPath: root.appending(path: "notes.txt").path)
                == Data("my notes\n".utf8))
    }

    @Test func aFirstBuildThatFailsShowsItsErrorsUntilFixed() throws {
        let server = try Server { root in
            let brief = root.appending(path: "Content/clients/acme.md")
            let text = try String(contentsOf: brief, encoding: .utf8)
            try text.replacingOccurrences(of: "goals: [Cut", with: "goals: [[Cut").write(
                to: brief, atomically: true, encoding: .utf8)
        }
        let page = server.address + "/clients/acme/index.html"
        let status = try Self.curl(["-o", "/dev/null", "-w", "%{http_code}", page])
        #expect(status == "503")
        let errors = try Self.curl([page])
        #expect(errors.contains("<h1>No site yet</h1>"))
        #expect(
            errors.contains(
                Self.errorsBlock(hasSite: false) + #"["Content/clients/acme.md:5:1: error: "#))
        let script = try Self.curl([server.address + "/_folio/live-reload.js"])
        #expect(script.contains("there is no site to show until these errors are fixed"))

        try server.edit("Content/clients/acme.md", "goals: [[Cut", "goals: [Cut")
        #expect(
            try Self.page(page, within: 10) { $0.contains("<p>Flagship logistics account.</p>") })
        #expect(server.stop() == 0)
        #expect(
            server.output.contains(
                "Build failed: 1 error, 2 warnings; there is no site yet, so every page shows the "
                    + "errors until they are fixed\n"))
        #expect(server.output.contains("Serving the errors at http://127.0.0.1:"))
        #expect(!server.output.contains("last good site"))
        #expect(server.output.contains("Built 21 pages: 0 errors, 1 warning\n"))
    }
}
