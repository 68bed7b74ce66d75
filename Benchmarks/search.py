#!/usr/bin/env python3
"""Measures the search page of a built site, opened from disk in headless Chromium: its size,
what it loads when it opens, and for each query the bytes of the index files the query loads
and the time from typing it to its first result on the page.

    search.py PUBLIC [QUERY ...] [--runs N] [--manager ID]

PUBLIC is a built site (Benchmarks/generate.py N DIR, then folio build in DIR/folio). Each
query runs N times (default 3), each time on a fresh page, and the median is printed; the
time is measured in the page, from the input event to the first result (or "Nothing
found.") in the document. --manager also times the manager filter alone, with that
person's id. Needs Playwright for Python and Debian's chromium.
"""
import argparse
import pathlib
import shutil
import statistics
import sys
import urllib.parse

from playwright.sync_api import sync_playwright

QUERIES = ["kestrel", "4242", "renewal", "the", "muller", "kestrel freight"]

# Types `query` (or chooses `manager`) and resolves with the milliseconds until the first
# result, or the status of an empty search, is in the document; the addresses of the
# scripts the search adds to load its shards are kept in window.loadedShards.
MEASURE = """([query, manager]) => new Promise(resolve => {
  const list = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  window.loadedShards = [];
  new MutationObserver(records => records.forEach(record => record.addedNodes.forEach(node => {
    if (node.src) window.loadedShards.push(node.src);
  }))).observe(document.head, {childList: true});
  const start = performance.now();
  const done = () => {
    if (list.firstElementChild || status.textContent === "Nothing found.") {
      observer.disconnect();
      resolve(performance.now() - start);
    }
  };
  const observer = new MutationObserver(done);
  observer.observe(list, {childList: true});
  observer.observe(status, {childList: true, characterData: true, subtree: true});
  if (manager) {
    const select = document.getElementById("search-manager");
    select.value = manager;
    select.dispatchEvent(new Event("change", {bubbles: true}));
  } else {
    const input = document.getElementById("search-q");
    input.value = query;
    input.dispatchEvent(new Event("input", {bubbles: true}));
  }
})"""



def size(url):
    path = pathlib.Path(urllib.parse.unquote(urllib.parse.urlparse(url).path))
    return path.stat().st_size if path.is_file() else 0


def run(browser, public, query, manager):
    """One measurement on a fresh page: (milliseconds, bytes, files, results status)."""
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.goto((public / "search" / "index.html").as_uri())
    page.wait_for_selector("#search-app:not([hidden])")
    milliseconds = page.evaluate(MEASURE, [query, manager])
    page.wait_for_selector("#search-results[aria-busy='false']", state="attached")
    loaded = page.evaluate("() => window.loadedShards")
    status = page.inner_text("#search-status")
    context.close()
    if errors:
        sys.exit(f"search.py: errors in the console: {errors}")
    return milliseconds, sum(size(name) for name in loaded), len(loaded), status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("public", type=pathlib.Path)
    parser.add_argument("queries", nargs="*", default=QUERIES)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--manager")
    arguments = parser.parse_args()
    public = arguments.public.resolve()
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("search.py: no chromium on PATH; install Debian's chromium package")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium)
        page_bytes = (public / "search" / "index.html").stat().st_size
        root_bytes = (public / "search" / "shards" / "root.js").stat().st_size
        print(f"search/index.html: {page_bytes:,} bytes; it loads search/shards/root.js, "
              f"{root_bytes:,} bytes, when it opens")
        print(f"{'query':<24} {'files':>5} {'bytes':>10} {'first result (ms)':>18}  status")
        cases = [(query, None) for query in arguments.queries]
        if arguments.manager:
            cases.append((None, arguments.manager))
        for query, manager in cases:
            runs = [run(browser, public, query, manager) for _ in range(arguments.runs)]
            milliseconds = statistics.median(r[0] for r in runs)
            _, bytes_loaded, files, status = runs[-1]
            name = query if query is not None else f"manager={manager}"
            print(f"{name:<24} {files:>5} {bytes_loaded:>10,} {milliseconds:>18.1f}  {status}")
        browser.close()


if __name__ == "__main__":
    main()
