import Foundation
import Synchronization
import Testing

@testable import FolioBuild
@testable import FolioFormats
@testable import FolioParallel

/// `--jobs`: the loop runs every iteration once on the threads it is given, and the site
/// is the same whatever their number.
@Suite struct ParallelLoopTests {
    @Test(arguments: [(0, 4), (1, 4), (7, 1), (100, 3), (100, 8), (5, 64)])
    func runsEveryIterationOnce(iterations: Int, jobs: Int) {
        let counts = Mutex<[Int]>(Array(repeating: 0, count: iterations))
        ParallelLoop.forEach(iterations, jobs: jobs) { index in
            counts.withLock { $0[index] += 1 }
        }
        #expect(counts.withLock { $0 } == Array(repeating: 1, count: iterations))
    }

    @Test func oneJobRunsInOrderOnTheCallingThread() {
        let caller = ObjectIdentifier(Thread.current)
        let order = Mutex<[Int]>([])
        let others = Mutex(0)
        ParallelLoop.forEach(6, jobs: 1) { index in
            order.withLock { $0.append(index) }
            if ObjectIdentifier(Thread.current) != caller { others.withLock { $0 += 1 } }
        }
        #expect(order.withLock { $0 } == [0, 1, 2, 3, 4, 5])
        #expect(others.withLock { $0 } == 0)
    }

    @Test func laterMakesItsValueOnAnotherThreadWhileTheCallerGoesOn() {
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let caller = ObjectIdentifier(Thread.current)
        let later = Later(jobs: 2) { () -> (thread: ObjectIdentifier, waited: Bool) in
            started.signal()
            // Let go by the caller, which it can do only once `Later` returned to it.
            let waited = release.wait(timeout: .now() + 30) == .success
            return (ObjectIdentifier(Thread.current), waited)
        }
        started.wait()
        release.signal()
        #expect(later.value.waited)
        #expect(later.value.thread != caller)
    }

    @Test func laterWithOneJobMakesItsValueAtOnceOnTheCallingThread() {
        let caller = ObjectIdentifier(Thread.current)
        let later = Later(jobs: 1) { ObjectIdentifier(Thread.current) }
        #expect(later.value == caller)
        #expect(Later("made").value == "made")
    }

    /// A build sets the bound once: the loops of the portfolio and the site, started on the
    /// threads of other loops, of `both` and of `Later`, read the same one.
    @Test func theBoundReachesLoopsStartedOnOtherThreads() {
        final class Seen: Sendable {
            let bounds = Mutex<Set<Int>>([])
            @Sendable func note() { bounds.withLock { _ = $0.insert(ParallelLoop.jobs) } }
        }
        let seen = Seen()
        ParallelLoop.withJobs(7) {
            ParallelLoop.forEach(6) { _ in seen.note() }
            _ = ParallelLoop.both({ seen.note() }, { seen.note() })
            Later { seen.note() }.value
        }
        #expect(seen.bounds.withLock { $0 } == [7])
        #expect(ParallelLoop.withJobs(0) { ParallelLoop.jobs } == 1)
        #expect(ParallelLoop.jobs == ParallelLoop.defaultJobs)
    }

    @Test func jobsAreAtLeastOne() {
        let options = BuildOptions(
            content: URL(filePath: "/c"), templates: URL(filePath: "/t"),
            output: URL(filePath: "/o"), today: CalendarDate(daysSinceEpoch: 0), jobs: 0)
        #expect(options.jobs == 1)
        let defaulted = BuildOptions(
            content: URL(filePath: "/c"), templates: URL(filePath: "/t"),
            output: URL(filePath: "/o"), today: CalendarDate(daysSinceEpoch: 0))
        #expect(defaulted.jobs == ProcessInfo.processInfo.activeProcessorCount)
    }

    @Test func oneJobAndEightJobsBuildTheSameBytes() throws {
        let site = try SiteFixture(copying: SiteFixture.repository)
        var one = site.options(output: "One")
        one.jobs = 1
        var eight = site.options(output: "Eight")
        eight.jobs = 8
        let first = site.build(one)
        let second = site.build(eight)
        #expect(first.result.succeeded, "\(first.text)")
        #expect(second.result.succeeded, "\(second.text)")
        #expect(first.text == second.text)
        let single = SiteFixture.files(in: site.root.appending(path: "One"))
        let parallel = SiteFixture.files(in: site.root.appending(path: "Eight"))
        let committed = SiteFixture.files(in: SiteFixture.repository.appending(path: "Public"))
        #expect(single.count == committed.count)
        let differing = Set(single.keys).union(parallel.keys).filter { single[$0] != parallel[$0] }
        #expect(differing.isEmpty, "differs: \(differing.sorted())")
    }
}
