#!/usr/bin/env python3
"""Measures what a reader of a large built site waits for, opened from disk in headless
Chromium: the largest HTML page, the overview's load time, and the filter of the list of
every account.

    pages.py PUBLIC [--runs N]

PUBLIC is a built site (Benchmarks/generate.py N DIR, then folio build in DIR/folio). Prints:
- the largest HTML page, in bytes, and the five largest;
- the overview's load time: from navigation to the load event of index.html, each run on a
  fresh page;
- the filter of accounts/index.html: the first keystroke, which loads accounts/rows.js, and
  then keystrokes over every row, each timed in the page from the input event to the table
  drawn (the next frame);
each time the median of N runs (default 5). Needs Playwright for Python and Debian's
chromium.
"""
import argparse
import pathlib
import shutil
import statistics

from playwright.sync_api import sync_playwright

# Types `text` into the filter and resolves with the milliseconds until the frame after the
# table changed; the filter works on the input event, so the frame shows its result.
KEYSTROKE = """text => new Promise(resolve => {
  const input = document.getElementById("accounts-filter");
  const start = performance.now();
  input.value = text;
  input.dispatchEvent(new Event("input", {bubbles: true}));
  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
})"""

# Resolves once every account's row is in the table's view (accounts/rows.js ran).
ROWS_LOADED = """() => new Promise(resolve => {
  const table = document.getElementById("accounts-table");
  const check = () => table.folioView && table.folioView.complete
    ? resolve(table.folioView.rows.length) : setTimeout(check, 5);
  check();
})"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("public", type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    public = arguments.public.resolve()

    pages = sorted(((path.stat().st_size, path) for path in public.rglob("*.html")), reverse=True)
    print(f"HTML pages: {len(pages):,}")
    for size, path in pages[:5]:
        print(f"  {size:>12,} B  {path.relative_to(public)}")
    rows = public / "accounts" / "rows.js"
    if rows.is_file():
        print(f"accounts/rows.js: {rows.stat().st_size:,} B")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"))
        # The pages' policy allows only their own scripts; the measurements are Playwright's.
        context = browser.new_context(bypass_csp=True)

        loads = []
        for _ in range(arguments.runs):
            page = context.new_page()
            page.goto((public / "index.html").as_uri(), wait_until="load")
            loads.append(page.evaluate(
                "() => performance.getEntriesByType('navigation')[0].loadEventEnd"))
            page.close()
        print(f"overview load: {statistics.median(loads):.0f} ms "
              f"(runs: {', '.join(f'{t:.0f}' for t in loads)})")

        firsts, keystrokes, total = [], [], 0
        for _ in range(arguments.runs):
            page = context.new_page()
            page.goto((public / "accounts" / "index.html").as_uri(), wait_until="load")
            start = page.evaluate("() => performance.now()")
            page.evaluate(KEYSTROKE, "k")
            total = page.evaluate(ROWS_LOADED)
            firsts.append(page.evaluate("() => performance.now()") - start)
            for text in ["ke", "kes", "kest", "kes", "ke", "k", ""]:
                keystrokes.append(page.evaluate(KEYSTROKE, text))
            page.close()
        print(f"filter, first keystroke (loads accounts/rows.js, {total:,} rows): "
              f"{statistics.median(firsts):.0f} ms")
        print(f"filter, each later keystroke over {total:,} rows: "
              f"{statistics.median(keystrokes):.0f} ms median, {max(keystrokes):.0f} ms at most")
        browser.close()


if __name__ == "__main__":
    main()
