import Foundation
import Testing

@testable import FolioFormats

@Suite struct SourceTextTests {
    private func decodingError(_ bytes: [UInt8], file: String = "f.csv") -> String? {
        do {
            _ = try SourceText.decode(bytes, file: file)
            return nil
        } catch {
            return "\(error.location.map(String.init(describing:)) ?? "-"): \(error.message)"
        }
    }

    @Test func dropsTheByteOrderMarkAndNormalisesLineEndings() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n\r\n".utf8)
        #expect(try SourceText.decode(bytes, file: "f") == "a\nb\nc\n\n")
    }

    @Test func keepsTextThatNeedsNoChange() throws {
        #expect(try SourceText.decode(Data("é́ 😀\nשלום".utf8), file: "f") == "é́ 😀\nשלום")
        #expect(try SourceText.decode([UInt8](), file: "f") == "")
    }

    @Test func aByteOrderMarkInsideTheTextStays() throws {
        #expect(try SourceText.decode(Array("a\u{FEFF}b".utf8), file: "f") == "a\u{FEFF}b")
    }

    @Test(arguments: [
        // Latin-1 é after a CRLF line and a euro sign: line 2, column 10.
        (Array("ok\r\nline2 € x".utf8) + [0xE9] + Array("t\n".utf8), "f.csv:2:10", "0xE9"),
        // A byte order mark does not count as a column.
        ([0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0xFF], "f.csv:1:3", "0xFF"),
        // A lone CR ends a line too.
        (Array("a\rb\r\nc".utf8) + [0x80], "f.csv:3:2", "0x80"),
        // A sequence cut short at the end of the file.
        (Array("abc".utf8) + [0xE2, 0x82], "f.csv:1:4", "0xE2"),
        // An overlong encoding of '/'.
        ([0xC0, 0xAF], "f.csv:1:1", "0xC0"),
        // An encoded surrogate.
        (Array("x".utf8) + [0xED, 0xA0, 0x80], "f.csv:1:2", "0xED"),
        // Combining marks join the letter before them: the bad byte is the third character.
        (Array("e\u{301}\u{301}x".utf8) + [0xFE], "f.csv:1:3", "0xFE"),
    ])
    func invalidUTF8IsReportedAtTheFirstBadByte(bytes: [UInt8], place: String, byte: String) {
        #expect(
            decodingError(bytes)
                == "\(place): the file is not valid UTF-8 (byte \(byte)); save it with UTF-8 "
                + "encoding")
    }

    @Test func readsAFile() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.md")
        try Data([0xEF, 0xBB, 0xBF] + Array("x\r\n".utf8)).write(to: url)
        #expect(try SourceText.read(url, file: "Content/a.md") == "x\n")
    }

    @Test func anUnreadableFileNamesTheFileAndTheReason() {
        let url = URL(fileURLWithPath: "/nonexistent-folio-folder/brief.md")
        #expect {
            try SourceText.read(url, file: "Content/clients/brief.md")
        } throws: { error in
            let diagnostic = try #require(error as? Diagnostic)
            return diagnostic.location == nil
                && diagnostic.message
                    == "cannot read Content/clients/brief.md: No such file or directory; check "
                    + "that the file exists and can be read"
        }
    }
}
