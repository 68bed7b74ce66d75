import FolioFormats

/// Compiles one template into nodes, reporting every structural mistake it finds.
///
/// Works in three passes over the tokens:
/// 1. pairs opening and closing tags (and recovers from mismatches so that one typo yields
///    one message);
/// 2. decides which tags are standalone and removes their lines' whitespace, following the
///    spec's rules, including those of its inheritance module for parents and blocks (see
///    `specs/whitespace.md` in the Mustache spec);
/// 3. builds the node tree, stripping each block's intrinsic indentation and marking the
///    line starts where an indented partial writes its indentation.
struct TemplateParser {
    private let source: TemplateSource
    private let bytes: [UInt8]
    private let tokens: [TemplateToken]
    private let strict: Bool
    private(set) var diagnostics: [Diagnostic]
    /// The partial tags of the template, so the library can check their names.
    private(set) var partials: [TemplateReference] = []
    /// The parent tags of the template, so the library can check their names.
    private(set) var parents: [TemplateReference] = []
    /// Every object the nodes point at, which the compiled template keeps alive.
    private(set) var storage = NodeStorage()

    /// For an opening tag, the index of its closing tag (`tokens.count` when never closed);
    /// for a closing tag, the index of its opening tag; -1 for anything else.
    private var partner: [Int]
    /// Whether a block tag, or the closing tag of one, is an argument: directly in a parent.
    private var isArgument: [Bool]
    /// Tokens that write nothing: the whitespace and line endings of standalone lines.
    private var removed: [Bool]
    /// Tags that stand alone on their line and so take its whitespace with them.
    private var standaloneTag: [Bool]
    /// Parent and block tags that, with their closing tag, stand alone (spec inheritance).
    private var standalonePair: [Bool]
    /// Argument blocks whose opening tag ends its line, so their content starts on the next.
    private var argumentEndsLine: [Bool]

    /// Whether the next output starts a source line (so it gets the indentation).
    private var atLineStart = true
    /// The intrinsic indentation of the blocks being built, removed from each line start.
    private var stripped: [[UInt8]] = []

    private enum Clearance {
        /// Something other than whitespace shares the line.
        case blocked
        /// Only whitespace up to the line's start or end.
        case line
        /// Only whitespace up to the start or end of an argument block's content.
        case content
    }

    /// Parses `source`; `strict` adds the checks for text that a parent tag would drop.
    init(_ source: TemplateSource, strict: Bool) {
        var tokenizer = TemplateTokenizer(source)
        tokenizer.run()
        self.source = source
        self.bytes = source.bytes
        self.tokens = tokenizer.tokens
        self.strict = strict
        self.diagnostics = tokenizer.diagnostics
        let count = tokenizer.tokens.count
        partner = Array(repeating: -1, count: count)
        isArgument = Array(repeating: false, count: count)
        removed = Array(repeating: false, count: count)
        standaloneTag = Array(repeating: false, count: count)
        standalonePair = Array(repeating: false, count: count)
        argumentEndsLine = Array(repeating: false, count: count)
    }

    /// Runs all passes and returns the template's nodes.
    mutating func parse() -> [TemplateNode] {
        pairTags()
        findStandaloneLines()
        return buildNodes(0..<tokens.count, closedBy: nil)
    }

    // MARK: - Pass 1: pairing

    private mutating func pairTags() {
        var open: [Int] = []
        for index in tokens.indices {
            guard case .tag(let kind) = tokens[index].kind else { continue }
            if tokens[index].opensElement {
                if kind == .block, let top = open.last, tokens[top].kind == .tag(.parent) {
                    isArgument[index] = true
                }
                open.append(index)
                continue
            }
            guard kind == .close else { continue }
            let name = tokens[index].name
            guard let top = open.last else {
                report(
                    "closing tag '\(written(index))' has no opening tag; remove it, or add "
                        + "\(tokens[index].delimiters.spell("#" + name)) before it",
                    at: index)
                continue
            }
            if tokens[top].name == name {
                connect(top, index)
                open.removeLast()
            } else if let depth = open.lastIndex(where: { tokens[$0].name == name }) {
                report(
                    "closing tag '\(written(index))' comes before \(describe(top)) opened at "
                        + "\(place(top)) is closed; add "
                        + "\(tokens[index].delimiters.spell("/" + tokens[top].name)) before it",
                    at: index)
                for inner in open[depth...] { partner[inner] = index }
                connect(open[depth], index)
                open.removeSubrange(depth...)
            } else {
                // Most likely a misspelling: take it as the closing tag it was meant to be.
                report(
                    "closing tag '\(written(index))' does not match \(describe(top)) opened at "
                        + "\(place(top)); write "
                        + "\(tokens[index].delimiters.spell("/" + tokens[top].name)) instead",
                    at: index)
                connect(top, index)
                open.removeLast()
            }
        }
        for index in open {
            report(
                "\(describe(index)) opened here is never closed; add "
                    + tokens[index].delimiters.spell("/" + tokens[index].name),
                at: index)
            partner[index] = tokens.count
        }
    }

