import Testing

@testable import FolioFormats

/// Numbers written as bytes, as charts and the build record write them.
@Suite struct DecimalBytesTests {
    @Test(arguments: [0, 7, 10, 305, 1_000_000, -1, -42, Int.max, Int.min])
    func writesWhatStringDescribingWrites(number: Int) {
        var bytes = Array("x=".utf8)
        bytes.appendDecimal(number)
        #expect(String(decoding: bytes, as: UTF8.self) == "x=\(number)")
    }

    @Test func writesTheLargestUnsignedNumber() {
        var bytes: [UInt8] = []
        bytes.appendDecimal(UInt64.max)
        #expect(String(decoding: bytes, as: UTF8.self) == "18446744073709551615")
    }
}
