extension TemplateLibrary {
    /// Every `id` that template `name` writes as literal text (`id="notes-heading"`), with
    /// those of the partials, parents and blocks it reaches, such as the layout's
    /// `id="main"`.
    ///
    /// A body rendered into the page gives its headings ids of their own, which must not
    /// repeat these (``MarkdownOptions/takenIDs``). An id made with a tag
    /// (`id="by-{{key}}-caption"`) is not known before rendering and is left out.
    package func literalIDs(of name: String) -> Set<String> {
        var ids: Set<String> = []
        var visited: Set<String> = []
        collectIDs(name, into: &ids, visited: &visited)
        return ids
    }

    private func collectIDs(_ name: String, into ids: inout Set<String>, visited: inout Set<String>)
    {
        guard visited.insert(name).inserted, let template = templates[name] else { return }
        collectIDs(template.nodes, into: &ids, visited: &visited)
    }

    private func collectIDs(
        _ nodes: [TemplateNode], into ids: inout Set<String>, visited: inout Set<String>
    ) {
        for node in nodes {
            switch node {
            case .text(let text):
                Self.addIDs(in: text.object.bytes, to: &ids)
            case .variable:
                break
            case .section(let section):
                collectIDs(section.object.body, into: &ids, visited: &visited)
            case .partial(let reference):
                collectIDs(reference.object.name, into: &ids, visited: &visited)
            case .parent(let parent):
                let parent = parent.object
                for name in parent.arguments.keys.sorted() {
                    collectIDs(parent.arguments[name] ?? [], into: &ids, visited: &visited)
                }
                collectIDs(parent.reference.name, into: &ids, visited: &visited)
            case .block(let block):
                collectIDs(
                    block.object.defaultContent, into: &ids, visited: &visited)
            }
        }
    }

    /// Adds the value of every `id="..."` or `id='...'` attribute written whole in `bytes`.
    private static func addIDs(in bytes: [UInt8], to ids: inout Set<String>) {
        let attribute = Array(" id=".utf8)
        var index = 0
        while index + attribute.count < bytes.count {
            defer { index += 1 }
            // The space before may be any white space.
            guard isSpace(bytes[index]),
                bytes[(index + 1)..<(index + attribute.count)].elementsEqual(
                    attribute.dropFirst())
            else { continue }
            let quote = bytes[index + attribute.count]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
            let start = index + attribute.count + 1
            guard let end = bytes[start...].firstIndex(of: quote) else { continue }
            let value = String(decoding: bytes[start..<end], as: UTF8.self)
            if !value.isEmpty { ids.insert(value) }
            index = end
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
