import FolioFormats

extension Portfolio {
    /// The redirects of `clients`, whose slugs are checked already: one at each account's
    /// id folder, `clients/<id, lower-cased>/`, where its page is named after a brief, and
    /// one at each alias of its brief.
    ///
    /// A CRM links to an account by its id, so an id folder the site can give is always
    /// given, and one it cannot give is never an error: an id that cannot name a folder
    /// (``PageName``) gets no redirect, and a folder that holds another client's page, or
    /// that two ids differing only in letter case would share, gets none with a warning,
    /// since a link by such an id shows another account or none.
    ///
    /// An alias is the brief's own choice, so one whose folder holds a page, answers for
    /// another account's id or is another alias is an error at the alias. `aliases` gives
    /// each client's aliases as its brief is written, which every audience checks alike;
    /// the redirects are made from the brief the audience sees, whose aliases may be
    /// private.
    static func redirects(
        of clients: [Client], aliases: (Client) -> [ClientBrief.Alias],
        _ diagnostics: inout [Diagnostic]
    ) -> [Redirect] {
        var pages: [String: Client] = [:]
        for client in clients where pages[client.slug.lowercased()] == nil {
            pages[client.slug.lowercased()] = client
        }
        // The accounts that would answer at each id folder, in the order of `clients`.
        var idFolders: [String: [Client]] = [:]
        for client in clients {
            guard let folder = idFolder(of: client) else { continue }
            idFolders[folder, default: []].append(client)
        }
        var redirects: [Redirect] = []
        var answering: Set<String> = []
        for client in clients {
            guard let folder = idFolder(of: client) else { continue }
            let id = client.account.id
            if let page = pages[folder] {
                diagnostics.append(
                    .warning(
                        "a link to account '\(id)' by its id shows another account: "
                            + "clients/\(folder)/ holds the page of '\(page.account.id)'; rename "
                            + "that page's brief if links by id matter, or link to "
                            + "clients/\(client.slug)/",
                        at: client.account.location,
                        notes: [.note("that page comes from here", at: pageLocation(page))]))
            } else if let sharing = idFolders[folder], sharing.count > 1 {
                let others = sharing.filter { $0 !== client }
                diagnostics.append(
                    .warning(
                        "a link to account '\(id)' by its id finds no page: clients/\(folder)/ "
                            + "would also answer for '"
                            + others.map(\.account.id).joined(separator: "', '")
                            + "' (ids that differ only in letter case share a folder on macOS "
                            + "and Windows), so none of them has it; link to clients/"
                            + "\(client.slug)/",
                        at: client.account.location,
                        notes: others.map {
                            .note("'\($0.account.id)' is defined here", at: $0.account.location)
                        }))
            } else {
                answering.insert(folder)
                redirects.append(
                    Redirect(folder: folder, target: client.slug, title: client.displayName))
            }
        }

        var aliased: [String: SourceLocation] = [:]
        for client in clients {
            let shown = Set(client.brief?.aliases.map(\.name) ?? [])
            for alias in aliases(client) {
                let folder = alias.name.lowercased()
                let problem: (String, [Diagnostic])?
                if folder == client.slug.lowercased() {
                    problem = (
                        "is the name of this brief's own page, clients/\(client.slug)/; remove it",
                        []
                    )
                } else if let page = pages[folder] {
                    problem = (
                        "would put a redirect in clients/\(folder)/, which holds the page of "
                            + "'\(page.account.id)'; remove the alias"
                            + (page.brief == nil ? "" : ", or rename that page's brief"),
                        [.note("that page comes from here", at: pageLocation(page))]
                    )
                } else if folder == idFolder(of: client), answering.contains(folder) {
                    // The account answers there by its id already.
                    continue
                } else if let owner = idFolders[folder]?.first(where: { $0 !== client }) {
                    problem = (
                        "would put a redirect in clients/\(folder)/, where account "
                            + "'\(owner.account.id)' answers by its id; remove the alias",
                        [
                            .note(
                                "'\(owner.account.id)' is defined here",
                                at: owner.account.location)
                        ]
                    )
                } else if let first = aliased[folder] {
                    problem = (
                        "would put a redirect in clients/\(folder)/, as another alias does "
                            + "already; keep one of them",
                        [.note("the other alias is here", at: first)]
                    )
                } else {
                    problem = nil
                }
                if let (message, notes) = problem {
                    diagnostics.append(
                        .error(
                            "the alias '\(PageName.shortened(alias.name))' \(message)",
                            at: alias.location, notes: notes))
                    continue
                }
                aliased[folder] = alias.location
                guard shown.contains(alias.name) else { continue }
                redirects.append(
                    Redirect(folder: alias.name, target: client.slug, title: client.displayName))
            }
        }
        return redirects
    }

    /// The folder a redirect for `client`'s id would stand in: its id, lower-cased, when its
    /// page is elsewhere and the id can name a folder.
    private static func idFolder(of client: Client) -> String? {
        let folder = client.account.id.lowercased()
        guard folder != client.slug.lowercased(), PageName.problem(folder) == nil else {
            return nil
        }
        return folder
    }

    /// Where `client`'s page comes from: its brief's `account` field, or its account's row.
    private static func pageLocation(_ client: Client) -> SourceLocation {
        client.brief?.account.location ?? client.account.location
    }
}
