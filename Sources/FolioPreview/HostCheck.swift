import Synchronization

/// The names a request may address the preview by, so that a web page the author visits
/// cannot read the preview by pointing a domain name of its own at 127.0.0.1 (DNS
/// rebinding): such a request carries that domain in its `Host`, and its live-reload
/// stream that domain in its `Origin`.
///
/// Allowed, with the port the preview listens on: the address it listens on, `localhost`,
/// `127.0.0.1` and `[::1]`, and, when it listens on every address (`0.0.0.0`, `::`), any IP
/// address, which no other site can rebind. Allowed with any port: each name given with
/// `--allow-host`, such as the name of a proxy in front of the preview.
final class HostCheck: Sendable {
    /// Names allowed with the preview's port, lowercased, IPv6 addresses without brackets.
    private let names: Set<String>
    /// Names allowed with any port or none.
    private let extraNames: Set<String>
    /// Whether any IP address is allowed, as for a preview listening on every address.
    private let anyAddress: Bool
    /// The port the preview listens on, known once it listens (`--port 0` picks one).
    let port = Atomic<Int>(0)
    /// The names refused so far, each logged once.
    private let refused = Mutex<Set<String>>([])

    init(listening host: String, allowing extra: [String]) {
        let listening = Self.bare(host.lowercased())
        names = ["localhost", "127.0.0.1", "::1", listening]
        extraNames = Set(extra.map { Self.bare($0.lowercased()) })
        anyAddress = listening == "0.0.0.0" || listening == "::"
    }

    /// Whether a request whose `Host` header (its authority) is `authority` is allowed.
    func allows(host authority: String?) -> Bool {
        guard let authority, let (name, port) = Self.split(authority) else { return false }
        if extraNames.contains(name) { return true }
        let listening = self.port.load(ordering: .relaxed)
        guard port.map({ $0 == listening }) ?? (listening == 80) else { return false }
        return names.contains(name) || (anyAddress && Self.isAddress(name))
    }

    /// Whether a request with this `Origin` header is allowed: none (a page of the preview's
    /// own origin sends none for a plain GET), or `http://` and an allowed host.
    func allows(origin: String?) -> Bool {
        guard let origin else { return true }
        guard origin.lowercased().hasPrefix("http://") else { return false }
        return allows(host: String(origin.dropFirst("http://".count)))
    }

    /// Whether `name` is refused for the first time, to log it once.
    func isFirstRefusal(of name: String) -> Bool {
        refused.withLock { $0.insert(name).inserted }
    }

    /// A `Host` value's name, lowercased, without brackets or a trailing dot, and its port;
    /// `nil` when it is not a host.
    static func split(_ authority: String) -> (name: String, port: Int?)? {
        let text = authority.lowercased()
        var name: Substring
        var rest: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            name = text[text.index(after: text.startIndex)..<close]
            rest = text[text.index(after: close)...]
        } else if let colon = text.firstIndex(of: ":") {
            name = text[..<colon]
            rest = text[colon...]
        } else {
            name = text[...]
            rest = ""
        }
        if name.hasSuffix(".") { name = name.dropLast() }
        guard !name.isEmpty, !name.contains("/"), !name.contains("@") else { return nil }
        guard !rest.isEmpty else { return (String(name), nil) }
        guard rest.first == ":", let port = Int(rest.dropFirst()), (0...65_535).contains(port)
        else { return nil }
        return (String(name), port)
    }

    /// A name without the brackets of an IPv6 address.
    private static func bare(_ name: String) -> String {
        name.hasPrefix("[") && name.hasSuffix("]") ? String(name.dropFirst().dropLast()) : name
    }

    /// Whether `name` is an IPv4 or IPv6 address rather than a domain name.
    private static func isAddress(_ name: String) -> Bool {
        if name.contains(":") { return name.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." } }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
    }
}