    private mutating func connect(_ opening: Int, _ closing: Int) {
        partner[opening] = closing
        partner[closing] = opening
        isArgument[closing] = isArgument[opening]
    }

    // MARK: - Pass 2: standalone lines

    private mutating func findStandaloneLines() {
        for index in tokens.indices {
            guard case .tag(let kind) = tokens[index].kind else { continue }
            switch kind {
            case .variable, .unescapedVariable:
                break
            case .comment, .setDelimiters, .partial, .section, .invertedSection:
                markIfStandalone(index)
            case .close:
                let opening = partner[index]
                guard opening >= 0 else {
                    markIfStandalone(index)
                    continue
                }
                if tokens[opening].kind == .tag(.parent) { continue }
                if isArgument[opening] {
                    // The content's last line, when only whitespace before the tag, goes.
                    if leftClearance(of: index) == .line { removeWhitespace(before: index) }
                } else {
                    markIfStandalone(index)
                }
            case .parent:
                let closing = partner[index]
                if closing < tokens.count, leftClearance(of: index) != .blocked,
                    rightClearance(of: closing) != .blocked
                {
                    standalonePair[index] = true
                    removeWhitespace(before: index)
                    removeLineEnd(after: closing)
                }
            case .block where isArgument[index]:
                if rightClearance(of: index) == .line {
                    argumentEndsLine[index] = true
                    removeLineEnd(after: index)
                }
            case .block:
                markIfStandalone(index)
                let closing = partner[index]
                if closing < tokens.count, leftClearance(of: index) != .blocked,
                    rightClearance(of: closing) != .blocked
                {
                    standalonePair[index] = true
                    removeWhitespace(before: index)
                }
            }
        }
    }

    private mutating func markIfStandalone(_ index: Int) {
        guard leftClearance(of: index) != .blocked, rightClearance(of: index) != .blocked
        else { return }
        standaloneTag[index] = true
        removeWhitespace(before: index)
        removeLineEnd(after: index)
    }

    private mutating func removeWhitespace(before index: Int) {
        if index > 0, tokens[index - 1].isWhitespaceText(in: bytes) { removed[index - 1] = true }
    }

    /// Removes the whitespace and the line ending after the tag at `index`.
    private mutating func removeLineEnd(after index: Int) {
        var next = index + 1
        if next < tokens.count, tokens[next].isWhitespaceText(in: bytes) {
            removed[next] = true
            next += 1
        }
        if next < tokens.count, tokens[next].kind == .newline { removed[next] = true }
    }

    private func leftClearance(of index: Int) -> Clearance {
        var other = index - 1
        while other >= 0 {
            switch tokens[other].kind {
            case .newline: return .line
            case .text: if !tokens[other].isWhitespaceText(in: bytes) { return .blocked }
            case .tag(.block) where isArgument[other]: return .content
            case .tag: return .blocked
            }
            other -= 1
        }
        return .line
    }

    private func rightClearance(of index: Int) -> Clearance {
        var other = index + 1
        while other < tokens.count {
            switch tokens[other].kind {
            case .newline: return .line
            case .text: if !tokens[other].isWhitespaceText(in: bytes) { return .blocked }
            case .tag(.close) where isArgument[other]: return .content
            case .tag: return .blocked
            }
            other += 1
        }
        return .line
    }

    // MARK: - Pass 3: nodes

    /// Builds the nodes of `range`; `closing` is the tag that ends it, if any.
    private mutating func buildNodes(_ range: Range<Int>, closedBy closing: Int?)
        -> [TemplateNode]
    {
        var list = NodeList()
        var index = range.lowerBound
        while index < range.upperBound {
            index = build(index, into: &list)
        }
        // A closing tag that shares its line still starts that line inside the element.
        if let closing, closing < tokens.count, !standaloneTag[closing],
            !isArgument[closing]
        {
            markLineStart(in: &list)
        }
        let (nodes, texts) = list.finish()
        storage.adopt(texts)
        return nodes
    }

