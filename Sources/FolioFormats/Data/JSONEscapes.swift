/// Rewrites JSON escapes that libyaml does not accept into YAML escapes it does.
///
/// JSON writes a character outside the Basic Multilingual Plane as two escaped UTF-16
/// surrogates (`"\ud83d\ude00"`, as Python's `json.dumps` does for every emoji); YAML's double
/// quotes take `\U0001F600` instead, and libyaml rejects lone surrogates.
enum JSONEscapes {
    /// `text` with every escaped surrogate pair inside a string turned into one `\U` escape;
    /// the two columns each rewrite saves are recorded in `edits`.
    static func joiningSurrogatePairs(in text: String, edits: inout ColumnEdits) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var copied = 0
        var inString = false
        var line = 1
        // Scalars counted from the start of the line up to byte `countedTo`, and the scalars
        // that earlier rewrites on the line removed.
        var countedTo = 0
        var counted = 0
        var removed = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                countedTo = index + 1
                counted = 0
                removed = 0
            } else if byte == UInt8(ascii: "\"") {
                inString.toggle()
            } else if inString && byte == UInt8(ascii: "\\") {
                if let scalar = surrogatePair(in: bytes, at: index) {
                    if output.isEmpty { output.reserveCapacity(bytes.count) }
                    output += bytes[copied..<index]
                    output += Array(hexEscape(scalar).utf8)
                    copied = index + 12
                    counted += scalarCount(bytes[countedTo..<index])
                    countedTo = index
                    let column = counted + 1 - removed
                    edits.shift(line: line, from: column + 10, by: -2)
                    removed += 2
                    index += 12
                    continue
                }
                index += 2
                continue
            }
            index += 1
        }
        guard copied > 0 else { return text }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// The scalar of `\uD8xx\uDCxx` at `index`, or `nil` when there is no such pair.
    private static func surrogatePair(in bytes: [UInt8], at index: Int) -> UInt32? {
        guard index + 12 <= bytes.count,
            bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 6] == UInt8(ascii: "\\"),
            bytes[index + 7] == UInt8(ascii: "u"),
            let high = hexValue(bytes[(index + 2)..<(index + 6)]),
            let low = hexValue(bytes[(index + 8)..<(index + 12)]),
            (0xD800...0xDBFF).contains(high), (0xDC00...0xDFFF).contains(low)
        else { return nil }
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }

    private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for digit in digits {
            guard let nibble = Character(Unicode.Scalar(digit)).hexDigitValue else { return nil }
            value = value << 4 + UInt32(nibble)
        }
        return value
    }

    private static func hexEscape(_ scalar: UInt32) -> String {
        let digits = String(scalar, radix: 16, uppercase: true)
        return "\\U" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// The number of Unicode scalars in well-formed UTF-8 `bytes`.
    private static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
