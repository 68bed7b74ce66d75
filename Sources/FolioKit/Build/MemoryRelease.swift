#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory a finished step freed back to the system.
///
/// glibc keeps what a program frees for its own later use, in one pool per thread that
/// allocated it; after the merge, the parsed files of every worker are free but still
/// counted as the program's, and the pages rendered next need memory of their own.
enum MemoryRelease {
    /// Returns the free memory of every pool to the system where the C library can
    /// (`malloc_trim`, which glibc has and its headers do not show to Swift).
    static func returnFreedMemory() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        // RTLD_DEFAULT: search every library the program has loaded.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else {
            return
        }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
