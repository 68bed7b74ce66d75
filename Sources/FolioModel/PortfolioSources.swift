package import FolioFormats
import FolioParallel
import Foundation
import Synchronization

/// The parsed files a portfolio is merged from.
package struct PortfolioSources: Sendable {
    package var settings: SiteSettings
    package var accounts: DataTable
    var team: DataTable?
    var activities: DataTable?
    var arr: DataTable?
    package var briefs: [Document] = []
    package var handoffs: [Document] = []
    package var chapters: [Document] = []
    /// Markdown files listed but not read yet, when the loader was asked to defer them: the
    /// merge reads, parses and types each in one step and keeps only the typed record.
    package var unread = UnreadDocuments()

    /// Makes a value from its parts.
    package init(
        settings: SiteSettings, accounts: DataTable, team: DataTable? = nil,
        activities: DataTable? = nil, arr: DataTable? = nil, briefs: [Document] = [],
        handoffs: [Document] = [], chapters: [Document] = [],
        unread: UnreadDocuments = UnreadDocuments()
    ) {
        self.settings = settings
        self.accounts = accounts
        self.team = team
        self.activities = activities
        self.arr = arr
        self.briefs = briefs
        self.handoffs = handoffs
        self.chapters = chapters
        self.unread = unread
    }
}

/// The Markdown files of a content folder that the merge is to read itself, in file name
/// order, so that the parsed documents of a large site are never all in memory at once.
package struct UnreadDocuments: Sendable {
    /// A Markdown file: its path in the file system, and as messages show it.
    package struct File: Sendable {
        package var location: String
        package var path: String

        /// The file at `location`, shown as `path`.
        package init(location: String, path: String) {
            self.location = location
            self.path = path
        }
    }

    /// Reads, decodes and parses one file.
    package typealias Reader = @Sendable (File) throws(DiagnosticList) -> Document

    /// Some of the files, with how to read each.
    package struct Files: Sendable {
        package var files: [File]
        package var read: Reader
    }

    var briefs: [File] = []
    var handoffs: [File] = []
    var chapters: [File] = []
    /// How the merge reads each file: as ``Document/read(_:path:)`` does, unless the loader
    /// that listed them reads them its own way.
    var read: Reader

    /// The files listed, to be read with `read`.
    package init(
        briefs: [File] = [], handoffs: [File] = [], chapters: [File] = [],
        read: @escaping Reader = { file throws(DiagnosticList) in
            try Document.read(URL(filePath: file.location), path: file.path)
        }
    ) {
        self.briefs = briefs
        self.handoffs = handoffs
        self.chapters = chapters
        self.read = read
    }

    /// The files of one kind, with how to read them.
    func listed(_ kind: KeyPath<Self, [File]>) -> Files {
        Files(files: self[keyPath: kind], read: read)
    }
}

extension DataTable {
    /// How messages name the `index`th row (from 0): a spreadsheet's row number for CSV,
    /// where the header is row 1, and the item's number for JSON and YAML lists.
    func rowLabel(_ index: Int) -> String {
        file.lowercased().hasSuffix(".csv") ? "row \(index + 2)" : "item \(index + 1)"
    }

    /// Reads every row with `read`, collecting the problems into `diagnostics`; without
    /// `makingFields`, no record gets its `fields`.
    ///
    /// Rows are typed in blocks on up to ``ParallelLoop/jobs`` threads (a CRM export has tens of thousands
    /// of activities, and typing them on one core would keep the others waiting); records
    /// and problems come back in row order.
    func records<Record: Sendable>(
        _ diagnostics: inout [Diagnostic], makingFields: Bool = true,
        _ read: @Sendable (inout FieldReader) -> Record?
    ) -> [Record] {
        let blockSize = 1024
        let blocks = (rows.count + blockSize - 1) / blockSize
        let typed = Mutex([([Record], [Diagnostic])](repeating: ([], []), count: blocks))
        ParallelLoop.forEach(blocks) { block in
            var records: [Record] = []
            var problems: [Diagnostic] = []
            for index in block * blockSize..<min(rows.count, (block + 1) * blockSize) {
                var reader = FieldReader(
                    row: rows[index], rowLabel: rowLabel(index), headers: headers, dates: dates,
                    makingFields: makingFields)
                if let record = read(&reader) { records.append(record) }
                problems += reader.diagnostics
            }
            typed.withLock { $0[block] = (records, problems) }
        }
        let blocksTyped = typed.withLock { $0 }
        for (_, problems) in blocksTyped { diagnostics += problems }
        return blocksTyped.flatMap(\.0)
    }
}
