import CLibFuzzer
import Foundation

/// Hands the command line to libFuzzer's driver, which calls `target` with each input, and
/// exits with the driver's status.
///
/// SwiftPM gives every executable a `main` of its own, which wins over libFuzzer's, so each
/// target's `@main` calls this. libFuzzer's `main` is linked all the same and wants the
/// target under the name `LLVMFuzzerTestOneInput`, which each target's function carries.
public func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}

/// The input's bytes; libFuzzer may pass a null pointer for an empty input.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
}
