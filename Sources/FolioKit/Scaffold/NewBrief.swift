import Foundation

/// Starts a brief from an account's CRM record: `folio new client` and `folio new handoff`.
///
/// The file has every field of the content contract, each explained by a YAML comment,
/// filled from the CRM record where it says something (name, account manager, salesperson,
/// products) and empty elsewhere, so that it builds as written.
public enum NewBrief {
    /// What writing a new brief did.
    public struct Result: Sendable {
        /// The problems; when one is an error, nothing was written.
        public var diagnostics: [Diagnostic]
        /// The written file's path as messages show it; `nil` when nothing was written.
        public var written: String?
    }

    /// Writes a new brief of `kind` for `accountID` into the content folder of `options`,
    /// named `slug`.md, or after the account's name when `slug` is `nil`.
    ///
    /// Refuses to replace an existing file, or to give an account a second client brief.
    public static func write(
        _ kind: BriefKind, accountID: String, slug: String? = nil, options: BuildOptions
    ) -> Result {
        var diagnostics: [Diagnostic] = []
        guard let sources = ContentLoader.load(options, &diagnostics) else {
            return Result(diagnostics: diagnostics.filter { $0.severity == .error }, written: nil)
        }
        let asOf = options.asOf ?? sources.settings.asOf ?? options.today
        let (portfolio, _) = Portfolio.merge(sources, asOf: asOf, includeDrafts: true)
        guard let client = portfolio.client(accountID: accountID) else {
            return Result(
                diagnostics: [unknownAccount(accountID, portfolio, file: sources.accounts.file)],
                written: nil)
        }
        let slug = slug ?? Self.slug(client.account.name)
        let display = "\(options.contentDisplay)/\(kind.folder)/\(slug).md"
        var slugProblems: [Diagnostic] = []
        guard !slug.isEmpty, Portfolio.slug(of: display, diagnostics: &slugProblems) != nil else {
            return Result(
                diagnostics: [
                    .error(
                        "'\(slug)' cannot name a page; give --slug with ASCII letters, digits, "
                            + "'-', '_' and '.', such as acme-logistics")
                ], written: nil)
        }
        let url = options.content.appending(path: "\(kind.folder)/\(slug).md")
        guard !FileManager.default.fileExists(atPath: url.path) else {
            return Result(
                diagnostics: [
                    .error(
                        "\(display) already exists and was left as it was; edit it, or choose "
                            + "another file name with --slug NAME")
                ], written: nil)
        }
        if kind == .client, let brief = client.brief {
            return Result(
                diagnostics: [
                    .error(
                        "account '\(client.account.id)' already has a brief, \(brief.source); "
                            + "edit that file instead (an account has one brief)",
                        at: brief.account.location)
                ], written: nil)
        }
        let text =
            switch kind {
            case .client: BriefTemplate.client(client.account, portfolio: portfolio)
            case .handoff: BriefTemplate.handoff(client.account, portfolio: portfolio)
            }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            return Result(
                diagnostics: [.error("could not write \(display): \(error.localizedDescription)")],
                written: nil)
        }
        return Result(diagnostics: [], written: display)
    }

    /// The error for an account id the CRM export lacks, with the ids most like it.
    static func unknownAccount(_ id: String, _ portfolio: Portfolio, file: String) -> Diagnostic {
        let hint =
            Suggestions.accounts(portfolio.clients.map(\.account)).didYouMean(id)
            ?? "the ids are in the account_id column of \(file)"
        return .error("there is no account '\(id)' in \(file); \(hint)")
    }

    /// A file name from a client's name: `Société Portuaire de l'Estuaire` gives
    /// `societe-portuaire-de-lestuaire`.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if scalar == "&" {
                slug += "-and-"
            } else if !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.contains("--") { slug = slug.replacingOccurrences(of: "--", with: "-") }
        return slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}
