/// One template of a library, parsed once into the nodes that every render walks.
struct CompiledTemplate: Sendable {
    /// The template's name, such as `partials/nav`.
    var name: String
    /// The path shown in messages, such as `Templates/partials/nav.mustache`.
    var path: String
    /// The parsed template.
    var nodes: [TemplateNode]
    /// The size of the template's text, a first guess at the size of its output.
    var sourceSize: Int
}
