import Dispatch
import Foundation
import Synchronization

/// Runs the iterations of a loop on a bounded number of threads, so that `--jobs` limits
/// how much of a build runs at once.
enum ParallelLoop {
    /// How many threads a build uses unless told otherwise: one per active processor.
    static var defaultJobs: Int {
        ProcessInfo.processInfo.activeProcessorCount
    }

    /// Calls `body` once for every index of `0..<iterations`, on at most `jobs` threads at
    /// once (and on the calling thread alone when `jobs` is 1).
    ///
    /// Each worker takes the next index not yet taken, so a slow page holds up one worker
    /// rather than a share of the pages fixed in advance. The order in which iterations run
    /// is not fixed; callers store each result at its index.
    static func forEach(_ iterations: Int, jobs: Int, _ body: @Sendable (Int) -> Void) {
        let workers = max(1, min(jobs, iterations))
        guard workers > 1 else {
            for index in 0..<iterations { body(index) }
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < iterations else { return }
                body(index)
            }
        }
    }
}
