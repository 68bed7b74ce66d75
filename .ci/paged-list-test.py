#!/usr/bin/env python3
"""Opens a later page of the list of every account of a built site from disk in headless
Chromium, sorts it, and checks that every account's row arrives and that the rows' links
still lead to pages of the site: the rows come from accounts/rows.js, whose addresses start
from the site's root, while the page lies a folder deeper than the list's first page.

Usage: paged-list-test.py PUBLIC   (a built site whose list of every account has a page 2)
"""
import pathlib
import shutil
import sys
import urllib.parse

from playwright.sync_api import sync_playwright

public = pathlib.Path(sys.argv[1]).resolve()
problems = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        problems.append(message)


def leads_to_a_page(url):
    """Whether a file:// address names a page of the site: a file, or a folder's index."""
    path = pathlib.Path(urllib.parse.unquote(urllib.parse.urlparse(url).path))
    return path.is_file() or (path / "index.html").is_file()


with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=shutil.which("chromium"))
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((public / "accounts" / "2" / "index.html").as_uri())
    rows = page.locator("#accounts-table tbody tr")
    check(rows.count() == 100, f"page 2 of every account shows 100 rows: {rows.count()}")
    links = lambda: page.eval_on_selector_all("#accounts-table tbody a", "links => links.map(a => a.href)")
    names = lambda: page.eval_on_selector_all("#accounts-table tbody th a", "links => links.map(a => a.textContent)")
    check(all(leads_to_a_page(url) for url in links()), "before sorting, every row's links lead to pages")
    before = names()
    total = len(list((public / "clients").glob("*/index.html"))) - len(
        [path for path in (public / "clients").glob("*/index.html")
         if 'http-equiv="refresh"' in path.read_text()])

    header = page.locator("#accounts-table thead th", has_text="Account")
    header.locator("button").click()
    # Polled from here: the pages' Content-Security-Policy allows no script of Playwright's.
    status = page.locator("#accounts-filter-status")
    for _ in range(100):
        if f"of {total}" in status.inner_text():
            break
        page.wait_for_timeout(100)
    check(f"The first 100 of {total} shown." == status.inner_text(),
          f"after sorting, the table draws the first 100 of all {total} accounts: "
          f"'{status.inner_text()}'")
    first_page = (public / "accounts" / "index.html").read_text()
    check(names() != before and all(f">{name}</a>" in first_page for name in names()[:20]),
          "they are the whole list's first rows by name, which page 1 shows, not page 2's")
    urls = links()
    broken = [url for url in urls if not leads_to_a_page(url)]
    check(urls and not broken,
          f"after sorting, every one of {len(urls)} links of the loaded rows leads to a page"
          + (f"; broken: {broken[:3]}" if broken else ""))
    check(not errors, "no script error" + (f": {errors}" if errors else ""))
    browser.close()

print(f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
