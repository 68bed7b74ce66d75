#!/usr/bin/env python3
"""Opens the built site in headless Chromium, from disk and served by `folio serve`, and checks
what assets/folio.js adds: the overview's account table sorts by ARR and filters as you type,
and the search page, which loads its index from search/shards/ as a query needs it, finds a
client by its manager's name, a name without its accents ("muller" finds Müller Kälte) and
an account by a word only its activities hold, names each result's kind once, and shows more
results on request; served, a page reloads when its brief changes, and the preview refuses a
request for another host name. Both ways, the pages' Content-Security-Policy reports no
violation and the console no error. Without JavaScript the pages still show everything. Every
redirect of clients/ leads on to its page from disk, and, hosted at base_url
(hosted_site.py), so does one redirect, and a missing address some folders deep shows
404.html with its stylesheet and working links.

Usage: browser-test.py [SITE]   (SITE defaults to the repository's root; reads SITE/Public,
and serves a copy of SITE/Content and SITE/Templates with SITE/.build/debug/folio)

Playwright for Python drives Debian's Chromium (shutil.which("chromium")); no browser is
downloaded. Prints each check and exits 1 when one fails.
"""
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

from playwright.sync_api import sync_playwright

import hosted_site

site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
public = (site / "Public").resolve()
problems = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        problems.append(message)


def arr_values(page):
    return page.eval_on_selector_all(
        "#accounts-table tbody tr", "rows => rows.map(r => r.cells[5].getAttribute('data-sort'))")


def amounts(values):
    """ARR sort values ("USD 86000") as (currency, amount) pairs; empty ones left out."""
    pairs = []
    for value in values:
        if value:
            currency, amount = value.split(" ")
            pairs.append((currency, float(amount)))
    return pairs


def results(page, query=None):
    """Types query (when given) into the search box and returns the results once the shards
    they need are loaded, as [kind, title, href]."""
    if query is not None:
        page.fill("#search-q", query)
    page.wait_for_selector("#search-results[aria-busy='false']", state="attached")
    return page.eval_on_selector_all(
        "#search-results li", "items => items.map(i => [i.querySelector('.kind').textContent, i.querySelector('a').textContent, i.querySelector('a').href])")


