import Testing

@testable import FolioFormats
@testable import FolioTemplates

/// The mistakes a template can hold, each reported at its tag with a message that says how
/// to fix it.
@Suite struct TemplateLibraryErrorTests {
    /// The diagnostics of loading `templates`, as `location: message` lines.
    static func loadErrors(_ templates: [String: String], strict: Bool = true) -> [String] {
        do {
            _ = try TemplateLibrary(templates: templates, displayPath: "Templates", strict: strict)
            return []
        } catch {
            return error.diagnostics.map(Self.line)
        }
    }

    static func line(_ diagnostic: Diagnostic) -> String {
        #expect(diagnostic.severity == .error)
        return "\(diagnostic.location.map(String.init(describing:)) ?? "-"): \(diagnostic.message)"
    }

    @Test func unclosedSection() {
        #expect(
            Self.loadErrors(["client": "<ul>\n  {{#clients}}\n  <li>{{name}}</li>\n</ul>\n"]) == [
                "Templates/client.mustache:2:3: section 'clients' opened here is never closed; "
                    + "add {{/clients}}"
            ])
    }

    @Test func unclosedInvertedSectionParentAndBlock() {
        #expect(
            Self.loadErrors(["page": "{{^a}}{{< layout}}{{$ main}}", "layout": ""]) == [
                "Templates/page.mustache:1:1: inverted section 'a' opened here is never closed; "
                    + "add {{/a}}",
                "Templates/page.mustache:1:7: parent 'layout' opened here is never closed; "
                    + "add {{/layout}}",
                "Templates/page.mustache:1:19: block 'main' opened here is never closed; "
                    + "add {{/main}}",
            ])
    }

    @Test func misspelledClosingTag() {
        #expect(
            Self.loadErrors(["page": "{{#clients}}\n{{name}}\n{{/client}}\n"]) == [
                "Templates/page.mustache:3:1: closing tag '{{/client}}' does not match section "
                    + "'clients' opened at line 1, column 1; write {{/clients}} instead"
            ])
    }

    @Test func closingTagBeforeInnerSectionIsClosed() {
        #expect(
            Self.loadErrors(["page": "{{#a}}{{#b}}x{{/a}}"]) == [
                "Templates/page.mustache:1:14: closing tag '{{/a}}' comes before section 'b' "
                    + "opened at line 1, column 7 is closed; add {{/b}} before it"
            ])
    }

    @Test func closingTagWithoutOpeningTag() {
        #expect(
            Self.loadErrors(["page": "x{{/clients}}"]) == [
                "Templates/page.mustache:1:2: closing tag '{{/clients}}' has no opening tag; "
                    + "remove it, or add {{#clients}} before it"
            ])
    }

    @Test func emptyTags() {
        #expect(
            Self.loadErrors(["page": "{{}} {{#}} {{ }} {{>}}"]) == [
                "Templates/page.mustache:1:1: tag '{{}}' has no name; write the name inside it, "
                    + "as in {{title}}",
                "Templates/page.mustache:1:6: tag '{{#}}' has no name; write the name inside it, "
                    + "as in {{#clients}}",
                "Templates/page.mustache:1:12: tag '{{ }}' has no name; write the name inside "
                    + "it, as in {{title}}",
                "Templates/page.mustache:1:18: tag '{{>}}' has no name; write the name inside "
                    + "it, as in {{> partials/nav}}",
            ])
    }

    @Test func unclosedTag() {
        // Columns count characters, not bytes: the é before the tag is one column.
        #expect(
            Self.loadErrors(["page": "é {{name\n<p>{{title}}</p>\n"]) == [
                "Templates/page.mustache:1:3: tag '{{name' is not closed on its line; close it "
                    + "with '}}', or if '{{' is meant as text, change the delimiters first (for "
                    + "example {{=<% %>=}})"
            ])
    }

    @Test func unclosedTagBeforeAnotherTag() {
        #expect(
            Self.loadErrors(["page": "{{name {{title}}"]) == [
                "Templates/page.mustache:1:1: tag '{{name' is not closed on its line; close it "
                    + "with '}}', or if '{{' is meant as text, change the delimiters first (for "
                    + "example {{=<% %>=}})"
            ])
    }

    @Test func unclosedTripleMustache() {
        #expect(
            Self.loadErrors(["page": "{{{body}}\n"]) == [
                "Templates/page.mustache:1:1: tag '{{{body}}' is not closed on its line; close "
                    + "it with '}}}', or if '{{' is meant as text, change the delimiters first "
                    + "(for example {{=<% %>=}})"
            ])
    }

    @Test func unclosedComment() {
        #expect(
            Self.loadErrors(["page": "a\n{{! note\nb\n"]) == [
                "Templates/page.mustache:2:1: comment opened here is never closed; end it with "
                    + "'}}'"
            ])
    }

    @Test func badSetDelimiterTags() {
        #expect(
            Self.loadErrors(["page": "{{=<% %>}}\n{{=<%=}}\n{{=<% %>"]) == [
                "Templates/page.mustache:1:1: set-delimiter tag '{{=<% %>}}' must end with '=' "
                    + "before its closing delimiter, as in {{=<% %>=}}",
                "Templates/page.mustache:2:1: set-delimiter tag '{{=<%=}}' must hold exactly two "
                    + "delimiters without '=' in them, separated by a space, as in {{=<% %>=}}",
                "Templates/page.mustache:3:1: set-delimiter tag '{{=<% %>' is not closed on its "
                    + "line; write it as in {{=<% %>=}}",
            ])
    }

    @Test func errorsUseTheDelimitersInForce() {
        #expect(
            Self.loadErrors(["page": "{{=<% %>=}}\n<%#clients%>\n"]) == [
                "Templates/page.mustache:2:1: section 'clients' opened here is never closed; "
                    + "add <%/clients%>"
            ])
    }

    @Test func invalidNames() {
        #expect(
            Self.loadErrors(["page": "{{first name}} {{a..b}}"]) == [
                "Templates/page.mustache:1:1: tag '{{first name}}' has a name with a space in "
                    + "it; a name is one word, such as 'first_name' (dots reach into maps, as in "
                    + "'account.name')",
                "Templates/page.mustache:1:16: tag '{{a..b}}' has a name with an empty part "
                    + "between dots; write dotted names as in 'account.name'",
            ])
    }

    @Test func missingPartialAndParentInStrictMode() {
        let templates = [
            "page":
                "{{> partials/nva}}\n{{< layuot}}{{/ layuot}}\n{{> footer}}\n{{> layout.mustache}}",
            "partials/nav": "", "layout": "",
        ]
        #expect(
            Self.loadErrors(templates) == [
                "Templates/page.mustache:1:1: partial 'partials/nva' is not a template: there is "
                    + "no Templates/partials/nva.mustache; create it or fix the name (did you "
                    + "mean 'partials/nav'?)",
                "Templates/page.mustache:2:1: parent 'layuot' is not a template: there is no "
                    + "Templates/layuot.mustache; create it or fix the name (did you mean "
                    + "'layout'?)",
                "Templates/page.mustache:3:1: partial 'footer' is not a template: there is no "
                    + "Templates/footer.mustache; create it or fix the name",
                "Templates/page.mustache:4:1: partial 'layout.mustache' is not a template: there "
                    + "is no Templates/layout.mustache.mustache; create it or fix the name (did "
                    + "you mean 'layout'?)",
            ])
    }

    @Test func missingPartialRendersEmptyWhenNotStrict() throws {
        let library = try TemplateLibrary(
            templates: ["page": "[{{> nav}}|{{< layout}}{{$ a}}x{{/ a}}{{/ layout}}]"],
            displayPath: "Templates", strict: false)
        #expect(try library.render("page", context: [:]) == "[|]")
    }

    @Test func contentOutsideBlocksOfAParentInStrictMode() {
        let templates = [
            "page":
                "{{< layout}}\nHello {{name}}\n{{$ main}}x{{/ main}}\n{{! fine }}\n{{/ layout}}",
            "layout": "{{$ main}}{{/ main}}",
        ]
        #expect(
            Self.loadErrors(templates) == [
                "Templates/page.mustache:2:1: text 'Hello' inside {{<layout}} is outside every "
                    + "block, so it is never shown; move it into a block such as "
                    + "{{$ main}}…{{/ main}}, or remove it",
                "Templates/page.mustache:2:7: tag '{{name}}' inside {{<layout}} is outside every "
                    + "block, so it is never shown; move it into a block such as "
                    + "{{$ main}}…{{/ main}}, or remove it",
            ])
        #expect(Self.loadErrors(templates, strict: false) == [])
    }

    @Test func blockGivenTwice() {
        let templates = [
            "page": "{{< layout}}\n{{$ main}}x{{/ main}}\n{{$ main}}y{{/ main}}\n{{/ layout}}",
            "layout": "{{$ main}}{{/ main}}",
        ]
        #expect(
            Self.loadErrors(templates) == [
                "Templates/page.mustache:3:1: block 'main' is given twice inside {{<layout}} "
                    + "(first at line 2, column 1); remove one of them"
            ])
    }

    @Test func allProblemsOfAllTemplatesAreReportedInOrder() {
        let errors = Self.loadErrors([
            "b": "{{#x}}", "a": "{{/y}}\n{{}}",
        ])
        #expect(errors.count == 3)
        #expect(
            errors.map { $0.prefix(27) } == [
                "Templates/a.mustache:1:1: c", "Templates/a.mustache:2:1: t",
                "Templates/b.mustache:1:1: s",
            ])
    }
}
