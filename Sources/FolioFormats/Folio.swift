/// Facts about Folio itself.
public enum Folio {
    /// This version of Folio.
    public static let version = "0.1.0"
}
