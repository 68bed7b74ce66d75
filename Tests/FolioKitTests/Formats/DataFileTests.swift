import Foundation
import Testing

@testable import FolioFormats

@Suite struct DataFileTests {
    private func problems(_ text: String, format: DataFile.Format) -> [String] {
        do {
            _ = try DataFile.parse(text, path: "d.\(format.rawValue)", format: format)
            return []
        } catch {
            return error.diagnostics.map {
                "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)"
            }
        }
    }

    private func place(_ line: Int, _ column: Int, _ file: String = "d.json")
        -> FolioFormats.SourceLocation
    {
        FolioFormats.SourceLocation(file: file, line: line, column: column)
    }

    @Test func readsATypicalJSONExport() throws {
        let json = #"""
            [
              {
                "account_id": "ACME-001",
                "name": "Caf\u00e9 \"Zur Post\"",
                "arr": 120000.50,
                "nps": -3e2,
                "active": true,
                "churned": false,
                "notes": null,
                "emoji": "\ud83d\ude00 \ud83d\udc4d",
                "path": "a\/b\\c\ttab",
                "products": ["Fleet Tracker", "Route Planner"],
                "contact": {"name": "Ana", "phones": [], "extra": {}}
              },
            	{"account_id":"ACME-002","name":"Globex","arr":0}
            ]
            """#
        let table = try DataFile.parse(json, path: "d.json", format: .json)
        #expect(table.rows.count == 2)
        #expect(table.columns.isEmpty)
        let acme = table.rows[0]
        #expect(acme.location == place(2, 3))
        #expect(acme["account_id"]?.content == .scalar("ACME-001"))
        #expect(acme["account_id"]?.location == place(3, 19))
        #expect(acme.entries.first?.keyLocation == place(3, 5))
        #expect(acme["name"]?.content == .scalar("Café \"Zur Post\""))
        #expect(acme["arr"]?.content == .scalar("120000.50"))
        #expect(try acme["arr"]?.number("arr") == 120_000.5)
        #expect(acme["nps"]?.content == .scalar("-3e2"))
        #expect(try acme["active"]?.boolean("active") == true)
        #expect(try acme["churned"]?.boolean("churned") == false)
        #expect(acme["notes"]?.isNull == true)
        #expect(acme["emoji"]?.content == .scalar("😀 👍"))
        // Positions after a rewritten surrogate pair stay those of the file.
        #expect(acme["path"]?.location == place(11, 13))
        #expect(acme["path"]?.content == .scalar("a/b\\c\ttab"))
        let products = try #require(acme["products"]).list("products")
        #expect(products.map(\.content) == [.scalar("Fleet Tracker"), .scalar("Route Planner")])
        #expect(acme["contact"]?["phones"]?.content == .list([]))
        #expect(acme["contact"]?["extra"]?.content == .map([]))
        let globex = table.rows[1]
        #expect(globex.location == place(15, 2))
        #expect(globex["arr"]?.location == place(15, 49))
    }

    @Test func surrogatePairsKeepLaterColumnsOnTheSameLine() throws {
        let json = #"[{"e": "\ud83d\ude00 and \ud83d\ude00", "x": "\ud83d\ude00", "é": 1}]"#
        let row = try #require(try DataFile.parse(json, path: "d.json", format: .json).rows.first)
        #expect(row["e"]?.content == .scalar("😀 and 😀"))
        #expect(row.entries.map(\.keyLocation.column) == [3, 41, 62])
        #expect(row["é"]?.location == place(1, 67))
    }

    @Test func aMinifiedJSONLineIsLocatedByCharacter() throws {
        var json = "["
        for index in 0..<500 { json += #"{"id":"é\#(index)","n":"😀"},"# }
        json += #"{"id":"last"}]"#
        let table = try DataFile.parse(json, path: "d.json", format: .json)
        #expect(table.rows.count == 501)
        #expect(table.rows[1]["n"]?.location == place(1, 37))
        #expect(table.rows[500].location.column == json.count - 13)
    }

    @Test func readsAYAMLList() throws {
        let yaml = """
            - account_id: ACME-001
              products: [a, b]
            - account_id: no
              name: ~
            """
        let table = try DataFile.parse(yaml, path: "d.yml", format: .yml)
        #expect(table.rows.count == 2)
        #expect(table.rows[1]["account_id"]?.content == .scalar("no"))
        #expect(table.rows[1]["account_id"]?.location == place(3, 15, "d.yml"))
        #expect(table.rows[1]["name"]?.isNull == true)
        #expect(try DataFile.parse("", path: "d.yaml", format: .yaml).rows.isEmpty)
    }

    @Test func theTopLevelMustBeAListOfMappings() {
        #expect(
            problems(#"{"account_id": "A"}"#, format: .json) == [
                "d.json:1:1: a JSON data file holds an array of objects, one per row, such as "
                    + "[{\"account_id\": \"ACME-001\"}]; found a mapping"
            ])
        #expect(
            problems("[{\"a\": 1},\n 2,\n [3]]", format: .json) == [
                "d.json:2:2: each row of a JSON data file is an object of field names and "
                    + "values, such as {\"account_id\": \"ACME-001\"}; found '2'",
                "d.json:3:2: each row of a JSON data file is an object of field names and "
                    + "values, such as {\"account_id\": \"ACME-001\"}; found a list",
            ])
        #expect(
            problems("account_id: A\n", format: .yaml) == [
                "d.yaml:1:1: a YAML data file holds a list of mappings, one per row, such as "
                    + "'- account_id: ACME-001'; found a mapping"
            ])
        #expect(
            problems("- a: 1\n- just text\n", format: .yml) == [
                "d.yml:2:3: each row of a YAML data file is a mapping of field names and values, "
                    + "such as '- account_id: ACME-001'; found 'just text'"
            ])
    }

    @Test(arguments: [
        (
            #"[{"a": 1 "b": 2}]"#,
            "d.json:1:13: expected ',' or '}' here, in the object that opens on line 1; "
                + "separate items with ',' and close the object with '}'"
        ),
        (
            "[\n  {\"a\": 1},\n  {\"b\": 2}\n",
            "d.json:1:1: the array opened with '[' here is never closed; add ']' after its last "
                + "item"
        ),
        (
            #"[{"a": 1}]]"#,
            "d.json:1:11: text follows the end of the array; remove it, or check for one ']' or "
                + "'}' too many"
        ),
        (
            #"[{"a": "x}]"#,
            "d.json:1:8: this quoted value is never closed; add the closing double quote (a "
                + "quote inside double quotes is written \\\")"
        ),
        (
            #"[{"a": "\ud800"}]"#,
            "d.json:1:11: this escape does not name a Unicode character; write the character "
                + "itself, or its code as \\u followed by four hexadecimal digits, such as \\u00e9"
        ),
        (
            #"[{"a": 1, "a": 2}]"#,
            "d.json:1:11: 'a' is set twice in this mapping, both on line 1; remove one of them"
        ),
    ])
    func jsonErrorsAreLocated(json: String, expected: String) {
        #expect(problems(json, format: .json) == [expected])
    }

    @Test func findsTheOneFormatOfAName() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id\n1\n".utf8).write(to: folder.appendingPathComponent("team.csv"))
        try Data("- id: 1\n".utf8).write(to: folder.appendingPathComponent("arr.yaml"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("accounts.json"), withIntermediateDirectories: true)

        let team = try #require(try DataFile.find("team", in: folder, display: "Content/data"))
        #expect(team.path == "Content/data/team.csv")
        #expect(team.format == .csv)
        #expect(try team.read().rows.first?["id"]?.location == place(2, 1, "Content/data/team.csv"))
        let arr = try #require(try DataFile.find("arr", in: folder, display: "Content/data/"))
        #expect(arr.path == "Content/data/arr.yaml")
        #expect(try arr.read().rows.count == 1)
        // A folder of that name is not a data file.
        #expect(try DataFile.find("accounts", in: folder, display: "Content/data") == nil)
        #expect(try DataFile.find("activities", in: folder, display: "Content/data") == nil)
        #expect(try DataFile.read(name: "activities", in: folder, display: "Content/data") == nil)
        let read = try DataFile.read(name: "team", in: folder, display: "Content/data")
        #expect(read?.file == "Content/data/team.csv")
        #expect(read?.rows.first?["id"]?.content == .scalar("1"))
    }

    @Test func twoFormatsOfOneNameAreAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["accounts.csv", "accounts.json", "team.yml", "team.yaml", "team.json"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        #expect(
            findError("accounts", in: folder)
                == "Content/data/accounts.csv and Content/data/accounts.json both hold the data "
                + "'accounts'; keep one of them (a site picks one format per data file name)")
        #expect(
            findError("team", in: folder)
                == "Content/data/team.json, Content/data/team.yml and Content/data/team.yaml all "
                + "hold the data 'team'; keep one of them (a site picks one format per data file "
                + "name)")
    }

    @Test func readingAMissingOrBadFileReportsIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = DataFile(
            url: folder.appendingPathComponent("gone.csv"), path: "Content/data/gone.csv",
            format: .csv)
        #expect(
            readError(missing) == [
                "-: cannot read Content/data/gone.csv: No such file or directory; check that the "
                    + "file exists and can be read"
            ])
        let latin1 = folder.appendingPathComponent("team.csv")
        try Data(Array("id,name\n1,Jos".utf8) + [0xE9] + Array("\n".utf8)).write(to: latin1)
        let bad = DataFile(url: latin1, path: "Content/data/team.csv", format: .csv)
        #expect(
            readError(bad) == [
                "Content/data/team.csv:2:6: the file is not valid UTF-8 (byte 0xE9); save it "
                    + "with UTF-8 encoding"
            ])
    }

    private func readError(_ file: DataFile) -> [String] {
        do {
            _ = try file.read()
            return []
        } catch {
            return error.diagnostics.map {
                "\($0.location.map(String.init(describing:)) ?? "-"): \($0.message)"
            }
        }
    }

    @Test func readingTwoFormatsOfOneNameIsAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["arr.csv", "arr.yml"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        do {
            _ = try DataFile.read(name: "arr", in: folder, display: "data")
            Issue.record("no error")
        } catch {
            #expect(
                error.diagnostics.map(\.message) == [
                    "data/arr.csv and data/arr.yml both hold the data 'arr'; keep one of them (a "
                        + "site picks one format per data file name)"
                ])
        }
    }

    private func findError(_ name: String, in folder: URL) -> String? {
        do {
            _ = try DataFile.find(name, in: folder, display: "Content/data")
            return nil
        } catch {
            return error.location == nil ? error.message : "located: \(error.message)"
        }
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
