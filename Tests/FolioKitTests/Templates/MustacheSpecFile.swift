import Foundation

@testable import FolioTemplates

/// One module of the official Mustache spec (`comments.json`, `sections.json`, …).
struct MustacheSpecFile: Decodable {
    /// One case of the module.
    struct Case: Decodable {
        var name: String
        var desc: String
        var data: SpecJSON
        var template: String
        var partials: [String: String]?
        var expected: String
    }

    var tests: [Case]
}

/// Any JSON value of a spec case's data, turned into the `TemplateValue` Folio renders.
///
/// JSON numbers without a fraction become `.int`, others `.double` (the spec's 1.21 must
/// print as `1.21`).
enum SpecJSON: Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([SpecJSON])
    case map([String: SpecJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([SpecJSON].self) {
            self = .list(value)
        } else {
            self = .map(try container.decode([String: SpecJSON].self))
        }
    }

    var templateValue: TemplateValue {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .double(let value): .double(value)
        case .string(let value): .string(value)
        case .list(let items): .list(items.map(\.templateValue))
        case .map(let members):
            .map(TemplateMap(members.map { ($0.key, $0.value.templateValue) }) { $1 })
        }
    }
}
