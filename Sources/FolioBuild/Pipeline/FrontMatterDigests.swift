import FolioFormats
import FolioModel
import Foundation
import Synchronization

/// The digest of each Markdown file's front matter as a build read it, by the file's path
/// as messages show it.
///
/// The build record keeps them, so that a later build can tell that a brief's or handoff's
/// front matter is byte for byte the same and only its body changed (``BodyPatch``). The
/// build reads the files and takes the digests; the documents themselves know nothing of
/// them.
package final class FrontMatterDigests: Sendable {
    private let digests = Mutex<[String: UInt64]>([:])

    /// Reads, decodes and parses `file`, as ``Document/read(_:path:)`` does, and keeps the
    /// digest of its front matter.
    func read(_ file: UnreadDocuments.File) throws(DiagnosticList) -> Document {
        let text: String
        do {
            text = try SourceText.read(URL(filePath: file.location), file: file.path)
        } catch {
            throw DiagnosticList([error])
        }
        let document = try Document.parse(text: text, path: file.path)
        let digest = Self.digest(of: text, body: document.body)
        digests.withLock { $0[file.path] = digest }
        return document
    }

    /// The digests taken, by path.
    var byPath: [String: UInt64] { digests.withLock { $0 } }

    /// The ``WordHash`` of the decoded `text` before `body`, which ends it: two files with
    /// the same one have the same front matter, to the byte.
    static func digest(of text: String, body: String) -> UInt64 {
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: utf8.count - body.utf8.count)
        return WordHash.hash(text[..<end])
    }

    /// The body of the file whose decoded text is `text`, when its front matter's digest is
    /// `digest`; `nil` when the front matter differs or the file cannot be split.
    static func body(of text: String, path: String, ifFrontMatterIs digest: UInt64) -> String? {
        guard let parts = try? FrontMatter.split(text, path: path),
            WordHash.hash(text[..<parts.body.startIndex]) == digest
        else { return nil }
        return String(parts.body)
    }
}
