import Testing

@testable import FolioKit

/// How a link's address resolves to a file of the site.
@Suite struct LinkCheckTests {
    @Test func resolvesRelativeAddressesFromThePage() {
        let page = "clients/acme/index.html"
        #expect(LinkCheck.resolve("../globex/", from: page) == "clients/globex/index.html")
        #expect(LinkCheck.resolve("../../index.html", from: page) == "index.html")
        #expect(LinkCheck.resolve("./", from: page) == "clients/acme/index.html")
        #expect(LinkCheck.resolve("..", from: page) == "clients/index.html")
        #expect(LinkCheck.resolve("../../assets/a%20b.css", from: page) == "assets/a b.css")
        #expect(LinkCheck.resolve("../../../etc/passwd", from: page) == nil)
        #expect(LinkCheck.resolve("guide/index.html", from: "index.html") == "guide/index.html")
    }

    @Test func tellsExternalAddressesApart() {
        #expect(LinkCheck.isExternal("https://example.com/"))
        #expect(LinkCheck.isExternal("mailto:dana@example.com"))
        #expect(LinkCheck.isExternal("//cdn.example.com/x.js"))
        #expect(LinkCheck.isExternal("/absolute.html"))
        #expect(!LinkCheck.isExternal("clients/acme/index.html"))
        #expect(!LinkCheck.isExternal("#risks"))
        #expect(LinkCheck.isExternal("a:b/c.html"))
        #expect(!LinkCheck.isExternal("notes/10:30.html"))
    }

    @Test func findsThePositionOfText() {
        #expect(LinkCheck.position(of: "x", in: "ab\ncdx\n") ?? (0, 0) == (2, 3))
        #expect(LinkCheck.position(of: "é", in: "ü é") ?? (0, 0) == (1, 3))
        #expect(LinkCheck.position(of: "z", in: "ab") == nil)
    }
}
