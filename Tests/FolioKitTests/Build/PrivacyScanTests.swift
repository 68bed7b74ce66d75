import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioModel

/// The search of a built site for private values.
@Suite struct PrivacyScanTests {
    private func value(_ text: String, line: Int = 3) -> PrivateValue {
        PrivateValue(
            text: text, path: "clients.stakeholders.notes",
            location: SourceLocation(file: "Content/clients/acme.md", line: line, column: 12))
    }

    private func found(_ scan: PrivacyScan, in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        return scan.matches(in: bytes.span).sorted()
    }

    @Test func searchesEveryFormATemplateIndexOrCalendarWrites() {
        #expect(
            PrivacyScan.forms(of: #"Ana's <b> & "x", y"#) == [
                #"Ana's <b> & "x", y"#,
                #"Ana&#39;s &lt;b&gt; &amp; &quot;x&quot;, y"#,
                #"Ana's <b> & \"x\", y"#,
                #"Ana's \u003cb\u003e \u0026 \"x\", y"#,
                #"Ana&#39;s &lt;b&gt; &amp; \&quot;x\&quot;, y"#,
                #"Ana's <b> & "x"\, y"#,
            ])
        #expect(PrivacyScan.forms(of: "Prefers email") == ["Prefers email"])
    }

    @Test func findsValuesAtEitherEndAndInTheMiddle() {
        let scan = PrivacyScan([
            value("Prefers email"), value("Runs marathons"), value("Golf"),
            value("Owns the SAP side"),
        ])
        #expect(found(scan, in: "Prefers email, and then some") == [0])
        #expect(found(scan, in: "<p>He Runs marathons</p>") == [1])
        #expect(found(scan, in: "text ending in Owns the SAP side") == [3])
        #expect(found(scan, in: "Owns the SAP sid") == [])
        #expect(found(scan, in: "Golf Golf Golf, and Prefers emai") == [])
        #expect(found(scan, in: "[\"Runs marathons\",\"Prefers email\"]") == [0, 1])
    }

    @Test func findsAValueWhosePrefixRepeats() {
        let scan = PrivacyScan([value("abcdefgh-1"), value("abcdefgh-2")])
        #expect(found(scan, in: "abcdefgh-3 abcdefgh-2") == [1])
    }

    @Test func findsEveryValueAlongASharedBeginning() {
        // Twenty thousand values that share their first words, as generated notes do: every
        // one that the text holds is found, including those that end inside another.
        let scan = PrivacyScan((0..<20_000).map { value("Wants a price hold \($0)") })
        #expect(
            found(scan, in: "<p>Wants a price hold 12345, Wants a price hold and more</p>") == [
                1, 12, 123, 1234, 12345,
            ])
        #expect(found(scan, in: String(repeating: "Wants a price hold x ", count: 1000)) == [])
    }

    @Test func unfoldsACalendarBeforeSearching() {
        let folded = Data("DESCRIPTION:Prefers em\r\n ail\r\nEND:VEVENT\r\n".utf8)
        #expect(
            String(decoding: PrivacyScan.unfolded(folded), as: UTF8.self)
                == "DESCRIPTION:Prefers email\r\nEND:VEVENT\r\n")
    }

    @Test func namesTheFilesThatHoldAValue() throws {
        let folder = FileManager.default.temporaryDirectory
            .appending(path: "folio-scan-\(UUID().uuidString)", directoryHint: .isDirectory)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appending(path: "clients/acme"), withIntermediateDirectories: true)
        try Data("<p>Prefers email</p>".utf8).write(to: folder.appending(path: "index.html"))
        try Data("<p>Prefers email</p>".utf8).write(
            to: folder.appending(path: "clients/acme/index.html"))
        try Data("SUMMARY:Prefers\r\n  email\r\n".utf8).write(
            to: folder.appending(path: "renewals.ics"))
        try Data("<p>nothing here</p>".utf8).write(to: folder.appending(path: "404.html"))
        let page = PrivateValue(
            text: "handoffs/acme/", path: "handoffs",
            location: SourceLocation(file: "Content/handoffs/acme.md", line: 1), isAddress: true)
        let problems = PrivacyScan([value("Prefers email"), page]).scan(folder, audience: .client)
        #expect(
            problems.map { "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)" }
                == [
                    "Content/clients/acme.md:3:12: the private field 'clients.stakeholders.notes' "
                        + "written here would be published in clients/acme/index.html (and 2 "
                        + "other files) of the client build; a template shows it under another "
                        + "name, or another field repeats it: take it out of that template, or "
                        + "reword the field that repeats it"
                ])
        try Data("<a href=\"../handoffs/acme/index.html\">".utf8).write(
            to: folder.appending(path: "404.html"))
        let link = PrivacyScan([page]).scan(folder, audience: .client)
        #expect(
            link.map(\.message) == [
                "the private page handoffs/acme/ is linked from 404.html of the client build, and "
                    + "no template or content file holds the link as written; look for what "
                    + "writes 'handoffs/acme/' into that page"
            ])
        // Where the build finds the template that wrote it, the error is at the template.
        let template = SourceLocation(file: "Templates/404.mustache", line: 2, column: 10)
        let found = PrivacyScan([page]).scan(folder, audience: .client) { value, paths in
            value.text == "handoffs/acme/" && paths == ["404.html"] ? template : nil
        }
        #expect(found.map(\.location) == [template])
        #expect(
            found.map(\.message) == [
                "this links to the private page handoffs/acme/, which the client build leaves "
                    + "out, and would publish its address in 404.html of the client build; take "
                    + "the link out of this template, or show it only to the team with "
                    + "{{#audience.sees_handoffs}}…{{/audience.sees_handoffs}}"
            ])
    }
}
