/// The source files that diagnostics name, each read once and indexed by line, for the
/// duration of one formatting pass.
struct SourceLines {
    /// One file's text and where its lines start.
    struct Text {
        private let text: String
        /// The UTF-8 offset of each line's first byte.
        private let starts: [Int]

        init(_ text: String) {
            self.text = text
            var starts = [0]
            var offset = 0
            // Bytes, not characters: "\r\n" is one Character, and lines end at LF only.
            for byte in text.utf8 {
                offset += 1
                if byte == UInt8(ascii: "\n") { starts.append(offset) }
            }
            self.starts = starts
        }

        /// The `number`th line (from 1) without its line ending, or `nil` past the end.
        func line(_ number: Int) -> String? {
            guard number >= 1, number <= starts.count else { return nil }
            let utf8 = text.utf8
            let start = starts[number - 1]
            // A text ending in a line feed has no line after it.
            if number == starts.count, start == utf8.count, number > 1 { return nil }
            let end = number < starts.count ? starts[number] - 1 : utf8.count
            var line = utf8.dropFirst(start).prefix(end - start)
            if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            return String(decoding: line, as: UTF8.self)
        }
    }

    private let read: (String) -> String?
    private var texts: [String: Text?] = [:]

    init(_ read: @escaping (String) -> String?) {
        self.read = read
    }

    /// The `number`th line of the file at `path`, or `nil` when it cannot be read or is
    /// shorter.
    mutating func line(_ number: Int, of path: String) -> String? {
        if let text = texts[path] { return text?.line(number) }
        let text = read(path).map(Text.init)
        texts[path] = text
        return text?.line(number)
    }
}
