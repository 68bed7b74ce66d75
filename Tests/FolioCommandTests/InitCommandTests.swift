import Foundation
import Testing

/// `folio init` as a person runs it, far from any checkout of Folio.
@Suite struct InitCommandTests {
    let runner = BuildCommandTests()

    @Test func initThenBuildWorksOutsideACheckout() throws {
        let outside = FileManager.default.temporaryDirectory.appending(
            path: "folio-init-cli-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        let created = try runner.folio(["init", "my-portfolio"], in: outside)
        #expect(created.status == 0)
        #expect(
            created.errors
                == "Created a site in my-portfolio: Content/ holds an example portfolio, "
                + "Templates/ the default theme.\nNext: cd my-portfolio && folio build\n")
        let site = outside.appending(path: "my-portfolio", directoryHint: .isDirectory)
        let built = try runner.folio(["build"], in: site)
        #expect(built.status == 0)
        #expect(
            built.errors.contains(
                /^Built 40 pages \(151 files\) into Public in \d+\.\d\d s: 0 errors, 0 warnings\n$/)
        )
        let ignored = try String(contentsOf: site.appending(path: ".gitignore"), encoding: .utf8)
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.path)
            .filter { $0.hasPrefix(".Public.") }
        #expect(beside == [".Public.folio-build"])
        #expect(ignored.split(separator: "\n").contains(".*.folio-build"))
        #expect(
            FileManager.default.fileExists(
                atPath: site.appending(path: "Public/clients/northwind-traders/index.html").path))
        let again = try runner.folio(["init", "my-portfolio"], in: outside)
        #expect(again.status == 1)
        #expect(
            again.errors
                == "error: my-portfolio is not empty and was left as it was; name a new or empty "
                + "folder\n")
    }
}
