/// The rule for a name that becomes a folder of the built site: a brief's file name, an
/// account or person id, a taxonomy value's slug.
///
/// A page name must stay one folder inside the output on every file system the site may be
/// copied to: ASCII letters, digits, `-`, `_` and `.`, starting with a letter or digit, not
/// ending with `.` (Windows drops a trailing dot, so `acme.` and `acme` would be one folder),
/// not a name Windows keeps for a device (`CON`, `NUL`, `COM1`, also with an extension, as
/// `con.md`), and at most `maximumLength` characters, well below the 255 bytes a file
/// name may have.
package enum PageName {
    /// The longest name allowed.
    package static let maximumLength = 100

    /// What is wrong with `name` as a page folder, or `nil` when it is safe.
    ///
    /// The answer completes "it ...", as in "it is a name Windows reserves for a device".
    package static func problem(_ name: String) -> String? {
        guard let first = name.unicodeScalars.first else { return "is empty" }
        guard name.unicodeScalars.allSatisfy(isAllowed) else {
            return "has characters other than ASCII letters, digits, '-', '_' and '.'"
        }
        guard isLetterOrDigit(first) else { return "does not start with a letter or digit" }
        if name.hasSuffix(".") { return "ends with '.', which Windows drops" }
        if name.unicodeScalars.count > maximumLength {
            return "is longer than \(maximumLength) characters"
        }
        if isReservedDevice(name) {
            return "is a name Windows reserves for a device (CON, PRN, AUX, NUL, COM0 to COM9, "
                + "LPT0 to LPT9)"
        }
        return nil
    }

    /// Whether `name`, up to its first dot, is one of Windows' device names, in any case.
    package static func isReservedDevice(_ name: String) -> Bool {
        let stem = name.prefix { $0 != "." }.uppercased()
        if ["CON", "PRN", "AUX", "NUL"].contains(stem) { return true }
        guard stem.count == 4, stem.hasPrefix("COM") || stem.hasPrefix("LPT"),
            let digit = stem.last
        else { return false }
        return ("0"..."9").contains(digit)
    }

    /// `name` as a message quotes it: cut to `maximumLength` characters with an ellipsis.
    package static func shortened(_ name: String) -> String {
        name.count <= maximumLength ? name : name.prefix(maximumLength) + "…"
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        isLetterOrDigit(scalar) || scalar == "-" || scalar == "_" || scalar == "."
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
