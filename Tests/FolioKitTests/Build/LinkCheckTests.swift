import Testing

@testable import FolioBuild
@testable import FolioSite

/// How a link's address resolves to a file of the site.
@Suite struct LinkCheckTests {
    @Test func resolvesRelativeAddressesFromThePage() {
        let page = "clients/acme/index.html"
        #expect(SiteAddress.resolve("../globex/", from: page) == "clients/globex/index.html")
        #expect(SiteAddress.resolve("../../index.html", from: page) == "index.html")
        #expect(SiteAddress.resolve("./", from: page) == "clients/acme/index.html")
        #expect(SiteAddress.resolve("..", from: page) == "clients/index.html")
        #expect(SiteAddress.resolve("../../assets/a%20b.css", from: page) == "assets/a b.css")
        #expect(SiteAddress.resolve("../../../etc/passwd", from: page) == nil)
        #expect(SiteAddress.resolve("guide/index.html", from: "index.html") == "guide/index.html")
    }

    @Test func tellsExternalAddressesApart() {
        #expect(SiteAddress.isExternal("https://example.com/"))
        #expect(SiteAddress.isExternal("mailto:dana@example.com"))
        #expect(SiteAddress.isExternal("//cdn.example.com/x.js"))
        #expect(SiteAddress.isExternal("/absolute.html"))
        #expect(!SiteAddress.isExternal("clients/acme/index.html"))
        #expect(!SiteAddress.isExternal("#risks"))
        #expect(SiteAddress.isExternal("a:b/c.html"))
        #expect(!SiteAddress.isExternal("notes/10:30.html"))
    }

    @Test func findsThePositionOfText() {
        #expect(LinkCheck.position(of: "x", in: "ab\ncdx\n") ?? (0, 0) == (2, 3))
        #expect(LinkCheck.position(of: "é", in: "ü é") ?? (0, 0) == (1, 3))
        #expect(LinkCheck.position(of: "z", in: "ab") == nil)
    }
}
