import CCmark

/// Renders CommonMark to HTML with the system libcmark.
///
/// This is the only file of Folio that sees cmark's C API, and no cmark pointer leaves it:
/// callers get Swift values only. Each cmark allocation is released in a `defer` in the
/// function that makes it (a parsed tree, an iterator, a rendered string) or is handed to
/// the tree, which that tree's `defer` releases with everything in it.
///
/// Pages render in parallel. cmark 0.30 keeps no global mutable state when parsing and
/// rendering HTML with its default allocator, and every call here works on a tree of its
/// own, so any number of threads may call these functions at once.
public enum Markdown {
    /// Renders a Markdown document to an HTML fragment and lists its headings.
    ///
    /// A link whose address `withholding` returns `true` for is rendered as its text, as an
    /// unsafe one is, and listed in ``RenderedMarkdown/withheldLinks``: a page shown to an
    /// audience that lacks the page it leads to keeps the words without the address.
    public static func render(
        _ source: String, options: MarkdownOptions = MarkdownOptions(),
        withholding: ((String) -> Bool)? = nil
    ) -> RenderedMarkdown {
        // No CMARK_OPT_SMART: typographic quotes would break the spec's output. No
        // CMARK_OPT_VALIDATE_UTF8: a Swift string is valid UTF-8 already.
        let flags = CMARK_OPT_DEFAULT | (options.allowsRawHTML ? CMARK_OPT_UNSAFE : 0)
        return withParsedDocument(source, flags: flags) { root in
            var slugger = HeadingSlugger(taken: options.takenIDs)
            var headings: [Heading] = []
            // The tree must not change while an iterator walks it, so headings and links
            // are found first and changed afterwards. A heading's text is the same once its
            // links and images are replaced by their text.
            let (headingNodes, unshowable, withheld) = survey(
                root, safe: !options.allowsRawHTML, withholding: withholding)
            for node in unshowable {
                replaceByItsText(node)
            }
            let shift = options.topHeadingLevel.map { top in
                top - (headingNodes.lazy.map(\.level).min() ?? top)
            }
            for found in headingNodes {
                let id = slugger.id(for: found.text)
                let level = shift.map { min(6, max(1, found.level + $0)) } ?? found.level
                headings.append(Heading(level: level, text: found.text, id: id))
                if options.addsHeadingIDs {
                    setID(id, level: level, on: found.node)
                } else if level != found.level {
                    cmark_node_set_heading_level(found.node, Int32(level))
                }
            }
            return RenderedMarkdown(
                html: html(of: root, flags: flags), headings: headings, withheldLinks: withheld)
        }
    }