def exercise(browser, accounts_url, how):
    """Sorts and filters the list of every account at accounts_url, then searches."""
    print(f"--    {how}: {accounts_url}")
    page = browser.new_page()
    errors = []
    violations = []
    console = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.on("console", lambda message: console.append(message.text)
            if message.type == "error" else None)
    page.goto(accounts_url)

    # Sorting by ARR: ascending, then descending, accounts without ARR last both times.
    rows = page.locator("#accounts-table tbody tr")
    total = rows.count()
    check(total > 1, f"the list of every account has {total} rows")
    before = arr_values(page)
    header = page.locator("#accounts-table thead th", has_text="ARR")
    header.locator("button").click()
    # The first sort loads every row from accounts/rows.js; the table is busy until then.
    page.wait_for_selector("#accounts-table:not([aria-busy='true'])", state="attached")
    check(header.get_attribute("aria-sort") == "ascending", "one click on ARR sets aria-sort=ascending")
    after = arr_values(page)
    check(amounts(after) == sorted(amounts(before)),
          f"rows sorted by ARR within each currency, smallest first: {amounts(after)[:3]}...")
    check(after[len(amounts(after)):] == [""] * (len(after) - len(amounts(after))),
          "accounts without ARR come last")
    header.locator("button").click()
    check(header.get_attribute("aria-sort") == "descending", "a second click sets aria-sort=descending")
    check(amounts(arr_values(page)) == sorted(amounts(before), reverse=True),
          f"rows sorted by ARR within each currency, largest first: {amounts(arr_values(page))[:3]}...")
    top = rows.nth(0).locator("th a").inner_text()
    print(f"      largest ARR: {top}")

    # The manager of the largest account: their accounts, as the overview lists them.
    manager = rows.nth(0).locator("td").nth(0).inner_text().strip()
    managed = sorted(
        name for name, who in page.eval_on_selector_all(
            "#accounts-table tbody tr",
            "rows => rows.map(r => [r.cells[0].querySelector('a').textContent, r.cells[1].textContent.trim()])")
        if who == manager)
    check(manager != "" and managed, f"{manager} manages {len(managed)} accounts: {', '.join(managed)}")

    # Filtering as you type.
    check(page.locator("#accounts-filter").is_visible(), "the filter box is shown with JavaScript")
    page.fill("#accounts-filter", manager)
    visible = page.eval_on_selector_all(
        "#accounts-table tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.cells[0].querySelector('a').textContent)")
    check(all(name in visible for name in managed) and len(visible) < total,
          f"typing '{manager}' leaves {len(visible)} of {total} rows, all of the manager's accounts among them")

    # Search by the manager's name, from the navigation.
    page.click("nav.site-nav a:text-is('Search')")
    page.wait_for_selector("#search-app:not([hidden])")
    check(page.url.endswith("search/index.html"), "the navigation leads to search/index.html")
    check(page.locator("script[type='application/json']:not(#folio-live-reload)").count() == 0,
          "the search page holds no index of its own")
    found = results(page, manager)
    clients = sorted(title for kind, title, _ in found if kind == "Client")
    check(all(name in clients for name in managed),
          f"searching '{manager}' finds their clients: {', '.join(clients)}")
    check(any(kind == "Person" and title == manager for kind, title, _ in found),
          f"and {manager}'s own page")
    status = page.inner_text("#search-status")
    print(f"      status: {status}")

    # Names without their accents, in any case.
    for query, kind, title in [("muller", "Client", "Müller Kälte GmbH"),
                               ("TOMAS herr", "Person", "Tomás Herrera"),
                               ("societe", "Client", "Société Portuaire de l'Estuaire")]:
        found = results(page, query)
        check([kind, title] in [[k, t] for k, t, _ in found],
              f"'{query}' finds the {kind.lower()} {title} ({len(found)} results)")
    # "countersigned" is written only in the activity summaries of two accounts.
    found = results(page, "countersigned")
    check(sorted(t for k, t, _ in found if k == "Client") == ["Cascade Freight Lines", "Müller Kälte GmbH"],
          f"'countersigned', only in activity summaries, finds their accounts: {[t for _, t, _ in found]}")
    # Each result names its kind once: a handoff is its account's name beside the badge.
    found = results(page, "handoff")
    handoffs = [t for k, t, _ in found if k == "Handoff"]
    check(handoffs and not any(t.startswith("Handoff") for t in handoffs),
          f"a handoff's result names its kind once: Handoff · {handoffs[0] if handoffs else '?'}")
    # Past the first 20 results, a button shows 20 more.
    found = results(page, "the")
    status = page.inner_text("#search-status")
    more = page.locator("#search-more")
    total_found = int(status.split()[0]) if status[0].isdigit() else 0
    check(len(found) == 20 and total_found > 20 and more.is_visible(),
          f"'the' shows 20 of {total_found} results and a button for more ({status})")
    more.click()
    found = results(page)
    check(len(found) == min(total_found, 40), f"the button shows {len(found)} of them")

    # The manager filter alone lists exactly the manager's clients, and a result opens.
    page.fill("#search-q", "")
    page.select_option("#search-manager", label=manager)
    found = results(page)
    check(sorted(title for kind, title, _ in found if kind == "Client") == managed,
          "the manager filter lists exactly the manager's clients")
    page.select_option("#search-manager", value="")
    results(page, manager)
    with page.expect_navigation():
        page.locator("#search-results").get_by_role("link", name=managed[0], exact=True).click()
    heading = page.locator("main h1").first.inner_text().strip()
    check(heading.startswith(managed[0]), f"the result opens {managed[0]}'s page ({page.url.split('/')[-3]}: {heading})")
    check(not errors, f"no script errors ({'; '.join(errors) or 'none'})")
    check(not violations, f"no Content-Security-Policy violation ({'; '.join(violations) or 'none'})")
    check(not console, f"no error in the console ({'; '.join(console) or 'none'})")
    page.close()
    return total



def redirects_lead_on(browser):
    """Opens every redirect of clients/ from disk, and checks that it arrives at its page."""
    redirects = {}
    for index in sorted((public / "clients").glob("*/index.html")):
        match = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"',
                          index.read_text(encoding="utf-8"))
        if match:
            redirects[index] = (index.parent / match.group(1)).resolve()
    check(len(redirects) > 0, f"clients/ holds {len(redirects)} redirects")
    page = browser.new_page()
    arrived = []
    for redirect, target in redirects.items():
        page.goto(redirect.as_uri())
        try:
            page.wait_for_url(target.as_uri(), timeout=5000)
            arrived.append(redirect)
        except Exception:
            print(f"      {redirect.relative_to(public)} stayed at {page.url}")
    check(len(arrived) == len(redirects) and all(t.is_file() for t in redirects.values()),
          f"each of them leads on to its page from disk ({len(arrived)} of {len(redirects)})")
    page.close()
    return redirects


