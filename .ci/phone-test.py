#!/usr/bin/env python3
"""Opens one page of every kind of the built sample at 390 px wide in headless Chromium and
checks what a phone shows: no page is wider than the screen, every row's ARR and renewal
date lie inside it, and chart text is at least 11 px tall.

Usage: phone-test.py [SITE]   (SITE defaults to the repository's root; reads SITE/Public)
"""
import pathlib
import shutil
import sys

from playwright.sync_api import sync_playwright

site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
public = (site / "Public").resolve()
width = 390
problems = []
pages = {
    "overview": "index.html",
    "every account": "accounts/index.html",
    "accounts at risk": "at-risk/index.html",
    "pipeline": "pipeline/index.html",
    "books of business": "books/index.html",
    "renewals": "renewals/index.html",
    "client": "clients/brightwater-grocers/index.html",
    "handoff": "handoffs/bluefin-seafood-exchange/index.html",
    "person": "team/dana-whitfield/index.html",
    "director": "team/helen-castillo/index.html",
    "team": "team/index.html",
    "agenda": "agenda/index.html",
    "search": "search/index.html",
    "industries": "industries/index.html",
    "industry": "industries/agriculture/index.html",
    "guide": "guide/index.html",
    "not found": "404.html",
}


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        problems.append(message)


with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=shutil.which("chromium"))
    page = browser.new_page(viewport={"width": width, "height": 800})
    for kind, path in pages.items():
        page.goto((public / path).as_uri())
        wide = page.evaluate("document.documentElement.scrollWidth")
        check(wide <= width, f"{kind} ({path}) is {wide} px wide")
        # Each row's ARR (a cell sorted by currency and amount) and renewal date (a cell
        # sorted by a date) must be on screen, right edge included.
        outside = page.eval_on_selector_all(
            "tbody tr",
            """(rows, width) => rows.flatMap(row => Array.from(row.cells).filter(cell =>
                 /^[A-Z]{3} /.test(cell.dataset.sort || '') || /^\\d{4}-\\d\\d-\\d\\d$/.test(cell.dataset.sort || ''))
               .filter(cell => { const box = cell.getBoundingClientRect();
                 return box.width === 0 || box.left < 0 || box.right > width; })
               .map(cell => row.cells[0].textContent.trim() + ': ' + cell.textContent.trim()))""",
            width)
        cells = page.eval_on_selector_all(
            "tbody td[data-sort]", "cells => cells.filter(c => /^[A-Z]{3} |^\\d{4}-/.test(c.dataset.sort)).length")
        check(not outside, f"{kind}: the ARR and renewal of each of {cells} cells lie on screen {outside[:3]}")
        sizes = page.eval_on_selector_all(
            "svg.chart text",
            "texts => texts.map(t => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize))")
        if sizes:
            check(min(sizes) >= 11, f"{kind}: chart text is at least 11 px ({min(sizes):.1f} px)")
    browser.close()

if problems:
    print(f"phone-test: {len(problems)} problem(s)")
    sys.exit(1)
print("phone-test: every check passed")
