public import FolioFormats

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The address the preview listens on, checked before the first build, so that a port in use
/// or an address the computer does not have is one line that says what to do, not a socket
/// error after the build.
public struct ListenAddress: Sendable {
    /// The host name or address, such as `127.0.0.1`.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int

    /// The address `host:port`.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Why the preview cannot listen here, or `nil` when it can: found by binding a socket
    /// to the address as the server does (reusing the address) and closing it again.
    public func problem() -> Diagnostic? {
        guard let code = bindError(port: port) else { return nil }
        return Self.problem(errno: code, host: host, port: port) { bindError(port: $0) == nil }
    }

    /// The error for a failure to listen with `errno`; `isFree` tells which of the ports
    /// after `port` could be suggested instead.
    static func problem(errno code: Int32, host: String, port: Int, isFree: (Int) -> Bool)
        -> Diagnostic
    {
        switch code {
        case EADDRINUSE:
            let free = (port + 1...min(port + 20, 65_535)).first(where: isFree)
            let fix =
                free.map { "serve on another port with --port \($0)" }
                ?? "choose another port with --port (--port 0 picks a free one)"
            return .error(
                "port \(port) of \(host) is in use by another program; stop that program (an "
                    + "earlier folio serve?), or \(fix)")
        case EACCES:
            return .error(
                "port \(port) of \(host) needs administrator rights to listen on; serve on a "
                    + "port above 1023 instead, such as --port 8000")
        case EADDRNOTAVAIL:
            return .error(
                "this computer has no address \(host) to listen on; use --host 127.0.0.1 to "
                    + "serve this computer only, or --host 0.0.0.0 to serve the network too")
        case Self.unknownHost:
            return .error(
                "cannot find the address of the host '\(host)'; give an address such as "
                    + "--host 127.0.0.1, or a name this computer resolves, such as localhost")
        default:
            return .error(
                "cannot listen on port \(port) of \(host): \(String(cString: strerror(code))); "
                    + "choose another port with --port, or another address with --host")
        }
    }

    /// What `bindError` returns when the host name cannot be resolved.
    static let unknownHost: Int32 = -1

    /// The `errno` of binding a socket to `host:port`, or `nil` when it could be bound.
    ///
    /// The list `getaddrinfo` returns is read only before `freeaddrinfo` releases it, at the
    /// end of this function, and only its first entry, which is there when the call succeeds.
    private func bindError(port: Int) -> Int32? {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let address = found else {
            return Self.unknownHost
        }
        defer { freeaddrinfo(found) }
        let descriptor = socket(
            address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        var on: Int32 = 1
        _ = setsockopt(
            descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 else {
            return errno
        }
        return nil
    }
}
