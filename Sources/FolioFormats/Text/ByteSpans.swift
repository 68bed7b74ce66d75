extension Array where Element == UInt8 {
    /// Appends `bytes`, copied one by one into the capacity made for them: a loop the
    /// compiler turns into a block copy, reading `bytes` in place.
    package mutating func append(copying bytes: Span<UInt8>) {
        append(addingCapacity: bytes.count) { output in
            for index in bytes.indices { output.append(bytes[index]) }
        }
    }
}
