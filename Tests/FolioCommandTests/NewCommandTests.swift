import Foundation
import Testing

/// `folio new` as a person runs it.
@Suite struct NewCommandTests {
    let runner = BuildCommandTests()

    @Test func writesOnceThenRefuses() throws {
        let root = try runner.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try runner.folio(["new", "client", "GLOBEX-7"], in: root)
        #expect(first.status == 0)
        #expect(first.errors == "Wrote Content/clients/globex-inc.md\n")
        let again = try runner.folio(["new", "client", "GLOBEX-7"], in: root)
        #expect(again.status == 1)
        #expect(
            again.errors
                == "error: Content/clients/globex-inc.md already exists and was left as it was; "
                + "edit it, or choose another file name with --slug NAME\n")
        let build = try runner.folio(["build"], in: root)
        #expect(build.status == 0)
        #expect(build.errors.hasSuffix("0 errors, 0 warnings\n"))
    }

    /// Every file below `folder`, by path, with its bytes.
    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let paths = FileManager.default.subpaths(atPath: folder.path) else { return [:] }
        for path in paths {
            if let data = FileManager.default.contents(atPath: folder.appending(path: path).path) {
                files[path] = data
            }
        }
        return files
    }

    @Test(arguments: [
        (
            "../../evil",
            "error: --slug '../../evil' cannot name the file Content/clients/<slug>.md: a slug is "
                + "one file name made of lowercase letters, digits and hyphens, without '/', '.', "
                + "spaces or capitals; use --slug evil\n"
        ),
        (
            "a b/c",
            "error: --slug 'a b/c' cannot name the file Content/clients/<slug>.md: a slug is one "
                + "file name made of lowercase letters, digits and hyphens, without '/', '.', "
                + "spaces or capitals; use --slug a-b-c (to keep the brief in a subfolder, move "
                + "the file there once written: Folio reads the subfolders of Content/clients "
                + "too)\n"
        ),
        (
            "/tmp/x",
            "error: --slug '/tmp/x' cannot name the file Content/clients/<slug>.md: a slug is one "
                + "file name made of lowercase letters, digits and hyphens, without '/', '.', "
                + "spaces or capitals; use --slug tmp-x\n"
        ),
    ])
    func aSlugThatIsNotOneFileNameIsAUsageError(slug: String, expected: String) throws {
        let parent = try runner.site()
        defer { try? FileManager.default.removeItem(at: parent) }
        // The site two folders down, so that '../../evil' from Content/clients stays inside
        // the temporary folder, where it would have been written.
        let root = parent.appending(path: "work/site")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Templates"] {
            try FileManager.default.moveItem(
                at: parent.appending(path: folder), to: root.appending(path: folder))
        }
        let before = Self.files(in: parent)
        let (status, output, errors) = try runner.folio(
            ["new", "client", "GLOBEX-7", "--slug", slug], in: root)
        #expect(status == 64)
        #expect(output.isEmpty)
        #expect(errors == expected)
        #expect(Self.files(in: parent) == before, "nothing was written")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/x.md"))
    }

    @Test func aFileInASubfolderKeepsItsPage() throws {
        let root = try runner.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let clients = root.appending(path: "Content/clients")
        try FileManager.default.createDirectory(
            at: clients.appending(path: "retail"), withIntermediateDirectories: true)
        try Data("---\naccount: GLOBEX-7\n---\nMine.\n".utf8).write(
            to: clients.appending(path: "retail/globex-inc.md"))
        let before = Self.files(in: root)
        let (status, _, errors) = try runner.folio(["new", "client", "GLOBEX-7"], in: root)
        #expect(status == 1)
        #expect(
            errors
                == "Content/clients/retail/globex-inc.md:2:10: error: account 'GLOBEX-7' "
                + "already has a brief, "
                + "Content/clients/retail/globex-inc.md; edit that file instead (an account has "
                + "one brief)\n"
                + "account: GLOBEX-7\n         ^\n")
        #expect(Self.files(in: root) == before)
        let build = try runner.folio(["build"], in: root)
        #expect(build.status == 0)
        #expect(build.errors.hasSuffix("0 errors, 0 warnings\n"), "the nested brief was read")
    }

    @Test func anUnknownAccountFails() throws {
        let root = try runner.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let (status, _, errors) = try runner.folio(["new", "handoff", "ACME-01"], in: root)
        #expect(status == 1)
        #expect(
            errors
                == "error: there is no account 'ACME-01' in Content/data/accounts.csv; did you "
                + "mean 'ACME-001'?\n")
    }
}
