/// The two kinds of brief `folio new` starts.
public enum BriefKind: String, Sendable, CaseIterable {
    /// An account manager's client brief, in `Content/clients/`.
    case client
    /// A salesperson's handoff brief, in `Content/handoffs/`.
    case handoff

    /// The content folder the brief goes in.
    var folder: String {
        switch self {
        case .client: "clients"
        case .handoff: "handoffs"
        }
    }
}
