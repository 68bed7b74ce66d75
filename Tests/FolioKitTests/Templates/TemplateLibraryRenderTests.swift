import Testing

@testable import FolioFormats
@testable import FolioTemplates

/// Rendering: escaping, values, strict names, and template inheritance used as a site layout.
@Suite struct TemplateLibraryRenderTests {
    static func library(_ templates: [String: String], strict: Bool = true)
        throws(DiagnosticList) -> TemplateLibrary
    {
        try TemplateLibrary(templates: templates, displayPath: "Templates", strict: strict)
    }

    static func render(
        _ template: String, _ context: TemplateValue, strict: Bool = true
    ) throws -> String {
        try library(["page": template], strict: strict).render("page", context: context)
    }

    static func renderErrors(_ templates: [String: String], _ context: TemplateValue) -> [String] {
        do {
            _ = try library(templates).render("page", context: context)
            return []
        } catch {
            return error.diagnostics.map(TemplateLibraryErrorTests.line)
        }
    }

    @Test func escapesTextButNotHTML() throws {
        let context: TemplateValue = [
            "text": "<a href=\"x\">Tom & Jerry's</a>", "html": .html("<em>safe & sound</em>"),
        ]
        #expect(
            try Self.render("{{text}}|{{{text}}}|{{& text}}|{{html}}|{{{html}}}", context)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
                + "|<a href=\"x\">Tom & Jerry's</a>|<a href=\"x\">Tom & Jerry's</a>"
                + "|<em>safe & sound</em>|<em>safe & sound</em>")
    }

    @Test func rendersTheSameBytesAsDataAsAsText() throws {
        // Long enough to be turned into text in several pieces, with a character of two,
        // three and four bytes on the way.
        let library = try Self.library(["page": "{{#rows}}<li>{{name}} é € 🚚</li>\n{{/rows}}"])
        let context: TemplateValue = [
            "rows": .list((1...300).map { ["name": .string("Müller & Söhne \($0)")] })
        ]
        let text = try library.render("page", context: context)
        let (data, placements) = try library.renderData("page", context: context)
        #expect(placements.isEmpty)
        // Each row is 43 bytes and its number: 9 of one digit, 90 of two, 201 of three.
        #expect(text.utf8.count == 300 * 43 + (9 * 1 + 90 * 2 + 201 * 3))
        #expect(Array(data) == Array(text.utf8))
        #expect(text.hasPrefix("<li>Müller &amp; Söhne 1 é € 🚚</li>\n<li>Müller &amp; Söhne 2 "))
    }

    @Test func knowsEveryNameItsTagsLookUp() throws {
        let library = try Self.library(
            [
                "layout": "<main>{{$body}}{{site.title}}{{/body}}</main>",
                "page":
                    "{{<layout}}{{$body}}{{#rows}}{{account.fields.owner}}{{/rows}}{{/body}}"
                    + "{{/layout}}",
                "partials/row": "{{^hidden}}{{{html}}}{{/hidden}}{{! notes }}{{.}}",
            ], strict: false)
        for name in ["site", "title", "rows", "account", "fields", "owner", "hidden", "html"] {
            #expect(library.mentions(name), "\(name)")
        }
        // Template names, block names, comments and the implicit iterator are not names of
        // values.
        for name in ["layout", "body", "partials/row", "row", "notes", ".", ""] {
            #expect(!library.mentions(name), "\(name)")
        }
    }

    @Test func escapesTextWithCharactersBeyondASCII() throws {
        #expect(
            try Self.render("{{name}}", ["name": "Zoë <Ünal> – Café"]) == "Zoë &lt;Ünal&gt; – Café")
    }

    @Test func writesNumbersAndBooleans() throws {
        let context: TemplateValue = ["int": -42, "fraction": 1.21, "whole": 3.0, "yes": true]
        #expect(
            try Self.render("{{int}} {{fraction}} {{whole}} {{yes}}", context) == "-42 1.21 3 true")
    }

    @Test func sectionsPushMapsAndRepeatLists() throws {
        let context: TemplateValue = [
            "account": ["name": "Acme", "owner": "Ann"],
            "tags": ["a", "b"], "none": [], "flag": true, "owner": "outer",
        ]
        let template =
            "{{#account}}{{name}}/{{owner}}{{/account}} {{#tags}}({{.}}){{/tags}}"
            + "{{^none}} no list{{/none}}{{#flag}} {{owner}}{{/flag}} {{account.name}}"
        #expect(try Self.render(template, context) == "Acme/Ann (a)(b) no list outer Acme")
    }

    @Test func largeOutputWithCharactersBeyondASCIIComesOutWhole() throws {
        let items = TemplateValue.list((0..<300).map { .string("Zoë \($0) – ✓") })
        let output = try Self.render("{{#items}}<li>{{.}}</li>\n{{/items}}", ["items": items])
        let expected = (0..<300).map { "<li>Zoë \($0) – ✓</li>\n" }.joined()
        #expect(output == expected)
    }

    @Test func strictModeReportsEveryUnknownNameOnce() throws {
        let template = """
            {{acount.name}}
            {{account.nmae}} {{account.name.first}}
            {{#clients}}{{nmae}}{{/clients}}{{^missing}}{{/missing}}
            {{optional}} {{optional.name}} {{#optional}}{{/optional}}

            """
        let context: TemplateValue = [
            "account": ["name": "Acme"], "clients": [["name": "a"], ["name": "b"]],
            "optional": nil,
        ]
        #expect(
            Self.renderErrors(["page": template], context) == [
                "Templates/page.mustache:1:1: unknown name 'acount.name'; the context of this "
                    + "page has no such value; did you mean 'account.name'? (see "
                    + "docs/templates.md for the names each page offers)",
                "Templates/page.mustache:2:1: unknown name 'account.nmae'; 'account' has no "
                    + "member 'nmae'; did you mean 'account.name'? (see docs/templates.md for the "
                    + "names each page offers)",
                "Templates/page.mustache:2:18: unknown name 'account.name.first'; "
                    + "'account.name' is text, which has no members (see docs/templates.md for "
                    + "the names each page offers)",
                "Templates/page.mustache:3:13: unknown name 'nmae'; the context of this page has "
                    + "no such value; did you mean 'name'? (see docs/templates.md for the names "
                    + "each page offers)",
                "Templates/page.mustache:3:33: unknown name 'missing'; the context of this page "
                    + "has no such value (check the spelling, or see docs/templates.md for the "
                    + "names each page offers)",
            ])
    }

    @Test func strictModeReportsUnknownNamesInPartialsAtTheirFile() throws {
        let templates = ["page": "{{> partials/nav}}", "partials/nav": "<nav>{{titel}}</nav>"]
        #expect(
            Self.renderErrors(templates, ["title": "x"]) == [
                "Templates/partials/nav.mustache:1:6: unknown name 'titel'; the context of this "
                    + "page has no such value; did you mean 'title'? (see docs/templates.md for "
                    + "the names each page offers)"
            ])
    }

    @Test func nonStrictModeRendersUnknownNamesAsNothing() throws {
        #expect(try Self.render("[{{a.b}}{{#c}}x{{/c}}{{^d}}y{{/d}}]", [:], strict: false) == "[y]")
    }

    @Test func strictModeRejectsListsAndMapsWhereTextIsDue() throws {
        #expect(
            Self.renderErrors(
                ["page": "{{clients}} {{account}}"],
                [
                    "clients": ["a"], "account": ["name": "Acme"],
                ]) == [
                    "Templates/page.mustache:1:1: 'clients' is a list, which {{clients}} cannot "
                        + "show; use {{#clients}}…{{/clients}} to show each item",
                    "Templates/page.mustache:1:13: 'account' is a map, which {{account}} cannot "
                        + "show; show one of its members instead, as in {{account.name}}",
                ])
    }

    @Test func templateThatIncludesItselfWithoutEndStops() throws {
        let templates = ["page": "x{{> loop}}", "loop": "{{#items}}{{> loop}}{{/items}}"]
        #expect(
            Self.renderErrors(templates, ["items": [1, 2]]) == [
                "Templates/loop.mustache:1:11: 'loop' is nested more than 100 levels deep, so "
                    + "rendering stopped there; a template probably includes itself without a "
                    + "section that ends the repetition"
            ])
    }

    @Test func blockThatFillsItselfWithoutEndStops() throws {
        let templates = [
            "page": "{{< p}}{{$ a}}{{$ a}}x{{/ a}}{{/ a}}{{/ p}}", "p": "{{$ a}}{{/ a}}",
        ]
        #expect(
            Self.renderErrors(templates, [:]) == [
                "Templates/page.mustache:1:15: 'a' is nested more than 100 levels deep, so "
                    + "rendering stopped there; a template probably includes itself without a "
                    + "section that ends the repetition"
            ])
    }

    @Test func unknownTemplateName() throws {
        let library = try Self.library(["page": "x"])
        #expect(throws: DiagnosticList.self) { try library.render("pgae", context: [:]) }
        do {
            _ = try library.render("pgae", context: [:])
        } catch {
            #expect(
                error.diagnostics.map(TemplateLibraryErrorTests.line) == [
                    "-: there is no template 'pgae'; create Templates/pgae.mustache"
                ])
        }
    }

    @Test func namesAndContains() throws {
        let library = try Self.library(["page": "", "partials/nav": "", "layout": ""])
        #expect(library.names == ["layout", "page", "partials/nav"])
        #expect(library.contains("partials/nav"))
        #expect(!library.contains("nav"))
    }

    // MARK: - Inheritance as a site layout

    static let layout = """
        <!doctype html>
        <html>
          <head>
            <title>{{$ title}}Folio{{/ title}}</title>
          </head>
          <body>
            {{> partials/nav}}
            <main>
              {{$ main}}
              <p>Nothing here.</p>
              {{/ main}}
            </main>
          </body>
        </html>

        """

    static let nav = """
        <nav>
          {{#links}}
          <a href="{{href}}">{{label}}</a>
          {{/links}}
        </nav>

        """

    static let context: TemplateValue = [
        "site": "Folio & Co",
        "links": [["href": "a.html", "label": "A"], ["href": "b.html", "label": "B"]],
        "clients": [["name": "Acme"], ["name": "Bolt"]],
    ]

    @Test func pageFillsTheBlocksOfItsLayout() throws {
        let page = """
            {{< layout}}
            {{$ title}}Clients – {{site}}{{/ title}}
            {{$ main}}
            <h1>Clients</h1>
            <ul>
              {{#clients}}
              <li>{{name}}</li>
              {{/clients}}
            </ul>
            {{/ main}}
            {{/ layout}}

            """
        let library = try Self.library([
            "page": page, "layout": Self.layout, "partials/nav": Self.nav,
        ])
        #expect(
            try library.render("page", context: Self.context) == """
                <!doctype html>
                <html>
                  <head>
                    <title>Clients – Folio &amp; Co</title>
                  </head>
                  <body>
                    <nav>
                      <a href="a.html">A</a>
                      <a href="b.html">B</a>
                    </nav>
                    <main>
                      <h1>Clients</h1>
                      <ul>
                        <li>Acme</li>
                        <li>Bolt</li>
                      </ul>
                    </main>
                  </body>
                </html>

                """)
    }

    @Test func pageWithoutBlocksShowsTheLayoutDefaults() throws {
        let library = try Self.library([
            "page": "{{< layout}}{{/ layout}}\n", "layout": Self.layout, "partials/nav": Self.nav,
        ])
        let output = try library.render("page", context: Self.context)
        #expect(output.contains("    <title>Folio</title>\n"))
        #expect(output.contains("    <main>\n      <p>Nothing here.</p>\n    </main>\n"))
    }

    @Test func indentedBlockContentIsReindented() throws {
        let page = """
            {{< layout}}
                {{$ main}}
                    <p>{{site}}</p>
                    <p>two</p>
                {{/ main}}
            {{/ layout}}

            """
        let library = try Self.library([
            "page": page, "layout": Self.layout, "partials/nav": Self.nav,
        ])
        let output = try library.render("page", context: Self.context)
        #expect(
            output.contains(
                "    <main>\n      <p>Folio &amp; Co</p>\n      <p>two</p>\n    </main>\n"))
    }

    @Test func layoutsRenderInParallel() async throws {
        let library = try Self.library([
            "page": "{{< layout}}{{$ main}}\n<p>{{n}}</p>\n{{/ main}}{{/ layout}}",
            "layout": Self.layout, "partials/nav": Self.nav,
        ])
        let outputs = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for number in 0..<32 {
                group.addTask {
                    var context = Self.context
                    if case .map(var members) = context {
                        members["n"] = .int(number)
                        context = .map(members)
                    }
                    return (number, try library.render("page", context: context))
                }
            }
            var outputs: [Int: String] = [:]
            for try await (number, output) in group { outputs[number] = output }
            return outputs
        }
        #expect(outputs.count == 32)
        for (number, output) in outputs {
            #expect(output.contains("      <p>\(number)</p>\n"))
        }
    }
}
