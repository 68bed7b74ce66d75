import Testing

@testable import FolioFormats
@testable import FolioModel
@testable import FolioTemplates

@Suite struct YAMLReaderTests {
    /// The diagnostics of reading `yaml`, each as `file:line:column: message`.
    private func problems(_ yaml: String, firstLine: Int = 1, syntax: YAMLReader.Syntax = .yaml)
        -> [String]
    {
        do {
            _ = try YAMLReader.read(yaml, file: "f.yml", firstLine: firstLine, syntax: syntax)
            return []
        } catch {
            return error.diagnostics.map {
                "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)"
            }
        }
    }

    private func place(_ line: Int, _ column: Int) -> FolioFormats.SourceLocation {
        FolioFormats.SourceLocation(file: "f.yml", line: line, column: column)
    }

    @Test func scalarsKeepTheirTextAndOnlyPlainNullWordsAreNull() throws {
        let yaml = """
            a: ~
            b: null
            c: Null
            d: NULL
            e:
            f: "null"
            g: 'NULL'
            h: !!str null
            i: no
            j: 2026-12-10
            k: 1.50
            l: "  spaced  "
            m: [1, true, ~]
            """
        let root = try YAMLReader.read(yaml, file: "f.yml")
        let values = root.entries.map { "\($0.key)=\($0.value.templateValue.renderedText)" }
        #expect(
            values == [
                "a=", "b=", "c=", "d=", "e=", "f=null", "g=NULL", "h=null", "i=no",
                "j=2026-12-10", "k=1.50", "l=  spaced  ", "m=",
            ])
        for key in ["a", "b", "c", "d", "e"] {
            #expect(root[key]?.isNull == true, "\(key)")
        }
        for key in ["f", "g", "h"] {
            #expect(root[key]?.content == .scalar(key == "g" ? "NULL" : "null"), "\(key)")
        }
        #expect(root["i"]?.content == .scalar("no"))
        let list = try #require(root["m"]).list("m")
        #expect(list.map(\.content) == [.scalar("1"), .scalar("true"), .null])
    }

    @Test func nestedValuesAreLocatedInTheFileNotTheBlock() throws {
        let yaml = """
            account: ACME-001
            stakeholders:
              - name: Ana Ruiz
                notes: "Prefers email"
            deal: {closed: 2026-01-30, value: 120000}
            """
        let root = try YAMLReader.read(yaml, file: "f.yml", firstLine: 2)
        #expect(root.location == place(2, 1))
        #expect(root["account"]?.location == place(2, 10))
        let stakeholders = try #require(root["stakeholders"])
        #expect(stakeholders.location == place(4, 3))
        let ana = try #require(stakeholders.list("stakeholders").first)
        #expect(ana.location == place(4, 5))
        #expect(ana.entries.map(\.keyLocation) == [place(4, 5), place(5, 5)])
        #expect(ana["notes"]?.location == place(5, 12))
        #expect(ana["notes"]?.content == .scalar("Prefers email"))
        let deal = try #require(root["deal"])
        #expect(deal.location == place(6, 7))
        #expect(deal["value"]?.location == place(6, 35))
    }

    @Test func columnsCountCharactersNotScalarsOrBytes() throws {
        // "e" with two combining acute accents is one character of three scalars.
        let yaml = "e\u{301}\u{301}: [😀, \"ש\", x]\nnext: 👩‍👩‍👧 here"
        let root = try YAMLReader.read(yaml, file: "f.yml")
        let items = try #require(root["e\u{301}\u{301}"]).list("list")
        #expect(items.map(\.location.column) == [5, 8, 13])
        #expect(root["next"]?.location == place(2, 7))
        #expect(root.entries.map(\.keyLocation) == [place(1, 1), place(2, 1)])
    }

    @Test func anEmptyDocumentIsNull() throws {
        #expect(
            try YAMLReader.read("", file: "f.yml", firstLine: 3) == DataNode(.null, at: place(3, 1))
        )
        #expect(try YAMLReader.read("# nothing\n", file: "f.yml").isNull)
    }

    @Test func aliasesAreResolvedAndMergeKeysMerge() throws {
        let yaml = """
            base: &base {tier: 1, region: EU}
            copy: *base
            account:
              <<: *base
              region: US
            """
        let root = try YAMLReader.read(yaml, file: "f.yml")
        #expect(root["copy"]?["tier"]?.content == .scalar("1"))
        let account = try #require(root["account"])
        #expect(account.entries.map(\.key) == ["tier", "region"])
        #expect(account["region"]?.content == .scalar("US"))
        #expect(account["tier"]?.location == place(1, 20))
    }

    @Test func aRepeatedKeyNamesBothLines() throws {
        let yaml = """
            title: One
            tags: [a]
            title: Two
            """
        #expect(
            problems(yaml, firstLine: 2) == [
                "f.yml:4:1: 'title' is set twice in this mapping, on lines 2 and 4; remove one "
                    + "of them"
            ])
        do {
            _ = try YAMLReader.read(yaml, file: "f.yml", firstLine: 2)
            Issue.record("no error")
        } catch {
            #expect(
                error.diagnostics.first?.notes == [
                    .note("'title' is first set here", at: place(2, 1))
                ])
        }
    }

    @Test func everyRepeatedKeyIsReportedWhereverItIs() {
        let yaml = """
            a: 1
            nested:
              x: 1
              "x": 2
              y: é́
              x: 3
            flow: {k: 1, 'k': 2}
            a: 4
            """
        #expect(
            problems(yaml) == [
                "f.yml:4:3: 'x' is set twice in this mapping, on lines 3 and 4; remove one of them",
                "f.yml:6:3: 'x' is set twice in this mapping, on lines 3 and 6; remove one of them",
                "f.yml:7:14: 'k' is set twice in this mapping, both on line 7; remove one of them",
                "f.yml:8:1: 'a' is set twice in this mapping, on lines 1 and 8; remove one of them",
            ])
    }

    @Test(arguments: [
        (
            "title: Q3: renewal\n",
            "f.yml:2:10: a ':' cannot appear here; check the indentation and that values "
                + "containing ': ' are quoted, such as title: \"Q3: renewal\""
        ),
        (
            "title: x\n  goals: [a]\n",
            "f.yml:3:8: a ':' cannot appear here; check the indentation and that values "
                + "containing ': ' are quoted, such as title: \"Q3: renewal\""
        ),
        (
            "deal:\n  value: 1\n term: 2\n",
            "f.yml:4:2: this does not continue the mapping that starts on line 2; check the "
                + "indentation (the names of one mapping start in the same column) and that "
                + "nothing follows a quoted value's closing quote"
        ),
        (
            "title: \"Acme\" Logistics\n",
            "f.yml:2:15: this does not continue the mapping that starts on line 2; check the "
                + "indentation (the names of one mapping start in the same column) and that "
                + "nothing follows a quoted value's closing quote"
        ),
        (
            "a: 1\nsummary\nb: 2\n",
            "f.yml:3:1: this line has no ':' after its name; write it as 'name: value', or "
                + "indent it further if it continues the value above"
        ),
        ("goals:\n\t- a\n", "f.yml:3:1: a tab cannot indent YAML; indent with spaces"),
        (
            "handle: @ana\n",
            "f.yml:2:9: a value cannot start with '@'; put the value in quotes, such as \"@...\""
        ),
        (
            "tags: - a\n",
            "f.yml:2:7: a list item ('- ') cannot start here; put the items on the lines below "
                + "the name, indented, or write the list in brackets, such as tags: [a, b]"
        ),
        (
            "- a\nb: 1\n",
            "f.yml:3:1: this does not continue the list that starts on line 2; check the "
                + "indentation: items start with '- ' in the same column, and the fields of an "
                + "item line up under its first field"
        ),
        (
            "tags: [a, b\n",
            "f.yml:2:7: the list opened with '[' here is never closed; add ']' after its last item"
        ),
        (
            "tags: [a, b\nnext: 1\n",
            "f.yml:3:5: expected ',' or ']' here, in the list that opens on line 2; separate "
                + "items with ',' and close the list with ']'"
        ),
        (
            "deal: {value: 1\n",
            "f.yml:2:7: the mapping opened with '{' here is never closed; add '}' after its last "
                + "item"
        ),
        (
            "title: \"Acme\n",
            "f.yml:2:8: this quoted value is never closed; add the closing double quote (a "
                + "quote inside double quotes is written \\\")"
        ),
        (
            "title: 'Acme\n",
            "f.yml:2:8: this quoted value is never closed; add the closing single quote (a "
                + "quote inside single quotes is written twice: 'it''s')"
        ),
        (
            "path: \"C:\\data\"\n",
            "f.yml:2:10: '\\d' is not an escape that double quotes know; write \\\\ for a "
                + "backslash, or use single quotes"
        ),
        (
            "owner: *dana\n",
            "f.yml:2:8: '*dana' refers to an anchor that is not defined; define it earlier with "
                + "'&dana', or write the value out"
        ),
        (
            "a: 1\n---\nb: 2\n",
            "f.yml:3:1: a second YAML document starts here; a file holds one document, so "
                + "remove this '---' line or what follows it"
        ),
        (
            "a: 1\u{1}\n",
            "f.yml:2:5: the control character U+0001 is not allowed here; delete it (it is "
                + "invisible in most editors)"
        ),
        (
            "? [a, b]\n: 1\n",
            "f.yml:2:3: a name in a mapping must be text, not a list or mapping; write the name "
                + "as plain text, such as 'title:'"
        ),
    ])
    func syntaxErrorsSayWhatIsWrongAndHowToFixIt(yaml: String, expected: String) {
        #expect(problems(yaml, firstLine: 2) == [expected])
    }

    @Test func errorColumnsCountCharacters() {
        #expect(
            problems("n\u{301}ame: é́ and 😀: x\n") == [
                "f.yml:1:14: a ':' cannot appear here; check the indentation and that values "
                    + "containing ': ' are quoted, such as title: \"Q3: renewal\""
            ])
    }

    @Test func aliasesThatExpandWithoutBoundAreRefused() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 {
            let previous = level == 1 ? "a" : "l\(level - 1)"
            yaml +=
                "l\(level): &l\(level) ["
                + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(
            problems(yaml) == [
                "f.yml:1:1: the aliases in this file expand to far more values than it holds; "
                    + "write the values out instead of nesting aliases"
            ])
    }

    @Test func readsInParallel() async throws {
        let yaml = "a: 1\nb: [x, y]\nc: {d: é́}\n"
        try await withThrowingTaskGroup(of: DataNode.self) { group in
            for _ in 0..<16 {
                group.addTask { try YAMLReader.read(yaml, file: "f.yml") }
            }
            for try await node in group {
                #expect(try node["b"]?.list("b").count == 2)
                #expect(node["c"]?["d"]?.location == place(3, 8))
            }
        }
    }

    @Test func deepNestingIsAClearErrorNotACrash() throws {
        let deep =
            "x: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        #expect(
            problems(deep) == [
                "f.yml:1:5: values are nested too deeply here (libyaml stops at 1,000 levels of "
                    + "lists and mappings inside each other); flatten the structure"
            ])
        let maps =
            "x: " + String(repeating: "{a: ", count: 500) + "1" + String(repeating: "}", count: 500)
        #expect(
            problems(maps) == [
                "f.yml:1:400: values are nested more than 100 levels deep here; flatten the structure"
            ])
        let fine = "x: " + String(repeating: "[", count: 99) + String(repeating: "]", count: 99)
        #expect(try YAMLReader.read(fine, file: "f.yml")["x"] != nil)
    }
}
