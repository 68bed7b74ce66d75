import FolioFormats
import FolioTemplates
import FuzzHarness

/// A context with every kind of value, so that sections, inverted sections, dotted names
/// and escaping all have something to work on.
private let context = TemplateValue.map([
    "title": .string("Acme & <Sons> \"East\""),
    "count": .int(3),
    "ratio": .double(0.25),
    "yes": .bool(true),
    "no": .bool(false),
    "none": .null,
    "body": .html("<p>Hello</p>"),
    // One item per list: nested sections over a longer list take exponential time.
    "items": .list([.map(["name": .string("b"), "inner": .list([.string("c")])])]),
    "account": .map(["name": .string("Acme"), "tier": .int(1), "tags": .list([])]),
])

/// The fuzz target: the input is a template's bytes.
///
/// Besides not crashing, every error must point inside the template, and a template that
/// parses must render, strict or not, to the same text twice (or fail the same way twice).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    guard let text = String(validating: input, as: UTF8.self) else { return 0 }
    // The template may include itself, as a partial or a parent, and a partial that exists.
    let templates = ["page": text, "partials/item": "<li>{{name}}</li>\n"]
    for strict in [false, true] {
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(
                templates: templates, displayPath: "Templates", strict: strict)
        } catch {
            checkLocations(of: error.diagnostics.filter(isInPage), in: text)
            continue
        }
        let first = Result { () throws(DiagnosticList) in
            try library.render("page", context: context)
        }
        let second = Result { () throws(DiagnosticList) in
            try library.render("page", context: context)
        }
        switch (first, second) {
        case (.success(let one), .success(let two)):
            guard one == two else { fatalError("two renders of one template differ") }
        case (.failure(let one), .failure(let two)):
            guard one.diagnostics == two.diagnostics else {
                fatalError("two renders of one template fail differently")
            }
            checkLocations(of: one.diagnostics.filter(isInPage), in: text)
        default:
            fatalError("one render of a template failed and the other did not")
        }
    }
    return 0
}

/// Whether a problem is in the fuzzed template rather than in the fixed partial.
private func isInPage(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.location?.file != "Templates/partials/item.mustache"
}

@main
enum FuzzTemplateTarget {
    static func main() {
        runFuzzer { data, size in fuzzTemplate(data, size) }
    }
}