def hosted(browser, base, redirects):
    """The site as a server at base shows it: a missing address some folders deep answers
    404.html with its stylesheet and script, its links lead to the site's pages, and a
    redirect leads on."""
    print(f"--    hosted at {base}")
    page = browser.new_page()
    hosted_site.serve(page, public, base)
    answered = []
    violations = []
    page.on("response", lambda response: answered.append((response.url, response.status)))
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    missing = page.goto(base + "clients/old-account/")
    check(missing.status == 404 and page.locator("main h1").inner_text() == "Page not found",
          "a missing address some folders deep shows 404.html")
    # (Chromium asks for the icon when it likes, so it is not waited for.)
    for asset in ["assets/style.css", "assets/folio.js"]:
        check((base + asset, 200) in answered, f"and loads {base}{asset}")
    with page.expect_navigation():
        page.click("nav.site-nav a:text-is('Renewals')")
    check(page.url == base + "renewals/index.html", f"its navigation leads to {page.url}")
    check(not violations, f"no Content-Security-Policy violation ({'; '.join(violations) or 'none'})")
    redirect, target = next(iter(redirects.items()))
    folder = redirect.parent.name
    page.goto(base + f"clients/{folder}/")
    expected = base + target.relative_to(public).as_posix()
    try:
        page.wait_for_url(expected, timeout=5000)
    except Exception:
        pass
    check(page.url == expected, f"clients/{folder}/ leads on to {page.url}")
    page.close()


def serve(folder):
    """Starts `folio serve --port 0` in folder; returns the process, its address and its log."""
    process = subprocess.Popen(
        [str(site / ".build" / "debug" / "folio"), "serve", "--port", "0"], cwd=folder,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = []
    started = threading.Event()

    def read():
        for line in process.stderr:
            log.append(line)
            if line.startswith("Serving the site at"):
                started.set()
    threading.Thread(target=read, daemon=True).start()
    if not started.wait(120):
        process.kill()
        sys.exit("browser-test: folio serve did not start:\n" + "".join(log))
    address = re.search(r"(http://\S+/)", "".join(log)).group(1)
    return process, address, log


def status_for_host(url, host):
    request = urllib.request.Request(url, headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


chromium = shutil.which("chromium")
if chromium is None:
    sys.exit("browser-test: no chromium on PATH; install Debian's chromium package")

with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=chromium)
    total = exercise(browser, (public / "accounts" / "index.html").as_uri(), "from disk")
    redirects = redirects_lead_on(browser)
    base = hosted_site.base_url(public)
    if base and redirects:
        hosted(browser, base, redirects)

    # The same site served by folio serve, from a copy of its sources.
    work = pathlib.Path(tempfile.mkdtemp())
    for folder in ["Content", "Templates"]:
        shutil.copytree(site / folder, work / folder)
    server, address, log = serve(work)
    try:
        exercise(browser, address + "accounts/index.html", "served by folio serve")

        # Live reload: a page shows a brief's new text once the brief is saved, with the
        # live-reload script loaded under the same policy.
        page = browser.new_page()
        violations = []
        page.on("console", lambda message: violations.append(message.text)
                if "Content Security Policy" in message.text else None)
        # The page listens once its event stream is open.
        with page.expect_response(lambda response: "/_folio/events" in response.url):
            page.goto(address + "clients/brightwater-grocers/index.html")
        brief = work / "Content" / "clients" / "brightwater-grocers.md"
        brief.write_text(brief.read_text() + "\nReloaded with kiwifruit.\n")
        # Polled from here: a predicate evaluated in the page would need 'unsafe-eval'.
        reloaded = False
        for _ in range(200):
            page.wait_for_timeout(100)
            try:
                if "kiwifruit" in page.inner_text("body"):
                    reloaded = True
                    break
            except Exception:
                pass  # the page is between two loads
        check(reloaded, "saving a brief reloads its open page with the new text")
        check(not violations,
              f"live reload runs without a policy violation ({'; '.join(violations) or 'none'})")
        page.close()

        # Only the preview's own names: another host name, as a rebinding page would send it.
        port = address.rstrip("/").rsplit(":", 1)[1]
        check(status_for_host(address, f"localhost:{port}") == 200, "a request for localhost is answered")
        check(status_for_host(address, f"attacker.example:{port}") == 403,
              "a request for another host name gets 403")
        # The server logs from its own thread: give the line a moment to arrive.
        for _ in range(50):
            if any(line.startswith("Refused a request for host 'attacker.example") for line in log):
                break
            time.sleep(0.1)
        check(any(line.startswith("Refused a request for host 'attacker.example") for line in log),
              "and the refusal is logged")
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    # Without JavaScript: the table is whole, the enhancements stay hidden, the lists lead on.
    plain = browser.new_context(java_script_enabled=False).new_page()
    plain.goto((public / "accounts" / "index.html").as_uri())
    check(plain.locator("#accounts-table tbody tr").count() == total, "without JavaScript every account is listed")
    check(not plain.locator("#accounts-filter").is_visible(), "without JavaScript the filter box stays hidden")
    plain.goto((public / "search" / "index.html").as_uri())
    check(not plain.locator("#search-app").is_visible(), "without JavaScript the search form stays hidden")
    links = plain.locator(".search-browse a").count()
    check(links > 0, f"without JavaScript the search page offers {links} links to browse by")
    browser.close()

if problems:
    print(f"browser-test: {len(problems)} problem(s)")
    sys.exit(1)
print("browser-test: every check passed")
