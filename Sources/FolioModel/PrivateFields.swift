import FolioFormats

/// The fields and pages that `private:` in `site.yml` keeps from a client build.
///
/// ```yaml
/// private:
///   - clients.stakeholders.notes
///   - handoffs.stakeholders.personal_notes
///   - handoffs.deal.pricing_notes
///   - handoffs.commitments
///   - handoffs
/// ```
///
/// A path names a field of a client brief (`clients.`) or of a handoff brief (`handoffs.`),
/// through records and lists (`stakeholders.notes` is the `notes` of every stakeholder);
/// `handoffs` alone makes every handoff page private. The fields are dropped from the front
/// matter before a brief is typed, so no page, index or template can reach them.
package struct PrivateFields: Sendable {
    /// The briefs whose fields a path names.
    package enum Kind: String, Sendable, CaseIterable {
        case clients
        case handoffs

        /// How messages name one brief of this kind.
        var briefName: String { self == .clients ? "a client brief" : "a handoff brief" }
    }

    /// One entry of `private:`.
    struct Path: Sendable, Hashable, CustomStringConvertible {
        var kind: Kind
        /// The fields from the front matter's top down; empty when the whole kind's pages are
        /// private.
        var fields: [String]

        var description: String { ([kind.rawValue] + fields).joined(separator: ".") }
    }

    /// One field of the content contract, as far as `private:` needs to know it.
    struct Field: Sendable {
        var name: String
        /// Whether a value written directly in this field is free text, which the output is
        /// searched for; dates, numbers, booleans, person ids and fixed words are not.
        var isText: Bool
        /// Whether the contract requires it, so that it cannot be dropped on its own.
        var isRequired = false
        var children: [Field] = []

        static func text(_ name: String, required: Bool = false) -> Field {
            Field(name: name, isText: true, isRequired: required)
        }

        static func other(_ name: String) -> Field { Field(name: name, isText: false) }

        static func record(_ name: String, _ children: [Field], isText: Bool = false) -> Field {
            Field(name: name, isText: isText, children: children)
        }
    }

    /// The paths in the order written.
    var paths: [Path]

    /// What a site without `private:` keeps from clients: what stakeholders confided, the
    /// commercial terms and promises of the sale, and every handoff brief.
    static let defaults = PrivateFields(paths: [
        Path(kind: .clients, fields: ["stakeholders", "notes"]),
        Path(kind: .handoffs, fields: ["stakeholders", "personal_notes"]),
        Path(kind: .handoffs, fields: ["deal", "pricing_notes"]),
        Path(kind: .handoffs, fields: ["commitments"]),
        Path(kind: .handoffs, fields: []),
    ])

    /// The fields of each kind of brief, from the content contract.
    static let contract: [Kind: [Field]] = [
        .clients: [
            .text("summary"), .text("goals"), .text("needs"), .text("competitors"),
            .text("tags"),
            .record(
                "stakeholders",
                [
                    .text("name", required: true), .text("title"), .other("role"),
                    .other("sentiment"), .text("notes"),
                ]),
            .record(
                "opportunities",
                [
                    .text("name", required: true), .text("type"), .text("stage"),
                    .other("amount"), .other("close_date"),
                ]),
            .record(
                "risks",
                [
                    .text("text", required: true), .other("severity"), .text("mitigation"),
                    .other("owner"),
                ], isText: true),
            .other("next_qbr"),
            // Folder names, which links to the brief's page hold as well.
            .other("aliases"),
        ],
        .handoffs: [
            .other("date"), .other("from"), .other("to"),
            .record(
                "deal",
                [
                    .other("closed"), .other("value"), .other("term_months"), .other("start"),
                    .text("pricing_notes"),
                ]),
            .text("products"), .text("why_they_bought"),
            .record(
                "success_criteria",
                [
                    .text("outcome", required: true), .text("metric"), .text("baseline"),
                    .text("target"), .other("by"),
                ]),
            .record(
                "stakeholders",
                [
                    .text("name", required: true), .text("title"), .other("role"),
                    .text("comms_preference"), .text("personal_notes"),
                ]),
            .record(
                "commitments",
                [
                    .text("promise", required: true), .other("made_by"), .other("due"),
                    .other("in_contract"),
                ]),
            .record(
                "objections", [.text("objection", required: true), .text("resolution")]),
            .record("risks", [.text("text", required: true)], isText: true),
            .record("technical", [.text("integrations"), .text("notes")]),
            .text("open_questions"),
            .record(
                "next_steps",
                [.text("action", required: true), .other("owner"), .other("due")]),
        ],
    ]

    /// The fields every build needs, which cannot be private.
    static let kept = ["account", "title", "updated", "draft"]

    /// Whether every page of `kind` is private.
    package func pagesArePrivate(_ kind: Kind) -> Bool {
        paths.contains { $0.kind == kind && $0.fields.isEmpty }
    }

    /// Reads `private:`, a list of paths.
    ///
    /// Every path that names no field of the contract, or one that cannot be dropped, is
    /// reported with the way to fix it.
    static func read(_ node: DataNode, into reader: inout FieldReader) -> PrivateFields {
        let items: [DataNode]
        switch node.content {
        case .null: items = []
        case .list(let list): items = list
        case .scalar: items = [node]
        case .map:
            reader.report(
                node.mismatch(
                    "'private'", expected: "a list of paths such as [handoffs.commitments]"))
            return defaults
        }
        var paths: [Path] = []
        for (index, item) in items.enumerated() {
            guard case .scalar(let written) = item.content else {
                reader.report(
                    item.mismatch(
                        "'private[\(index + 1)]'", expected: "a path such as handoffs.commitments"))
                continue
            }
            do throws(Diagnostic) {
                let path = try Self.path(written.trimmingWhitespace, at: item.location)
                if !paths.contains(path) { paths.append(path) }
            } catch {
                reader.report(error)
            }
        }
        return PrivateFields(paths: paths)
    }

    /// The path `text` names, or the error that says why it names none.
    static func path(_ text: String, at location: SourceLocation) throws(Diagnostic) -> Path {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let kind = Kind(rawValue: parts[0]) else {
            let guesses = Kind.allCases.map { "\($0.rawValue).\(text)" }.filter {
                (try? Self.path($0, at: location)) != nil
            }
            let hint =
                guesses.isEmpty
                ? "start it with clients. or handoffs., such as handoffs.deal.pricing_notes, or "
                    + "write handoffs to make the handoff pages private"
                : "start it with the kind of brief: did you mean '\(guesses[0])'?"
            throw .error(
                "'private' names '\(text)', which is not a field of a client or handoff brief; "
                    + hint,
                at: location)
        }
        let fields = Array(parts.dropFirst())
        if fields.isEmpty, kind == .clients {
            throw .error(
                "'private' names 'clients', but a client build is made of client pages; name "
                    + "the fields to withhold instead, such as clients.stakeholders.notes",
                at: location)
        }
        if let first = fields.first, fields.count == 1, kept.contains(first) {
            throw .error(
                "'private' names '\(text)', which every build needs to join or list the "
                    + "brief; name the fields to withhold instead, such as "
                    + (kind == .clients
                        ? "clients.stakeholders.notes" : "handoffs.deal.pricing_notes"),
                at: location)
        }
        var level = contract[kind] ?? []
        for (depth, name) in fields.enumerated() {
            guard let field = level.first(where: { $0.name == name }) else {
                let known = Self.allPaths(of: kind)
                let hint =
                    Suggestions(among: known).didYouMean(text)
                    ?? "docs/content-format.md lists the fields, such as "
                    + (kind == .clients
                        ? "clients.stakeholders.notes" : "handoffs.deal.pricing_notes")
                throw .error(
                    "'private' names '\(text)', which is not a field of \(kind.briefName); "
                        + hint,
                    at: location)
            }
            if field.isRequired {
                let parent = ([kind.rawValue] + fields.prefix(depth)).joined(separator: ".")
                throw .error(
                    "'private' names '\(text)', which \(kind.briefName) requires, so it cannot "
                        + "be dropped on its own; make the whole '\(parent)' private instead",
                    at: location)
            }
            level = field.children
        }
        return Path(kind: kind, fields: fields)
    }

    /// Every path `private:` accepts for `kind`, for suggestions.
    static func allPaths(of kind: Kind) -> [String] {
        func walk(_ fields: [Field], _ prefix: String) -> [String] {
            fields.filter { !$0.isRequired }.flatMap { field in
                [prefix + field.name] + walk(field.children, prefix + field.name + ".")
            }
        }
        return [kind.rawValue] + walk(contract[kind] ?? [], kind.rawValue + ".")
    }

    /// `document` without the private fields of `kind`.
    func pruned(_ document: Document, kind: Kind) -> Document {
        var result = document
        for path in paths where path.kind == kind && !path.fields.isEmpty {
            result.frontMatter = Self.pruned(result.frontMatter, path.fields[...])
        }
        return result
    }

    private static func pruned(_ node: DataNode, _ fields: ArraySlice<String>) -> DataNode {
        guard let first = fields.first else { return node }
        var result = node
        switch node.content {
        case .map(let entries):
            if fields.count == 1 {
                result.content = .map(entries.filter { $0.key != first })
            } else {
                result.content = .map(
                    entries.map { entry in
                        guard entry.key == first else { return entry }
                        var entry = entry
                        entry.value = pruned(entry.value, fields.dropFirst())
                        return entry
                    })
            }
        case .list(let items):
            result.content = .list(items.map { pruned($0, fields) })
        case .null, .scalar:
            break
        }
        return result
    }

    /// The text of every private field of `kind` in `document` that the output can be
    /// searched for: free text of at least `PrivateValue.minimumLength` characters, line by
    /// line.
    func values(in document: Document, kind: Kind) -> [PrivateValue] {
        var values: [PrivateValue] = []
        for path in paths where path.kind == kind && !path.fields.isEmpty {
            var level = Self.contract[kind] ?? []
            var field: Field?
            for name in path.fields {
                field = level.first { $0.name == name }
                level = field?.children ?? []
            }
            for node in Self.nodes(in: document.frontMatter, at: path.fields[...]) {
                Self.collect(node, field: field, path: path.description, into: &values)
            }
        }
        return values
    }

    private static func nodes(in node: DataNode, at fields: ArraySlice<String>) -> [DataNode] {
        guard let first = fields.first else { return [node] }
        switch node.content {
        case .map: return node[first].map { nodes(in: $0, at: fields.dropFirst()) } ?? []
        case .list(let items): return items.flatMap { nodes(in: $0, at: fields) }
        case .null, .scalar: return []
        }
    }

    /// Gathers the searchable text below `node`.
    ///
    /// A key the contract does not know counts as text unless it reads as a date, a number
    /// or a boolean.
    private static func collect(
        _ node: DataNode, field: Field?, path: String, into values: inout [PrivateValue]
    ) {
        switch node.content {
        case .null: break
        case .scalar(let text):
            guard field?.isText ?? !looksTyped(text) else { return }
            for line in text.split(whereSeparator: \.isNewline) {
                let trimmed = line.trimmingWhitespace
                guard trimmed.count >= PrivateValue.minimumLength else { continue }
                values.append(PrivateValue(text: trimmed, path: path, location: node.location))
            }
        case .list(let items):
            for item in items { collect(item, field: field, path: path, into: &values) }
        case .map(let entries):
            for entry in entries {
                let child = field.flatMap { known in
                    known.children.first { $0.name == entry.key }
                }
                collect(entry.value, field: child, path: path, into: &values)
            }
        }
    }

    /// Whether `text` reads as a date, a number or a boolean rather than words.
    private static func looksTyped(_ text: String) -> Bool {
        let value = text.trimmingWhitespace
        return CalendarDate(iso: value) != nil || Double(value) != nil || value == "true"
            || value == "false"
    }
}
