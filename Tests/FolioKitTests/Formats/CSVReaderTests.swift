import Testing

@testable import FolioFormats

@Suite struct CSVReaderTests {
    /// The diagnostics of reading `csv`, each as `file:line:column: message`.
    private func problems(_ csv: String) -> [String] {
        do {
            _ = try CSVReader.read(csv, file: "a.csv")
            return []
        } catch {
            return error.diagnostics.map {
                "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)"
            }
        }
    }

    private func place(_ line: Int, _ column: Int) -> FolioFormats.SourceLocation {
        FolioFormats.SourceLocation(file: "a.csv", line: line, column: column)
    }

    /// Each row as `key=value@line:column` for every cell, `~` standing for null.
    private func cells(_ table: DataTable) -> [[String]] {
        table.rows.map { row in
            row.entries.map { entry in
                let value =
                    if case .scalar(let text) = entry.value.content { text } else { "~" }
                let place = entry.value.location
                return "\(entry.key)=\(value)@\(place.line):\(place.column)"
            }
        }
    }

    @Test func readsRowsAsMappingsFromHeaderToCell() throws {
        let table = try CSVReader.read("name,account_id\nAcme,ACME-001\nGlobex,\n", file: "a.csv")
        #expect(table.file == "a.csv")
        #expect(
            cells(table) == [
                ["name=Acme@2:1", "account_id=ACME-001@2:6"],
                ["name=Globex@3:1", "account_id=~@3:8"],
            ])
        #expect(table.rows.map(\.location) == [place(2, 1), place(3, 1)])
        #expect(table.rows[0].entries.map(\.keyLocation) == [place(1, 1), place(1, 6)])
        #expect(table.columns.map(\.content) == [.scalar("name"), .scalar("account_id")])
        #expect(table.rows[1]["account_id"]?.isNull == true)
    }

    @Test func theLastLineNeedsNoLineEnding() throws {
        let table = try CSVReader.read("a,b\n1,2", file: "a.csv")
        #expect(cells(table) == [["a=1@2:1", "b=2@2:3"]])
        let trailingEmpty = try CSVReader.read("a,b\n1,", file: "a.csv")
        #expect(cells(trailingEmpty) == [["a=1@2:1", "b=~@2:3"]])
    }

    @Test func quotedCellsHoldCommasQuotesAndLineBreaks() throws {
        let csv = """
            id,name,notes,owner
            1,"Acme, Inc.","said ""hi""
            then left
            early",dana
            2,"",x,"  padded  "
            """
        let table = try CSVReader.read(csv, file: "a.csv")
        #expect(
            cells(table) == [
                [
                    "id=1@2:1", "name=Acme, Inc.@2:3", "notes=said \"hi\"\nthen left\nearly@2:16",
                    "owner=dana@4:8",
                ],
                ["id=2@5:1", "name=~@5:3", "notes=x@5:6", "owner=  padded  @5:8"],
            ])
        #expect(table.rows.map(\.location) == [place(2, 1), place(5, 1)])
    }

    @Test func cellsKeepTheirSpaces() throws {
        let table = try CSVReader.read(" a , b \n x ,\t\n", file: "a.csv")
        #expect(table.columns.map(\.content) == [.scalar("a"), .scalar("b")])
        #expect(cells(table) == [["a= x @2:1", "b=\t@2:5"]])
    }

    @Test func crlfLineEndingsAndAByteOrderMarkAreAccepted() throws {
        let csv = "\u{FEFF}id,notes\r\n1,\"two\r\nlines\"\r\n2,x\r\n"
        let table = try CSVReader.read(csv, file: "a.csv")
        #expect(table.columns.first?.location == place(1, 1))
        #expect(table.columns.first?.content == .scalar("id"))
        #expect(
            cells(table) == [["id=1@2:1", "notes=two\r\nlines@2:3"], ["id=2@4:1", "notes=x@4:3"]])
        let decoded = try SourceText.decode(Array(csv.utf8), file: "a.csv")
        #expect(
            cells(try CSVReader.read(decoded, file: "a.csv")) == [
                ["id=1@2:1", "notes=two\nlines@2:3"], ["id=2@4:1", "notes=x@4:3"],
            ])
    }

    @Test func blankLinesAndRowsOfEmptyCellsAreSkipped() throws {
        let table = try CSVReader.read("\n\nid,name\n\n1,a\n,\n  \n , \n2,b\n\n", file: "a.csv")
        #expect(cells(table) == [["id=1@5:1", "name=a@5:3"], ["id=2@9:1", "name=b@9:3"]])
        #expect(table.columns.first?.location == place(3, 1))
    }

    @Test func aFileWithOnlyAHeaderHasNoRows() throws {
        let table = try CSVReader.read("id,name\n", file: "a.csv")
        #expect(table.rows.isEmpty)
        #expect(table.columns.count == 2)
    }

    @Test func unicodeCellsAreLocatedByCharacter() throws {
        // An emoji, a letter with two combining marks, Hebrew, a family emoji (one character
        // of five scalars) and Arabic.
        let csv = "id,name,note,x\n😀,e\u{301}\u{301}é,שלום עולם,👩‍👩‍👧\n\"مرحبا\",\"👍🏽\",b,c\n"
        let table = try CSVReader.read(csv, file: "a.csv")
        #expect(
            cells(table) == [
                ["id=😀@2:1", "name=e\u{301}\u{301}é@2:3", "note=שלום עולם@2:6", "x=👩‍👩‍👧@2:16"],
                ["id=مرحبا@3:1", "name=👍🏽@3:9", "note=b@3:13", "x=c@3:15"],
            ])
    }

    @Test func cellsAfterAnEmbeddedLineBreakCountFromTheirOwnLine() throws {
        let csv = "a,b,c\n\"x\n😀\",y,z\n"
        let table = try CSVReader.read(csv, file: "a.csv")
        #expect(cells(table) == [["a=x\n😀@2:1", "b=y@3:4", "c=z@3:6"]])
    }

    @Test func aStrayQuoteInAnUnquotedCell() {
        #expect(
            problems("id,name\n1,5\" screen\n") == [
                "a.csv:2:4: unexpected '\"' in a cell that does not start with a quote; put the "
                    + "whole cell in double quotes and write each quote inside it twice, such as "
                    + "\"Acme \"\"East\"\"\""
            ])
    }

    @Test func textAfterAClosingQuote() {
        #expect(
            problems("id,name\n1,\"Acme\" Inc\"\n") == [
                "a.csv:2:9: text after the closing quote of a quoted cell; put the whole cell "
                    + "inside the quotes, writing each quote inside it twice (\"\"), or add the "
                    + "missing ','"
            ])
    }

    @Test func aQuotedCellThatIsNeverClosed() {
        #expect(
            problems("id,name\n1,ok\n2,\"Acme\n3,x\n4,y,z\n") == [
                "a.csv:3:3: this quoted cell is never closed; add the closing '\"' (a quote "
                    + "inside a quoted cell is written twice: \"\")",
                // Reading goes on after the line of the opening quote.
                "a.csv:5:5: this row has 3 cells but the header names 2 columns; remove the "
                    + "extra cells, or put quotes around a value that contains a comma",
            ])
    }

    @Test func aRowWithMoreCellsThanTheHeader() {
        #expect(
            problems("id,name\n1,Acme,Inc\n") == [
                "a.csv:2:8: this row has 3 cells but the header names 2 columns; remove the "
                    + "extra cells, or put quotes around a value that contains a comma"
            ])
    }

    @Test func aHeaderOfOneColumnIsCountedInTheSingular() {
        #expect(
            problems("id\n1,Acme\n") == [
                "a.csv:2:3: this row has 2 cells but the header names 1 column; remove the "
                    + "extra cells, or put quotes around a value that contains a comma"
            ])
    }

    @Test func aRowWithFewerCellsThanTheHeader() {
        #expect(
            problems("id,name,arr,region,a,b\n1,Acme,,,\n2\n") == [
                "a.csv:2:10: this row has 5 cells but the header names 6 columns (missing: 'b'); "
                    + "add the missing cells, leaving a cell empty (,,) where there is no value",
                "a.csv:3:2: this row has 1 cell but the header names 6 columns (missing: 'name', "
                    + "'arr', 'region', 'a' and 1 more); add the missing cells, leaving a cell "
                    + "empty (,,) where there is no value",
            ])
    }

    @Test func anEmptyHeaderName() {
        #expect(
            problems("id,,name, \n1,2,3,4\n") == [
                "a.csv:1:4: column 2 of the header has no name; name the column or remove the "
                    + "extra ','",
                "a.csv:1:10: column 4 of the header has no name; name the column or remove the "
                    + "extra ','",
            ])
    }

    @Test func aCellStartingWithACombiningMarkIsCountedWithTheCommaBeforeIt() {
        // Found by fuzzing: the comma and the mark make one character, so the line has four
        // and the empty last cell is in column 5, not past the line's end.
        #expect(
            problems("a,\u{301}b,\n1,2,3\n") == [
                "a.csv:1:5: column 3 of the header has no name; name the column or remove the "
                    + "extra ','"
            ])
        #expect("a,\u{301}b,".count == 4)
    }

    @Test func aRepeatedHeaderName() throws {
        #expect(
            problems("id,name, id\n1,2,3\n") == [
                "a.csv:1:9: the column name 'id' appears twice in the header (columns 1 and 3); "
                    + "rename or remove one of them"
            ])
        do {
            _ = try CSVReader.read("id,name, id\n1,2,3\n", file: "a.csv")
        } catch {
            #expect(
                error.diagnostics.first?.notes == [
                    .note("'id' is first named here", at: place(1, 1))
                ])
        }
    }

    @Test func aFileWithoutAHeader() {
        let expected =
            "a.csv:1:1: the file has no header row; its first line must name the columns, such "
            + "as account_id,name"
        #expect(problems("") == [expected])
        #expect(problems("\n\n") == [expected])
    }

    @Test func everyErrorOfTheFileIsReportedAndBadRowsAreLeftOut() {
        let csv = """
            id,name,arr
            1,Acme,10
            2,Glo"bex,20
            3,Initech
            4,"Umbrella",30,extra
            5,Stark,50
            """
        #expect(
            problems(csv).map { String($0.prefix(10)) } == [
                "a.csv:3:6:", "a.csv:4:10", "a.csv:5:17",
            ])
    }

    @Test func aHeaderWithASyntaxErrorStillNamesTheColumns() {
        #expect(
            problems("id,na\"me\n1,2\n1,2,3\n") == [
                "a.csv:1:6: unexpected '\"' in a cell that does not start with a quote; put the "
                    + "whole cell in double quotes and write each quote inside it twice, such as "
                    + "\"Acme \"\"East\"\"\"",
                "a.csv:3:5: this row has 3 cells but the header names 2 columns; remove the "
                    + "extra cells, or put quotes around a value that contains a comma",
            ])
    }

    @Test func readsManyRows() throws {
        var csv = "id,name,note\n"
        for index in 0..<2_000 { csv += "\(index),\"Name, \(index)\",x\n" }
        let table = try CSVReader.read(csv, file: "a.csv")
        #expect(table.rows.count == 2_000)
        #expect(table.rows.last?["note"]?.location == place(2_001, 19))
    }
}