    /// Plain text of the document (for search and summaries), whitespace collapsed.
    ///
    /// The text keeps what a reader sees: text, code, and images' alternative text. Raw HTML
    /// and link targets are left out, and blocks are separated by a space.
    public static func plainText(_ source: String) -> String {
        withParsedDocument(source, flags: CMARK_OPT_DEFAULT) { root in
            var text = ""
            walk(root) { node, _ in
                let type = cmark_node_get_type(node)
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    text += literal(of: node)
                case CMARK_NODE_CODE_BLOCK:
                    text += " " + literal(of: node) + " "
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text += " "
                default:
                    if isBlock(type) {
                        text += " "
                    }
                }
            }
            return collapsingWhitespace(text)
        }
    }

    /// A heading found in a parsed tree, before the tree changes.
    private struct HeadingNode {
        var node: OpaquePointer
        var level: Int
        var text: String
    }

    /// Parses `source` and lends the tree's root to `body`, freeing the tree afterwards.
    private static func withParsedDocument<Result>(
        _ source: String, flags: Int32, _ body: (OpaquePointer) -> Result
    ) -> Result {
        // The length is passed, so cmark reads NUL characters as text (it turns them into
        // U+FFFD as CommonMark asks) instead of stopping at the first one.
        let parsed = source.withCString { cmark_parse_document($0, source.utf8.count, flags) }
        guard let root = parsed else {
            // cmark's default allocator aborts the process when memory runs out, so parsing
            // always yields a document.
            preconditionFailure("cmark_parse_document returned no document")
        }
        defer { cmark_node_free(root) }
        return body(root)
    }

    /// Calls `visit` for every node under `root`, with whether the walk enters or leaves it.
    private static func walk(
        _ root: OpaquePointer, _ visit: (_ node: OpaquePointer, _ entering: Bool) -> Void
    ) {
        guard let iterator = cmark_iter_new(root) else {
            return
        }
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator) {
                visit(node, event == CMARK_EVENT_ENTER)
            }
            event = cmark_iter_next(iterator)
        }
    }

    /// Every heading under `root` in document order, with its plain text, and every link and
    /// image that cannot be shown as one, children before their parents
    /// (``isShowable(_:safe:)``).
    private static func survey(
        _ root: OpaquePointer, safe: Bool, withholding: ((String) -> Bool)?
    ) -> (headings: [HeadingNode], unshowable: [OpaquePointer], withheld: [WithheldLink]) {
        var headings: [HeadingNode] = []
        var unshowable: [OpaquePointer] = []
        var withheld: [WithheldLink] = []
        var current: HeadingNode?
        walk(root) { node, entering in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                // On leaving, so that an image inside a link, or a link inside an image's
                // description, is replaced before the node that holds it.
                guard !entering else { break }
                if !isShowable(node, safe: safe) {
                    unshowable.append(node)
                } else if let withholding, cmark_node_get_type(node) == CMARK_NODE_LINK,
                    let address = cmark_node_get_url(node).map({ String(cString: $0) }),
                    withholding(address)
                {
                    unshowable.append(node)
                    withheld.append(
                        WithheldLink(
                            address: address, line: Int(cmark_node_get_start_line(node)),
                            byteColumn: Int(cmark_node_get_start_column(node))))
                }
            case CMARK_NODE_HEADING:
                if entering {
                    let level = Int(cmark_node_get_heading_level(node))
                    current = HeadingNode(node: node, level: level, text: "")
                } else if var heading = current {
                    heading.text = collapsingWhitespace(heading.text)
                    headings.append(heading)
                    current = nil
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                current?.text += literal(of: node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                current?.text += " "
            default:
                // Raw HTML is markup, not text, whether or not the page shows it.
                break
            }
        }
        return (headings, unshowable, withheld)
    }

    /// Whether a link or image can be rendered as an element the page may hold: always with
    /// raw HTML allowed, where the output is cmark's own.
    ///
    /// In safe mode, cmark writes a link or image whose address it deems unsafe with an empty
    /// `href` or `src` (``isUnsafeAddress(_:)``), as it writes an image without an address:
    /// an empty `src` is invalid HTML, and an empty `href` is a link to the page itself that
    /// looks like any other link.
    private static func isShowable(_ node: OpaquePointer, safe: Bool) -> Bool {
        guard safe else { return true }
        guard let address = cmark_node_get_url(node), address.pointee != 0 else {
            return cmark_node_get_type(node) != CMARK_NODE_IMAGE
        }
        return !isUnsafeAddress(address)
    }

    /// Whether cmark's safe mode empties this address: one that starts, in any letter case,
    /// with `javascript:`, `vbscript:`, `file:` or `data:`, except `data:image/png`, `gif`,
    /// `jpeg` and `webp` (cmark 0.30's `_scan_dangerous_url`).
    ///
    /// cmark has already decoded entities and trimmed spaces from the address, so
    /// `&#106;avascript:` and `< javascript:...>` are seen as the scheme they are.
    /// `address` is the NUL-terminated string cmark holds for a link or image node.
    private static func isUnsafeAddress(_ address: UnsafePointer<CChar>) -> Bool {
        for image in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        where startsCaseInsensitively(address, with: image) {
            return false
        }
        return ["javascript:", "vbscript:", "file:", "data:"].contains {
            startsCaseInsensitively(address, with: $0)
        }
    }

    /// Whether the C string `text` starts with `prefix`, lower-case ASCII, ignoring the case
    /// of ASCII letters; it reads no further than the string's end.
    private static func startsCaseInsensitively(
        _ text: UnsafePointer<CChar>, with prefix: String
    ) -> Bool {
        let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        for (offset, expected) in prefix.utf8.enumerated() {
            let byte = bytes[offset]
            // The string's NUL ends the comparison, as it differs from every byte of `prefix`.
            let lowered = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            guard lowered == expected else { return false }
        }
        return true
    }

    /// Replaces a link by its content, and an image by a text node of its description, the
    /// text its `alt` would have had (less raw HTML, which is markup rather than text).
    ///
    /// The content of a link keeps its emphasis, code and line breaks; the node and whatever
    /// is left in it are freed.
    private static func replaceByItsText(_ node: OpaquePointer) {
        if cmark_node_get_type(node) == CMARK_NODE_IMAGE {
            var text = ""
            walk(node) { inner, entering in
                guard entering else { return }
                switch cmark_node_get_type(inner) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(of: inner)
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
                default: break
                }
            }
            if !text.isEmpty, let replacement = cmark_node_new(CMARK_NODE_TEXT) {
                // cmark copies the literal. A text node fits wherever the image stood.
                if cmark_node_set_literal(replacement, text) != 1
                    || cmark_node_insert_before(node, replacement) != 1
                {
                    cmark_node_free(replacement)
                }
            }
        } else {
            while let child = cmark_node_first_child(node) {
                // Inserting unlinks the child from the link, so the loop ends when it is empty.
                guard cmark_node_insert_before(node, child) == 1 else { break }
            }
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// Replaces a heading node by one that prints the same element with an `id`.
    ///
    /// The replacement is a custom block holding one custom inline: the inline prints
    /// `<hN id="...">` and `</hN>` around the heading's own inline children, which move over
    /// unchanged, so cmark renders them exactly as it renders any heading's content (in safe
    /// mode with raw HTML omitted; unsafe links were replaced by their text before). The block
    /// only gives the element its own line, as cmark does for a heading; a custom block's
    /// texts would also put line breaks inside the element, which is why the tags sit on the
    /// inline. The id
    /// needs no escaping: a slug has only letters, marks, digits, `_` and `-`.
    private static func setID(_ id: String, level: Int, on heading: OpaquePointer) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
            return
        }
        guard let element = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            cmark_node_free(block)
            return
        }
        guard cmark_node_append_child(block, element) == 1 else {
            cmark_node_free(element)
            cmark_node_free(block)
            return
        }
        // From here freeing `block` frees `element` with it. cmark copies the tag texts
        // into the node. If anything fails before the swap, the heading stays as it was,
        // without an id.
        guard cmark_node_set_on_enter(element, "<h\(level) id=\"\(id)\">") == 1,
            cmark_node_set_on_exit(element, "</h\(level)>") == 1,
            cmark_node_replace(heading, block) == 1
        else {
            cmark_node_free(block)
            return
        }
        // The tree now owns `block`; the detached heading is ours, and is freed once its
        // children have moved.
        defer { cmark_node_free(heading) }
        while let child = cmark_node_first_child(heading) {
            // Appending unlinks the child from the heading, so the loop ends when it is empty.
            guard cmark_node_append_child(element, child) == 1 else {
                break
            }
        }
    }

    /// The HTML of the tree under `root`.
    private static func html(of root: OpaquePointer, flags: Int32) -> String {
        guard let rendered = cmark_render_html(root, flags) else {
            return ""
        }
        // The string comes from cmark's default allocator; it must go back to the same one.
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return String(cString: rendered)
    }

    /// The text of a text, code or code block node.
    private static func literal(of node: OpaquePointer) -> String {
        guard let literal = cmark_node_get_literal(node) else {
            return ""
        }
        // The node owns its literal; the String copies it.
        return String(cString: literal)
    }

    /// Whether a node type is a block (a paragraph, list, heading, ...) rather than inline.
    private static func isBlock(_ type: cmark_node_type) -> Bool {
        (CMARK_NODE_FIRST_BLOCK.rawValue...CMARK_NODE_LAST_BLOCK.rawValue).contains(type.rawValue)
    }

    /// The text with every run of whitespace made one space, and none at either end.
    ///
    /// Works on Unicode scalars rather than characters, and answers ASCII without the
    /// Unicode tables: grapheme breaking and property lookups for every letter would make
    /// this step cost several times cmark's whole parse.
    private static func collapsingWhitespace(_ text: String) -> String {
        var bytes: [UInt8] = []
        // The result is never longer than the text: one capacity of its size holds it.
        bytes.append(addingCapacity: text.utf8.count) { output in
            var pendingSpace = false
            for scalar in text.unicodeScalars {
                if isWhitespace(scalar) {
                    pendingSpace = !output.isEmpty
                    continue
                }
                if pendingSpace {
                    output.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                if scalar.isASCII {
                    output.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    for byte in scalar.utf8 { output.append(byte) }
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a scalar is Unicode white space: tab to carriage return and space in ASCII.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0...0x7F: false
        default: scalar.properties.isWhitespace
        }
    }
}
