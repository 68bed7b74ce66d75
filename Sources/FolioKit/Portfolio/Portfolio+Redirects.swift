extension Portfolio {
    /// The redirects of `clients`, whose slugs are checked already: one at each account's
    /// id folder, `clients/<id, lower-cased>/`, where its page is named after a brief.
    ///
    /// A CRM links to an account by its id, so an id folder the site can give is always
    /// given, and one it cannot give is never an error: an id that cannot name a folder
    /// (``PageName``) gets no redirect, and a folder that holds another client's page, or
    /// that two ids differing only in letter case would share, gets none with a warning,
    /// since a link by such an id shows another account or none.
    static func redirects(of clients: [Client], _ diagnostics: inout [Diagnostic])
        -> [Redirect]
    {
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
                redirects.append(
                    Redirect(folder: folder, target: client.slug, title: client.displayName))
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
