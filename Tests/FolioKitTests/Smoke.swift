import Testing

@testable import FolioKit

@Test func diagnosticsSortByPlace() {
    let a = Diagnostic.error("a", at: SourceLocation(file: "b.md", line: 1))
    let b = Diagnostic.error("b", at: SourceLocation(file: "a.md", line: 2))
    #expect([a, b].sorted() == [b, a])
}
