import Testing

@testable import FolioBuild

/// Reading links and ids from rendered HTML.
@Suite struct PageAnchorsTests {
    @Test func readsLinksWithTheirLinesAndIds() {
        let anchors = PageAnchors(
            html: """
                <!doctype html>
                <link rel="stylesheet" href="assets/style.css">
                <h2 id="risks">Risks</h2><a name=top></a>
                <p>Write href="x.html" in prose; <a HREF='a.html?x=1&amp;y=2#top'>go</a></p>
                <!-- <a href="commented.html"> -->
                <script>var s = '<a href="script.html">';</script>
                <img src=logo.png alt="">
                """)
        #expect(
            anchors.links == [
                .init(target: "assets/style.css", line: 2),
                .init(target: "a.html?x=1&y=2#top", line: 4),
                .init(target: "logo.png", line: 7),
            ])
        #expect(anchors.ids == ["risks", "top"])
    }

    @Test func decodesCharacterReferences() {
        #expect(
            PageAnchors.decodingReferences("a&amp;b&#39;c&#x41;&lt;&bogus;&") == "a&b'cA<&bogus;&")
    }
}
