import FolioBuild
import Foundation
import Synchronization

/// Times the phases of a build or check for `--verbose`: FolioBuild says when each phase
/// starts, and the command line reads the clock.
final class PhaseTimer: Sendable {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private let starts = Mutex<[(BuildPhase, ContinuousClock.Instant)]>([])

    init() {
        start = clock.now
    }

    /// Notes that `phase` starts now; give this to `BuildOptions.phaseStarted`.
    func started(_ phase: BuildPhase) {
        let now = clock.now
        starts.withLock { $0.append((phase, now)) }
    }

    /// Seconds since the timer was made.
    var elapsed: Double { Self.seconds(clock.now - start) }

    /// One line per phase that ran, with its time in milliseconds, then the total.
    func report() -> String {
        let end = clock.now
        let phases = starts.withLock { $0 }
        var lines: [String] = []
        for (index, (phase, begun)) in phases.enumerated() {
            let finished = index + 1 < phases.count ? phases[index + 1].1 : end
            lines.append(Self.line(phase.rawValue, Self.seconds(finished - begun)))
        }
        lines.append(Self.line("total", Self.seconds(end - start)))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ name: String, _ seconds: Double) -> String {
        let padded = name.padding(toLength: 16, withPad: " ", startingAt: 0)
        return "  \(padded)\(String(format: "%8.1f", seconds * 1000)) ms"
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
