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
