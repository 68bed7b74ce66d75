import Testing

@testable import FolioMarkdown

/// Pages render in parallel: the output must not depend on what else is rendering.
@Suite struct MarkdownConcurrencyTests {
    static let documents: [String] = (0..<24).map { index in
        """
        # Client \(index)

        ## Why they bought
        Their *manual* dispatch could not scale past \(index) depots. <b>raw</b>

        ## Why they bought
        - [deck](https://example.com/\(index)) and [bad](javascript:alert(\(index)))
        - `code \(index)`

        > ### Über uns \(index)
        """
    }

    /// Safe mode and raw HTML alternate, so both paths run side by side.
    static func options(forRound round: Int) -> MarkdownOptions {
        MarkdownOptions(allowsRawHTML: round.isMultiple(of: 2))
    }

    @Test func parallelRendersMatchSerialRenders() async {
        let rounds = 20
        let serial = (0..<2).map { round in
            Self.documents.map { Markdown.render($0, options: Self.options(forRound: round)) }
        }
        let serialText = Self.documents.map { Markdown.plainText($0) }
        let results = await withTaskGroup(of: (Int, Int, RenderedMarkdown, String).self) {
            group in
            for round in 0..<rounds {
                for (index, document) in Self.documents.enumerated() {
                    group.addTask {
                        let rendered = Markdown.render(
                            document, options: Self.options(forRound: round))
                        return (round, index, rendered, Markdown.plainText(document))
                    }
                }
            }
            var results: [(Int, Int, RenderedMarkdown, String)] = []
            for await result in group {
                results.append(result)
            }
            return results
        }
        #expect(results.count == rounds * Self.documents.count)
        for (round, index, rendered, text) in results {
            #expect(rendered == serial[round % 2][index])
            #expect(text == serialText[index])
        }
    }

    @Test func renderingTheSameLargeDocumentAgainGivesTheSameResult() {
        let section = "## Part\n\nText with *emphasis* and <i>raw</i>.\n\n"
        let source = String(repeating: section, count: 200)
        let first = Markdown.render(source)
        #expect(first.headings.count == 200)
        #expect(first.headings.last?.id == "part-199")
        for _ in 0..<50 {
            #expect(Markdown.render(source) == first)
        }
    }
}
