import Foundation
import Testing

@testable import FolioBuild
@testable import FolioFormats

/// The `hostile` fixture puts script tags, attribute breakouts, quotes, ampersands,
/// `javascript:` links, `</script>`, `]]>`, `-->`, line breaks that would start a calendar
/// event, bidirectional overrides, joiners and combining marks in every field a user writes,
/// and every byte the build writes is checked for them in the form that would act.
@Suite struct HostileInputTests {
    /// The built fixture, by path, as text.
    static func builtSite() throws -> [String: String] {
        let site = try SiteFixture(content: "hostile")
        let (result, _, errors) = site.build()
        #expect(result.succeeded, "\(errors)")
        var pages: [String: String] = [:]
        for (path, data) in SiteFixture.files(in: site.root.appending(path: "Public")) {
            let text = String(validating: data, as: UTF8.self)
            #expect(text != nil, "\(path) is not valid UTF-8")
            pages[path] = text ?? ""
        }
        return pages
    }

    /// Every match of `pattern` in `text`, case-insensitively, as strings.
    static func matches(_ pattern: String, in text: String) throws -> [String] {
        let regex = try Regex(pattern).ignoresCase()
        return text.matches(of: regex).map { String(text[$0.range]) }
    }

    /// Every start tag of `html` with its attributes, names lower-cased and values with
    /// character references decoded, as a browser reads them; comments and end tags are
    /// skipped.
    static func startTags(_ html: String) -> [(name: String, attributes: [Attribute])] {
        let bytes = Array(html.utf8)
        var tags: [(name: String, attributes: [Attribute])] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(byte) }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte & 0xDF) }
        func text(_ range: Range<Int>) -> String {
            String(decoding: bytes[range], as: UTF8.self).lowercased()
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            if bytes[(index + 1)...].starts(with: Array("!--".utf8)) {
                let rest = bytes[(index + 4)...]
                index =
                    rest.indices.first { rest[$0...].starts(with: Array("-->".utf8)) }.map {
                        $0 + 3
                    } ?? bytes.count
                continue
            }
            guard isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            var cursor = index + 1
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">"),
                bytes[cursor] != UInt8(ascii: "/")
            {
                cursor += 1
            }
            let name = text((index + 1)..<cursor)
            var attributes: [Attribute] = []
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ">") {
                if isSpace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "/") {
                    cursor += 1
                    continue
                }
                let start = cursor
                while cursor < bytes.count, !isSpace(bytes[cursor]),
                    ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(
                        bytes[cursor])
                {
                    cursor += 1
                }
                let attributeName = text(start..<max(start + 1, cursor))
                cursor = max(cursor, start + 1)
                while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
                var value = ""
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
                    if cursor < bytes.count,
                        bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'")
                    {
                        let quote = bytes[cursor]
                        let end = bytes[(cursor + 1)...].firstIndex(of: quote) ?? bytes.count
                        value = String(decoding: bytes[(cursor + 1)..<end], as: UTF8.self)
                        cursor = end + 1
                    } else {
                        let end =
                            bytes[cursor...].firstIndex { isSpace($0) || $0 == UInt8(ascii: ">") }
                            ?? bytes.count
                        value = String(decoding: bytes[cursor..<end], as: UTF8.self)
                        cursor = end
                    }
                }
                attributes.append(Attribute(name: attributeName, value: Self.decoded(value)))
            }
            tags.append((name, attributes))
            index = cursor + 1
        }
        return tags
    }

    /// One attribute of a start tag.
    struct Attribute {
        var name: String
        var value: String
    }

    /// `value` with the character references Folio writes decoded, and numeric ones.
    static func decoded(_ value: String) -> String {
        var result = value
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">")]
        {
            result = result.replacing(entity, with: character)
        }
        result = result.replacing(#/&#(x?)([0-9a-fA-F]+);/#) { match in
            let code = UInt32(match.2, radix: match.1.isEmpty ? 10 : 16)
            return code.flatMap(Unicode.Scalar.init).map { String($0) } ?? ""
        }
        return result.replacing("&amp;", with: "&")
    }

    @Test func noMarkupFileHasAScriptOrHandlerTheThemeDidNotWrite() throws {
        let site = try Self.builtSite()
        let markup = site.filter {
            $0.key.hasSuffix(".html") || $0.key.hasSuffix(".xml") || $0.key.hasSuffix(".svg")
        }
        // Two of them are the redirects at the accounts' ids, which show the briefs' titles.
        #expect(markup.count == 48)
        #expect(
            markup["clients/evil-1/index.html"] != nil && markup["clients/uni-3/index.html"] != nil)
        for (path, text) in markup.sorted(by: { $0.key < $1.key }) {
            // The only script is the theme's script file: the search page loads its index
            // from files of its own.
            let scripts = try Self.matches(#"<script[^>]*>"#, in: text)
            #expect(
                scripts.allSatisfy { $0.hasSuffix("assets/folio.js\" defer>") },
                "\(path): \(scripts)")
            #expect(
                try Self.matches("</script", in: text).count == scripts.count,
                "\(path) closes a script element it did not open")
            // No element carries an event handler, and no link or source has a scheme that
            // runs code or carries a page.
            let attributes = Self.startTags(text).flatMap(\.attributes)
            #expect(attributes.filter { $0.name.hasPrefix("on") }.map(\.name) == [], "\(path)")
            let targets = attributes.filter {
                ["href", "src", "action", "formaction", "xlink:href"].contains($0.name)
            }.map(\.value)
            #expect(!targets.isEmpty || !path.hasSuffix(".html"), "\(path)")
            #expect(
                targets.filter { target in
                    let plain = target.unicodeScalars.filter {
                        $0.value > 0x20 && $0 != "\u{7F}"
                    }
                    let scheme = String(String.UnicodeScalarView(plain)).lowercased()
                    return ["javascript:", "vbscript:", "data:"].contains { scheme.hasPrefix($0) }
                } == [], "\(path)")
            // No link or source is empty: unsafe ones are shown as text, and no image is left.
            #expect(targets.filter(\.isEmpty) == [], "\(path)")
            #expect(try Self.matches("<img[^>]*>", in: text) == [], "\(path)")
            // No comment is opened or closed but cmark's, and no CDATA section is closed.
            #expect(
                try Self.matches("<!--", in: text).count == Self.matches("-->", in: text).count,
                "\(path)")
            // And the payloads as injected appear nowhere in markup.
            for payload in [
                "<script>alert", "</script><script>", "<img src=x", "\"><img", "]]>",
                "\"javascript:", "'javascript:", "=javascript:",
            ] {
                #expect(!text.lowercased().contains(payload), "\(path): \(payload)")
            }
        }
    }

    @Test func textIsEscapedWhereItStands() throws {
        let site = try Self.builtSite()
        let client = site["clients/evil/index.html"] ?? ""
        let escapedTitle =
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; "
            + "&lt;/script&gt;"
        #expect(client.contains("<h1>\(escapedTitle)"))
        #expect(client.contains("it&#39;s &quot;quoted&quot; &amp; &lt;/script&gt;"))
        #expect(
            client.contains(
                "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Evil&quot; &amp; &#39;Co&#39;"))
        // Markdown shows an unsafe link as its text and an unsafe image as its description,
        // reference links and autolinks too, and drops their titles.
        #expect(
            client.contains(
                "<p>click upper entity\njavascript:alert(1) vb data\nimage ref</p>\n"))
        #expect(!client.contains("alert(2)&lt;/script&gt;\">"), "the reference's title")
        #expect(client.contains("<!-- raw HTML omitted -->"))
        #expect(client.contains("&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>"))
        // A chart's text alternative is an attribute of the SVG.
        let overview = site["index.html"] ?? ""
        #expect(
            overview.contains(
                "&lt;script&gt;alert(1)&lt;/script&gt; Mallory &quot;M&quot; O&#39;Neil &amp; Sons"
                    + " $175,000; "))
        // The search index's records keep `<`, `>` and `&` as JSON escapes, however their
        // file is loaded.
        let records = site.filter { $0.key.hasPrefix("search/shards/records/") }.values
        #expect(
            records.contains {
                $0.contains(#"\u003c/script\u003e\u003cscript\u003ealert(2)\u003c/script\u003e"#)
            })
        #expect(!records.contains { $0.contains("<") || $0.contains("\u{2028}") })
    }

    @Test func theSearchIndexCarriesTheTextAsWritten() throws {
        let site = try Self.builtSite()
        let json = try #require(site["search-index.json"])
        let index = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(index["entries"] as? [[Any]])
        let title =
            "<script>alert(1)</script> \"><img src=x onerror=alert(1)> </script> \r\n"
            + "BEGIN:VEVENT\r\nSUMMARY:Injected by a title"
        let number = try #require(entries.firstIndex { $0[1] as? String == title })
        // The search page's shards hold the same text, escaped for a script, and the
        // title's words find its entry.
        let shards = ShardFiles(site: site)
        #expect(try shards.record(number)[1] as? String == title)
        #expect(try shards.entries(of: "injected").entries.contains(number))
    }

    @Test func theCalendarHasOnlyTheRealEventsAndProperties() throws {
        let site = try Self.builtSite()
        let ics = try #require(site["renewals.ics"])
        // Every line ends in CRLF; no CR or LF stands alone.
        #expect(ics.hasSuffix("\r\n"))
        #expect(!ics.replacing("\r\n", with: "").contains(where: { $0 == "\r" || $0 == "\n" }))
        let lines = ics.replacing("\r\n ", with: "").split(
            separator: "\r\n", omittingEmptySubsequences: false
        ).dropLast()
        let properties = lines.map { $0.prefix { $0 != ":" && $0 != ";" } }
        let known: Set<Substring> = [
            "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID",
            "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "CATEGORIES", "TRANSP", "URL",
        ]
        #expect(properties.filter { !known.contains($0) } == [])
        // Three renewals and two QBRs.
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 5)
        #expect(lines.filter { $0 == "END:VEVENT" }.count == 5)
        #expect(lines.filter { $0.hasPrefix("SUMMARY:") }.count == 5)
        #expect(
            lines.contains(
                #"SUMMARY:Renewal: Line one\nBEGIN:VEVENT\nSUMMARY:Injected\nEND:VEVENT"#))
        #expect(
            lines.contains {
                $0.hasPrefix("X-WR-CALNAME:Hostile <script>alert(1)</script> & \"Co\" 'x' \\nBEGIN")
            })
    }

    @Test func unicodeIsKeptAsWrittenAndCanonicallyEqualValuesShareAPage() throws {
        let site = try Self.builtSite()
        // Café written precomposed and with a combining accent is one industry and one tag.
        #expect(site["industries/cafe/index.html"] != nil)
        #expect(site["industries/cafe-2/index.html"] == nil)
        #expect(site["tags/cafe/index.html"] != nil)
        #expect(site["tags/cafe-2/index.html"] == nil)
        let uni = site["clients/uni/index.html"] ?? ""
        #expect(uni.contains("Body with \u{1F469}\u{200D}\u{1F4BB} and \u{202E}gnp.exe."))
        // A tag with no ASCII letter or digit, `..` and a path get safe folders.
        #expect(site["tags/term/index.html"] != nil)
        #expect(site["tags/term-2/index.html"] != nil)
        #expect(site["tags/a-b-c/index.html"] != nil)
        #expect(site.keys.allSatisfy { !$0.contains("..") && !$0.contains("\\") })
    }
}
