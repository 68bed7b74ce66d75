public import FolioBuild
public import FolioFormats
import FolioModel
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
        /// Whether what was refused is the command line rather than the content: a `--slug`
        /// that is not a slug.
        public var isUsageError = false
    }

    /// Writes a new brief of `kind` for `accountID` into the content folder of `options`,
    /// named `slug`.md, or after the account's name when `slug` is `nil`.
    ///
    /// Refuses a `slug` that is not one file name of lowercase letters, digits and hyphens
    /// (``slugProblem(_:)``), suggesting one that is; refuses to replace an existing file,
    /// to write a file that would make the same page as one in a subfolder, or to give an
    /// account a second client brief.
    public static func write(
        _ kind: BriefKind, accountID: String, slug: String? = nil, options: BuildOptions
    ) -> Result {
        if let slug, let problem = slugProblem(slug) {
            return Result(
                diagnostics: [badSlug(slug, problem, kind, accountID: accountID, options)],
                written: nil, isUsageError: true)
        }
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
        let slug = slug ?? Self.slug(client.account.name, cutTo: PageName.maximumLength)
        guard slugProblem(slug) == nil else {
            let suggestion =
                suggestedSlug(from: [client.account.id]) ?? "\(kind.rawValue)-brief"
            return Result(
                diagnostics: [
                    .error(
                        "account '\(client.account.id)' is named '\(client.account.name)', which "
                            + "gives no usable file name; choose one with --slug, such as "
                            + "--slug \(suggestion)")
                ], written: nil)
        }
        let display = "\(options.contentDisplay)/\(kind.folder)/\(slug).md"
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
        // A file of any subfolder, or one whose name differs only in letter case, would make
        // the same page.
        var ignored: [Diagnostic] = []
        if let other = ContentLoader.markdownFiles(in: kind.folder, options, &ignored).first(
            where: { Self.fileSlug($0.path).lowercased() == slug })
        {
            return Result(
                diagnostics: [
                    .error(
                        "\(other.path) already makes the page \(kind.folder)/"
                            + "\(Self.fileSlug(other.path))/index.html that \(display) would "
                            + "make, so nothing was written; edit that file, or choose another "
                            + "file name with --slug NAME")
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

    /// What is wrong with `slug` as the name of a new brief's file, or `nil` when nothing is.
    ///
    /// A slug is one path component of lowercase letters, digits and hyphens, which starts
    /// with a letter or digit and is a safe page folder (``PageName``): `Content/<folder>/
    /// <slug>.md` then stays in its folder, and its page's address needs no escaping.
    public static func slugProblem(_ slug: String) -> String? {
        guard !slug.isEmpty else { return "it is empty" }
        let allowed = slug.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        guard allowed else {
            return "a slug is one file name made of lowercase letters, digits and hyphens, "
                + "without '/', '.', spaces or capitals"
        }
        return PageName.problem(slug).map { "it \($0)" }
    }

    /// The error for a `--slug` that is not a slug, with one that is.
    ///
    /// The suggestion is `slug` made a slug (`../../Evil Corp` gives `evil-corp`); when
    /// nothing usable remains, the slug of the account's name, or of its id.
    private static func badSlug(
        _ slug: String, _ problem: String, _ kind: BriefKind, accountID: String,
        _ options: BuildOptions
    ) -> Diagnostic {
        var suggestion = suggestedSlug(from: [slug])
        if suggestion == nil {
            var candidates: [String] = []
            var ignored: [Diagnostic] = []
            if let sources = ContentLoader.load(options, &ignored),
                let client = Portfolio.merge(
                    sources, asOf: options.asOf ?? options.today, includeDrafts: true
                ).0.client(accountID: accountID)
            {
                candidates += [client.account.name, client.account.id]
            }
            suggestion = suggestedSlug(from: candidates + [accountID])
        }
        let shown = PageName.shortened(slug)
        // `eu/acme` asks for a subfolder, which the written file can be moved to.
        let parts = slug.split(separator: "/", omittingEmptySubsequences: false)
        let subfolder =
            parts.count > 1 && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
            ? " (to keep the brief in a subfolder, move the file there once written: Folio "
                + "reads the subfolders of \(options.contentDisplay)/\(kind.folder) too)"
            : ""
        return .error(
            "--slug '\(shown)' cannot name the file \(options.contentDisplay)/\(kind.folder)/"
                + "<slug>.md: \(problem); use --slug \(suggestion ?? "\(kind.rawValue)-brief")"
                + subfolder)
    }

    /// The first of `candidates` that makes a slug, made one: lower-cased, with every run of
    /// other characters a hyphen, a `.md` ending dropped, and cut to the longest page name;
    /// `nil` when none does.
    static func suggestedSlug(from candidates: [String]) -> String? {
        for candidate in candidates {
            let name =
                candidate.lowercased().hasSuffix(".md") ? candidate.dropLast(3) : candidate[...]
            let slug = Self.slug(String(name), cutTo: PageName.maximumLength)
            if slugProblem(slug) == nil { return slug }
        }
        return nil
    }

    /// The page folder a brief's file gives: its name without `.md`.
    private static func fileSlug(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// The error for an account id the CRM export lacks, with the ids most like it.
    static func unknownAccount(_ id: String, _ portfolio: Portfolio, file: String) -> Diagnostic {
        let hint =
            Suggestions.accounts(portfolio.clients.map(\.account)).didYouMean(id)
            ?? "the ids are in the account_id column of \(file)"
        return .error("there is no account '\(id)' in \(file); \(hint)")
    }

    /// ``slug(_:)`` of `name`, cut to at most `length` characters, without a hyphen at the end.
    static func slug(_ name: String, cutTo length: Int) -> String {
        var slug = Self.slug(name)
        guard slug.count > length else { return slug }
        slug = String(slug.prefix(length))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
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
