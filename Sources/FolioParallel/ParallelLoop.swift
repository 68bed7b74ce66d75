import Dispatch
import Foundation
import Synchronization

/// Runs the iterations of a loop on a bounded number of threads, so that `--jobs` limits
/// how much of a build runs at once.
///
/// The bound is set once, where a build starts (``withJobs(_:_:)``), and every loop below
/// it reads it (``jobs``), on whichever thread it runs: the types of the portfolio and the
/// site take no thread count of their own.
package enum ParallelLoop {
    /// How many threads a build uses unless told otherwise: one per active processor.
    package static var defaultJobs: Int {
        ProcessInfo.processInfo.activeProcessorCount
    }

    /// How many threads the loops started here may use: ``defaultJobs`` unless a caller
    /// set it with ``withJobs(_:_:)``.
    @TaskLocal package static var jobs = ProcessInfo.processInfo.activeProcessorCount

    /// Runs `body` with the loops it starts, on any thread, bound to `jobs` threads (at
    /// least one).
    package static func withJobs<Result>(_ jobs: Int, _ body: () throws -> Result) rethrows
        -> Result
    {
        try $jobs.withValue(max(1, jobs), operation: body)
    }

    /// Calls `body` once for every index of `0..<iterations`, on at most `jobs` threads at
    /// once (and on the calling thread alone when `jobs` is 1).
    ///
    /// Each worker takes the next index not yet taken, so a slow page holds up one worker
    /// rather than a share of the pages fixed in advance. The order in which iterations run
    /// is not fixed; callers store each result at its index.
    package static func forEach(
        _ iterations: Int, jobs: Int = ParallelLoop.jobs, _ body: @Sendable (Int) -> Void
    ) {
        let workers = max(1, min(jobs, iterations))
        guard workers > 1 else {
            for index in 0..<iterations { body(index) }
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // A worker's own loops keep the caller's bound.
            $jobs.withValue(jobs) {
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < iterations else { return }
                    body(index)
                }
            }
        }
    }

    /// Runs `first` and `second` at once (one after the other when `jobs` is 1) and returns
    /// what each returned.
    ///
    /// `first` runs on the calling thread and `second` on another of Dispatch's threads, so
    /// give `first` the work that runs loops of its own: Dispatch has a thread per core,
    /// and runs a `concurrentPerform` inside another one, or on a thread it lent to `async`
    /// while the rest are busy, on that one thread alone. When `second` ends, its thread
    /// joins the loops of `first`.
    package static func both<First, Second: Sendable>(
        jobs: Int = ParallelLoop.jobs, _ first: () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        guard jobs > 1 else { return (first(), second()) }
        let other = Mutex<Second?>(nil)
        let done = DispatchGroup()
        let result = withoutActuallyEscaping(second) { second in
            DispatchQueue.global().async(group: done) {
                let result = $jobs.withValue(jobs) { second() }
                other.withLock { $0 = result }
            }
            let result = first()
            done.wait()
            return result
        }
        guard let second = other.withLock({ $0 }) else {
            preconditionFailure("the group waited for the other thread")
        }
        return (result, second)
    }
}

/// A value made on another of Dispatch's threads while the caller goes on, or at once on the
/// calling thread when `jobs` is 1; ``value`` waits for it.
///
/// For work a build needs only at its end, made where the build's own loops leave a core
/// idle.
package final class Later<Value: Sendable>: @unchecked Sendable {
    // Unchecked: `result` is written once, by the thread that makes it, before it leaves
    // `done`, and read only after `done` is waited for.
    private var result: Value?
    private let done = DispatchGroup()

    /// Starts making the value.
    package init(jobs: Int = ParallelLoop.jobs, _ make: @escaping @Sendable () -> Value) {
        guard jobs > 1 else {
            result = make()
            return
        }
        DispatchQueue.global().async(group: done) {
            self.result = ParallelLoop.$jobs.withValue(jobs) { make() }
        }
    }

    /// A value already made.
    package init(_ value: Value) {
        result = value
    }

    /// The value, once it is made.
    package var value: Value {
        done.wait()
        guard let result else { preconditionFailure("the group waited for the value") }
        return result
    }
}
