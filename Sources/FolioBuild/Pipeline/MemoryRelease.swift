import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory a finished step freed back to the system.
///
/// glibc keeps what a program frees for its own later use, in one pool per thread that
/// allocated it; after the merge, the parsed files of every worker are free but still
/// counted as the program's, and the pages rendered next need memory of their own.
public enum MemoryRelease {
    /// Returns the free memory of every pool to the system where the C library can
    /// (`malloc_trim`, which glibc has and its headers do not show to Swift).
    static func returnFreedMemory() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let trim = glibcFunction("malloc_trim", as: Trim.self) else { return }
        _ = trim(0)
        #endif
    }

    /// Frees `value` on another thread, so that the caller can return before the hundreds
    /// of thousands of objects a large build made are taken apart one by one.
    ///
    /// That is a noticeable stretch at the end of a large build, on one core. A program that
    /// exits right after the build need not wait for it: the system takes the memory back
    /// with the process.
    static func freeInBackground<Value: Sendable>(_ value: consuming Value) {
        let doomed = Doomed(value)
        DispatchQueue.global(qos: .utility).async { doomed.free() }
    }

    /// A value that only ``freeInBackground(_:)`` holds, so that it is freed on the thread
    /// that empties it.
    ///
    /// Unchecked: `value` is set once, by the initialiser, and then changed only by
    /// ``free()``, which one thread calls once, after the thread that made it let go.
    private final class Doomed<Value: Sendable>: @unchecked Sendable {
        private var value: Value?

        init(_ value: consuming Value) { self.value = value }

        /// Frees the value; called once, by one thread.
        func free() { value = nil }
    }

    /// Makes every block of a megabyte or more come from the system and go back to it when
    /// freed; call it once, before the work starts.
    ///
    /// glibc raises the size above which it does so each time such a block is freed, so
    /// that large outputs made later in a build (the data files, the largest pages) would
    /// stay in a thread's pool once written, and a build's peak memory would depend on which
    /// thread made them. A fixed size stops the raising (`mallopt`, `M_MMAP_THRESHOLD`).
    public static func returnLargeBlocksWhenFreed() {
        #if canImport(Glibc)
        typealias Option = @convention(c) (Int32, Int32) -> Int32
        guard let mallopt = glibcFunction("mallopt", as: Option.self) else { return }
        let mmapThreshold: Int32 = -3
        _ = mallopt(mmapThreshold, 1 << 20)
        #endif
    }

    #if canImport(Glibc)
    /// The C library's function called `name`, looked up in every library the program has
    /// loaded (`RTLD_DEFAULT`).
    ///
    /// `type` must be the function's C signature as a `@convention(c)` type: the symbol's
    /// address is taken to be such a function, which nothing can check.
    private static func glibcFunction<Function>(_ name: String, as type: Function.Type)
        -> Function?
    {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }
    #endif
}
