import FolioFormats

/// One lexical piece of a template: a run of text within a line, a line ending, or a tag.
struct TemplateToken {
    /// What a tag does, told by the character after its opening delimiter.
    enum TagKind: Equatable {
        /// `{{name}}`
        case variable
        /// `{{{name}}}` or `{{& name}}`
        case unescapedVariable
        /// `{{# name}}`
        case section
        /// `{{^ name}}`
        case invertedSection
        /// `{{/ name}}`
        case close
        /// `{{> name}}`
        case partial
        /// `{{< name}}`
        case parent
        /// `{{$ name}}`
        case block
        /// `{{! text}}`
        case comment
        /// `{{=<% %>=}}`
        case setDelimiters
    }

    /// Which of the three kinds of token this is.
    enum Kind: Equatable {
        /// Text without line endings.
        case text
        /// `\n` or `\r\n`.
        case newline
        /// A tag; `range` covers it with its delimiters.
        case tag(TagKind)
    }

    var kind: Kind
    /// The bytes of the token in the source, delimiters included.
    var range: Range<Int>
    /// For a tag: its content without sigil and surrounding whitespace (a name, usually).
    var name: String = ""
    /// For a tag: the delimiters in force, used to spell tags in messages.
    var delimiters: TemplateDelimiters = .standard
    /// For a tag: where it starts.
    var location = SourceLocation(file: "", line: 1)

    /// Whether this token is text made only of spaces and tabs.
    func isWhitespaceText(in bytes: [UInt8]) -> Bool {
        guard kind == .text else { return false }
        return bytes[range].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Whether this is an opening tag of a section, inverted section, parent or block.
    var opensElement: Bool {
        switch kind {
        case .tag(.section), .tag(.invertedSection), .tag(.parent), .tag(.block): true
        default: false
        }
    }
}

/// The opening and closing delimiters of tags, `{{` and `}}` unless a template changes them.
struct TemplateDelimiters: Equatable {
    var open: [UInt8]
    var close: [UInt8]

    static let standard = TemplateDelimiters(open: Array("{{".utf8), close: Array("}}".utf8))

    /// A tag spelled with these delimiters, such as `{{/clients}}`.
    func spell(_ content: String) -> String {
        String(decoding: open, as: UTF8.self) + content + String(decoding: close, as: UTF8.self)
    }
}
