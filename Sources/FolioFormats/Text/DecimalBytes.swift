extension Array where Element == UInt8 {
    /// Appends `number` in decimal digits as UTF-8, after a `-` when it is negative: for
    /// text written as bytes (charts, the build record) without making a `String` for each
    /// number.
    ///
    /// Inlinable, so that each caller's module specialises it for its integer type rather
    /// than calling the generic version through the protocol's witnesses.
    @inlinable package mutating func appendDecimal(_ number: some BinaryInteger) {
        if number < 0 { append(UInt8(ascii: "-")) }
        let start = count
        var rest = number.magnitude
        repeat {
            append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        self[start...].reverse()
    }
}
