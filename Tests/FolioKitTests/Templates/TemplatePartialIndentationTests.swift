import Testing

@testable import FolioTemplates

/// Indentation of standalone partials, beyond what the spec checks.
@Suite struct TemplatePartialIndentationTests {
    @Test func blankLinesOfAnIndentedPartialGetNoTrailingSpaces() throws {
        let library = try TemplateLibrary(
            templates: ["page": "<div>\n  {{> part}}\n</div>\n", "part": "a\n\nb\n"],
            displayPath: "Templates", strict: true)
        #expect(try library.render("page", context: [:]) == "<div>\n  a\n\n  b\n</div>\n")
    }

    @Test func nestedStandalonePartialsAddTheirIndentation() throws {
        let library = try TemplateLibrary(
            templates: [
                "page": "<ul>\n  {{> list}}\n</ul>\n",
                "list": "{{#items}}\n  {{> item}}\n{{/items}}\n",
                "item": "<li>\n  {{.}}\n</li>\n",
            ],
            displayPath: "Templates", strict: true)
        #expect(
            try library.render("page", context: ["items": ["x", "y"]])
                == "<ul>\n    <li>\n      x\n    </li>\n    <li>\n      y\n    </li>\n</ul>\n")
    }
}
