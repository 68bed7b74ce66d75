import Foundation
import Testing

@testable import FolioSite
@testable import FolioTemplates

/// The ids a page's template writes, which the headings of a body shown on it leave free.
@Suite struct TemplateLibraryIDTests {
    @Test func idsComeFromTheTemplateItsPartialsAndItsLayout() throws {
        let library = try TemplateLibraryRenderTests.library([
            "layout": "<main id=\"main\">{{$ body}}<p id='default-only'></p>{{/ body}}</main>",
            "page": """
            {{< layout}}{{$ body}}
            <h2 id="notes-heading" class="x">Notes</h2>{{#items}}<li id="item">{{/items}}
            {{> partials/aside}}<p id="by-{{key}}-caption">{{^x}}<b
              id="inverted">{{/x}}
            {{/ body}}{{/ layout}}
            """,
            "partials/aside": "<aside id=\"record-heading\">{{> partials/aside}}</aside>",
            "other": "<p id=\"elsewhere\"></p>",
        ])
        #expect(
            library.literalIDs(of: "page") == [
                "main", "default-only", "notes-heading", "item", "record-heading", "inverted",
            ])
        #expect(library.literalIDs(of: "missing").isEmpty)
    }

    @Test func theDefaultThemesBodyPagesReserveTheirSectionIDs() throws {
        let library = try TemplateLibrary(
            folder: SiteFixture.repository.appending(path: "Templates"),
            displayPath: "Templates", strict: true)
        let client = library.literalIDs(of: BodyKind.brief.template)
        #expect(
            client.isSuperset(of: ["main", "notes-heading", "goals-heading", "record-heading"]))
        let handoff = library.literalIDs(of: BodyKind.handoff.template)
        #expect(handoff.isSuperset(of: ["main", "story-heading", "deal-heading"]))
        #expect(library.literalIDs(of: BodyKind.chapter.template).contains("toc-heading"))
    }
}
