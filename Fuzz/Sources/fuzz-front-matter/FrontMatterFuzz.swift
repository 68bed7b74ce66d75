import FuzzHarness

@testable import FolioFormats

/// The fuzz target: the input is a Markdown file's bytes.
///
/// Besides not crashing, the splitter must cut the text into pieces that add up to it, with
/// the body's first line counted right, and every error of the whole document reader (the
/// splitter and the YAML under it) must point inside the file. Whatever YAML the fast path
/// reads, it must read exactly as Yams does, places included.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    // Files reach the splitter through SourceText, which refuses bytes that are not UTF-8.
    guard let text = try? SourceText.decode(Array(input), file: "brief.md") else { return 0 }
    checkSplit(text)
    checkFastPath(text)
    do {
        let document = try Document.parse(text: text, path: "brief.md")
        guard case .map = document.frontMatter.content else {
            fatalError("front matter that is not a mapping was accepted")
        }
    } catch {
        checkLocations(of: error.diagnostics, in: text)
    }
    return 0
}

/// The fast path gives the full reader's values and places, or declines.
private func checkFastPath(_ text: String) {
    guard let parts = try? FrontMatter.split(text, path: "brief.md"), let yaml = parts.yaml
    else { return }
    let source = String(yaml)
    guard let fast = YAMLFastPath.read(source, file: "brief.md", firstLine: parts.yamlLine)
    else { return }
    let full = try? YAMLReader.composed(source, file: "brief.md", firstLine: parts.yamlLine)
    guard fast == full else {
        fatalError("the fast path read \(fast), Yams \(String(describing: full))")
    }
}

/// The pieces of a successful split add up to the text, and `bodyLine` is the body's line.
private func checkSplit(_ text: String) {
    guard let parts = try? FrontMatter.split(text, path: "brief.md") else { return }
    let utf8 = text.utf8
    let bodyOffset = utf8.distance(from: utf8.startIndex, to: parts.body.startIndex)
    guard parts.body.endIndex == text.endIndex else { fatalError("the body stops early") }
    // The body's line is the one after the closing fence, even when the fence ends the file
    // without a line feed (DocumentTests.theClosingFenceMayEndTheFile).
    var expectedLine = utf8.prefix(bodyOffset).count { $0 == UInt8(ascii: "\n") } + 1
    if parts.yaml != nil, bodyOffset == utf8.count, utf8.last != UInt8(ascii: "\n") {
        expectedLine += 1
    }
    guard parts.bodyLine == expectedLine else {
        fatalError("body starts on line \(expectedLine), reported \(parts.bodyLine)")
    }
    guard let yaml = parts.yaml else {
        guard bodyOffset == 0 || (bodyOffset == 3 && utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        else { fatalError("text without front matter lost its start") }
        return
    }
    let yamlStart = utf8.distance(from: utf8.startIndex, to: yaml.startIndex)
    let yamlEnd = utf8.distance(from: utf8.startIndex, to: yaml.endIndex)
    let opening = String(decoding: utf8.prefix(yamlStart), as: UTF8.self)
    guard opening.hasPrefix("---") || opening.hasPrefix("\u{FEFF}---"),
        opening.hasSuffix("\n"), opening.dropLast().allSatisfy({ $0 != "\n" })
    else { fatalError("the opening fence is not one line starting with ---") }
    let closing = utf8.dropFirst(yamlEnd).prefix(bodyOffset - yamlEnd)
    let fence = String(decoding: closing, as: UTF8.self)
    guard fence.hasPrefix("---") || fence.hasPrefix("..."),
        fence.dropLast().allSatisfy({ $0 != "\n" })
    else { fatalError("the closing fence '\(fence)' is not one line of --- or ...") }
    guard yamlEnd == yamlStart || utf8[utf8.index(utf8.startIndex, offsetBy: yamlEnd - 1)] == 10
    else { fatalError("the YAML does not end with a whole line") }
}

@main
enum FuzzFrontMatterTarget {
    static func main() {
        runFuzzer { data, size in fuzzFrontMatter(data, size) }
    }
}
