import Foundation
import Testing

@testable import FolioTemplates

/// The official Mustache spec, read from the folder named by `FOLIO_MUSTACHE_SPEC`.
///
/// Every case of the modules Folio implements runs in non-strict mode, as the spec expects.
/// The number of cases per module is fixed here, so a changed or half-read spec folder fails
/// instead of silently running fewer cases.
@Suite struct MustacheSpecTests {
    static let folder = ProcessInfo.processInfo.environment["FOLIO_MUSTACHE_SPEC"]

    /// The modules run, with how many cases each holds (lambdas and dynamic names are not
    /// supported by Folio and are not run).
    static let modules: [(name: String, cases: Int)] = [
        ("comments", 12),
        ("delimiters", 14),
        ("interpolation", 42),
        ("inverted", 22),
        ("partials", 12),
        ("sections", 34),
        ("~inheritance", 27),
    ]

    /// The name the case's own template gets in its library, next to its partials.
    static let templateName = "spec-case"

    @Test(
        .enabled(
            if: folder != nil, "FOLIO_MUSTACHE_SPEC is not set: the Mustache spec suite was skipped"
        ),
        arguments: modules)
    func module(name: String, cases: Int) throws {
        let file = try Self.load(name)
        #expect(file.tests.count == cases, "\(name) holds \(file.tests.count) cases")
        var passed = 0
        for test in file.tests {
            var templates = test.partials ?? [:]
            templates[Self.templateName] = test.template
            let library = try TemplateLibrary(
                templates: templates, displayPath: "spec", strict: false)
            let output = try library.render(Self.templateName, context: test.data.templateValue)
            #expect(output == test.expected, "\(name): \(test.name): \(test.desc)")
            if output == test.expected { passed += 1 }
        }
        #expect(passed == cases, "\(name): \(passed) of \(cases) cases passed")
    }

    @Test(
        .enabled(
            if: folder != nil, "FOLIO_MUSTACHE_SPEC is not set: the Mustache spec suite was skipped"
        ))
    func totalNumberOfCases() throws {
        var total = 0
        for module in Self.modules {
            total += try Self.load(module.name).tests.count
        }
        #expect(total == 163)
    }

    /// Reads one module; a missing or unreadable file fails the test that asked for it.
    static func load(_ module: String) throws -> MustacheSpecFile {
        let folder = try #require(folder)
        let url = URL(fileURLWithPath: folder).appendingPathComponent(module + ".json")
        return try JSONDecoder().decode(MustacheSpecFile.self, from: Data(contentsOf: url))
    }
}
