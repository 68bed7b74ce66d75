import FolioBuild
import Foundation
import Synchronization

/// A line on a terminal that says what a long build is doing: it appears only when the
/// build has run for more than a second, follows the phases, and is wiped when it ends.
final class ProgressLine: Sendable {
    private let state = Mutex<(phase: BuildPhase?, shown: Bool, done: Bool)>((nil, false, false))
    private let start = ContinuousClock.now
    private let enabled: Bool
    private let drawing = Mutex<Task<Void, Never>?>(nil)

    /// A progress line for standard error, drawn only when it is a terminal and `enabled`.
    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) != 0
        guard self.enabled else { return }
        let task = Task.detached { [weak self] in
            try? await Task.sleep(for: .seconds(1))
            while !Task.isCancelled, let self {
                self.draw()
                try? await Task.sleep(for: .milliseconds(250))
            }
        }
        drawing.withLock { $0 = task }
    }

    /// Notes that `phase` starts now; give this to `BuildOptions.phaseStarted`.
    func started(_ phase: BuildPhase) {
        state.withLock { $0.phase = phase }
    }

    /// Stops drawing and wipes the line, before the diagnostics and the summary are printed.
    func finish() {
        guard enabled else { return }
        drawing.withLock { $0?.cancel() }
        let wasShown = state.withLock { state in
            state.done = true
            return state.shown
        }
        if wasShown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func draw() {
        let elapsed = (ContinuousClock.now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        let line: String? = state.withLock { state in
            guard !state.done else { return nil }
            state.shown = true
            let phase = state.phase?.rawValue ?? "starting"
            return "\r\u{1B}[K" + String(format: "Building: %@ (%.1f s)", phase, seconds)
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }
}
