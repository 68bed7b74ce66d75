import Foundation
import Synchronization

/// The text of each file that diagnostics quote, read once: a hundred problems of one large
/// data file would otherwise read and decode it a hundred times.
final class SourceCache: Sendable {
    private let texts = Mutex<[String: String?]>([:])

    /// The text of the file at `path`, or `nil` when it cannot be read.
    func text(of path: String) -> String? {
        if let known = texts.withLock({ $0[path] }) { return known }
        let text = FileManager.default.contents(atPath: path).map {
            String(decoding: $0, as: UTF8.self)
        }
        texts.withLock { $0[path] = .some(text) }
        return text
    }
}
