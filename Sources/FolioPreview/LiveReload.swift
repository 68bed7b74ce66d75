import FolioFormats
import Foundation

/// What the preview adds to every page: a script that reloads the page after a successful
/// rebuild, and shows the errors of a failed one over the page until they are fixed.
///
/// The script is a file of its own (``PreviewResponder/scriptPath``) and the errors a JSON
/// data block, which a browser does not run: the pages' Content-Security-Policy allows only
/// the site's own script files, and the preview keeps to it.
enum LiveReload {
    /// `data` (an HTML page) with the errors and the script before `</body>`, or at the end;
    /// `hasSite` says whether a build succeeded, so that the page shows the last good build
    /// under the errors.
    static func inject(into data: Data, errors: [String], hasSite: Bool = true) -> Data {
        let tags = Data(
            """
            <script type="application/json" id="folio-live-reload" data-has-site="\(hasSite)">\(json(errors))</script>
            <script src="\(PreviewResponder.scriptPath)" data-folio-live-reload></script>

            """.utf8)
        if let range = data.range(of: Data("</body>".utf8), options: .backwards) {
            var page = data
            page.replaceSubrange(range.lowerBound..<range.lowerBound, with: tags)
            return page
        }
        return data + tags
    }

    /// The script, which shows the errors of the page's data block, then listens for
    /// rebuilds.
    ///
    /// The overlay is styled through the DOM, which the policy allows, not a style attribute.
    static let script = """
        (() => {
          const data = document.getElementById("folio-live-reload");
          const hasSite = !data || data.dataset.hasSite !== "false";
          const show = (errors) => {
            let box = document.getElementById("folio-errors");
            if (!errors.length) { if (box) box.remove(); return; }
            if (!box) {
              box = document.createElement("div");
              box.id = "folio-errors";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
                "background:rgba(20,20,20,.94);color:#fff;padding:2rem;font:14px/1.5 ui-monospace,monospace";
              document.body.appendChild(box);
            }
            box.replaceChildren();
            const title = document.createElement("h2");
            title.textContent = hasSite
              ? "The build failed: the page shows the last good build"
              : "The build failed: there is no site to show until these errors are fixed";
            title.style.cssText = "color:#ff8a80;font:bold 18px system-ui,sans-serif;margin:0 0 1rem";
            box.appendChild(title);
            for (const error of errors) {
              const pre = document.createElement("pre");
              pre.textContent = error;
              pre.style.cssText = "white-space:pre-wrap;margin:0 0 1rem";
              box.appendChild(pre);
            }
          };
          const initial = data ? JSON.parse(data.textContent) : [];
          if (initial.length) {
            if (document.body) show(initial);
            else addEventListener("DOMContentLoaded", () => show(initial));
          }
          const events = new EventSource("/_folio/events");
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("errors", (event) => show(JSON.parse(event.data)));
        })();

        """

    /// `strings` as a JSON array that is also safe inside a `<script>` element and on one
    /// server-sent event line.
    static func json(_ strings: [String]) -> String {
        JSONString.scriptSafe("[" + strings.map(JSONString.quoted).joined(separator: ",") + "]")
    }
}
