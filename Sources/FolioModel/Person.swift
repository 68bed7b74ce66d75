import FolioFormats
package import FolioTemplates

/// Someone in `team.csv`: an account manager, a salesperson, a director or a sales engineer.
package struct Person: Sendable {
    /// What a person does in the team.
    package enum Role: String, Sendable, CaseIterable {
        case accountManager = "account_manager"
        case salesperson
        case director
        case salesEngineer = "sales_engineer"
    }

    package var id: String
    package var name: String
    package var title: String?
    package var role: Role?
    package var email: String?
    package var region: String?
    /// The person they report to (`reports_to`), whose page rolls up their book.
    package var reportsTo: Reference?
    /// Where the person's row starts.
    var location: SourceLocation
    /// Every column of the row, as written.
    package var fields: TemplateValue

    /// Reads one row of `team.csv`.
    static func read(_ reader: inout FieldReader) -> Person? {
        let id = reader.required("id", example: "'dana-whitfield'", .personID)
        let name = reader.required("name", example: "'Dana Whitfield'", .text)
        let role = reader.optional("role", .oneOf(Role.allCases.map(\.rawValue)))
        guard let id, let name else { return nil }
        return Person(
            id: id, name: name, title: reader.optional("title", .text),
            role: role.flatMap(Role.init(rawValue:)), email: reader.optional("email", .text),
            region: reader.optional("region", .text),
            reportsTo: reader.reference("reports_to"), location: reader.node.location,
            fields: reader.fields)
    }
}

extension FieldType where Value == String {
    /// A person's id: an account id's form (``accountID``), and as it names a page folder
    /// (`team/<id>/`), the rest of `PageName`'s rule.
    static var personID: Self {
        Self { (node, field) throws(Diagnostic) in
            let id = try accountID.parse(node, field, .iso)
            if let problem = PageName.problem(id) {
                throw .error(
                    "\(field) is '\(PageName.shortened(id))', which cannot name a page folder"
                        + ": it \(problem); choose another id",
                    at: node.location)
            }
            return id
        }
    }
}
