#!/usr/bin/env python3
"""Runs axe-core on one page of every kind in the built site, in light and dark colours, and
fails on any serious or critical violation.

Usage: accessibility-test.py [SITE]   (SITE defaults to the repository's root; reads SITE/Public)

axe-core comes bundled with axe-playwright-python (PyPI); Playwright for Python drives
Debian's Chromium (shutil.which("chromium")), so no browser is downloaded. Every violation
is printed with its rule, impact and the elements it names; minor and moderate ones are
shown but do not fail the run.
"""
import pathlib
import shutil
import sys

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

import hosted_site

site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
public = (site / "Public").resolve()
FAILING = {"serious", "critical"}
# With base_url, 404.html links from it, so it is checked as a server there shows it, at a
# missing address some folders deep; without, it is opened from disk like every page.
base = hosted_site.base_url(public)


def first_page(folder, having=None):
    """The first page (by name) in folder's sub-folders, optionally one whose HTML has `having`."""
    for index in sorted((public / folder).glob("*/index.html")):
        if having is None or having in index.read_text(encoding="utf-8"):
            return index
    sys.exit(f"accessibility-test: no page in {folder}/ (having {having!r}); build the site first")


def page_kinds():
    """One page of each kind the default theme renders."""
    clients = sorted((public / "clients").glob("*/index.html"))
    briefless = [p for p in clients if "no brief" in p.read_text(encoding="utf-8").lower()]
    kinds = {
        "overview": public / "index.html",
        "client with a brief": first_page("clients", having="Stakeholders"),
        "client without a brief": briefless[0] if briefless else clients[-1],
        "handoff": first_page("handoffs"),
        "person": first_page("team"),
        "team": public / "team" / "index.html",
        "agenda list": public / "agenda" / "index.html",
        "guide": public / "guide" / "index.html",
        "guide chapter": first_page("guide"),
        "renewals": public / "renewals" / "index.html",
        "search": public / "search" / "index.html",
        "not found": base + "clients/old-account/" if base else public / "404.html",
    }
    for taxonomy in ("industries", "segments", "tags", "tiers"):
        if (public / taxonomy / "index.html").exists():
            kinds[f"{taxonomy} list"] = public / taxonomy / "index.html"
            kinds[f"{taxonomy} term"] = first_page(taxonomy)
            break
    return kinds


chromium = shutil.which("chromium")
if chromium is None:
    sys.exit("accessibility-test: no chromium on PATH; install Debian's chromium package")

axe = Axe()
failures = 0
checked = 0
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=chromium)
    for scheme in ("light", "dark"):
        page = browser.new_page(color_scheme=scheme)
        if base:
            hosted_site.serve(page, public, base)
        for kind, path in page_kinds().items():
            page.goto(path if isinstance(path, str) else path.as_uri())
            # The search page shows its form only once its script has run.
            page.wait_for_load_state("load")
            response = axe.run(page).response
            checked += 1
            violations = response["violations"]
            serious = [v for v in violations if v.get("impact") in FAILING]
            failures += len(serious)
            status = "FAIL " if serious else "ok   "
            where = path if isinstance(path, str) else path.relative_to(public)
            print(f"{status} {kind} ({where}, {scheme}): {len(violations)} violations, "
                  f"{len(serious)} serious or critical")
            for violation in violations:
                targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
                print(f"        {violation['impact']}: {violation['id']}: {violation['help']} "
                      f"({len(violation['nodes'])} elements, e.g. {'; '.join(targets)})")
        page.close()
    browser.close()

print(f"axe-core {response['testEngine']['version']}: {checked} page checks, "
      f"{failures} serious or critical violations")
sys.exit(1 if failures else 0)
