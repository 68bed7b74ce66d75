// Times the hot parts of a Folio build on one brief: front matter parse, Markdown render,
// template render and the whole page; and renders the same page with swift-mustache. Given a
// CSV file too, times the byte readers on it: decoding the file and reading its table.
//
//   swift run -c release --package-path Benchmarks folio-micro BRIEF.md [DATA.csv]
//
// Each figure is the median of 7 batches, each batch long enough (about 0.2 s) for the
// clock to be exact.

import FolioFormats
import FolioMarkdown
import FolioModel
import FolioTemplates
import Foundation
import Mustache

/// A page like a client page: a layout filled through inheritance, a partial, sections over
/// lists of maps, escaped text and the rendered body.
let templates: [String: String] = [
    "layout": """
    <!doctype html>
    <html lang="en">
    <head><meta charset="utf-8"><title>{{$ title}}Brief{{/ title}}</title></head>
    <body>
    <main>
    {{$ main}}{{/ main}}
    </main>
    </body>
    </html>

    """,
    "person": "<li>{{name}}{{#title}}, {{.}}{{/title}} <span>{{role}}</span> {{sentiment}}</li>\n",
    "page": """
    {{< layout}}
    {{$ title}}{{title}}{{/ title}}
    {{$ main}}
    <h1>{{title}}</h1>
    <p class="lead">{{summary}}</p>
    <dl><dt>Account</dt><dd>{{account}}</dd><dt>Next QBR</dt><dd>{{next_qbr}}</dd><dt>Updated</dt><dd>{{updated}}</dd></dl>
    <h2>Goals</h2>
    <ul>
    {{#goals}}
    <li>{{.}}</li>
    {{/goals}}
    </ul>
    <h2>Needs</h2>
    <ul>
    {{#needs}}
    <li>{{.}}</li>
    {{/needs}}
    </ul>
    <h2>Stakeholders</h2>
    <ul>
    {{#stakeholders}}
    {{> person}}
    {{/stakeholders}}
    </ul>
    <h2>Opportunities</h2>
    <table>
    {{#opportunities}}
    <tr><td>{{name}}</td><td>{{type}}</td><td>{{stage}}</td><td>{{amount}}</td><td>{{close_date}}</td></tr>
    {{/opportunities}}
    </table>
    <h2>Risks</h2>
    <ul>
    {{#risks}}
    <li class="{{severity}}">{{text}}{{#mitigation}}: {{.}}{{/mitigation}} ({{owner}})</li>
    {{/risks}}
    </ul>
    {{#competitors.0}}<p>Competitors: {{#competitors}}{{.}} {{/competitors}}</p>{{/competitors.0}}
    <div class="prose">
    {{{body}}}
    </div>
    {{/ main}}
    {{/ layout}}

    """,
]

/// The front matter as template values: mappings become maps, sequences lists, scalars text.
func value(_ node: DataNode) -> TemplateValue {
    switch node.content {
    case .null: .null
    case .scalar(let text): .string(text)
    case .list(let items): .list(items.map(value))
    case .map(let entries):
        .map(TemplateMap(entries.map { ($0.key, value($0.value)) }, uniquingNamesWith: { $1 }))
    }
}

/// The same values as swift-mustache takes them.
func any(_ value: TemplateValue) -> Any {
    switch value {
    case .null: Optional<String>.none as Any
    case .bool(let flag): flag
    case .int(let number): number
    case .double(let number): number
    case .string(let text), .html(let text): text
    case .traced(let traced): traced.html
    case .list(let items): items.map(any)
    case .map(let members): members.mapValues(any)
    }
}

func context(_ document: Document) -> TemplateValue {
    guard case .map(var members) = value(document.frontMatter) else { return .null }
    members["body"] = .html(Markdown.render(document.body, options: MarkdownOptions()).html)
    return .map(members)
}

/// Nanoseconds per call of `work`: the median of 7 batches.
func time(_ label: String, _ work: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var iterations = 1
    while true {
        let elapsed = try clock.measure { for _ in 0..<iterations { try work() } }
        if elapsed > .milliseconds(200) { break }
        iterations *= 2
    }
    var samples: [Double] = []
    for _ in 0..<7 {
        let elapsed = try clock.measure { for _ in 0..<iterations { try work() } }
        let (seconds, attoseconds) = elapsed.components
        samples.append((Double(seconds) * 1e9 + Double(attoseconds) / 1e9) / Double(iterations))
    }
    let median = samples.sorted()[samples.count / 2]
    print("| \(label) | \(String(format: "%.2f", median / 1000)) |")
    return median
}

let arguments = CommandLine.arguments
guard (2...3).contains(arguments.count),
    let text = try? String(contentsOfFile: arguments[1], encoding: .utf8)
else {
    FileHandle.standardError.write(Data("usage: folio-micro BRIEF.md [DATA.csv]\n".utf8))
    exit(64)
}
let path = arguments[1]
let document = try Document.parse(text: text, path: path)
let pageContext = context(document)
let folio = try TemplateLibrary(templates: templates, displayPath: "Micro", strict: false)
var mustacheTemplates: [String: MustacheTemplate] = [:]
for (name, source) in templates { mustacheTemplates[name] = try MustacheTemplate(string: source) }
let mustache = MustacheLibrary(templates: mustacheTemplates)
let mustacheContext = any(pageContext)

let folioPage = try folio.render("page", context: pageContext)
let mustachePage = mustache.render(mustacheContext, withTemplate: "page") ?? ""
print("brief: \(path), \(text.utf8.count) bytes; page: \(folioPage.utf8.count) bytes")
if folioPage != mustachePage {
    print(
        "note: the two engines' pages differ (\(mustachePage.utf8.count) bytes from swift-mustache)"
    )
}
print("\n| step | µs per page |")
print("| --- | ---: |")
_ = try time("front matter and body split (Document.parse)") {
    _ = try Document.parse(text: text, path: path)
}
_ = time("Markdown render (cmark, heading ids)") {
    _ = Markdown.render(document.body, options: MarkdownOptions())
}
let folioTime = try time("template render, Folio") {
    _ = try folio.render("page", context: pageContext)
}
let mustacheTime = time("template render, swift-mustache 2.1.1") {
    _ = mustache.render(mustacheContext, withTemplate: "page")
}
_ = try time("whole page: parse, Markdown, context, render") {
    let parsed = try Document.parse(text: text, path: path)
    _ = try folio.render("page", context: context(parsed))
}
_ = time("the page as a JSON string, as in accounts/rows.js (JSONString.quoted)") {
    _ = JSONString.quoted(folioPage)
}
print(
    "\nswift-mustache / Folio, template render: \(String(format: "%.1f", mustacheTime / folioTime))×"
)

if arguments.count == 3, let csv = FileManager.default.contents(atPath: arguments[2]) {
    let csvText = try SourceText.decode(csv, file: arguments[2])
    print("\ndata: \(arguments[2]), \(csv.count) bytes")
    print("\n| step | µs per file |")
    print("| --- | ---: |")
    _ = try time("decode to text (SourceText.decode)") {
        _ = try SourceText.decode(csv, file: arguments[2])
    }
    _ = try time("read the table (CSVReader.read)") {
        _ = try CSVReader.read(csvText, file: arguments[2])
    }
}
