import FolioBuild
import Foundation
import ServiceLifecycle

/// Polls the content and templates folders and rebuilds when anything in them changed.
///
/// Polling a listing of names, sizes and modification times works the same on Linux and
/// macOS and costs a few hundred system calls per check, so the CPU stays near idle while
/// nothing changes.
struct PreviewWatcher: Service {
    let build: BuildOptions
    let state: PreviewState
    let pollInterval: Duration
    let built: @Sendable (BuildResult) -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var last = fingerprint()
            var sincePing = Duration.zero
            while !Task.isCancelled {
                try? await Task.sleep(for: pollInterval)
                sincePing += pollInterval
                if sincePing >= .seconds(10) {
                    sincePing = .zero
                    await state.ping()
                }
                let current = fingerprint()
                guard current != last else { continue }
                last = current
                let result = await PreviewServer.rebuild(build)
                await state.record(result)
                built(result)
            }
        }
        await state.finishAll()
    }

    /// Every file below the watched folders with its size and modification time.
    func fingerprint() -> [String] {
        var entries: [String] = []
        for folder in [build.content, build.templates] {
            let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey]
            guard
                let enumerator = FileManager.default.enumerator(
                    at: folder, includingPropertiesForKeys: keys)
            else { continue }
            while let url = enumerator.nextObject() as? URL {
                let values = try? url.resourceValues(forKeys: Set(keys))
                let time = values?.contentModificationDate?.timeIntervalSince1970 ?? 0
                entries.append("\(url.path)\u{0}\(values?.fileSize ?? -1)\u{0}\(time)")
            }
        }
        return entries.sorted()
    }
}
