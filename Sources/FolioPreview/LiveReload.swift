import FolioKit
import Foundation

/// The script the preview adds to every page: it reloads the page after a successful
/// rebuild, and shows the errors of a failed one over the page until they are fixed.
enum LiveReload {
    /// `data` (an HTML page) with the script before `</body>`, or at the end.
    static func inject(into data: Data, errors: [String], hasSite: Bool = true) -> Data {
        let script = Data(script(errors: errors, hasSite: hasSite).utf8)
        if let range = data.range(of: Data("</body>".utf8), options: .backwards) {
            var page = data
            page.replaceSubrange(range.lowerBound..<range.lowerBound, with: script)
            return page
        }
        return data + script
    }

    /// The script, with the current errors; `hasSite` says whether a build succeeded, so
    /// that the page shows the last good build under them.
    static func script(errors: [String], hasSite: Bool = true) -> String {
        let title =
            hasSite
            ? "The build failed: the page shows the last good build"
            : "The build failed: there is no site to show until these errors are fixed"
        return """
            <script data-folio-live-reload>
            (() => {
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
                title.textContent = "\(title)";
                title.style.cssText = "color:#ff8a80;font:bold 18px system-ui,sans-serif;margin:0 0 1rem";
                box.appendChild(title);
                for (const error of errors) {
                  const pre = document.createElement("pre");
                  pre.textContent = error;
                  pre.style.cssText = "white-space:pre-wrap;margin:0 0 1rem";
                  box.appendChild(pre);
                }
              };
              const initial = \(json(errors));
              if (initial.length) addEventListener("DOMContentLoaded", () => show(initial));
              const events = new EventSource("/_folio/events");
              events.addEventListener("reload", () => location.reload());
              events.addEventListener("errors", (event) => show(JSON.parse(event.data)));
            })();
            </script>

            """
    }

    /// `strings` as a JSON array that is also safe inside a `<script>` element and on one
    /// server-sent event line.
    static func json(_ strings: [String]) -> String {
        JSONString.scriptSafe("[" + strings.map(JSONString.quoted).joined(separator: ",") + "]")
    }
}