    /// Builds the token at `index` (and, for elements, everything up to their closing tag);
    /// returns the index to go on from.
    private mutating func build(_ index: Int, into list: inout NodeList) -> Int {
        let token = tokens[index]
        switch token.kind {
        case .newline:
            if !removed[index] { list.appendText(bytes[token.range], startsLine: false) }
            atLineStart = true
            return index + 1
        case .text:
            guard !removed[index] else { return index + 1 }
            let text = lineStartStripped(index, bytes[token.range])
            if !text.isEmpty {
                list.appendText(text, startsLine: atLineStart)
                atLineStart = false
            }
            return index + 1
        case .tag(let kind):
            switch kind {
            case .comment, .setDelimiters, .close:
                if !standaloneTag[index] { markLineStart(in: &list) }
                return index + 1
            case .variable, .unescapedVariable:
                markLineStart(in: &list)
                list.append(.variable(storage.keep(name(of: index)), escaped: kind == .variable))
                return index + 1
            case .section, .invertedSection:
                if !standaloneTag[index] { markLineStart(in: &list) }
                let closing = partner[index]
                let body = buildNodes((index + 1)..<closing, closedBy: closing)
                let section = TemplateSection(
                    name: name(of: index), body: body, inverted: kind == .invertedSection)
                list.append(.section(storage.keep(section)))
                return closing + 1
            case .partial:
                var indentation: [UInt8]?
                if standaloneTag[index] {
                    indentation = leadingWhitespace(before: index)
                } else {
                    markLineStart(in: &list)
                }
                let reference = TemplateReference(
                    name: token.name, indentation: indentation, location: token.location)
                partials.append(reference)
                list.append(.partial(storage.keep(reference)))
                return index + 1
            case .parent:
                return buildParent(index, into: &list)
            case .block:
                return buildBlock(index, into: &list)
            }
        }
    }

    private mutating func buildParent(_ index: Int, into list: inout NodeList) -> Int {
        let token = tokens[index]
        let closing = partner[index]
        var indentation: [UInt8]?
        if standalonePair[index] {
            indentation = leadingWhitespace(before: index)
        } else {
            markLineStart(in: &list)
        }
        let reference = TemplateReference(
            name: token.name, indentation: indentation, location: token.location)
        parents.append(reference)

        var arguments: [String: [TemplateNode]] = [:]
        var firstGiven: [String: Int] = [:]
        var inner = index + 1
        while inner < closing {
            let innerToken = tokens[inner]
            switch innerToken.kind {
            case .tag(.block) where isArgument[inner]:
                if let first = firstGiven[innerToken.name] {
                    report(
                        "block '\(innerToken.name)' is given twice inside "
                            + "\(token.delimiters.spell("<" + token.name)) (first at "
                            + "\(place(first))); remove one of them",
                        at: inner)
                } else {
                    firstGiven[innerToken.name] = inner
                    arguments[innerToken.name] = buildArgument(inner)
                }
                inner = partner[inner] + 1
            case .newline, .tag(.comment), .tag(.setDelimiters):
                inner += 1
            case .text:
                if strict,
                    let offset = bytes[innerToken.range].firstIndex(where: {
                        $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t")
                    })
                {
                    var text = String(
                        decoding: bytes[offset..<innerToken.range.upperBound], as: UTF8.self)
                    while text.last == " " || text.last == "\t" { text.removeLast() }
                    if text.count > 40 { text = String(text.prefix(40)) + "…" }
                    reportIgnored(
                        "text '\(text)'", parent: index, at: source.location(ofByte: offset))
                }
                inner += 1
            case .tag:
                if strict {
                    reportIgnored("tag '\(written(inner))'", parent: index, at: innerToken.location)
                }
                inner = innerToken.opensElement ? partner[inner] + 1 : inner + 1
            }
        }
        atLineStart = standalonePair[index]
        list.append(
            .parent(storage.keep(TemplateParent(reference: reference, arguments: arguments))))
        return closing + 1
    }

    private mutating func reportIgnored(
        _ what: String, parent: Int, at location: SourceLocation
    ) {
        let delimiters = tokens[parent].delimiters
        diagnostics.append(
            .error(
                "\(what) inside \(delimiters.spell("<" + tokens[parent].name)) is outside every "
                    + "block, so it is never shown; move it into a block such as "
                    + "\(delimiters.spell("$ main"))…\(delimiters.spell("/ main")), or remove it",
                at: location))
    }

