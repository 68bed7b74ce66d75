import FolioFormats

/// Where the team edits a source file (`edit_url` in `site.yml`): an address with `{path}`
/// where the file's path goes, such as
/// `https://github.com/harborline/portfolio/edit/main/{path}`.
///
/// The path is the one pages name a file by, from the folder that holds the content folder
/// (`Content/clients/acme.md`): the repository's root when `Content/` sits there, as
/// `folio init` makes it. A site kept deeper in its repository writes the folders between
/// into the pattern (`.../edit/main/site/{path}`).
package struct EditAddress: Sendable, Equatable {
    /// The one placeholder a pattern has.
    static let placeholder = "{path}"
    /// An address to show in messages.
    static let example = "https://github.com/harborline/portfolio/edit/main/{path}"

    /// The pattern, as `site.yml` writes it.
    let pattern: String

    /// The address that edits the file at `path`, each part of the path percent-encoded
    /// but for letters, digits, `-`, `.`, `_` and `~` (RFC 3986's unreserved characters),
    /// so that any folder name makes an address.
    package func address(of path: String) -> String {
        pattern.replacing(Self.placeholder, with: Self.encoded(path))
    }

    private static func encoded(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                encoded += "%"
                encoded.unicodeScalars.append(digits[Int(byte >> 4)])
                encoded.unicodeScalars.append(digits[Int(byte & 0x0F)])
            }
        }
        return encoded
    }
}

extension FieldType where Value == EditAddress {
    /// An `http://` or `https://` address (``webAddress``) with `{path}` where the file's
    /// path goes, and no other placeholder.
    static var editAddress: Self {
        Self { (node, field) throws(Diagnostic) in
            let expected =
                "an http:// or https:// address with {path} where the file's path goes, such as "
                + EditAddress.example
            guard case .scalar = node.content else {
                throw node.mismatch(field, expected: expected)
            }
            let pattern: String
            do throws(Diagnostic) {
                pattern = try FieldType<String>.webAddress.parse(node, field, .iso)
            } catch {
                throw node.mismatch(field, expected: expected)
            }
            let others = pattern.replacing(EditAddress.placeholder, with: "")
            if let open = others.firstIndex(where: { $0 == "{" || $0 == "}" }) {
                let close = others[open...].firstIndex(of: "}").map(others.index(after:))
                let written = others[open..<(close ?? others.index(after: open))]
                let hint =
                    written.lowercased() == EditAddress.placeholder
                    ? "write it {path}, in lower case"
                    : "{path} is the only placeholder; write the rest of the address as it is, "
                        + "such as \(EditAddress.example)"
                throw .error(
                    "\(field) has '\(written)', which Folio does not fill in: \(hint)",
                    at: node.location)
            }
            guard pattern.contains(EditAddress.placeholder) else {
                throw .error(
                    "\(field) has no {path}, so every page would link to the same address; "
                        + "write {path} where the file's path from the repository's root "
                        + "(Content/clients/acme.md) goes, such as \(EditAddress.example)",
                    at: node.location)
            }
            return EditAddress(pattern: pattern)
        }
    }
}
