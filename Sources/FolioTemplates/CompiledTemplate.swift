/// One template of a library, parsed once into the nodes that every render walks.
struct CompiledTemplate: Sendable {
    /// The template's name, such as `partials/nav`.
    let name: String
    /// The path shown in messages, such as `Templates/partials/nav.mustache`.
    let path: String
    /// The parsed template.
    let nodes: [TemplateNode]
    /// The objects that `nodes` point at, which nodes do not retain, so the template does.
    let storage: NodeStorage
    /// The size of the template's text, a first guess at the size of its output.
    let sourceSize: Int
}
