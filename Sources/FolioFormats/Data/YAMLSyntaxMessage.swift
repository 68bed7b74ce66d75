import Yams

/// Turns libyaml's terse problem text ("did not find expected key") into a message that says
/// what is wrong and how to fix it, at the place a person would look.
struct YAMLSyntaxMessage {
    let problem: String
    let context: String?
    let problemMark: Mark
    let contextMark: Mark?
    let syntax: YAMLReader.Syntax

    /// The diagnostic, with positions converted by `composer`.
    func diagnostic(using composer: inout YAMLComposer) -> Diagnostic {
        let (mark, message) = translation(composer)
        return .error(message, at: composer.location(mark))
    }

    /// Where to point and what to say.
    private func translation(_ composer: YAMLComposer) -> (Mark, String) {
        let contextLine = contextMark.map { String($0.line + lineShift(composer)) } ?? "?"
        switch problem {
        case "mapping values are not allowed in this context":
            return (
                problemMark,
                "a ':' cannot appear here; check the indentation and that values containing "
                    + "': ' are quoted, such as title: \"Q3: renewal\""
            )
        case "did not find expected key" where context == "while parsing a block mapping":
            return (
                problemMark,
                "this does not continue the mapping that starts on line \(contextLine); check "
                    + "the indentation (the names of one mapping start in the same column) and "
                    + "that nothing follows a quoted value's closing quote"
            )
        case "could not find expected ':'":
            return (
                contextMark ?? problemMark,
                "this line has no ':' after its name; write it as 'name: value', or indent it "
                    + "further if it continues the value above"
            )
        case "found character that cannot start any token":
            let character = composer.characters(at: problemMark)
            if character == "\t" {
                return (problemMark, "a tab cannot indent YAML; indent with spaces")
            }
            return (
                problemMark,
                "a value cannot start with '\(character)'; put the value in quotes, such as "
                    + "\"\(character)...\""
            )
        case "block sequence entries are not allowed in this context":
            return (
                problemMark,
                "a list item ('- ') cannot start here; put the items on the lines below the "
                    + "name, indented, or write the list in brackets, such as tags: [a, b]"
            )
        case "did not find expected '-' indicator":
            return (
                problemMark,
                "this does not continue the list that starts on line \(contextLine); check the "
                    + "indentation: items start with '- ' in the same column, and the fields of "
                    + "an item line up under its first field"
            )
        case "did not find expected ',' or ']'":
            let kind = syntax == .json ? "array" : "list"
            return unclosed(composer, kind: kind, opening: "[", closing: "]", line: contextLine)
        case "did not find expected ',' or '}'":
            let kind = syntax == .json ? "object" : "mapping"
            return unclosed(composer, kind: kind, opening: "{", closing: "}", line: contextLine)
        case "found unexpected end of stream" where context == "while scanning a quoted scalar":
            let single = contextMark.map { composer.characters(at: $0) } == "'"
            return (
                contextMark ?? problemMark,
                single
                    ? "this quoted value is never closed; add the closing single quote (a quote "
                        + "inside single quotes is written twice: 'it''s')"
                    : "this quoted value is never closed; add the closing double quote (a quote "
                        + "inside double quotes is written \\\")"
            )
        case "found unknown escape character":
            let escape = composer.characters(at: problemMark, count: 2)
            return (
                problemMark,
                "'\(escape)' is not an escape that double quotes know; write \\\\ for a "
                    + "backslash, or use single quotes"
            )
        case "found invalid Unicode character escape code",
            "did not find expected hexdecimal number":
            return (
                problemMark,
                "this escape does not name a Unicode character; write the character itself, "
                    + "or its code as \\u followed by four hexadecimal digits, such as \\u00e9"
            )
        case "found undefined alias":
            let name = composer.characters(at: problemMark, count: 200)
                .prefix { !" \t\n,]}".contains($0) }
            return (
                problemMark,
                "'\(name)' refers to an anchor that is not defined; define it earlier with "
                    + "'&\(name.dropFirst())', or write the value out"
            )
        case "but found another document":
            return (
                problemMark,
                syntax == .json
                    ? "a second JSON value starts here; a data file holds one array"
                    : "a second YAML document starts here; a file holds one document, so remove "
                        + "this '---' line or what follows it"
            )
        case "did not find expected <document start>":
            return (
                problemMark,
                syntax == .json
                    ? "text follows the end of the array; remove it, or check for one ']' or '}' "
                        + "too many"
                    : "text follows the end of the document; remove it, or check the "
                        + "indentation of this line"
            )
        case let text where text.hasPrefix("Maximum nesting level reached"):
            return (
                problemMark,
                "values are nested too deeply here (libyaml stops at 1,000 levels of lists and "
                    + "mappings inside each other); flatten the structure"
            )
        default:
            let place = context.map { " (\($0) that starts on line \(contextLine))" } ?? ""
            return (
                problemMark,
                syntax == .json
                    ? "invalid JSON: \(problem)\(place); check the quotes, commas and brackets"
                    : "invalid YAML: \(problem)\(place); check the indentation and that values "
                        + "containing ': ' are quoted"
            )
        }
    }

    /// An unclosed bracket, or a missing comma.
    private func unclosed(
        _ composer: YAMLComposer, kind: String, opening: String, closing: String, line: String
    ) -> (Mark, String) {
        if let contextMark, composer.isAtEnd(problemMark) {
            return (
                contextMark,
                "the \(kind) opened with '\(opening)' here is never closed; add '\(closing)' "
                    + "after its last item"
            )
        }
        return (
            problemMark,
            "expected ',' or '\(closing)' here, in the \(kind) that opens on line \(line); "
                + "separate items with ',' and close the \(kind) with '\(closing)'"
        )
    }

    /// The difference between file lines and mark lines.
    private func lineShift(_ composer: YAMLComposer) -> Int {
        composer.firstLineOffset
    }
}
