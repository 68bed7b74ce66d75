import Testing

@testable import FolioModel

/// The rule for names that become folders of the built site.
@Suite struct PageNameTests {
    @Test(arguments: ["acme", "ACME-001", "a..b", "v1.2_final", "console", "com10", "lpt", "nul-1"])
    func aSafeNameHasNoProblem(_ name: String) {
        #expect(PageName.problem(name) == nil)
    }

    @Test(arguments: [
        ("", "is empty"),
        ("..", "does not start with a letter or digit"),
        (".hidden", "does not start with a letter or digit"),
        ("-dash", "does not start with a letter or digit"),
        ("a/b", "has characters other than ASCII letters, digits, '-', '_' and '.'"),
        ("a\\b", "has characters other than ASCII letters, digits, '-', '_' and '.'"),
        ("a\u{0}b", "has characters other than ASCII letters, digits, '-', '_' and '.'"),
        ("café", "has characters other than ASCII letters, digits, '-', '_' and '.'"),
        ("acme.", "ends with '.', which Windows drops"),
        (String(repeating: "a", count: 101), "is longer than 100 characters"),
    ])
    func anUnsafeNameSaysWhatIsWrong(_ name: String, _ problem: String) {
        #expect(PageName.problem(name) == problem)
    }

    @Test(arguments: [
        "CON", "con", "Prn", "aux", "NUL", "com0", "COM9", "lpt1", "con.md", "Nul.x.y",
    ])
    func aDeviceNameIsRefusedInAnyCaseAndWithAnyExtension(_ name: String) {
        #expect(PageName.isReservedDevice(name))
        #expect(
            PageName.problem(name)
                == "is a name Windows reserves for a device (CON, PRN, AUX, NUL, COM0 to COM9, "
                + "LPT0 to LPT9)")
    }

    @Test func aLongNameIsQuotedShortened() {
        #expect(PageName.shortened("acme") == "acme")
        #expect(
            PageName.shortened(String(repeating: "b", count: 150))
                == String(repeating: "b", count: 100) + "…")
    }
}
