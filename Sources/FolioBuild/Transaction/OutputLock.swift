import FolioFormats
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock that lets one build at a time write an output folder.
///
/// It is an exclusive `flock` on the file `.<output's name>.folio-lock` beside the output,
/// held from before a build repairs what an interrupted one left until after it wrote its
/// record. The system releases a `flock` when the process that holds it ends, however it
/// ends, so a lock never outlives its build. While held, the file holds the holder's
/// process id; the holder removes it when it is done. A file found with a process id in it
/// but no lock on it was left by a build that ended without releasing it (killed, or
/// crashed): the new build takes it over and reports it.
///
/// Removing the file on release is safe because a build that waited on the file checks,
/// once it holds the lock, that the file is still the one at that path, and starts again
/// with a new file when it is not.
final class OutputLock: Sendable {
    /// The open lock file; closing it releases the lock.
    private let descriptor: Int32
    /// Where the lock file is.
    private let path: String
    /// The process id of a build that held the lock and ended without releasing it.
    let previousHolder: Int32?

    /// Takes the lock of `output`.
    ///
    /// When another build holds it, `wait` says whether to
    /// wait for it (calling `waiting` once, with that build's process id when it is known)
    /// or to fail at once with an error naming that build's process.
    init(output: URL, display: String, wait: Bool, waiting: (Int32?) -> Void = { _ in })
        throws(Diagnostic)
    {
        let file = StagingFolder.sibling(of: output, "lock", directoryHint: .notDirectory)
        let shown = StagingFolder.siblingDisplay(of: display, file.lastPathComponent)
        path = file.path
        do {
            try FileManager.default.createDirectory(
                at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .error(
                "cannot create the folder that holds \(display): \(error.localizedDescription); "
                    + "check that it is writable")
        }
        var waited = false
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .error(
                    "cannot open \(shown), the lock that keeps two builds from writing "
                        + "\(display) at once: \(POSIXError.current.localizedDescription); check "
                        + "that the folder holding \(display) is writable")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EINTR else {
                    let error = POSIXError.current
                    close(descriptor)
                    throw .error("cannot take \(shown): \(error.localizedDescription)")
                }
                let holder = Self.holder(descriptor)
                guard wait else {
                    close(descriptor)
                    let who = holder.map { "process \($0)" } ?? "another process"
                    throw .error(
                        "another build (\(who)) is writing \(display) now; wait for it to end "
                            + "and build again, or build without --no-wait to wait for it")
                }
                if !waited { waiting(holder) }
                waited = true
                while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
            }
            // The holder before may have removed the file as it released it: then this lock
            // is on a file no other build can find, and a new one is made.
            var held = stat()
            var named = stat()
            guard fstat(descriptor, &held) == 0, stat(path, &named) == 0,
                held.st_dev == named.st_dev, held.st_ino == named.st_ino
            else {
                close(descriptor)
                continue
            }
            self.descriptor = descriptor
            break
        }
        previousHolder = Self.holder(descriptor)
        let id = Data("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        FileCalls.write(id, to: descriptor, at: 0)
    }

    /// Removes the file and releases the lock.
    deinit {
        unlink(path)
        close(descriptor)
    }

    /// The process id written in the lock file, if any.
    private static func holder(_ descriptor: Int32) -> Int32? {
        guard let bytes = FileCalls.read(upTo: 15, from: descriptor, at: 0), !bytes.isEmpty
        else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A note that this build took over from one that ended without releasing the lock.
    func takeoverNote(display: String) -> Diagnostic? {
        previousHolder.map {
            Diagnostic(
                .note,
                "took over the lock of \(display) from build process \($0), which ended "
                    + "without releasing it")
        }
    }
}
