"""Serves a built site's Public/ to Playwright at the address site.yml's base_url gives, as a
web server there would: a folder's address answers its index.html, and a missing address,
at any depth, answers 404.html with status 404. Nothing listens on a port and nothing leaves
the machine: Playwright answers the browser's requests for that address itself.

The browser checks use it for 404.html, whose links are absolute addresses under base_url
so that it keeps its styles at a missing address such as /clients/old-account/, where
relative links would resolve from the wrong folder: opened from disk, it has no styles.
"""
import re


def base_url(public):
    """The address 404.html's links start from (its body's data-root) when it is absolute,
    which it is when site.yml gives base_url; else None."""
    html = (public / "404.html").read_text(encoding="utf-8")
    match = re.search(r'<body[^>]* data-root="(https?://[^"]+)"', html)
    return match.group(1) if match else None


def serve(page, public, base):
    """Answers page's requests for addresses under base from the files of public."""
    root = public.resolve()

    def answer(route):
        path = route.request.url[len(base):].split("#")[0].split("?")[0]
        file = (root / path).resolve()
        if path == "" or path.endswith("/"):
            file = file / "index.html"
        if file.is_file() and root in file.parents:
            route.fulfill(path=str(file))
        else:
            route.fulfill(status=404, path=str(root / "404.html"))

    page.route(base + "**", answer)