    /// The content an argument block passes to its parent: an inline template of its own.
    private mutating func buildArgument(_ index: Int) -> [TemplateNode] {
        let savedStripped = stripped
        let savedLineStart = atLineStart
        atLineStart = true
        if argumentEndsLine[index] {
            stripped.append(intrinsicIndentation(after: index))
        }
        let nodes = buildNodes((index + 1)..<partner[index], closedBy: partner[index])
        stripped = savedStripped
        atLineStart = savedLineStart
        return nodes
    }

    /// A parameter block: a block that is not directly inside a parent tag.
    private mutating func buildBlock(_ index: Int, into list: inout NodeList) -> Int {
        let closing = partner[index]
        var indentation: [UInt8] = []
        var pushed = false
        if standalonePair[index] {
            if standaloneTag[index], rightClearance(of: index) == .line {
                indentation = intrinsicIndentation(after: index)
                stripped.append(indentation)
                pushed = true
            } else {
                indentation = leadingWhitespace(before: index)
            }
        } else if !standaloneTag[index] {
            markLineStart(in: &list)
        }
        let startsLine = standalonePair[index] || standaloneTag[index]
        let content = buildNodes((index + 1)..<closing, closedBy: closing)
        if pushed { stripped.removeLast() }
        let block = TemplateBlock(
            name: tokens[index].name, defaultContent: content, startsLine: startsLine,
            indentation: indentation, location: tokens[index].location)
        list.append(.block(storage.keep(block)))
        return closing + 1
    }

    // MARK: - Helpers

    private mutating func markLineStart(in list: inout NodeList) {
        guard atLineStart else { return }
        list.appendText([], startsLine: true)
        atLineStart = false
    }

    /// The text of the token at `index`, less the intrinsic indentation of the blocks around
    /// it when it starts a source line.
    private func lineStartStripped(_ index: Int, _ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard !stripped.isEmpty, index > 0, tokens[index - 1].kind == .newline else { return text }
        var text = text
        for prefix in stripped where text.starts(with: prefix) {
            text.removeFirst(prefix.count)
        }
        return text
    }

    /// The whitespace before a standalone tag (after intrinsic indentation is stripped).
    private func leadingWhitespace(before index: Int) -> [UInt8] {
        guard index > 0, tokens[index - 1].isWhitespaceText(in: bytes) else { return [] }
        return Array(lineStartStripped(index - 1, bytes[tokens[index - 1].range]))
    }

    /// The whitespace that starts the line after the tag at `index`.
    private func intrinsicIndentation(after index: Int) -> [UInt8] {
        var next = index + 1
        while next < tokens.count, tokens[next].kind != .newline { next += 1 }
        next += 1
        guard next < tokens.count, tokens[next].kind == .text else { return [] }
        let text = lineStartStripped(next, bytes[tokens[next].range])
        return Array(text.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
    }

    private func name(of index: Int) -> TemplateName {
        let token = tokens[index]
        let parts = token.name == "." ? [] : token.name.split(separator: ".").map(String.init)
        return TemplateName(text: token.name, parts: parts, location: token.location)
    }

    private func written(_ index: Int) -> String {
        String(decoding: bytes[tokens[index].range], as: UTF8.self)
    }

    private func describe(_ index: Int) -> String {
        let noun =
            switch tokens[index].kind {
            case .tag(.invertedSection): "inverted section"
            case .tag(.parent): "parent"
            case .tag(.block): "block"
            default: "section"
            }
        return "\(noun) '\(tokens[index].name)'"
    }

    private func place(_ index: Int) -> String {
        "line \(tokens[index].location.line), column \(tokens[index].location.column)"
    }

    private mutating func report(_ message: String, at index: Int) {
        diagnostics.append(.error(message, at: tokens[index].location))
    }
}

/// The nodes of one element being built, merging adjacent text into one node.
private struct NodeList {
    private var nodes: [TemplateNode] = []
    /// The texts that `nodes` point at.
    private var texts = NodeStorage()
    private var text: [UInt8] = []
    private var lineStarts: [Int] = []

    mutating func appendText(_ bytes: some Collection<UInt8>, startsLine: Bool) {
        if startsLine { lineStarts.append(text.count) }
        text.append(contentsOf: bytes)
    }

    mutating func append(_ node: TemplateNode) {
        flush()
        nodes.append(node)
    }

    /// The nodes, and the texts they point at, which the caller keeps alive.
    mutating func finish() -> (nodes: [TemplateNode], texts: NodeStorage) {
        flush()
        return (nodes, texts)
    }

    private mutating func flush() {
        guard !text.isEmpty || !lineStarts.isEmpty else { return }
        nodes.append(.text(texts.keep(TemplateText(bytes: text, lineStarts: lineStarts))))
        text = []
        lineStarts = []
    }
}
