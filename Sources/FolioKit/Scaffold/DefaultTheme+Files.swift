// swift-format-ignore-file
// Generated from Templates/ by `make theme`; do not edit. DefaultThemeTests fails
// when this file and Templates/ differ.

extension DefaultTheme {
    static let embeddedFiles: [(path: String, text: String)] = [
        (
            "404.mustache",
            #"""
{{! 404: 404.html (docs/templates.md, "404.mustache"). Only the names every page has.
    Uses: root, site.title. A server shows this page for a missing address at any depth,
    so with base_url in site.yml, root is base_url and every link of the page (the layout's
    stylesheet, script, icon and navigation too) is an absolute address under it; without
    base_url, root is "" and the links stay relative, as from disk. }}
{{< layout}}
{{$ title}}Page not found{{/ title}}
{{$ main}}
<div class="not-found">
  <p class="eyebrow">Error 404</p>
  <h1>Page not found</h1>
  <p class="lead">There is no page at this address. It may have been renamed when the portfolio was rebuilt, or the link may be mistyped.</p>
  <p><a class="button" href="{{root}}index.html">Go to the {{site.title}} overview</a></p>
</div>
{{/ main}}
{{/ layout}}

"""#
        ),
        (
            "assets/favicon.svg",
            ##"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1d5fbf"/><path d="M11 7h11v3.6h-7v3.6h6v3.6h-6V25h-4z" fill="#fff"/></svg>

"""##
        ),
        (
            "assets/folio.js",
            #"""
/* Folio's one script: progressive enhancement only. Every page is complete without it.
   - Tables marked data-sortable sort by any column: a header becomes a button; cells sort
     by their data-sort value when they have one, else by their text, numbers as numbers.
   - An element with data-filter-table="<table id>" (hidden in the HTML) is shown and
     filters that table's rows as you type, ignoring case and accents.
   - A table with data-rows="<script>" is one page of a longer list: the first sort or
     keystroke loads that script, which hands over every row of the list (folioRows), with
     addresses from the site's root that data-root then leads to, and from then on the
     table sorts and filters them all, showing the first 100 (a page's worth, which
     draws within a frame or two).
   - On the search page, the index in search/shards/ is searched as you type, loading only
     the shards a query needs. */
(function () {
  "use strict";

  /* Words as search and the table filters compare them, folded as
     Sources/FolioKit/Site/SearchText.swift folds them: lower case, NFKD, combining marks
     dropped, the letters below spelled out, then runs of letters and digits. */
  var spelledOut = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ς": "σ"
  };

  function foldedWords(text) {
    var folded = text.toLowerCase().normalize("NFKD").replace(/\p{M}+/gu, "")
      .replace(/[ßæœøłđðþıς]/g, function (letter) { return spelledOut[letter]; });
    return folded.match(/[\p{L}\p{N}]+/gu) || [];
  }

  function sortValue(cell) {
    if (!cell) return "";
    var value = cell.getAttribute("data-sort");
    return (value === null ? cell.textContent : value).trim();
  }

  function compare(a, b) {
    // Empty values go last whatever the direction, so the caller handles them. A value
    // such as "USD 86000" sorts by currency, then by amount.
    var x = parseFloat(a), y = parseFloat(b);
    var numeric = /^-?[\d.]+(e[-+]?\d+)?$/i;
    if (numeric.test(a) && numeric.test(b)) return x - y;
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }

  /* The rows a table shows, in order, once sorted or filtered. */
  function view(table) {
    if (table.folioView) return table.folioView;
    var body = table.tBodies[0];
    var limit = table.hasAttribute("data-rows") ? 100 : Infinity;
    var state = {
      rows: Array.prototype.slice.call(body.rows), complete: !table.hasAttribute("data-rows"),
      column: -1, ascending: true, words: [], texts: null, listeners: []
    };
    state.sort = function () {
      if (state.column < 0) return;
      var keyed = state.rows.map(function (row, index) {
        return { row: row, value: sortValue(row.cells[state.column]), index: index };
      });
      keyed.sort(function (a, b) {
        if (a.value === "" || b.value === "") {
          if (a.value === b.value) return a.index - b.index;
          return a.value === "" ? 1 : -1;
        }
        var order = compare(a.value, b.value);
        return (state.ascending ? order : -order) || a.index - b.index;
      });
      state.rows = keyed.map(function (entry) { return entry.row; });
      state.texts = null;
    };
    state.render = function () {
      if (state.words.length && !state.texts) {
        state.texts = state.rows.map(function (row) { return foldedWords(row.textContent).join(" "); });
      }
      var shown = state.rows.filter(function (row, index) {
        return state.words.every(function (word) { return state.texts[index].indexOf(word) >= 0; });
      });
      var fragment = document.createDocumentFragment();
      shown.slice(0, limit).forEach(function (row) { fragment.appendChild(row); });
      body.replaceChildren(fragment);
      state.listeners.forEach(function (listener) { listener(shown.length, state.rows.length, limit); });
    };
    /* Calls done once every row of the list is at hand: at once for a table that is the
       whole list, after its data script ran for one that is a page of a longer one. */
    state.waiting = [];
    state.whole = function (done) {
      if (state.complete) return done();
      state.waiting.push(done);
      if (state.waiting.length > 1) return;
      /* Busy while the rows load, for assistive technology and anyone waiting on them. */
      table.setAttribute("aria-busy", "true");
      var script = document.createElement("script");
      script.src = table.getAttribute("data-rows");
      script.onerror = function () {
        state.complete = true;
        state.waiting.splice(0).forEach(function (f) { f(); });
        table.removeAttribute("aria-busy");
      };
      document.head.appendChild(script);
    };
    table.folioView = state;
    return state;
  }

  /* Called by a list's data script with every row of the list, as the list's pages show them. */
  window.folioRows = function (id, html) {
    var table = document.getElementById(id);
    if (!table) return;
    var state = view(table);
    var holder = document.createElement("tbody");
    holder.innerHTML = html.join("");
    /* The rows' addresses start from the site's root; this page's root goes before them. */
    var root = table.getAttribute("data-root") || "";
    Array.prototype.forEach.call(holder.querySelectorAll("[href], [src]"), function (element) {
      ["href", "src"].forEach(function (name) {
        var value = element.getAttribute(name);
        if (value !== null && !/^([a-z][a-z0-9+.-]*:|[\/#?])/i.test(value)) {
          element.setAttribute(name, root + value);
        }
      });
    });
    state.rows = Array.prototype.slice.call(holder.rows);
    state.texts = null;
    state.complete = true;
    state.sort();
    Array.prototype.forEach.call(document.querySelectorAll(".pagination"), function (nav) {
      nav.hidden = true;
    });
    state.waiting.splice(0).forEach(function (done) { done(); });
    table.removeAttribute("aria-busy");
  };

  function makeSortable(table) {
    var headers = table.querySelectorAll("thead th");
    if (!table.tBodies[0]) return;
    Array.prototype.forEach.call(headers, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () {
        var state = view(table);
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) {
          other.removeAttribute("aria-sort");
        });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        state.whole(function () {
          state.column = column;
          state.ascending = ascending;
          state.sort();
          state.render();
        });
      });
    });
  }

  function makeFilter(box) {
    var table = document.getElementById(box.getAttribute("data-filter-table"));
    var input = box.querySelector("input");
    var status = box.querySelector("[role=status]");
    if (!table || !input || !table.tBodies[0]) return;
    box.hidden = false;
    var state = view(table);
    state.listeners.push(function (shown, total, limit) {
      if (!status) return;
      if (!state.words.length) {
        status.textContent = total > limit ? "The first " + limit + " of " + total + " shown." : "";
      } else {
        status.textContent = shown + " of " + total + " shown" +
          (shown > limit ? "; the first " + limit + " are listed" : "") + ".";
      }
    });
    input.addEventListener("input", function () {
      if (!state.complete && status) status.textContent = "Loading every row…";
      state.whole(function () {
        state.words = foldedWords(input.value);
        state.render();
      });
    });
  }

  /* Search. The index is in script files under search/shards/ (Sources/FolioKit/Site/
     SearchShards.swift describes them), loaded as a query needs them: a page opened from
     disk cannot fetch a file, but it can load a script, which hands its data to
     folioSearch. Words are folded by foldedWords, above. */
  // A term shard's file name: its key's UTF-8 bytes in hexadecimal.
  function hex(text) {
    var bytes = new TextEncoder().encode(text);
    var name = "";
    for (var i = 0; i < bytes.length; i++) name += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return name;
  }

  // Entry numbers: an array of the first and the gaps after it, or a base64 bitmap.
  function entryNumbers(list) {
    var numbers = [];
    if (typeof list === "string") {
      var bytes = atob(list);
      for (var i = 0; i < bytes.length; i++) {
        for (var byte = bytes.charCodeAt(i), bit = 0; byte; byte >>= 1, bit++) {
          if (byte & 1) numbers.push(i * 8 + bit);
        }
      }
    } else {
      for (var j = 0, number = 0; j < list.length; j++) {
        number += list[j];
        numbers.push(number);
      }
    }
    return numbers;
  }

  // The numbers in any of the ascending lists, ascending; count bounds them.
  function union(lists, count) {
    if (lists.length === 1) return lists[0];
    var marks = new Uint8Array(count);
    lists.forEach(function (list) { list.forEach(function (n) { marks[n] = 1; }); });
    var numbers = [];
    for (var i = 0; i < count; i++) if (marks[i]) numbers.push(i);
    return numbers;
  }

  // The numbers in every one of the ascending lists.
  function intersection(lists) {
    lists.sort(function (a, b) { return a.length - b.length; });
    var kept = lists[0];
    for (var i = 1; i < lists.length && kept.length; i++) {
      var other = lists[i], next = [], k = 0;
      for (var j = 0; j < kept.length; j++) {
        while (k < other.length && other[k] < kept[j]) k++;
        if (k < other.length && other[k] === kept[j]) next.push(kept[j]);
      }
      kept = next;
    }
    return kept;
  }

  // Loads shards once each; load(name) promises the data of search/shards/<name>.js.
  function shardLoader(base) {
    var arrived = {};
    var promised = {};
    window.folioSearch = function (name, data) { arrived[name] = data; };
    return function load(name) {
      if (!promised[name]) {
        promised[name] = new Promise(function (resolve, reject) {
          var script = document.createElement("script");
          script.src = base + name + ".js";
          script.addEventListener("load", function () {
            script.remove();
            if (Object.prototype.hasOwnProperty.call(arrived, name)) {
              resolve(arrived[name]);
              delete arrived[name];
            } else {
              reject(new Error(script.src + " holds no search data"));
            }
          });
          script.addEventListener("error", function () {
            script.remove();
            delete promised[name];
            reject(new Error(script.src + " could not be loaded"));
          });
          document.head.appendChild(script);
        });
      }
      return promised[name];
    };
  }

  function search(app) {
    var form = app.querySelector("form");
    var input = document.getElementById("search-q");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    // A theme without the button shows the first results only.
    var more = document.getElementById("search-more") || document.createElement("button");
    var root = document.body.getAttribute("data-root") || "";
    var load = shardLoader(app.getAttribute("data-shards"));
    var kinds = { client: "Client", handoff: "Handoff", person: "Person", chapter: "Guide" };
    var filters = ["manager", "industry", "tier", "health"];
    var managers = {};
    Array.prototype.forEach.call(form.elements.manager.options, function (option) {
      if (option.value) managers[option.value] = option.textContent;
    });
    var page = 20;

    load("root").then(function (index) {
      var keys = {};
      index.keys.forEach(function (key) { keys[key] = true; });
      var byWord = {};

      // The entries of every word that starts with word, through the shard of its first
      // letters and, when that shard is split, of more of them.
      function entriesOf(word) {
        if (byWord[word]) return byWord[word];
        var letters = Array.from(word);
        function from(key, length) {
          return load("terms/" + hex(key)).then(function (shard) {
            if (shard.next) {
              if (letters.length === length) return entryNumbers(shard.all);
              var child = letters.slice(0, length + 1).join("");
              return shard.next.indexOf(child) >= 0 ? from(child, length + 1) : [];
            }
            var lists = Object.keys(shard.terms).filter(function (term) {
              return term.lastIndexOf(word, 0) === 0;
            }).map(function (term) { return entryNumbers(shard.terms[term]); });
            return lists.length ? union(lists, index.entries) : [];
          });
        }
        var top = letters.slice(0, 2).join("");
        byWord[word] = keys[top] ? from(top, Math.min(2, letters.length)) : Promise.resolve([]);
        return byWord[word];
      }

      function record(shards, number) {
        return shards[Math.floor(number / index.records)][number % index.records];
      }

      function item(values) {
        var entry = document.createElement("li");
        entry.className = "search-result";
        var kind = document.createElement("span");
        kind.className = "badge kind";
        kind.textContent = kinds[values[0]] || values[0];
        var link = document.createElement("a");
        link.href = root + values[2];
        link.textContent = values[1];
        entry.appendChild(kind);
        entry.appendChild(document.createTextNode(" "));
        entry.appendChild(link);
        var details = [values[4], values[5],
          values[0] !== "person" && managers[values[6]]]
          .filter(Boolean);
        if (details.length) {
          var meta = document.createElement("span");
          meta.className = "sub";
          meta.textContent = details.join(" · ");
          entry.appendChild(meta);
        }
        if (values[3]) {
          var text = document.createElement("p");
          text.className = "search-summary";
          text.textContent = values[3];
          entry.appendChild(text);
        }
        return entry;
      }

      var found = [];
      var listed = 0;
      var generation = 0;

      function describe() {
        status.textContent = found.length === 0 ? "Nothing found."
          : found.length === 1 ? "1 result."
          : listed < found.length ? found.length + " results; the first " + listed + " are shown."
          : found.length + " results.";
        more.hidden = listed >= found.length;
        more.disabled = false;
      }

      // Lists the next results once their records are loaded; promises the first new link.
      function showMore(current) {
        var numbers = found.slice(listed, listed + page);
        var wanted = {};
        numbers.forEach(function (n) { wanted[Math.floor(n / index.records)] = true; });
        var shards = {};
        list.setAttribute("aria-busy", "true");
        return Promise.all(Object.keys(wanted).map(function (shard) {
          return load("records/" + shard).then(function (data) { shards[shard] = data; });
        })).then(function () {
          if (current !== generation) return null;
          var fragment = document.createDocumentFragment();
          numbers.forEach(function (n) { fragment.appendChild(item(record(shards, n))); });
          var first = fragment.firstChild;
          list.appendChild(fragment);
          listed += numbers.length;
          describe();
          list.setAttribute("aria-busy", "false");
          return first && first.querySelector("a");
        });
      }

      function failed(current) {
        return function (error) {
          if (current !== generation) return;
          list.setAttribute("aria-busy", "false");
          status.textContent = "The search index could not be read (" + error.message
            + "); the lists below lead to every page.";
        };
      }

      function render() {
        var current = ++generation;
        var words = foldedWords(input.value);
        var lists = words.map(entriesOf);
        filters.forEach(function (name) {
          var value = form.elements[name].value;
          if (value) lists.push(load("facets/" + name + "-" + value).then(entryNumbers));
        });
        if (!lists.length) {
          list.textContent = "";
          list.setAttribute("aria-busy", "false");
          more.hidden = true;
          status.textContent = "Type a word or choose a filter.";
          return;
        }
        list.setAttribute("aria-busy", "true");
        Promise.all(lists).then(function (numbers) {
          if (current !== generation) return null;
          found = intersection(numbers);
          listed = 0;
          list.textContent = "";
          if (!found.length) {
            describe();
            list.setAttribute("aria-busy", "false");
            return null;
          }
          return showMore(current);
        }).catch(failed(current));
      }

      more.addEventListener("click", function () {
        if (more.disabled) return;
        more.disabled = true;
        var current = generation;
        showMore(current).then(function (link) { if (link) link.focus(); }).catch(failed(current));
      });

      // A filter from the address: its option's value, or, from an address made before
      // the values were slugs, the value as the content writes it, or its label.
      function choose(select, wanted) {
        select.value = wanted;
        if (select.value === wanted) return;
        select.value = "";
        Array.prototype.forEach.call(select.options, function (option) {
          if (option.getAttribute("data-value") === wanted || option.textContent === wanted) {
            select.value = option.value;
          }
        });
      }

      var params = new URLSearchParams(window.location.search);
      input.value = params.get("q") || "";
      filters.forEach(function (name) { choose(form.elements[name], params.get(name) || ""); });

      var shown = null;
      function update() {
        var next = new URLSearchParams();
        if (input.value) next.set("q", input.value);
        filters.forEach(function (name) {
          if (form.elements[name].value) next.set(name, form.elements[name].value);
        });
        var query = next.toString();
        // A "change" event follows "input" when the box loses focus, for example on a click
        // on a result: drawing the same list again would remove the link being clicked.
        if (query === shown) return;
        shown = query;
        try {
          window.history.replaceState(null, "", query ? "?" + query : window.location.pathname);
        } catch (error) { /* Some browsers refuse history on file:// pages; searching still works. */ }
        render();
      }

      form.addEventListener("input", update);
      form.addEventListener("change", update);
      form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
      app.hidden = false;
      update();
    }, function (error) {
      app.hidden = false;
      Array.prototype.forEach.call(form.elements, function (field) { field.disabled = true; });
      status.textContent = "The search index could not be read (" + error.message
        + "); the lists below lead to every page.";
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll("[data-filter-table]"), makeFilter);
    var app = document.getElementById("search-app");
    if (app && app.hasAttribute("data-shards")) search(app);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

"""#
        ),
        (
            "assets/style.css",
            #"""
/* Folio default theme: one stylesheet, no framework; assets/folio.js only enhances.
   Sections: 1 tokens · 2 base · 3 layout · 4 header, nav, footer · 5 page heads ·
   6 figures · 7 tables · 8 badges · 9 lists and facts · 10 prose · 11 client and handoff ·
   12 guide · 13 utilities · 14 print. */

/* 1 Tokens ------------------------------------------------------------------------
   Colour pairs are chosen for WCAG AA (4.5:1 for text) in both schemes. */
:root {
  color-scheme: light dark;
  --bg: #f6f7f9;
  --surface: #ffffff;
  --text: #1b1f24;
  --muted: #555d68;
  --border: #d6dae0;
  --border-strong: #b3bac4;
  --accent: #1a5bb8;
  --accent-hover: #12448c;
  --focus: var(--accent); /* the accent, not a colour that reads as an error */
  --row-hover: #f0f4fa;
  --code-bg: #eef1f5;
  --shadow: rgba(20, 30, 45, 0.2);
  --red-bg: #fde7e7;    --red-text: #9b1c1c;
  --yellow-bg: #fcf1cf; --yellow-text: #734a00;
  --green-bg: #e0f3e6;  --green-text: #1b6535;
  --blue-bg: #e4edfb;   --blue-text: #1b4c96;
  --grey-bg: #eceef2;   --grey-text: #434a54;
  --series-2: #7b3fa8;
  --radius: 6px;
  --measure: 70ch;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121418;
    --surface: #1a1d22;
    --text: #e5e8ec;
    --muted: #a4acb7;
    --border: #30353d;
    --border-strong: #4a515b;
    --accent: #82b1ff;
    --accent-hover: #b3cfff;
    --focus: var(--accent);
    --row-hover: #20252c;
    --code-bg: #252a31;
    --shadow: rgba(0, 0, 0, 0.7);
    --red-bg: #4a1c1f;    --red-text: #ffb7b4;
    --yellow-bg: #42330c; --yellow-text: #f7d98b;
    --green-bg: #153522;  --green-text: #9be0b2;
    --blue-bg: #1b2c48;   --blue-text: #aac8ff;
    --grey-bg: #2a2f37;   --grey-text: #cfd5dd;
    --series-2: #d4a8f5;
  }
}

/* 2 Base -------------------------------------------------------------------------- */
*, *::before, *::after { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font: 1rem/1.55 var(--font);
  font-variant-numeric: tabular-nums;
}

h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: clamp(1.6rem, 1.2rem + 1.6vw, 2.2rem); margin-top: 0.2em; letter-spacing: -0.01em; }
h2 { font-size: 1.3rem; }
h3 { font-size: 1.05rem; }
/* A brief's own headings sit below its section's, down to h6: each still reads as a heading. */
h4, h5, h6 { font-size: 1rem; }
h5, h6 { font-weight: 600; color: var(--muted); }
p, ul, ol, dl { margin: 0 0 1em; }

a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { color: var(--accent-hover); }

:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
  border-radius: 2px;
}

code {
  font-family: var(--mono);
  font-size: 0.875em;
  background: var(--code-bg);
  padding: 0.1em 0.35em;
  border-radius: 4px;
  overflow-wrap: anywhere;
}

/* 3 Layout ------------------------------------------------------------------------ */
.wrap { max-width: 78rem; margin-inline: auto; padding-inline: 1rem; }
main { display: block; padding-block: 1.5rem 3rem; }
main:focus { outline: none; }

.with-aside { display: grid; gap: 2rem; }
.with-aside > * { min-width: 0; }

@media (min-width: 60em) {
  .wrap { padding-inline: 2rem; }
  .with-aside { grid-template-columns: minmax(0, 1fr) 21rem; gap: 3rem; align-items: start; }
  .with-aside.guide { grid-template-columns: minmax(0, 1fr) 16rem; }
  .narrow-only { display: none !important; }
}

.block { margin-block: 2.25rem; }
.block > h2:first-child { margin-top: 0; }
.block > :last-child { margin-bottom: 0; }

.two-lists { display: grid; gap: 2.25rem 2rem; margin-block: 2.25rem; }
.two-lists > .block { margin-block: 0; }
@media (min-width: 40em) { .two-lists { grid-template-columns: 1fr 1fr; } }

/* 4 Header, nav, footer ----------------------------------------------------------- */
.skip-link {
  position: absolute;
  left: 0.5rem;
  top: -3rem;
  z-index: 10;
  padding: 0.5rem 1rem;
  background: var(--surface);
  color: var(--accent);
  border: 2px solid var(--focus);
  border-radius: var(--radius);
}
.skip-link:focus { top: 0.5rem; }

.site-header { background: var(--surface); border-bottom: 1px solid var(--border); }
.site-header-inner {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.25rem 1.5rem;
  padding-block: 0.6rem;
}
.brand { font-weight: 700; font-size: 1.1rem; color: var(--text); text-decoration: none; }
.brand:hover { color: var(--accent); }

.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; margin: 0; padding: 0; }
.site-nav a {
  display: block;
  padding: 0.4rem 0.7rem;
  border-radius: var(--radius);
  color: var(--text);
  text-decoration: none;
}
.site-nav a:hover { background: var(--row-hover); color: var(--accent); }
/* On a phone the navigation stays on one line: tighter links, scrolling sideways on the
   narrowest screens rather than wrapping. */
@media (max-width: 30em) {
  .site-nav { flex-basis: 100%; }
  .site-nav ul { flex-wrap: nowrap; overflow-x: auto; gap: 0; }
  .site-nav a { padding: 0.4rem 0.35rem; font-size: 0.875rem; white-space: nowrap; }
}
.site-nav a[aria-current="page"] {
  font-weight: 600;
  color: var(--accent);
  box-shadow: inset 0 -3px 0 var(--accent); /* shape as well as colour */
}

.site-footer {
  border-top: 1px solid var(--border);
  color: var(--muted);
  font-size: 0.875rem;
  padding-block: 1.25rem;
}
.site-footer p { margin: 0; }

/* 5 Page heads and breadcrumbs ---------------------------------------------------- */
.crumbs ol { display: flex; flex-wrap: wrap; list-style: none; padding: 0; margin: 0 0 0.75rem; font-size: 0.875rem; }
.crumbs li + li::before { content: "/"; padding-inline: 0.5em; color: var(--muted); }
.crumbs a[aria-current="page"] { color: var(--muted); text-decoration: none; }

.page-head { margin-bottom: 1.75rem; }
.eyebrow {
  margin: 0;
  color: var(--muted);
  font-size: 0.8125rem;
  font-weight: 600;
  letter-spacing: 0.06em;
  text-transform: uppercase;
}
.lead { font-size: 1.15rem; max-width: var(--measure); margin-bottom: 0.75rem; }
.meta { color: var(--muted); font-size: 0.9rem; max-width: var(--measure); }

.meta-list, .key-facts {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem 1.25rem;
  list-style: none;
  padding: 0;
  margin: 0.75rem 0 0;
}
.meta-list { color: var(--muted); gap: 0.25rem 0; }
.meta-list li + li::before { content: "·"; padding-inline: 0.6em; }
.key { color: var(--muted); font-size: 0.875rem; margin-right: 0.3em; }
.key-facts .due { display: inline; margin-left: 0.35rem; }

/* 6 Figures ----------------------------------------------------------------------- */
.figures {
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr));
  gap: 0.75rem;
}
@media (min-width: 48em) { .figures { grid-template-columns: repeat(4, minmax(0, 1fr)); } }
.figure {
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  padding: 0.8rem 1rem;
}
.figure-wide { grid-column: span 2; }
.figure dt { color: var(--muted); font-size: 0.875rem; font-weight: 600; }
.figure dd { margin: 0.2rem 0 0; }
.figure-values { display: flex; flex-wrap: wrap; gap: 0 1rem; }
.figure-value { font-size: 1.6rem; font-weight: 700; line-height: 1.3; }
.figure-note { display: block; color: var(--muted); font-size: 0.8125rem; }
.figure-changes { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.75rem; }
.figure-change { font-weight: 600; font-variant-numeric: tabular-nums; }
.figure .badge { vertical-align: middle; }

.health-counts { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; list-style: none; padding: 0; margin: 0.35rem 0 0; }
.health-counts .count { font-size: 1.25rem; font-weight: 700; margin-left: 0.2rem; vertical-align: middle; }

/* 7 Tables ------------------------------------------------------------------------
   Wide tables scroll inside a focusable, labelled region instead of the page. */
.table-wrap {
  overflow-x: auto;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  /* Scroll shadows: the covers move with the content, the shadows stay at the edges,
     so an edge shows a shadow only while more columns hide behind it. */
  background:
    linear-gradient(to right, var(--surface) 40%, transparent) left / 2.5rem 100% no-repeat local,
    linear-gradient(to left, var(--surface) 40%, transparent) right / 2.5rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, var(--shadow), transparent) left / 0.8rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, var(--shadow), transparent) right / 0.8rem 100% no-repeat scroll,
    var(--surface);
}
/* An empty list renders an empty body: hide the table, the "none" note says so. */
.table-wrap:has(tbody:empty) { display: none; }

table.data { width: 100%; border-collapse: collapse; font-size: 0.9375rem; }
table.data caption {
  caption-side: top;
  text-align: left;
  padding: 0.6rem 0.8rem;
  color: var(--muted);
  font-size: 0.875rem;
  border-bottom: 1px solid var(--border);
}
/* The caption's text stays in view and wraps to the screen while the table scrolls. */
table.data caption > span {
  position: sticky;
  left: 0.8rem;
  display: inline-block;
  max-width: calc(100vw - 4rem);
}
table.data th, table.data td {
  padding: 0.55rem 0.8rem;
  text-align: left;
  vertical-align: top;
  border-bottom: 1px solid var(--border);
}
table.data tbody tr:last-child > * { border-bottom: 0; }
table.data thead th {
  font-size: 0.8125rem;
  font-weight: 600;
  color: var(--muted);
  white-space: nowrap;
  border-bottom-color: var(--border-strong);
}
table.data tbody th { font-weight: 600; min-width: 9rem; }
/* The last column usually holds prose: keep it readable on a phone; the table scrolls. */
table.data td:last-child:not(.num) { min-width: 14rem; }
table.data tbody tr:hover { background: var(--row-hover); }
table.data tr.is-overdue > th:first-child { box-shadow: inset 3px 0 0 var(--red-text); }
table.data .num, table.data th.num { text-align: right; }
.num, .money { font-variant-numeric: tabular-nums; white-space: nowrap; }
.money.stacked { display: block; }
.nowrap { white-space: nowrap; }

/* On a phone, the columns marked opt give way, so that each row's name and its key
   figures (ARR, renewal, health) fit the screen without scrolling sideways; the full
   table is one tap away on the row's own page. */
@media (max-width: 40em) {
  /* Each row becomes a card: the name on its own line, the key figures under it. */
  table.data .opt { display: none; }
  table.data, table.data tbody, table.data thead { display: block; }
  table.data tr { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.3rem 0.9rem; padding: 0.6rem 0.8rem; border-bottom: 1px solid var(--border); }
  table.data tbody tr:last-child { border-bottom: 0; }
  table.data th, table.data td { display: block; padding: 0; border: 0; }
  table.data tbody th { flex-basis: 100%; min-width: 0; overflow-wrap: anywhere; }
  table.data td:last-child:not(.num) { min-width: 0; }
  table.data thead tr { padding-block: 0.4rem; }
  table.data thead th:first-child { flex-basis: auto; }
  table.data .money.stacked { display: inline; margin-right: 0.5rem; }
  table.data caption { display: block; }
  table.data caption > span { position: static; display: block; max-width: none; }
}

/* Pages of a long list, and the links from a short list to the whole one. */
.pagination { margin: 0.75rem 0; }
.pagination-status { margin: 0 0 0.35rem; color: var(--muted); font-size: 0.875rem; }
.pagination ul { display: flex; flex-wrap: wrap; gap: 0.35rem; list-style: none; padding: 0; margin: 0; }
.pagination a {
  display: inline-block;
  min-width: 2.25rem;
  padding: 0.3rem 0.6rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  text-align: center;
  text-decoration: none;
}
.pagination a[aria-current="page"] { font-weight: 700; border-color: var(--border-strong); background: var(--row-hover); }
.pagination .gap { padding: 0.3rem 0.2rem; color: var(--muted); }
.more { margin: 0.6rem 0 0; font-weight: 600; }
.bucket-arr { margin: 0 0 0.5rem; }

.sub { display: block; font-weight: 400; color: var(--muted); font-size: 0.8125rem; }
.sub-inline { color: var(--muted); font-size: 0.8125rem; }
.none { color: var(--muted); }
.person { white-space: nowrap; }
.no-brief { color: var(--muted); font-size: 0.75rem; font-weight: 400; white-space: nowrap; }
.due { display: block; font-size: 0.8125rem; }
.due.is-overdue { color: var(--red-text); font-weight: 700; }
.due.is-due { color: var(--yellow-text); font-weight: 600; }

/* 8 Badges: status, health, severity, contract. Text always names the state. ------- */
.badge {
  display: inline-block;
  padding: 0.05rem 0.5rem;
  border: 1px solid transparent;
  border-radius: 999px;
  background: var(--grey-bg);
  color: var(--grey-text);
  font-size: 0.8125rem;
  font-weight: 600;
  line-height: 1.5;
  white-space: nowrap;
}
.badge .score { font-weight: 400; }
.health::before {
  content: "";
  display: inline-block;
  width: 0.55em;
  height: 0.55em;
  margin-right: 0.35em;
  border-radius: 50%;
  background: currentColor;
  vertical-align: 0.05em;
}
.health-none::before { background: transparent; border: 1.5px solid currentColor; }

.health-red, .status-at_risk, .status-churned, .severity-high, .severity-critical,
.contract-no { background: var(--red-bg); color: var(--red-text); }
.health-yellow, .severity-medium { background: var(--yellow-bg); color: var(--yellow-text); }
.health-green, .status-active, .severity-low, .contract-yes { background: var(--green-bg); color: var(--green-text); }
.status-onboarding, .champion, .role { background: var(--blue-bg); color: var(--blue-text); }
.status-churned { background: var(--grey-bg); color: var(--grey-text); border-color: var(--border-strong); }
.kind { font-weight: 500; }
[class*="severity-"], .kind { text-transform: capitalize; }

.sentiment { text-transform: capitalize; white-space: nowrap; }
.sentiment-positive::before { content: "▲ "; color: var(--green-text); }
.sentiment-negative::before { content: "▼ "; color: var(--red-text); }
.sentiment-neutral::before { content: "■ "; color: var(--muted); }

/* Completeness: a bar for the eye, the percentage and missing sections as text. */
.completeness { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.2rem 0.5rem; }
.completeness .bar {
  display: inline-block;
  width: 4.5rem;
  height: 0.5rem;
  border-radius: 999px;
  background: var(--grey-bg);
  border: 1px solid var(--border-strong);
  overflow: hidden;
}
.completeness .bar rect { fill: var(--yellow-text); }
.completeness.is-complete .bar rect { fill: var(--green-text); }
.completeness .pct { font-weight: 600; min-width: 3ch; }
.completeness .missing { flex-basis: 100%; color: var(--muted); font-size: 0.8125rem; }
.completeness .missing .inline-list > * + *::before { content: "; "; }
.missing-list { margin: 0.25rem 0 0.5rem; padding-left: 1.25rem; }

/* 9 Lists and facts --------------------------------------------------------------- */
.inline-list { display: inline; list-style: none; padding: 0; margin: 0; }
.inline-list > * { display: inline; }
.inline-list > * + *::before { content: ", "; }

.plain-list { list-style: none; padding: 0; }
.plain-list li { padding-block: 0.4rem; border-bottom: 1px solid var(--border); }
.plain-list:empty { display: none; }
.hint { display: block; color: var(--muted); font-size: 0.875rem; }
@media (min-width: 40em) { .hint { display: inline; margin-left: 0.5rem; } }

.bullets { padding-left: 1.25rem; max-width: var(--measure); }
.bullets li + li { margin-top: 0.3rem; }
.bullets:empty, .chips:empty, .timeline:empty, .chapter-list:empty { display: none; }

.chips { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; padding: 0; }
.chips li {
  padding: 0.1rem 0.6rem;
  border: 1px solid var(--border-strong);
  border-radius: 999px;
  font-size: 0.875rem;
}
dd .chips { margin: 0; }

.facts { margin: 0; }
.facts > div {
  display: grid;
  grid-template-columns: 9.5rem minmax(0, 1fr);
  gap: 0.75rem;
  padding-block: 0.5rem;
  border-bottom: 1px solid var(--border);
}
.facts > div:last-child { border-bottom: 0; }
.facts dt { color: var(--muted); font-size: 0.875rem; }
.facts dd { margin: 0; min-width: 0; }
.facts dd .due { margin-top: 0.1rem; }

@media (min-width: 40em) {
  .facts-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); column-gap: 2rem; }
  /* Rules between rows, whatever the number of items. */
  .facts-grid > div { border-bottom: 0; border-top: 1px solid var(--border); }
  .facts-grid > div:nth-child(-n + 2) { border-top: 0; }
  .facts-grid > .span-all { grid-column: 1 / -1; }
}

.brief-meta { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin-bottom: 0.5rem; }
.brief-meta dt { color: var(--muted); font-size: 0.8125rem; }
.brief-meta dd { margin: 0; }

.empty { color: var(--muted); font-style: italic; }

.note {
  max-width: var(--measure);
  padding: 0.9rem 1.1rem;
  border: 1px solid var(--border-strong);
  border-left: 4px solid var(--accent);
  border-radius: var(--radius);
  background: var(--surface);
}
.note > :last-child { margin-bottom: 0; }
.note h2 { margin: 0 0 0.35rem; font-size: 1.05rem; }

/* 10 Prose: rendered Markdown ----------------------------------------------------- */
.prose { max-width: var(--measure); }
.prose > :first-child { margin-top: 0; }
.prose img { max-width: 100%; height: auto; }
.prose blockquote { margin: 1em 0; padding-left: 1rem; border-left: 3px solid var(--border-strong); color: var(--muted); }
.prose pre { overflow-x: auto; padding: 0.8rem 1rem; background: var(--code-bg); border-radius: var(--radius); }
.prose pre code { padding: 0; background: none; }
.prose table { border-collapse: collapse; display: block; overflow-x: auto; }
.prose th, .prose td { border: 1px solid var(--border); padding: 0.35rem 0.6rem; text-align: left; }
.prose :is(h2, h3, h4, h5, h6) { scroll-margin-top: 1rem; }
.prose hr { border: 0; border-top: 1px solid var(--border); margin: 2rem 0; }

/* 11 Client, handoff and person pages --------------------------------------------- */
.record {
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  padding: 1rem 1.1rem 0.5rem;
}
.record h2 { margin-top: 0; font-size: 1.1rem; }
.record .facts > div { grid-template-columns: 8rem minmax(0, 1fr); }

.timeline { list-style: none; padding: 0 0 0 1.1rem; border-left: 2px solid var(--border-strong); max-width: var(--measure); }
.timeline li { position: relative; padding-bottom: 1rem; }
.timeline li::before {
  content: "";
  position: absolute;
  left: calc(-1.1rem - 6px);
  top: 0.45rem;
  width: 10px;
  height: 10px;
  border-radius: 50%;
  background: var(--surface);
  border: 2px solid var(--accent);
}
.timeline p { margin: 0; }
.timeline-head { color: var(--muted); font-size: 0.875rem; }
.timeline-head .badge { margin-inline: 0.35rem; }

.parties { margin-top: 0.5rem; }
.completeness-note { margin-block: 1.5rem; border-left-color: var(--yellow-text); }
.completeness-note.is-complete { border-left-color: var(--green-text); }
.why { font-size: 1.1rem; max-width: var(--measure); padding-left: 1rem; border-left: 3px solid var(--accent); }
.is-champion > th { box-shadow: inset 3px 0 0 var(--blue-text); }
/* Where the team edits the page's source file (edit_url in site.yml). */
.edit-link { font-size: 0.875rem; margin: 0.25rem 0 1rem; }
.handoff > .edit-link, .guide .edit-link { margin-top: 2.5rem; }

.not-found { max-width: var(--measure); padding-block: 3rem; }
.button {
  display: inline-block;
  padding: 0.6rem 1.1rem;
  border-radius: var(--radius);
  background: var(--accent);
  color: var(--surface);
  font-weight: 600;
  text-decoration: none;
}
.button:hover { background: var(--accent-hover); color: var(--surface); }

/* 12 Guide ------------------------------------------------------------------------ */
.chapter-list { max-width: var(--measure); padding-left: 1.5rem; }
.chapter-list li { padding-block: 0.25rem 0.75rem; }
.chapter-list li::marker { color: var(--muted); font-weight: 700; }
.chapter-list h2 { font-size: 1.15rem; margin: 0 0 0.25rem; }
.chapter-list p { margin: 0; color: var(--muted); }

.toc {
  max-width: var(--measure);
  margin-bottom: 2rem;
  padding: 0.75rem 1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--surface);
}
.toc:has(ol:empty) { display: none; }
.toc h2 { margin: 0 0 0.4rem; font-size: 0.9375rem; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { padding-block: 0.15rem; }
.toc .toc-level-3 { padding-left: 1.25rem; font-size: 0.9375rem; }

.pager {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 1rem;
  max-width: var(--measure);
  margin-top: 3rem;
  padding-top: 1.25rem;
  border-top: 1px solid var(--border);
}
.pager a { display: flex; flex-direction: column; max-width: 48%; text-decoration: none; font-weight: 600; }
.pager a:hover { text-decoration: underline; }
.pager .pager-next { margin-left: auto; text-align: right; }
.pager-label { color: var(--muted); font-size: 0.8125rem; font-weight: 400; }
.pager-prev .pager-label::before { content: "← "; }
.pager-next .pager-label::after { content: " →"; }

.chapters-aside h2 { margin-top: 0; font-size: 1rem; }
.chapter-nav { padding-left: 1.5rem; margin: 0; }
.chapter-nav li { padding-block: 0.2rem; }
.chapter-nav a[aria-current="page"] { font-weight: 700; color: var(--text); text-decoration: none; }
@media (min-width: 60em) { .chapters-aside { position: sticky; top: 1rem; } }

/* 13 Utilities -------------------------------------------------------------------- */
.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
}

@media (prefers-reduced-motion: no-preference) {
  html { scroll-behavior: smooth; }
}

/* 14 Print: A4 and Letter, black on white, no chrome -------------------------------- */
@page { margin: 15mm; }

@media print {
  :root {
    --bg: #fff; --surface: #fff; --text: #000; --muted: #333; --border: #999;
    --border-strong: #666; --accent: #000; --row-hover: transparent; --code-bg: transparent;
    --red-bg: transparent; --red-text: #000; --yellow-bg: transparent; --yellow-text: #000;
    --green-bg: transparent; --green-text: #000; --blue-bg: transparent; --blue-text: #000;
    --grey-bg: transparent; --grey-text: #000;
  }
  body { font-size: 10.5pt; line-height: 1.45; background: #fff; color: #000; }
  .skip-link, .site-header, .site-footer, .crumbs, .pager, .chapters-aside, .toc,
  .table-filter, .search-form, .edit-link { display: none !important; }
  .sort-button { all: unset; }
  .wrap { max-width: none; padding: 0; }
  main { padding: 0; }
  a { color: #000; text-decoration: none; }
  .with-aside { display: block; }
  .record { border: 0; padding: 0; margin-top: 1.5rem; }
  .table-wrap { overflow: visible; border: 0; }
  table.data { font-size: 9.5pt; }
  table.data caption { padding-inline: 0; }
  table.data th, table.data td { padding: 0.3rem 0.6rem; }
  table.data th:first-child, table.data td:first-child { padding-left: 0; }
  table.data tr > * { box-shadow: none !important; }
  thead { display: table-header-group; }
  .badge { border-color: #000; background: none; padding-inline: 0.35rem; }
  .figure, .note, .toc { background: none; }
  .completeness .bar { border-color: #000; }
  .completeness .bar rect { fill: #000 !important; }
  h1, h2, h3, h4, h5, h6, caption, .page-head { break-after: avoid; page-break-after: avoid; }
  table, tr, dl, .figure, .note, .brief-meta, .timeline li, .chapter-list li, .chips, .bullets {
    break-inside: avoid;
    page-break-inside: avoid;
  }
  p { orphans: 3; widows: 3; }
  .block { margin-block: 1.25rem; }
}

/* Renewal buckets and portfolio figures */
.bucket { margin-block: 1.75rem; }
.bucket > h3 { display: flex; align-items: center; gap: 0.5rem; }
.count-badge {
  display: inline-block; min-width: 1.75rem; padding: 0.05rem 0.45rem; border-radius: 999px;
  background: var(--row-hover); border: 1px solid var(--border); font-size: 0.8125rem;
  font-weight: 600; text-align: center; font-variant-numeric: tabular-nums;
}
.bucket-overdue:not(.is-empty) > h3 .count-badge { background: var(--red-bg); color: var(--red-text); }
.bucket-counts { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; }
.by-value a { margin-left: 0.5rem; }
.by-value .count { font-weight: 700; font-variant-numeric: tabular-nums; }
.bucket-counts .count { font-weight: 700; font-variant-numeric: tabular-nums; }
.breakdowns { display: grid; gap: 1.5rem 2rem; align-items: start; }
/* Tier and segment stack in the first column beside the longer industry table, each table
   as tall as its rows. */
@media (min-width: 60rem) {
  .breakdowns { grid-template-columns: repeat(2, minmax(0, 1fr)); grid-template-rows: auto 1fr; }
  .breakdowns > :nth-child(3) { grid-column: 2; grid-row: 1 / span 2; }
}
.breakdowns table.data td:last-child:not(.num) { min-width: 0; }
.retention-list { list-style: none; padding: 0; margin: 0; }
.retention-list li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.4rem; }
.figure-note-inline { color: var(--muted); font-size: 0.8125rem; margin-right: 0.6rem; }

/* Charts: inline SVG drawn by Folio; colours follow the theme, light, dark and print */
.charts { display: grid; gap: 1.5rem 2rem; }
@media (min-width: 60rem) { .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
/* One trend per currency: as many side by side as fit, each at least 17rem wide. */
@media (min-width: 60rem) { .charts-trend { grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); } }
.chart-figure { margin: 0; padding: 0.75rem 1rem; background: var(--surface); border: 1px solid var(--border); border-radius: 6px; break-inside: avoid; }
.chart-figure figcaption { color: var(--muted); font-size: 0.8125rem; margin-top: 0.4rem; }
svg.chart { display: block; width: 100%; height: auto; max-width: 28rem; overflow: visible; }
svg.chart text { font: inherit; font-size: 14px; fill: var(--text); }
svg.chart .chart-value { font-variant-numeric: tabular-nums; font-weight: 600; }
svg.chart .chart-label { fill: var(--muted); }
svg.chart .chart-axis { stroke: var(--border-strong); stroke-width: 1; }
svg.chart .chart-grid { stroke: var(--border-strong); stroke-width: 1; stroke-dasharray: 3 3; }
svg.chart .chart-bar { fill: var(--accent); }
svg.chart .tone-red { fill: var(--red-text); }
svg.chart .tone-yellow { fill: var(--yellow-text); }
svg.chart .tone-green { fill: var(--green-text); }
svg.chart .tone-none { fill: var(--grey-text, var(--muted)); }
.chart-figure .chart-title { color: var(--text); font-size: 1rem; font-weight: 700; margin: 0 0 0.5rem; }
.chart-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; padding: 0; margin: 0 0 1rem; font-size: 0.875rem; }
.chart-legend li { display: inline-flex; align-items: center; gap: 0.4rem; }
.swatch { display: inline-block; width: 0.9rem; height: 0.9rem; border-radius: 2px; background: var(--accent); }
.chart-data { margin-top: 0.5rem; font-size: 0.875rem; }
.chart-data summary { cursor: pointer; color: var(--accent); }
/* The series of the ARR trend: gains in blue and green, losses in amber and red */
.series-new { background: var(--accent); }
.series-expansion { background: var(--green-text); }
.series-contraction { background: var(--yellow-text); }
.series-churn { background: var(--red-text); }
svg.chart .series-new { fill: var(--accent); }
svg.chart .series-expansion { fill: var(--green-text); }
svg.chart .series-contraction { fill: var(--yellow-text); }
svg.chart .series-churn { fill: var(--red-text); }
/* A currency's bars keep one colour across the ARR charts; the value text names it too */
.tone-currency-1 { background: var(--accent); }
.tone-currency-2 { background: var(--series-2); }
.tone-currency-3 { background: var(--grey-text); }
svg.chart .tone-currency-1 { fill: var(--accent); }
svg.chart .tone-currency-2 { fill: var(--series-2); }
svg.chart .tone-currency-3 { fill: var(--grey-text); }
@media (min-width: 60rem) { .chart-wide { grid-column: 1 / -1; } .chart-wide svg.chart { max-width: 32rem; } }

/* Sortable tables and filters (assets/folio.js adds the buttons and shows the filters) */
.sort-button {
  all: unset; cursor: pointer; display: inline-flex; align-items: center; gap: 0.3rem;
  font: inherit; color: inherit; border-radius: 3px;
}
.sort-button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.sort-button::after { content: "↕"; color: var(--muted); font-size: 0.8em; }
th[aria-sort="ascending"] .sort-button::after { content: "▲"; color: var(--text); }
th[aria-sort="descending"] .sort-button::after { content: "▼"; color: var(--text); }
.table-filter { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.75rem; margin-bottom: 0.75rem; }
.table-filter[hidden], .search-app[hidden] { display: none; }
.table-filter label, .search-field label { font-weight: 600; font-size: 0.875rem; }
.table-filter input, .search-field input, .search-field select {
  font: inherit; color: var(--text); background: var(--surface);
  border: 1px solid var(--border-strong); border-radius: var(--radius); padding: 0.35rem 0.6rem;
}
.table-filter input { min-width: min(20rem, 100%); }

/* Search */
.search-form { display: grid; gap: 0.75rem; }
.search-field { display: flex; flex-direction: column; gap: 0.25rem; }
.search-field input { font-size: 1.0625rem; }
.search-filters { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); }
.search-status { color: var(--muted); margin-top: 1rem; }
.search-result .sub { display: inline; margin-left: 0.5rem; }
.search-summary { margin: 0.2rem 0 0; color: var(--muted); font-size: 0.9375rem; max-width: var(--measure); }
.search-more { margin-top: 1rem; }
.search-more .button { border: 0; font: inherit; font-weight: 600; cursor: pointer; }
.search-more .button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.badge.kind { background: var(--blue-bg); color: var(--blue-text); }
.browse-lists { display: grid; gap: 1rem 2rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
.browse-lists .count { color: var(--muted); font-variant-numeric: tabular-nums; margin-left: 0.3rem; }

/* ARR beside a count: renewal buckets, the accounts at risk. */
.bucket-money .money { margin-left: 0.35em; color: var(--muted); }
/* A book's retention, one currency a line. */
td.retention .stacked { display: block; white-space: nowrap; }
ul.people { list-style: none; padding: 0; display: grid; gap: 0.5rem; }

"""#
        ),
        (
            "chapter.mustache",
            ##"""
{{! chapter: guide/<slug>/index.html, one per chapter (docs/templates.md, "guide.mustache
    and chapter.mustache"). Uses: root, chapter (href, title, summary, body, toc (level,
    text, id), edit_url (the link to edit the chapter, when site.yml gives edit_url),
    previous, next (title, href)), chapters (href, title, current). }}
{{< layout}}
{{$ title}}{{chapter.title}}{{/ title}}
{{$ head}}
{{#chapter.summary}}
<meta name="description" content="{{.}}">
{{/chapter.summary}}
{{/ head}}
{{$ main}}
<nav class="crumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="{{root}}guide/index.html">Role guide</a></li>
    <li><a href="{{root}}{{chapter.href}}" aria-current="page">{{chapter.title}}</a></li>
  </ol>
</nav>

<div class="with-aside guide">
<article class="primary">
  <header class="page-head">
    <h1>{{chapter.title}}</h1>
    {{#chapter.summary}}
    <p class="lead">{{.}}</p>
    {{/chapter.summary}}
  </header>

  <nav class="toc" aria-labelledby="toc-heading">
    <h2 id="toc-heading">On this page</h2>
    <ol>{{#chapter.toc}}<li class="toc-level-{{level}}"><a href="#{{id}}">{{text}}</a></li>{{/chapter.toc}}</ol>
  </nav>

  <div class="prose">
{{chapter.body}}
  </div>
  {{#chapter.edit_url}}
  <p class="edit-link"><a href="{{.}}">Edit this chapter</a></p>
  {{/chapter.edit_url}}

  <nav class="pager" aria-label="Previous and next chapter">
    {{#chapter.previous}}
    <a class="pager-prev" href="{{root}}{{href}}" rel="prev"><span class="pager-label">Previous</span> {{title}}</a>
    {{/chapter.previous}}
    {{#chapter.next}}
    <a class="pager-next" href="{{root}}{{href}}" rel="next"><span class="pager-label">Next</span> {{title}}</a>
    {{/chapter.next}}
  </nav>
</article>

<aside class="chapters-aside">
  <nav aria-labelledby="chapters-heading">
    <h2 id="chapters-heading">Chapters</h2>
    <ol class="chapter-nav">{{#chapters}}
      <li><a href="{{root}}{{href}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
    {{/chapters}}</ol>
  </nav>
</aside>
</div>
{{/ main}}
{{/ layout}}

"""##
        ),
        (
            "client.mustache",
            #"""
{{! client: clients/<slug>/index.html, one per account (docs/templates.md,
    "client.mustache"). Uses: root, account (id, crm_name, slug, name,
    summary, status, health, industry, industry_label, industry_href, segment,
    segment_label, segment_href, tier, tier_label, tier_href, arr, arr_display, currency,
    contract_start, renewal, nps, products, last_touchpoint, days_since_touchpoint,
    manager, salesperson), brief (goals, needs, stakeholders (with role_label and
    sentiment_label), opportunities (type_label, stage_label), risks (severity_label),
    competitors, tags, tag_links (label, href), next_qbr, next_qbr_overdue, next_qbr_overdue_display, updated, body, edit_url
    (the link to edit the brief, when site.yml gives edit_url)), activities (date, type,
    type_label, summary, owner), activity_chart (title, svg), handoffs (href, title, from, to, date,
    completeness), audience.sees_handoffs (the handoffs section is left out when false).
    Partials: status, health, renewal, person-link, completeness. }}
{{< layout}}
{{$ title}}{{account.name}}{{/ title}}
{{$ head}}
{{#account.summary}}
<meta name="description" content="{{.}}">
{{/account.summary}}
{{/ head}}
{{$ main}}
<nav class="crumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="{{root}}index.html">Overview</a></li>
    <li><a href="{{root}}{{account.href}}" aria-current="page">{{account.name}}</a></li>
  </ol>
</nav>

<header class="page-head">
  <p class="eyebrow">Client</p>
  <h1>{{account.name}}</h1>
  {{#account.summary}}
  <p class="lead">{{.}}</p>
  {{/account.summary}}
  {{#account}}
  <ul class="key-facts">
    <li>{{> partials/status}}</li>
    <li><span class="key">Health</span> {{> partials/health}}</li>
    <li class="narrow-only"><span class="key">ARR</span> <span class="money">{{#arr}}{{arr_display}}{{/arr}}{{^arr}}—{{/arr}}</span></li>
    <li class="narrow-only"><span class="key">Renewal</span> {{> partials/renewal}}</li>
    <li class="narrow-only"><span class="key">Manager</span> {{#manager}}{{> partials/person-link}}{{/manager}}{{^manager}}<span class="none">Unassigned</span>{{/manager}}</li>
  </ul>
  {{/account}}
</header>

<div class="with-aside">
<div class="primary">
{{#brief}}
  <dl class="brief-meta">
    <div><dt>Next QBR</dt><dd>{{#next_qbr}}{{#next_qbr_overdue}}<time datetime="{{next_qbr}}">{{next_qbr_display}}</time> <span class="due is-overdue">{{next_qbr_overdue_display}}</span>{{/next_qbr_overdue}}{{^next_qbr_overdue}}<time datetime="{{.}}">{{next_qbr_display}}</time>{{/next_qbr_overdue}}{{/next_qbr}}{{^next_qbr}}<span class="none">Not scheduled</span>{{/next_qbr}}</dd></div>
    <div><dt>Brief updated</dt><dd>{{#updated}}<time datetime="{{.}}">{{updated_display}}</time>{{/updated}}{{^updated}}<span class="none">Not given</span>{{/updated}}</dd></div>
  </dl>
  {{#edit_url}}
  <p class="edit-link"><a href="{{.}}">Edit this brief</a></p>
  {{/edit_url}}

  <div class="two-lists">
    <section class="block" aria-labelledby="goals-heading">
      <h2 id="goals-heading">Goals</h2>
      <ul class="bullets">{{#goals}}<li>{{.}}</li>{{/goals}}</ul>
      {{^goals}}
      <p class="empty">No goals recorded.</p>
      {{/goals}}
    </section>
    <section class="block" aria-labelledby="needs-heading">
      <h2 id="needs-heading">Needs</h2>
      <ul class="bullets">{{#needs}}<li>{{.}}</li>{{/needs}}</ul>
      {{^needs}}
      <p class="empty">No needs recorded.</p>
      {{/needs}}
    </section>
  </div>

  <section class="block" aria-labelledby="stakeholders-heading">
    <h2 id="stakeholders-heading">Stakeholders</h2>
    <div class="table-wrap" role="region" aria-labelledby="stakeholders-caption" tabindex="0">
      <table class="data">
        <caption id="stakeholders-caption"><span>People at {{account.name}}, by role, with their sentiment.</span></caption>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Sentiment</th><th scope="col">Notes</th></tr>
        </thead>
        <tbody>{{#stakeholders}}
          <tr>
            <th scope="row">{{name}}{{#title}}<span class="sub">{{.}}</span>{{/title}}</th>
            <td>{{#role}}<span class="badge role">{{role_label}}</span>{{/role}}</td>
            <td>{{#sentiment}}<span class="sentiment sentiment-{{.}}">{{sentiment_label}}</span>{{/sentiment}}</td>
            <td>{{#notes}}{{.}}{{/notes}}</td>
          </tr>
        {{/stakeholders}}</tbody>
      </table>
    </div>
    {{^stakeholders}}
    <p class="empty">No stakeholders recorded.</p>
    {{/stakeholders}}
  </section>

  <section class="block" aria-labelledby="opportunities-heading">
    <h2 id="opportunities-heading">Opportunities</h2>
    <div class="table-wrap" role="region" aria-labelledby="opportunities-caption" tabindex="0">
      <table class="data">
        <caption id="opportunities-caption"><span>Opportunities with {{account.name}}; closed ones are marked.</span></caption>
        <thead>
          <tr><th scope="col">Opportunity</th><th scope="col">Type</th><th scope="col">Stage</th><th scope="col" class="num">Amount</th><th scope="col">Close date</th></tr>
        </thead>
        <tbody>{{#opportunities}}
          <tr>
            <th scope="row">{{name}}{{^is_open}} <span class="badge status-churned">Closed</span>{{/is_open}}</th>
            <td>{{#type}}{{type_label}}{{/type}}</td>
            <td>{{#stage}}{{stage_label}}{{/stage}}</td>
            <td class="num">{{#amount}}{{amount_display}}{{/amount}}</td>
            <td class="nowrap">{{#close_date}}<time datetime="{{.}}">{{close_date_display}}</time>{{/close_date}}</td>
          </tr>
        {{/opportunities}}</tbody>
      </table>
    </div>
    {{^opportunities}}
    <p class="empty">No opportunities recorded.</p>
    {{/opportunities}}
  </section>

  <section class="block" aria-labelledby="risks-heading">
    <h2 id="risks-heading">Risks</h2>
    <div class="table-wrap" role="region" aria-labelledby="risks-caption" tabindex="0">
      <table class="data">
        <caption id="risks-caption"><span>Known risks to the account, their severity, mitigation and owner.</span></caption>
        <thead>
          <tr><th scope="col">Risk</th><th scope="col">Severity</th><th scope="col">Mitigation</th><th scope="col">Owner</th></tr>
        </thead>
        <tbody>{{#risks}}
          <tr>
            <th scope="row">{{text}}</th>
            <td>{{#severity}}<span class="badge severity-{{.}}">{{severity_label}}</span>{{/severity}}</td>
            <td>{{#mitigation}}{{.}}{{/mitigation}}</td>
            <td>{{#owner}}{{> partials/person-link}}{{/owner}}{{^owner}}<span class="none">Unassigned</span>{{/owner}}</td>
          </tr>
        {{/risks}}</tbody>
      </table>
    </div>
    {{^risks}}
    <p class="empty">No risks recorded.</p>
    {{/risks}}
  </section>

  <div class="two-lists">
    <section class="block" aria-labelledby="competitors-heading">
      <h2 id="competitors-heading">Competitors</h2>
      <ul class="chips">{{#competitors}}<li>{{.}}</li>{{/competitors}}</ul>
      {{^competitors}}
      <p class="empty">None recorded.</p>
      {{/competitors}}
    </section>
    <section class="block" aria-labelledby="tags-heading">
      <h2 id="tags-heading">Tags</h2>
      <ul class="chips">{{#tag_links}}<li>{{#href}}<a href="{{root}}{{href}}">{{label}}</a>{{/href}}{{^href}}{{label}}{{/href}}</li>{{/tag_links}}</ul>
      {{^tags}}
      <p class="empty">None.</p>
      {{/tags}}
    </section>
  </div>

  {{#body}}
  <section class="block" aria-labelledby="notes-heading">
    <h2 id="notes-heading">Relationship notes</h2>
    <div class="prose">
{{body}}
    </div>
  </section>
  {{/body}}
{{/brief}}
{{^brief}}
  <div class="note" role="note">
    <p><strong>No brief yet.</strong> This page comes from the CRM record alone.</p>
    <p>To add goals, stakeholders, risks and relationship notes, create
      <code>Content/clients/{{account.slug}}.md</code> with <code>account: {{account.id}}</code>
      in its front matter.</p>
  </div>
{{/brief}}

  <section class="block" aria-labelledby="activity-heading">
    <h2 id="activity-heading">Activity</h2>
    {{#activity_chart}}
    <figure class="chart-figure">
      {{svg}}
      <figcaption>{{title}}, from <code>data/activities.csv</code>.</figcaption>
    </figure>
    {{/activity_chart}}
    <ol class="timeline">{{#activities}}
      <li>
        <p class="timeline-head">{{#date}}<time datetime="{{.}}">{{date_display}}</time>{{/date}}{{#type}} <span class="badge kind">{{type_label}}</span>{{/type}}{{#owner}} <span class="by">by {{> partials/person-link}}</span>{{/owner}}</p>
        <p>{{summary}}</p>
      </li>
    {{/activities}}</ol>
    {{^activities}}
    <p class="empty">No activity recorded for this account.</p>
    {{/activities}}
  </section>

  {{#audience.sees_handoffs}}
  <section class="block" aria-labelledby="handoffs-heading">
    <h2 id="handoffs-heading">Handoffs</h2>
    <div class="table-wrap" role="region" aria-labelledby="handoffs-caption" tabindex="0">
      <table class="data">
        <caption id="handoffs-caption"><span>Handoff briefs for {{account.name}}, newest first.</span></caption>
        <thead>
          <tr><th scope="col">Handoff</th><th scope="col">From → to</th><th scope="col">Date</th><th scope="col">Completeness</th></tr>
        </thead>
        <tbody>{{#handoffs}}
          <tr>
            <th scope="row"><a href="{{root}}{{href}}">{{title}}</a></th>
            <td>{{#from}}{{> partials/person-link}}{{/from}} <span aria-hidden="true">→</span><span class="visually-hidden">to</span> {{#to}}{{> partials/person-link}}{{/to}}</td>
            <td class="nowrap">{{#date}}<time datetime="{{.}}">{{date_display}}</time>{{/date}}</td>
            <td>{{> partials/completeness}}</td>
          </tr>
        {{/handoffs}}</tbody>
      </table>
    </div>
    {{^handoffs}}
    <p class="empty">No handoff brief for this account.</p>
    {{/handoffs}}
  </section>
  {{/audience.sees_handoffs}}
</div>

<aside class="record" aria-labelledby="record-heading">
  <h2 id="record-heading">CRM record</h2>
  {{#account}}
  <dl class="facts">
    <div><dt>Account ID</dt><dd><code>{{id}}</code></dd></div>
    <div><dt>CRM name</dt><dd>{{crm_name}}</dd></div>
    <div><dt>Status</dt><dd>{{> partials/status}}</dd></div>
    <div><dt>Health</dt><dd>{{> partials/health}}</dd></div>
    <div><dt>Industry</dt><dd>{{#industry}}{{#industry_href}}<a href="{{root}}{{industry_href}}">{{industry_label}}</a>{{/industry_href}}{{^industry_href}}{{industry_label}}{{/industry_href}}{{/industry}}{{^industry}}<span class="none">—</span>{{/industry}}</dd></div>
    <div><dt>Segment</dt><dd>{{#segment}}{{#segment_href}}<a href="{{root}}{{segment_href}}">{{segment_label}}</a>{{/segment_href}}{{^segment_href}}{{segment_label}}{{/segment_href}}{{/segment}}{{^segment}}<span class="none">—</span>{{/segment}}</dd></div>
    <div><dt>Tier</dt><dd>{{#tier}}{{#tier_href}}<a href="{{root}}{{tier_href}}">{{tier_label}}</a>{{/tier_href}}{{^tier_href}}{{tier_label}}{{/tier_href}}{{/tier}}{{^tier}}<span class="none">—</span>{{/tier}}</dd></div>
    <div><dt>ARR</dt><dd class="money">{{#arr}}{{arr_display}} <span class="sub-inline">{{currency}}</span>{{/arr}}{{^arr}}<span class="none">—</span>{{/arr}}</dd></div>
    <div><dt>Contract start</dt><dd>{{#contract_start}}<time datetime="{{.}}">{{contract_start_display}}</time>{{/contract_start}}{{^contract_start}}<span class="none">—</span>{{/contract_start}}</dd></div>
    <div><dt>Renewal</dt><dd>{{> partials/renewal}}</dd></div>
    <div><dt>NPS</dt><dd>{{#nps}}{{.}} <span class="sub-inline">of 10</span>{{/nps}}{{^nps}}<span class="none">—</span>{{/nps}}</dd></div>
    <div><dt>Products</dt><dd><ul class="chips">{{#products}}<li>{{.}}</li>{{/products}}</ul>{{^products}}<span class="none">—</span>{{/products}}</dd></div>
    <div><dt>Last touchpoint</dt><dd>{{#last_touchpoint}}<time datetime="{{.}}">{{last_touchpoint_display}}</time> <span class="sub-inline">({{days_since_touchpoint}} days ago)</span>{{/last_touchpoint}}{{^last_touchpoint}}<span class="none">—</span>{{/last_touchpoint}}</dd></div>
    <div><dt>Account manager</dt><dd>{{#manager}}{{> partials/person-link}}{{/manager}}{{^manager}}<span class="none">Unassigned</span>{{/manager}}</dd></div>
    <div><dt>Salesperson</dt><dd>{{#salesperson}}{{> partials/person-link}}{{/salesperson}}{{^salesperson}}<span class="none">—</span>{{/salesperson}}</dd></div>
  </dl>
  {{/account}}
</aside>
</div>
{{/ main}}
{{/ layout}}

"""#
        ),
        (
            "guide.mustache",
            #"""
{{! guide: guide/index.html, the role guide's table of contents (docs/templates.md,
    "guide.mustache and chapter.mustache"). Uses: root, page.title, chapters (href, title,
    summary). }}
{{< layout}}
{{$ title}}{{page.title}}{{/ title}}
{{$ main}}
<header class="page-head">
  <p class="eyebrow">Role guide</p>
  <h1>{{page.title}}</h1>
  <p class="lead">The chapters in reading order.</p>
</header>

<ol class="chapter-list">{{#chapters}}
  <li>
    <h2><a href="{{root}}{{href}}">{{title}}</a></h2>
    {{#summary}}
    <p>{{.}}</p>
    {{/summary}}
  </li>
{{/chapters}}</ol>
{{^chapters}}
<p class="empty">No chapters yet. Add Markdown files to <code>Content/guide/</code>.</p>
{{/chapters}}
{{/ main}}
{{/ layout}}

"""#
        ),
        (
            "handoff.mustache",
            #"""
{{! handoff: handoffs/<slug>/index.html, one per handoff brief (docs/templates.md,
    "handoff.mustache"). Uses: root, handoff (title, date, date_display, from, to,
    account, completeness, deal, products, why_they_bought, success_criteria,
    stakeholders, commitments, objections, risks, open_questions, technical, next_steps,
    body, edit_url (the link to edit the handoff, when site.yml gives edit_url)).
    Partials: person-link, status, health, renewal. }}
{{< layout}}
{{$ title}}{{handoff.title}}{{/ title}}
{{$ main}}
{{#handoff}}
<nav class="crumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="{{root}}index.html">Overview</a></li>
    {{#account}}
    <li><a href="{{root}}{{href}}">{{name}}</a></li>
    {{/account}}
    <li><a href="{{root}}{{href}}" aria-current="page">Handoff</a></li>
  </ol>
</nav>

<article class="handoff">
<header class="page-head">
  <p class="eyebrow">Handoff brief{{#date}} · <time datetime="{{.}}">{{date_display}}</time>{{/date}}</p>
  <h1>{{title}}</h1>
  <p class="lead parties">From {{#from}}<strong>{{> partials/person-link}}</strong> ({{role_label}}){{/from}}{{^from}}<span class="none">an unnamed salesperson</span>{{/from}}
    to {{#to}}<strong>{{> partials/person-link}}</strong> ({{role_label}}){{/to}}{{^to}}<span class="none">an unnamed account manager</span>{{/to}}.</p>
  {{#account}}
  <ul class="key-facts">
    <li><span class="key">Account</span> <a href="{{root}}{{href}}">{{name}}</a></li>
    <li>{{> partials/status}}</li>
    <li><span class="key">Health</span> {{> partials/health}}</li>
    <li><span class="key">ARR</span> <span class="money">{{#arr}}{{arr_display}}{{/arr}}{{^arr}}—{{/arr}}</span></li>
    <li><span class="key">Renewal</span> {{> partials/renewal}}</li>
  </ul>
  {{/account}}
</header>

<aside class="note completeness-note{{#completeness.complete}} is-complete{{/completeness.complete}}" aria-labelledby="completeness-heading">
  <h2 id="completeness-heading">Completeness: {{completeness.percent}}%</h2>
  <p>{{completeness.filled}} of {{completeness.total}} sections filled.{{#completeness.complete}} Nothing is missing.{{/completeness.complete}}</p>
  {{^completeness.complete}}
  <p>Missing, to ask {{#from}}{{name}}{{/from}}{{^from}}the salesperson{{/from}} before the kickoff:</p>
  <ul class="missing-list">{{#completeness.missing}}<li>{{.}}</li>{{/completeness.missing}}</ul>
  {{/completeness.complete}}
</aside>

<section class="block" aria-labelledby="deal-heading">
  <h2 id="deal-heading">The deal</h2>
  {{#deal}}
  <dl class="facts facts-grid">
    <div><dt>Closed</dt><dd>{{#closed}}<time datetime="{{.}}">{{closed_display}}</time>{{/closed}}{{^closed}}<span class="none">—</span>{{/closed}}</dd></div>
    <div><dt>Value</dt><dd class="money">{{#value}}{{value_display}}{{/value}}{{^value}}<span class="none">—</span>{{/value}}</dd></div>
    <div><dt>Term</dt><dd>{{#term_months}}{{.}} months{{/term_months}}{{^term_months}}<span class="none">—</span>{{/term_months}}</dd></div>
    <div><dt>Starts</dt><dd>{{#start}}<time datetime="{{.}}">{{start_display}}</time>{{/start}}{{^start}}<span class="none">—</span>{{/start}}</dd></div>
    {{#pricing_notes}}
    <div class="span-all"><dt>Pricing notes</dt><dd>{{.}}</dd></div>
    {{/pricing_notes}}
  </dl>
  {{/deal}}
  {{^deal}}
  <p class="empty">The deal’s terms are not in this brief.</p>
  {{/deal}}
  <h3>Products</h3>
  <ul class="chips">{{#products}}<li>{{.}}</li>{{/products}}</ul>
  {{^products}}
  <p class="empty">No products listed.</p>
  {{/products}}
</section>

<section class="block" aria-labelledby="why-heading">
  <h2 id="why-heading">Why they bought</h2>
  {{#why_they_bought}}
  <p class="why">{{.}}</p>
  {{/why_they_bought}}
  {{^why_they_bought}}
  <p class="empty">Not given in this brief.</p>
  {{/why_they_bought}}
</section>

<section class="block" aria-labelledby="criteria-heading">
  <h2 id="criteria-heading">Success criteria</h2>
  <div class="table-wrap" role="region" aria-labelledby="criteria-caption" tabindex="0">
    <table class="data">
      <caption id="criteria-caption"><span>What the customer will measure us by.</span></caption>
      <thead>
        <tr><th scope="col">Outcome</th><th scope="col">Metric</th><th scope="col" class="num">Baseline → target</th><th scope="col">By</th></tr>
      </thead>
      <tbody>{{#success_criteria}}
        <tr>
          <th scope="row">{{outcome}}</th>
          <td>{{#metric}}{{.}}{{/metric}}</td>
          <td class="num nowrap">{{baseline}} <span aria-hidden="true">→</span><span class="visually-hidden">to</span> <strong>{{target}}</strong></td>
          <td class="nowrap">{{#by}}<time datetime="{{.}}">{{by_display}}</time>{{/by}}</td>
        </tr>
      {{/success_criteria}}</tbody>
    </table>
  </div>
  {{^success_criteria}}
  <p class="empty">No success criteria agreed in this brief.</p>
  {{/success_criteria}}
</section>

<section class="block" aria-labelledby="stakeholders-heading">
  <h2 id="stakeholders-heading">Stakeholders</h2>
  <div class="table-wrap" role="region" aria-labelledby="stakeholders-caption" tabindex="0">
    <table class="data">
      <caption id="stakeholders-caption"><span>Who matters at the customer; the champion is marked.</span></caption>
      <thead>
        <tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Prefers</th><th scope="col">Personal notes</th></tr>
      </thead>
      <tbody>{{#stakeholders}}
        <tr{{#is_champion}} class="is-champion"{{/is_champion}}>
          <th scope="row">{{name}}{{#is_champion}} <span class="badge champion"><span aria-hidden="true">★ </span>Champion</span>{{/is_champion}}{{#title}}<span class="sub">{{.}}</span>{{/title}}</th>
          <td>{{#role}}{{role_label}}{{/role}}</td>
          <td>{{#comms_preference}}{{.}}{{/comms_preference}}</td>
          <td>{{#personal_notes}}{{.}}{{/personal_notes}}</td>
        </tr>
      {{/stakeholders}}</tbody>
    </table>
  </div>
  {{^stakeholders}}
  <p class="empty">No stakeholders named in this brief.</p>
  {{/stakeholders}}
</section>

<section class="block" aria-labelledby="commitments-heading">
  <h2 id="commitments-heading">Commitments</h2>
  <div class="table-wrap" role="region" aria-labelledby="commitments-caption" tabindex="0">
    <table class="data">
      <caption id="commitments-caption"><span>What was promised during the sale, and whether the contract says so.</span></caption>
      <thead>
        <tr><th scope="col">Promise</th><th scope="col">Made by</th><th scope="col">Due</th><th scope="col">Contract</th></tr>
      </thead>
      <tbody>{{#commitments}}
        <tr>
          <th scope="row">{{promise}}</th>
          <td>{{#made_by}}{{> partials/person-link}}{{/made_by}}{{^made_by}}<span class="none">—</span>{{/made_by}}</td>
          <td class="nowrap">{{#due}}<time datetime="{{.}}">{{due_display}}</time>{{/due}}{{^due}}<span class="none">—</span>{{/due}}</td>
          <td>{{#in_contract}}<span class="badge contract-yes">In contract</span>{{/in_contract}}{{^in_contract}}<span class="badge contract-no">Not in contract</span>{{/in_contract}}</td>
        </tr>
      {{/commitments}}</tbody>
    </table>
  </div>
  {{^commitments}}
  <p class="empty">No commitments recorded in this brief.</p>
  {{/commitments}}
</section>

<section class="block" aria-labelledby="objections-heading">
  <h2 id="objections-heading">Objections and how they were resolved</h2>
  <div class="table-wrap" role="region" aria-labelledby="objections-caption" tabindex="0">
    <table class="data">
      <caption id="objections-caption"><span>Objections raised during the sale.</span></caption>
      <thead>
        <tr><th scope="col">Objection</th><th scope="col">Resolution</th></tr>
      </thead>
      <tbody>{{#objections}}
        <tr><th scope="row">{{objection}}</th><td>{{#resolution}}{{.}}{{/resolution}}{{^resolution}}<span class="none">Unresolved</span>{{/resolution}}</td></tr>
      {{/objections}}</tbody>
    </table>
  </div>
  {{^objections}}
  <p class="empty">No objections recorded.</p>
  {{/objections}}
</section>

<section class="block" aria-labelledby="risks-heading">
  <h2 id="risks-heading">Risks</h2>
  <ul class="bullets">{{#risks}}<li>{{.}}</li>{{/risks}}</ul>
  {{^risks}}
  <p class="empty">No risks named in this brief.</p>
  {{/risks}}
</section>

<section class="block" aria-labelledby="technical-heading">
  <h2 id="technical-heading">Technical environment</h2>
  {{#technical}}
  <h3>Integrations</h3>
  <ul class="chips">{{#integrations}}<li>{{.}}</li>{{/integrations}}</ul>
  {{^integrations}}
  <p class="empty">No integrations listed.</p>
  {{/integrations}}
  {{#notes}}
  <p>{{.}}</p>
  {{/notes}}
  {{/technical}}
  {{^technical}}
  <p class="empty">Not described in this brief.</p>
  {{/technical}}
</section>

<section class="block" aria-labelledby="questions-heading">
  <h2 id="questions-heading">Open questions</h2>
  <ul class="bullets">{{#open_questions}}<li>{{.}}</li>{{/open_questions}}</ul>
  {{^open_questions}}
  <p class="empty">No open questions.</p>
  {{/open_questions}}
</section>

<section class="block" aria-labelledby="next-heading">
  <h2 id="next-heading">Next steps</h2>
  <div class="table-wrap" role="region" aria-labelledby="next-caption" tabindex="0">
    <table class="data">
      <caption id="next-caption"><span>Agreed actions, who owns each and when it is due.</span></caption>
      <thead>
        <tr><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th></tr>
      </thead>
      <tbody>{{#next_steps}}
        <tr>
          <th scope="row">{{action}}</th>
          <td>{{#owner}}{{> partials/person-link}}{{/owner}}{{^owner}}<span class="none">Unassigned</span>{{/owner}}</td>
          <td class="nowrap">{{#due}}<time datetime="{{.}}">{{due_display}}</time>{{/due}}{{^due}}<span class="none">—</span>{{/due}}</td>
        </tr>
      {{/next_steps}}</tbody>
    </table>
  </div>
  {{^next_steps}}
  <p class="empty">No next steps agreed in this brief.</p>
  {{/next_steps}}
</section>

{{#body}}
<section class="block" aria-labelledby="story-heading">
  <h2 id="story-heading">The story of the sale</h2>
  <div class="prose">
{{body}}
  </div>
</section>
{{/body}}

{{#edit_url}}
<p class="edit-link"><a href="{{.}}">Edit this handoff</a></p>
{{/edit_url}}
</article>
{{/handoff}}
{{/ main}}
{{/ layout}}

"""#
        ),
        (
            "layout.mustache",
            ##"""
{{! layout: the frame every page shares (see docs/templates.md).
    Blocks: title, head (optional extras; the default adds the site description), main.
    Every page loads assets/folio.js (sortable tables, table filters, search), which only
    enhances what the HTML already shows. The Content-Security-Policy lets a page load only
    the site's own scripts, styles and images, and run no inline script or style; a page
    asks not to be indexed unless site.yml says indexable: true.
    Uses: root, site.title, site.description, site.indexable, site.as_of,
    site.as_of_display, page.kind, page.title, nav (title, href, current), folio.version,
    folio.content_security_policy. }}
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{{folio.content_security_policy}}}">
{{^site.indexable}}
<meta name="robots" content="noindex, nofollow">
{{/site.indexable}}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Folio {{folio.version}}">
<title>{{$ title}}{{page.title}}{{/ title}} · {{site.title}}</title>
<link rel="stylesheet" href="{{root}}assets/style.css">
<link rel="icon" href="{{root}}assets/favicon.svg" type="image/svg+xml">
<script src="{{root}}assets/folio.js" defer></script>
{{$ head}}
{{#site.description}}
<meta name="description" content="{{.}}">
{{/site.description}}
{{/ head}}
</head>
<body class="kind-{{page.kind}}" data-root="{{root}}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap site-header-inner">
    <a class="brand" href="{{root}}index.html">{{site.title}}</a>
    <nav class="site-nav" aria-label="Main">
      <ul>
        {{#nav}}
        <li><a href="{{root}}{{href}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
        {{/nav}}
      </ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
{{$ main}}{{/ main}}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>Built by Folio {{folio.version}} · data as of <time datetime="{{site.as_of}}">{{site.as_of_display}}</time></p>
  </div>
</footer>
</body>
</html>

"""##
        ),
        (
            "list.mustache",
            #"""
{{! list: one page of a whole list that grows with the portfolio: every account, the
    accounts at risk, the pipeline, the handoffs, the accounts without a brief, a renewal
    bucket, a person's book or handoffs (docs/templates.md, "list.mustache"). Uses: root,
    list (title, description, person, href, count, count_display, rows_are_accounts,
    rows_are_opportunities, rows_are_handoffs, rows_are_books, rows_are_agenda, rows_are_people, rows,
    data_script), pagination. The list of
    every account names its data script (data-rows) and this page's root (data-root), which
    assets/folio.js loads when a reader first sorts or filters, to sort and filter all of
    its rows rather than this page's, their addresses starting from data-root. Partials: account-row, agenda-row, agenda-table, handoff-row, opportunity-row,
    pagination, team-row, team-table. }}
{{< layout}}
{{$ title}}{{page.title}}{{/ title}}
{{$ main}}
<nav class="crumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="{{root}}index.html">Overview</a></li>
    {{#list.person}}<li><a href="{{root}}{{href}}">{{name}}</a></li>{{/list.person}}
    <li><a href="{{root}}{{list.href}}" aria-current="page">{{list.title}}</a></li>
  </ol>
</nav>

<header class="page-head">
  <p class="eyebrow">List</p>
  <h1>{{list.title}}</h1>
  <p class="lead">{{list.description}}</p>
  <p class="meta"><span class="count-badge">{{list.count_display}}</span> in all.</p>
</header>

<section class="block" aria-labelledby="rows-heading">
  <h2 id="rows-heading" class="visually-hidden">{{list.title}}</h2>
{{> partials/pagination}}
  {{#list.rows_are_accounts}}
  {{#list.data_script}}
  <div class="table-filter" data-filter-table="accounts-table" hidden>
    <label for="accounts-filter">Filter every account</label>
    <input id="accounts-filter" type="search" autocomplete="off" aria-describedby="accounts-filter-status">
    <span id="accounts-filter-status" class="hint" role="status" aria-live="polite"></span>
  </div>
  {{/list.data_script}}
  <div class="table-wrap" role="region" aria-labelledby="rows-caption" tabindex="0">
    <table class="data" id="accounts-table" data-sortable{{#list.data_script}} data-rows="{{root}}{{.}}" data-root="{{root}}"{{/list.data_script}}>
      <caption id="rows-caption"><span>{{list.description}}{{#list.data_script}} With JavaScript on, a column’s header sorts every account by it, and the filter searches them all.{{/list.data_script}}</span></caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col" class="opt">Manager</th>
          <th scope="col" class="opt">Industry</th>
          <th scope="col" class="opt">Tier</th>
          <th scope="col" class="opt">Status</th>
          <th scope="col" class="num">ARR</th>
          <th scope="col">Renewal</th>
          <th scope="col">Health</th>
        </tr>
      </thead>
      <tbody>{{#list.rows}}
{{> partials/account-row}}
      {{/list.rows}}</tbody>
    </table>
  </div>
  {{/list.rows_are_accounts}}
  {{#list.rows_are_opportunities}}
  <div class="table-wrap" role="region" aria-labelledby="rows-caption" tabindex="0">
    <table class="data">
      <caption id="rows-caption"><span>{{list.description}}</span></caption>
      <thead>
        <tr><th scope="col">Opportunity</th><th scope="col">Account</th><th scope="col" class="opt">Type</th><th scope="col" class="opt">Stage</th><th scope="col" class="num">Amount</th><th scope="col">Close</th></tr>
      </thead>
      <tbody>{{#list.rows}}
{{> partials/opportunity-row}}
      {{/list.rows}}</tbody>
    </table>
  </div>
  {{/list.rows_are_opportunities}}
  {{#list.rows_are_agenda}}
  {{< partials/agenda-table}}{{$ caption_id}}rows-caption{{/ caption_id}}{{$ caption}}{{list.description}}{{/ caption}}{{$ rows}}{{#list.rows}}
{{> partials/agenda-row}}
      {{/list.rows}}{{/ rows}}{{/ partials/agenda-table}}
  {{/list.rows_are_agenda}}
  {{#list.rows_are_handoffs}}
  <div class="table-wrap" role="region" aria-labelledby="rows-caption" tabindex="0">
    <table class="data">
      <caption id="rows-caption"><span>{{list.description}}</span></caption>
      <thead>
        <tr><th scope="col">Handoff</th><th scope="col" class="opt">Account</th><th scope="col" class="opt">From → to</th><th scope="col">Date</th><th scope="col">Completeness</th></tr>
      </thead>
      <tbody>{{#list.rows}}
{{> partials/handoff-row}}
      {{/list.rows}}</tbody>
    </table>
  </div>
  {{/list.rows_are_handoffs}}
  {{#list.rows_are_people}}
  <div class="table-wrap" role="region" aria-labelledby="rows-caption" tabindex="0">
    <table class="data">
      <caption id="rows-caption"><span>{{list.description}}</span></caption>
      <thead>
        <tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col" class="opt">Title</th><th scope="col" class="opt">Region</th><th scope="col" class="num">Accounts</th></tr>
      </thead>
      <tbody>{{#list.rows}}
        <tr>
          <th scope="row">{{#person}}{{> partials/person-link}}{{/person}}</th>
          <td>{{#person}}{{#role_label}}{{.}}{{/role_label}}{{/person}}</td>
          <td class="opt">{{#person}}{{#title}}{{.}}{{/title}}{{/person}}</td>
          <td class="opt">{{#person}}{{#region}}{{.}}{{/region}}{{/person}}</td>
          <td class="num">{{#book}}{{accounts_count}}{{/book}}</td>
        </tr>
      {{/list.rows}}</tbody>
    </table>
  </div>
  {{/list.rows_are_people}}
  {{#list.rows_are_books}}
  {{< partials/team-table}}{{$ caption_id}}rows-caption{{/ caption_id}}{{$ caption}}{{list.description}}{{/ caption}}{{$ rows}}{{#list.rows}}
{{> partials/team-row}}
      {{/list.rows}}{{/ rows}}{{$ totals}}{{/ totals}}{{/ partials/team-table}}
  {{/list.rows_are_books}}
  {{^list.rows}}
  <p class="empty">None.</p>
  {{/list.rows}}
{{> partials/pagination}}
</section>
{{/ main}}
{{/ layout}}

"""#
        ),
        (
            "overview.mustache",
            #"""
{{! overview: index.html, the portfolio overview (docs/templates.md, "overview.mustache").
    Uses: site.title, site.description, site.as_of, site.as_of_display, totals.accounts,
    totals.arr (money: amount_display), totals.multiple_currencies, totals.renewals_due,
    totals.renewals_overdue, totals.at_risk, totals.health (red, yellow, green, unscored),
    totals.renewal_window_days, totals.arr_change (currency, net_display),
    totals.has_arr_change, totals.health_rule, nps.band (key, label), nps.band_rule,
    retention.gross_rule, retention.net_rule, managers (person, accounts_count, arr, at_risk),
    handoffs, without_brief (name, href, slug, id), root, totals.live_accounts,
    totals.churned, totals.has_churned, agenda (agenda items), has_agenda, at_risk (count,
    arr, has_arr), renewal_buckets (label, slug, count, arr, has_arr, list),
    renewals_soonest, at_risk_accounts, lists (agenda, accounts, at_risk, pipeline, handoffs, without_brief, books: href, count, title, more): the
    short lists show the first ten rows of the whole lists they link to; retention (start,
    start_display, currencies: currency, accounts, accounts_display, small_base, has_cohort, grr_display, nrr_display, grr_band, nrr_band,
    starting_display, expansion_display, contraction_display, churn_display,
    ending_display), nps (score, score_display, promoters, passives, detractors,
    responses), pipeline (total, count, opportunities: account, name, type, stage,
    amount_display, close_date, close_date_display), breakdowns (key, title, href, groups:
    label, href, accounts_count, arr), taxonomies (key, title, singular, href,
    terms_count), managers (renewals_due, renewals_overdue), charts
    (arr_by_manager, arr_by_tier and arr_by_segment: title, svg, or null below two bars;
    currencies: currency, tone; health: title, svg; renewals: title, svg, months: label,
    count, arr;
    arr_trend: currency, title, svg, net_display, months: label, new_display,
    expansion_display, contraction_display, churn_display, net_display).
    audience.sees_handoffs (the handoff briefs section is left out when false).
    Partials: account-row, agenda-row, book-row, handoff-row, opportunity-row,
    person-link. }}
{{< layout}}
{{$ title}}Overview{{/ title}}
{{$ main}}
<header class="page-head">
  <p class="eyebrow">Portfolio overview</p>
  <h1>{{site.title}}</h1>
  {{#site.description}}
  <p class="lead">{{.}}</p>
  {{/site.description}}
  <p class="meta">Figures as of <time datetime="{{site.as_of}}">{{site.as_of_display}}</time>. Churned accounts{{#totals.has_churned}} ({{totals.churned}}){{/totals.has_churned}} are left out of every count, total, list, chart and filter of this site, NPS included; they count only in revenue retention, where the revenue they took is the point. Each keeps its page, and search and the list of every account still find it.</p>
</header>

<section class="block" aria-labelledby="figures-heading">
  <h2 id="figures-heading" class="visually-hidden">Headline figures</h2>
  <dl class="figures">
    <div class="figure figure-wide">
      <dt>Annual recurring revenue</dt>
      <dd>
        <span class="figure-values">{{#totals.arr}}<span class="figure-value">{{amount_display}}</span>{{/totals.arr}}{{^totals.arr}}<span class="figure-value">—</span>{{/totals.arr}}</span>
        {{#totals.has_arr_change}}<span class="figure-changes">{{#totals.arr_change}}<span class="figure-change">{{net_display}}</span> {{/totals.arr_change}}<span class="figure-note-inline">in 12 months</span></span>{{/totals.has_arr_change}}
        <span class="figure-note">Yearly contract value of live accounts{{#totals.multiple_currencies}}, one figure per currency, never summed{{/totals.multiple_currencies}}.</span>
      </dd>
    </div>
    <div class="figure">
      <dt>Accounts</dt>
      <dd><span class="figure-value">{{totals.live_accounts}}</span> <span class="figure-note">Customers that have not churned{{#totals.has_churned}}; {{totals.churned}} churned{{/totals.has_churned}}.</span></dd>
    </div>
    <div class="figure">
      <dt>Net Promoter Score</dt>
      <dd><span class="figure-value">{{#nps.score_display}}{{.}}{{/nps.score_display}}{{^nps.score_display}}—{{/nps.score_display}}</span> {{#nps.band}}<span class="badge health health-{{key}}">{{label}}</span>{{/nps.band}} <span class="figure-note">% promoters less % detractors, {{nps.promoters}} and {{nps.detractors}} of {{nps.responses}} latest answers; {{nps.band_rule}}.</span></dd>
    </div>
    <div class="figure figure-wide">
      <dt>Revenue retention, last 12 months</dt>
      <dd>
        <ul class="retention-list">{{#retention.currencies}}
          <li><span class="key">{{currency}}</span> {{#has_cohort}}<span class="figure-value">{{grr_display}}</span> <span class="figure-note-inline">gross</span>{{#grr_band}} <span class="badge health health-{{key}}">{{label}}</span>{{/grr_band}} <span class="figure-value">{{nrr_display}}</span> <span class="figure-note-inline">net</span>{{#nrr_band}} <span class="badge health health-{{key}}">{{label}}</span>{{/nrr_band}}{{#small_base}} <span class="figure-note-inline">({{accounts_display}})</span>{{/small_base}}{{/has_cohort}}{{^has_cohort}}<span class="none">no accounts at the period’s start</span>{{/has_cohort}}</li>
        {{/retention.currencies}}</ul>
        {{^retention.currencies}}<span class="figure-value">—</span>{{/retention.currencies}}
        <span class="figure-note">What accounts with ARR on <time datetime="{{retention.start}}">{{retention.start_display}}</time> kept (gross) and grew to (net), from <code>data/arr.csv</code>. Gross: {{retention.gross_rule}}; net: {{retention.net_rule}}.</span>
      </dd>
    </div>
    <div class="figure">
      <dt>Renewals due</dt>
      <dd><span class="figure-value">{{totals.renewals_due}}</span> <span class="figure-note">Renewing within {{totals.renewal_window_days}} days.</span></dd>
    </div>
    <div class="figure">
      <dt>Renewals overdue</dt>
      <dd><span class="figure-value">{{totals.renewals_overdue}}</span> <span class="figure-note">Renewal date passed without a new one.</span></dd>
    </div>
    <div class="figure">
      <dt>At risk</dt>
      <dd><span class="figure-value">{{totals.at_risk}}</span>{{#at_risk.has_arr}} <span class="figure-values">{{#at_risk.arr}}<span class="money">{{amount_display}}</span> {{/at_risk.arr}}</span>{{/at_risk.has_arr}} <span class="figure-note">Status at risk, health red, or renewing soon without a green band.</span></dd>
    </div>
    <div class="figure">
      <dt>Upsell pipeline</dt>
      <dd><span class="figure-values">{{#pipeline.total}}<span class="figure-value">{{amount_display}}</span>{{/pipeline.total}}{{^pipeline.total}}<span class="figure-value">—</span>{{/pipeline.total}}</span> <span class="figure-note">{{pipeline.count}} open opportunities, renewals left out.</span></dd>
    </div>
    <div class="figure figure-wide">
      <dt>Health</dt>
      <dd>
        <ul class="health-counts">
          <li><span class="badge health health-red">Red</span> <span class="count">{{totals.health.red}}</span></li>
          <li><span class="badge health health-yellow">Yellow</span> <span class="count">{{totals.health.yellow}}</span></li>
          <li><span class="badge health health-green">Green</span> <span class="count">{{totals.health.green}}</span></li>
          <li><span class="badge health health-none">Unscored</span> <span class="count">{{totals.health.unscored}}</span></li>
        </ul>
        <span class="figure-note">Live accounts by health score: {{totals.health_rule}}.</span>
      </dd>
    </div>
  </dl>
</section>

<section class="block" aria-labelledby="charts-heading">
  <h2 id="charts-heading">The portfolio in pictures</h2>
  <p class="hint">Accounts that have not churned. ARR shows one bar per currency, side by side and never summed; the bars of a chart share one scale.</p>
  {{#totals.multiple_currencies}}
  <ul class="chart-legend">{{#charts.currencies}}
    <li><span class="swatch tone-{{tone}}"></span> {{currency}}</li>
  {{/charts.currencies}}</ul>
  {{/totals.multiple_currencies}}
  <div class="charts">
    {{#charts.arr_by_manager}}
    <figure class="chart-figure">
      <figcaption class="chart-title">Whose books carry the most ARR?</figcaption>
      {{svg}}
    </figure>
    {{/charts.arr_by_manager}}
    <figure class="chart-figure">
      <figcaption class="chart-title">How healthy are the accounts?</figcaption>
      {{charts.health.svg}}
    </figure>
    {{#charts.arr_by_tier}}
    <figure class="chart-figure">
      <figcaption class="chart-title">How is ARR spread across tiers?</figcaption>
      {{svg}}
    </figure>
    {{/charts.arr_by_tier}}
    {{#charts.arr_by_segment}}
    <figure class="chart-figure">
      <figcaption class="chart-title">How is ARR spread across segments?</figcaption>
      {{svg}}
    </figure>
    {{/charts.arr_by_segment}}
    <figure class="chart-figure chart-wide">
      <figcaption class="chart-title">When do renewals fall, and how much ARR renews?</figcaption>
      {{charts.renewals.svg}}
      <details class="chart-data">
        <summary>Renewals and their ARR, month by month</summary>
        <div class="table-wrap" role="region" aria-labelledby="renewals-month-caption" tabindex="0">
          <table class="data">
            <caption id="renewals-month-caption"><span>{{charts.renewals.title}}: accounts renewing and their ARR per currency.</span></caption>
            <thead>
              <tr><th scope="col">Month</th><th scope="col" class="num">Renewals</th><th scope="col" class="num">ARR</th></tr>
            </thead>
            <tbody>{{#charts.renewals.months}}
              <tr><th scope="row">{{label}}</th><td class="num">{{count}}</td><td class="num">{{#arr}}<span class="money stacked">{{amount_display}}</span>{{/arr}}{{^arr}}—{{/arr}}</td></tr>
            {{/charts.renewals.months}}</tbody>
          </table>
        </div>
      </details>
    </figure>
  </div>
</section>

<section class="block" aria-labelledby="trend-heading">
  <h2 id="trend-heading">How ARR moved</h2>
  <p class="hint">New and expansion ARR rise above the line, contraction and churn fall below it, per month over the last twelve months; from <code>data/arr.csv</code>, churned accounts included.</p>
  <ul class="chart-legend">
    <li><span class="swatch series-new"></span> New</li>
    <li><span class="swatch series-expansion"></span> Expansion</li>
    <li><span class="swatch series-contraction"></span> Contraction</li>
    <li><span class="swatch series-churn"></span> Churn</li>
  </ul>
  <div class="charts charts-trend">
    {{#charts.arr_trend}}
    <figure class="chart-figure">
      <figcaption class="chart-title">{{currency}}: net {{net_display}}</figcaption>
      {{svg}}
      <details class="chart-data">
        <summary>The figures, month by month</summary>
        <div class="table-wrap" role="region" aria-labelledby="trend-{{currency}}-caption" tabindex="0">
          <table class="data">
            <caption id="trend-{{currency}}-caption"><span>{{title}}.</span></caption>
            <thead>
              <tr><th scope="col">Month</th><th scope="col" class="num">New</th><th scope="col" class="num">Expansion</th><th scope="col" class="num">Contraction</th><th scope="col" class="num">Churn</th><th scope="col" class="num">Net</th></tr>
            </thead>
            <tbody>{{#months}}
              <tr><th scope="row">{{label}}</th><td class="num">{{new_display}}</td><td class="num">{{expansion_display}}</td><td class="num">{{contraction_display}}</td><td class="num">{{churn_display}}</td><td class="num">{{net_display}}</td></tr>
            {{/months}}</tbody>
          </table>
        </div>
      </details>
    </figure>
    {{/charts.arr_trend}}
  </div>
  {{^charts.arr_trend}}
  <p class="empty">No ARR movement in the last twelve months. Add rows to <code>Content/data/arr.csv</code>.</p>
  {{/charts.arr_trend}}
</section>

<section class="block" aria-labelledby="agenda-heading">
  <h2 id="agenda-heading">Coming up</h2>
  {{#has_agenda}}
  {{< partials/agenda-table}}{{$ caption}}What needs attention in the next 30 days, overdue first.{{/ caption}}{{/ partials/agenda-table}}
  {{/has_agenda}}
  {{^has_agenda}}
  <p class="empty">Nothing due in the next 30 days.</p>
  {{/has_agenda}}
  {{#lists.agenda.more}}<p class="more"><a href="{{root}}{{lists.agenda.href}}">The whole agenda: {{lists.agenda.count}} items</a></p>{{/lists.agenda.more}}
</section>

<section class="block" aria-labelledby="renewals-heading">
  <h2 id="renewals-heading">Renewals</h2>
  <ul class="bucket-counts">{{#renewal_buckets}}
    <li>{{#list}}<a href="{{root}}{{href}}">{{label}}</a>{{/list}}{{^list}}{{label}}{{/list}} <span class="count">{{count}}</span>{{#has_arr}} <span class="bucket-money">{{#arr}}<span class="money">{{amount_display}}</span> {{/arr}}</span>{{/has_arr}}</li>
  {{/renewal_buckets}}</ul>
  <div class="table-wrap" role="region" aria-labelledby="soonest-caption" tabindex="0">
    <table class="data">
      <caption id="soonest-caption"><span>The next renewals from today, soonest first.</span></caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col" class="opt">Manager</th>
          <th scope="col" class="opt">Industry</th>
          <th scope="col" class="opt">Tier</th>
          <th scope="col" class="opt">Status</th>
          <th scope="col" class="num">ARR</th>
          <th scope="col">Renewal</th>
          <th scope="col">Health</th>
        </tr>
      </thead>
      <tbody>{{#renewals_soonest}}
{{> partials/account-row}}
      {{/renewals_soonest}}</tbody>
    </table>
  </div>
  {{^renewals_soonest}}
  <p class="empty">No renewal is due within {{totals.renewal_window_days}} days.</p>
  {{/renewals_soonest}}
  <p class="more"><a href="{{root}}renewals/index.html">Every renewal by bucket</a></p>
</section>

<section class="block" aria-labelledby="at-risk-heading">
  <h2 id="at-risk-heading">Accounts at risk</h2>
  <div class="table-wrap" role="region" aria-labelledby="at-risk-caption" tabindex="0">
    <table class="data">
      <caption id="at-risk-caption"><span>Accounts with status at risk, a red health band, or a renewal within {{totals.renewal_window_days}} days (or overdue) without a green band; the largest ARR first.</span></caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col" class="opt">Manager</th>
          <th scope="col" class="opt">Industry</th>
          <th scope="col" class="opt">Tier</th>
          <th scope="col" class="opt">Status</th>
          <th scope="col" class="num">ARR</th>
          <th scope="col">Renewal</th>
          <th scope="col">Health</th>
        </tr>
      </thead>
      <tbody>{{#at_risk_accounts}}
{{> partials/account-row}}
      {{/at_risk_accounts}}</tbody>
    </table>
  </div>
  {{^at_risk_accounts}}
  <p class="empty">No account is at risk.</p>
  {{/at_risk_accounts}}
  {{#lists.at_risk.more}}<p class="more"><a href="{{root}}{{lists.at_risk.href}}">All {{lists.at_risk.count}} accounts at risk</a></p>{{/lists.at_risk.more}}
</section>

<section class="block" aria-labelledby="accounts-heading">
  <h2 id="accounts-heading">Accounts</h2>
  {{#lists.accounts}}
  <p class="more"><a href="{{root}}{{href}}">Every account</a> <span class="count">{{count}}</span> <span class="hint">by name, to sort by any column and filter as you type</span></p>
  {{/lists.accounts}}
  {{^totals.accounts}}
  <p class="empty">No accounts yet. Add rows to <code>Content/data/accounts.csv</code>.</p>
  {{/totals.accounts}}
</section>

<section class="block" aria-labelledby="books-heading">
  <h2 id="books-heading">Books of business</h2>
  <div class="table-wrap" role="region" aria-labelledby="books-caption" tabindex="0">
    <table class="data">
      <caption id="books-caption"><span>The largest books: each account manager’s number of accounts (their page lists them), ARR per currency, renewals due and overdue, and accounts at risk.</span></caption>
      <thead>
        <tr>
          <th scope="col">Account manager</th>
          <th scope="col" class="num">Accounts</th>
          <th scope="col" class="num">ARR</th>
          <th scope="col" class="num opt">Due</th>
          <th scope="col" class="num opt">Overdue</th>
          <th scope="col" class="num">At risk</th>
        </tr>
      </thead>
      <tbody>{{#managers}}
{{> partials/book-row}}
      {{/managers}}</tbody>
    </table>
  </div>
  {{^managers}}
  <p class="empty">No account manager owns an account yet. Set <code>account_manager</code> in <code>Content/data/accounts.csv</code>.</p>
  {{/managers}}
  {{#lists.books.more}}<p class="more"><a href="{{root}}{{lists.books.href}}">All {{lists.books.count}} books of business</a></p>{{/lists.books.more}}
</section>

<section class="block" aria-labelledby="breakdowns-heading">
  <h2 id="breakdowns-heading">ARR by tier, segment and industry</h2>
  <div class="breakdowns">{{#breakdowns}}
  <div class="table-wrap" role="region" aria-labelledby="by-{{key}}-caption" tabindex="0">
    <table class="data">
      <caption id="by-{{key}}-caption"><span>By {{key}}: accounts that have not churned and their ARR per currency.</span></caption>
      <thead>
        <tr><th scope="col">{{title}}</th><th scope="col" class="num">Accounts</th><th scope="col" class="num">ARR</th></tr>
      </thead>
      <tbody>{{#groups}}
        <tr><th scope="row">{{#key}}<a href="{{root}}{{href}}">{{label}}</a>{{/key}}{{^key}}<span class="none">{{label}}</span>{{/key}}</th><td class="num">{{accounts_count}}</td><td class="num">{{#arr}}<span class="money stacked">{{amount_display}}</span>{{/arr}}</td></tr>
      {{/groups}}</tbody>
    </table>
  </div>
  {{/breakdowns}}</div>
  <p class="more by-value">Every account by value:{{#taxonomies}} <a href="{{root}}{{href}}">{{title}}</a> <span class="count">{{terms_count}}</span>{{/taxonomies}}</p>
</section>

<section class="block" aria-labelledby="pipeline-heading">
  <h2 id="pipeline-heading">Upsell pipeline</h2>
  <div class="table-wrap" role="region" aria-labelledby="pipeline-caption" tabindex="0">
    <table class="data">
      <caption id="pipeline-caption"><span>The largest open opportunities from the briefs that are not renewals.</span></caption>
      <thead>
        <tr><th scope="col">Opportunity</th><th scope="col">Account</th><th scope="col" class="opt">Type</th><th scope="col" class="opt">Stage</th><th scope="col" class="num">Amount</th><th scope="col">Close</th></tr>
      </thead>
      <tbody>{{#pipeline.opportunities}}
{{> partials/opportunity-row}}
      {{/pipeline.opportunities}}</tbody>
    </table>
  </div>
  {{^pipeline.opportunities}}
  <p class="empty">No open upsell opportunities in the briefs.</p>
  {{/pipeline.opportunities}}
  {{#lists.pipeline.more}}<p class="more"><a href="{{root}}{{lists.pipeline.href}}">All {{lists.pipeline.count}} open opportunities</a></p>{{/lists.pipeline.more}}
</section>

{{#audience.sees_handoffs}}
<section class="block" aria-labelledby="handoffs-heading">
  <h2 id="handoffs-heading">Handoff briefs</h2>
  <div class="table-wrap" role="region" aria-labelledby="handoffs-caption" tabindex="0">
    <table class="data">
      <caption id="handoffs-caption"><span>The newest salesperson-to-account-manager handoffs, with how complete each brief is.</span></caption>
      <thead>
        <tr>
          <th scope="col">Handoff</th>
          <th scope="col" class="opt">Account</th>
          <th scope="col" class="opt">From → to</th>
          <th scope="col">Date</th>
          <th scope="col">Completeness</th>
        </tr>
      </thead>
      <tbody>{{#handoffs}}
{{> partials/handoff-row}}
      {{/handoffs}}</tbody>
    </table>
  </div>
  {{^handoffs}}
  <p class="empty">No handoff briefs yet. Write one in <code>Content/handoffs/&lt;slug&gt;.md</code>.</p>
  {{/handoffs}}
  {{#lists.handoffs.more}}<p class="more"><a href="{{root}}{{lists.handoffs.href}}">All {{lists.handoffs.count}} handoff briefs</a></p>{{/lists.handoffs.more}}
</section>
{{/audience.sees_handoffs}}

<section class="block" aria-labelledby="without-brief-heading">
  <h2 id="without-brief-heading">Accounts without a brief</h2>
  <p class="hint">The largest first.</p>
  <ul class="plain-list without-brief">{{#without_brief}}
    <li><a href="{{root}}{{href}}">{{name}}</a> {{#draft_brief}}<span class="hint">its brief <code>{{.}}</code> is a draft: set <code>draft: false</code> to publish it</span>{{/draft_brief}}{{^draft_brief}}<span class="hint">add <code>Content/clients/{{slug}}.md</code> with <code>account: {{id}}</code></span>{{/draft_brief}}</li>
  {{/without_brief}}</ul>
  {{^without_brief}}
  <p class="empty">Every account has a brief.</p>
  {{/without_brief}}
  {{#lists.without_brief.more}}<p class="more"><a href="{{root}}{{lists.without_brief.href}}">All {{lists.without_brief.count}} accounts without a brief</a></p>{{/lists.without_brief.more}}
</section>
{{/ main}}
{{/ layout}}

"""#
        ),
        (
            "partials/account-row.mustache",
            #"""
{{! partials/account-row: one row of an accounts table (columns: account, manager,
    industry, tier, status, ARR, renewal, health). Context: an account (docs/templates.md,
    "account"). Uses: root, href, name, has_brief, renewal_overdue, manager, industry,
    industry_label, tier, tier_label, arr, arr_display, renewal_date, health_score, plus
    the status, renewal and health partials. Cells carry data-sort values (the tier as
    written, ARR and health as numbers, the renewal as YYYY-MM-DD) for tables that
    assets/folio.js sorts; ARR sorts by currency, then
    amount, so that amounts of different currencies are never compared. The columns
    marked opt give way on a narrow screen. }}
<tr{{#renewal_overdue}} class="is-overdue"{{/renewal_overdue}}>
  <th scope="row"><a href="{{root}}{{href}}">{{name}}</a>{{^has_brief}} <span class="no-brief">no brief</span>{{/has_brief}}</th>
  <td class="opt"{{#manager}} data-sort="{{name}}"{{/manager}}>{{#manager}}{{> partials/person-link}}{{/manager}}{{^manager}}<span class="none">Unassigned</span>{{/manager}}</td>
  <td class="opt">{{#industry}}{{industry_label}}{{/industry}}</td>
  <td class="opt nowrap" data-sort="{{tier}}">{{#tier}}{{tier_label}}{{/tier}}</td>
  <td class="opt">{{> partials/status}}</td>
  <td class="num" data-sort="{{#arr}}{{currency}} {{.}}{{/arr}}">{{#arr}}{{arr_display}}{{/arr}}{{^arr}}<span class="none">—</span>{{/arr}}</td>
  <td class="nowrap" data-sort="{{renewal_date}}">{{> partials/renewal}}</td>
  <td data-sort="{{health_score}}">{{> partials/health}}</td>
</tr>

"""#
        ),
        (
            "partials/agenda-row.mustache",
            #"""
{{! partials/agenda-row: one row of an agenda table (columns: date, account, owner, why).
    Context: an agenda_item (docs/templates.md). Uses: root, date, date_display, overdue, why, href, account (name), owner, plus partials/person-link. The columns
    marked opt give way on a narrow screen. }}
<tr{{#overdue}} class="is-overdue"{{/overdue}}>
  <td class="nowrap" data-sort="{{date}}"><time datetime="{{date}}">{{date_display}}</time></td>
  <th scope="row"><a href="{{root}}{{href}}">{{#account}}{{name}}{{/account}}</a></th>
  <td class="opt">{{#owner}}{{> partials/person-link}}{{/owner}}{{^owner}}<span class="none">Unassigned</span>{{/owner}}</td>
  <td>{{#overdue}}<span class="due is-overdue">{{why}}</span>{{/overdue}}{{^overdue}}{{why}}{{/overdue}}</td>
</tr>

"""#
        ),
        (
            "partials/agenda-table.mustache",
            #"""
{{! partials/agenda-table: a table of agenda items (columns: date, account, owner, why),
    used as a parent partial with the blocks caption (the caption's text), caption_id
    (agenda-caption unless given) and rows (unless given, each of agenda through
    partials/agenda-row). Context: a page with agenda (docs/templates.md, "agenda_item"). }}
  <div class="table-wrap" role="region" aria-labelledby="{{$ caption_id}}agenda-caption{{/ caption_id}}" tabindex="0">
    <table class="data agenda">
      <caption id="{{$ caption_id}}agenda-caption{{/ caption_id}}"><span>{{$ caption}}{{/ caption}}</span></caption>
      <thead>
        <tr><th scope="col">Date</th><th scope="col">Account</th><th scope="col" class="opt">Owner</th><th scope="col">Why</th></tr>
      </thead>
      <tbody>{{$ rows}}{{#agenda}}
{{> partials/agenda-row}}
      {{/agenda}}{{/ rows}}</tbody>
    </table>
  </div>

"""#
        ),
        (
            "partials/book-row.mustache",
            #"""
{{! partials/book-row: one row of a books-of-business table (columns: account manager,
    accounts, ARR, due, overdue, at risk). Context: a book (docs/templates.md, "book").
    Uses: root, person, accounts_count, arr, renewals_due, renewals_overdue, at_risk,
    plus partials/person-link. }}
<tr>
  <th scope="row">{{#person}}{{> partials/person-link}}{{#title}}<span class="sub">{{.}}</span>{{/title}}{{/person}}</th>
  <td class="num">{{#person}}<a href="{{root}}{{href}}">{{/person}}{{accounts_count}}{{#person}}</a>{{/person}}</td>
  <td class="num">{{#arr}}<span class="money stacked">{{amount_display}}</span>{{/arr}}</td>
  <td class="num opt">{{renewals_due}}</td>
  <td class="num opt">{{renewals_overdue}}</td>
  <td class="num">{{at_risk}}</td>
</tr>

"""#
        ),
        (
            "partials/completeness.mustache",
            #"""
{{! partials/completeness: a handoff's completeness, as a bar, a percentage and the
    missing sections. The bar is drawn in SVG, whose width attribute needs no inline style
    (which the pages' Content-Security-Policy does not allow). Context: a handoff_summary (docs/templates.md). Uses:
    completeness.percent, completeness.complete, completeness.missing. }}
<span class="completeness{{#completeness.complete}} is-complete{{/completeness.complete}}">
  <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="{{completeness.percent}}" height="1"/></svg>
  <span class="pct">{{completeness.percent}}%</span>
  {{^completeness.complete}}<span class="missing">Missing: <span class="inline-list">{{#completeness.missing}}<span>{{.}}</span>{{/completeness.missing}}</span></span>{{/completeness.complete}}
</span>
"""#
        ),
        (
            "partials/handoff-row.mustache",
            #"""
{{! partials/handoff-row: one row of a handoffs table (columns: handoff, account, from/to,
    date, completeness). Context: a handoff_summary (docs/templates.md). Uses: root, href,
    title, account, from, to, date, date_display, plus partials/completeness. }}
<tr>
  <th scope="row"><a href="{{root}}{{href}}">{{title}}</a></th>
  <td class="opt">{{#account}}<a href="{{root}}{{href}}">{{name}}</a>{{/account}}</td>
  <td class="opt">{{#from}}{{> partials/person-link}}{{/from}} <span aria-hidden="true">→</span><span class="visually-hidden">to</span> {{#to}}{{> partials/person-link}}{{/to}}</td>
  <td class="nowrap">{{#date}}<time datetime="{{.}}">{{date_display}}</time>{{/date}}</td>
  <td>{{> partials/completeness}}</td>
</tr>

"""#
        ),
        (
            "partials/health.mustache",
            #"""
{{! partials/health: an account's health band as text plus colour. Context: an account
    (docs/templates.md, "account"). Uses: health_band, health_label, health_score. }}
{{#health_band}}<span class="badge health health-{{.}}">{{health_label}} <span class="score">{{health_score}}</span></span>{{/health_band}}{{^health_band}}<span class="badge health health-none">Unscored</span>{{/health_band}}
"""#
        ),
        (
            "partials/opportunity-row.mustache",
            #"""
{{! partials/opportunity-row: one row of an opportunities table (columns: opportunity,
    account, type, stage, amount, close). Context: an opportunity (docs/templates.md,
    "opportunity"). Uses: root, name, account, type_label, stage_label, amount, currency,
    amount_display, close_date, close_date_display. }}
<tr>
  <th scope="row">{{name}}</th>
  <td>{{#account}}<a href="{{root}}{{href}}">{{name}}</a>{{/account}}</td>
  <td class="opt">{{#type}}{{type_label}}{{/type}}</td>
  <td class="opt">{{#stage}}{{stage_label}}{{/stage}}</td>
  <td class="num" data-sort="{{#amount}}{{currency}} {{.}}{{/amount}}">{{#amount_display}}{{.}}{{/amount_display}}</td>
  <td class="nowrap">{{#close_date}}<time datetime="{{.}}">{{close_date_display}}</time>{{/close_date}}</td>
</tr>

"""#
        ),
        (
            "partials/pagination.mustache",
            #"""
{{! partials/pagination: where this page of a whole list stands, and links to the others,
    which work without JavaScript. Context: a page with pagination (docs/templates.md,
    "pagination"; null for a list of one page). Uses: root, pagination (number, count,
    first_row_display, last_row_display, rows_count_display, previous, next, pages: gap,
    number, href, current). }}
{{#pagination}}
<nav class="pagination" aria-label="Pages of this list">
  <p class="pagination-status">Rows {{first_row_display}}–{{last_row_display}} of {{rows_count_display}}; page {{number}} of {{count}}.</p>
  <ul>
    {{#previous}}<li><a href="{{root}}{{href}}" rel="prev">Previous</a></li>{{/previous}}
    {{#pages}}{{#gap}}<li class="gap" aria-hidden="true">…</li>{{/gap}}{{^gap}}<li>{{#current}}<a href="{{root}}{{href}}" aria-current="page">{{number}}</a>{{/current}}{{^current}}<a href="{{root}}{{href}}">{{number}}</a>{{/current}}</li>{{/gap}}{{/pages}}
    {{#next}}<li><a href="{{root}}{{href}}" rel="next">Next</a></li>{{/next}}
  </ul>
</nav>
{{/pagination}}

"""#
        ),
        (
            "partials/person-link.mustache",
            #"""
{{! partials/person-link: a link to a person's page. Context: a person, pushed by the
    caller, for example a section over manager (docs/templates.md, "person").
    Uses: root, href, name. }}
<a class="person" href="{{root}}{{href}}">{{name}}</a>
"""#
        ),
        (
            "partials/renewal-buckets.mustache",
            #"""
{{! partials/renewal-buckets: renewals by bucket, one table each, under an h2 the page
    gives. Context: a page with renewal_buckets (docs/templates.md, "renewal bucket").
    Uses: root, renewal_buckets (label, slug, is_overdue, count, arr, has_arr, accounts: the first
    ten, more, list: the whole bucket's list). Partials:
    account-row. }}
{{#renewal_buckets}}
<section class="bucket bucket-{{slug}}{{^accounts}} is-empty{{/accounts}}" aria-labelledby="bucket-{{slug}}-heading">
  <h3 id="bucket-{{slug}}-heading">{{label}} <span class="count-badge">{{count}}</span></h3>
  {{#has_arr}}<p class="bucket-arr">ARR up for renewal: {{#arr}}<span class="money">{{amount_display}}</span> {{/arr}}</p>{{/has_arr}}
  <div class="table-wrap" role="region" aria-labelledby="bucket-{{slug}}-caption" tabindex="0">
    <table class="data">
      <caption id="bucket-{{slug}}-caption"><span>{{#is_overdue}}Renewal date passed, account not churned; the longest overdue first.{{/is_overdue}}{{^is_overdue}}{{label}}, the soonest first.{{/is_overdue}}</span></caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col" class="opt">Manager</th>
          <th scope="col" class="opt">Industry</th>
          <th scope="col" class="opt">Tier</th>
          <th scope="col" class="opt">Status</th>
          <th scope="col" class="num">ARR</th>
          <th scope="col">Renewal</th>
          <th scope="col">Health</th>
        </tr>
      </thead>
      <tbody>{{#accounts}}
{{> partials/account-row}}
      {{/accounts}}</tbody>
    </table>
  </div>
  {{^accounts}}
  <p class="empty">None.</p>
  {{/accounts}}
  {{#more}}{{#list}}<p class="more"><a href="{{root}}{{href}}">{{#is_overdue}}All {{count}} overdue renewals{{/is_overdue}}{{^is_overdue}}All {{count}} renewals {{label}}{{/is_overdue}}</a></p>{{/list}}{{/more}}
</section>
{{/renewal_buckets}}

"""#
        ),
        (
            "partials/renewal.mustache",
            #"""
{{! partials/renewal: an account's renewal date and how close it is. Context: an account
    (docs/templates.md, "account"). Uses: renewal_date, renewal_date_display,
    renewal_overdue, days_overdue, renewal_due, days_to_renewal. }}
{{#renewal_date}}<time datetime="{{.}}">{{renewal_date_display}}</time>{{#renewal_overdue}} <span class="due is-overdue">Overdue by {{days_overdue}}&nbsp;days</span>{{/renewal_overdue}}{{#renewal_due}} <span class="due is-due">Due in {{days_to_renewal}}&nbsp;days</span>{{/renewal_due}}{{/renewal_date}}{{^renewal_date}}<span class="none">No date</span>{{/renewal_date}}
"""#
        ),
        (
            "partials/status.mustache",
            #"""
{{! partials/status: an account's status badge. Context: an account (docs/templates.md,
    "account"). Uses: status, status_label. }}
{{#status}}<span class="badge status-{{.}}">{{status_label}}</span>{{/status}}{{^status}}<span class="none">No status</span>{{/status}}
"""#
        ),
        (
            "partials/team-row.mustache",
            #"""
{{! partials/team-row: one account manager's book in a team table (columns: account
    manager, accounts, ARR, at risk, renewals due, overdue, revenue retention). Context: a
    team book (docs/templates.md, "team.mustache"). Uses: root, person, accounts_count,
    arr, at_risk, renewals_due, renewals_overdue, retention (currency, grr_display,
    nrr_display, small_base, accounts_display), plus partials/person-link. As a parent
    partial, its block who replaces the first cell's person: a table's totals row. }}
<tr>
  <th scope="row">{{$ who}}{{#person}}{{> partials/person-link}}{{#title}}<span class="sub">{{.}}</span>{{/title}}{{/person}}{{/ who}}</th>
  <td class="num">{{accounts_count}}</td>
  <td class="num">{{#arr}}<span class="money stacked">{{amount_display}}</span>{{/arr}}{{^arr}}<span class="none">—</span>{{/arr}}</td>
  <td class="num">{{at_risk}}</td>
  <td class="num opt">{{renewals_due}}</td>
  <td class="num opt">{{renewals_overdue}}</td>
  <td class="retention">{{#retention}}<span class="stacked"><span class="key">{{currency}}</span> {{grr_display}} / {{nrr_display}}{{#small_base}} <span class="sub-inline">({{accounts_display}})</span>{{/small_base}}</span>{{/retention}}{{^retention}}<span class="none">No cohort</span>{{/retention}}</td>
</tr>

"""#
        ),
        (
            "partials/team-table.mustache",
            #"""
{{! partials/team-table: account managers' books in a table (columns: account manager,
    accounts, ARR, at risk, renewals due, overdue, revenue retention), used as a parent
    partial with the blocks caption (the caption's text), caption_id (books-caption unless
    given), rows (unless given, each of books through partials/team-row) and totals
    (unless given, a row of the context's own totals, as team.rollup holds them).
    Context: a roll-up (docs/templates.md, "team.mustache"). }}
  <div class="table-wrap" role="region" aria-labelledby="{{$ caption_id}}books-caption{{/ caption_id}}" tabindex="0">
    <table class="data">
      <caption id="{{$ caption_id}}books-caption{{/ caption_id}}"><span>{{$ caption}}{{/ caption}}</span></caption>
      <thead>
        <tr>
          <th scope="col">Account manager</th>
          <th scope="col" class="num">Accounts</th>
          <th scope="col" class="num">ARR</th>
          <th scope="col" class="num">At risk</th>
          <th scope="col" class="num opt">Due</th>
          <th scope="col" class="num opt">Overdue</th>
          <th scope="col">Retention, gross / net</th>
        </tr>
      </thead>
      <tbody>{{$ rows}}{{#books}}
{{> partials/team-row}}
      {{/books}}{{/ rows}}</tbody>
      {{$ totals}}<tfoot>
{{< partials/team-row}}{{$ who}}Together{{/ who}}{{/ partials/team-row}}
      </tfoot>{{/ totals}}
    </table>
  </div>

"""#
        ),
        (
            "person.mustache",
            #"""
{{! person: team/<id>/index.html, one per person in team.csv (docs/templates.md,
    "person.mustache"). Uses: root, person (id, name, title, role_label, email, region,
    href), accounts (the ten largest), accounts_count, accounts_list (href, count: the
    whole book, when longer), arr (money: amount_display), agenda (agenda items: the first
    ten), has_agenda, agenda_count, agenda_list, at_risk, at_risk_summary (arr, has_arr),
    at_risk_accounts, renewal_buckets, has_book, rollup (books, books_count, more, books_list, accounts_count, arr,
    at_risk, renewals_due, renewals_overdue, retention), rollup_is_whole_team,
    has_handoffs_given, has_handoffs_received, has_nothing, handoffs_given, handoffs_given_count, handoffs_received,
    handoffs_received_count, handoffs_list, audience.sees_handoffs (the
    handoffs sections are left out when false). Partials: account-row, agenda-row,
    handoff-row, renewal-buckets, team-row. }}
{{< layout}}
{{$ title}}{{person.name}}{{/ title}}
{{$ main}}
<nav class="crumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="{{root}}index.html">Overview</a></li>
    <li><a href="{{root}}{{person.href}}" aria-current="page">{{person.name}}</a></li>
  </ol>
</nav>

<header class="page-head">
  <p class="eyebrow">{{person.role_label}}</p>
  <h1>{{person.name}}</h1>
  <ul class="meta-list">
    {{#person.title}}
    <li>{{.}}</li>
    {{/person.title}}
    {{#person.region}}
    <li>{{.}}</li>
    {{/person.region}}
    {{#person.email}}
    <li><a href="mailto:{{.}}">{{.}}</a></li>
    {{/person.email}}
  </ul>
</header>

{{#has_book}}
<section class="block" aria-labelledby="figures-heading">
  <h2 id="figures-heading" class="visually-hidden">Book of business in figures</h2>
  <dl class="figures">
    <div class="figure figure-wide">
      <dt>Annual recurring revenue</dt>
      <dd><span class="figure-values">{{#arr}}<span class="figure-value">{{amount_display}}</span>{{/arr}}{{^arr}}<span class="figure-value">—</span>{{/arr}}</span></dd>
    </div>
    <div class="figure">
      <dt>At risk</dt>
      <dd><span class="figure-value">{{at_risk}}</span>{{#at_risk_summary.has_arr}} <span class="figure-values">{{#at_risk_summary.arr}}<span class="money">{{amount_display}}</span> {{/at_risk_summary.arr}}</span>{{/at_risk_summary.has_arr}} <span class="figure-note">status at risk, health red, or renewing soon without a green band</span></dd>
    </div>
  </dl>
</section>
{{/has_book}}
{{#has_nothing}}
<p class="empty">{{person.name}} has no accounts, handoffs or reports in this portfolio.</p>
{{/has_nothing}}

{{#has_agenda}}
<section class="block" aria-labelledby="agenda-heading">
  <h2 id="agenda-heading">Coming up</h2>
  {{< partials/agenda-table}}{{$ caption}}What needs {{person.name}}’s attention in the next 30 days, overdue first.{{/ caption}}{{/ partials/agenda-table}}
  {{#agenda_list}}<p class="more"><a href="{{root}}{{href}}">The whole agenda: {{agenda_count}} items</a></p>{{/agenda_list}}
</section>
{{/has_agenda}}

{{#rollup}}
<section class="block" aria-labelledby="rollup-heading">
  <h2 id="rollup-heading">{{#rollup_is_whole_team}}The team’s books{{/rollup_is_whole_team}}{{^rollup_is_whole_team}}Their team’s books{{/rollup_is_whole_team}}</h2>
  {{< partials/team-table}}{{$ caption_id}}rollup-caption{{/ caption_id}}{{$ caption}}{{#rollup_is_whole_team}}Nobody reports to {{person.name}} in team.csv (reports_to), so this is every account manager’s book{{/rollup_is_whole_team}}{{^rollup_is_whole_team}}The books of the people who report to {{person.name}}{{/rollup_is_whole_team}}: the largest ARR first, and all of them together.{{/ caption}}{{/ partials/team-table}}
  {{#more}}{{#books_list}}<p class="more"><a href="{{root}}{{href}}">All {{count}} books of business</a></p>{{/books_list}}{{/more}}
</section>
{{/rollup}}

{{#has_book}}
<section class="block" aria-labelledby="accounts-heading">
  <h2 id="accounts-heading">Book of business</h2>
  <div class="table-wrap" role="region" aria-labelledby="accounts-caption" tabindex="0">
    <table class="data">
      <caption id="accounts-caption"><span>Accounts {{person.name}} manages or sold, the largest ARR first.</span></caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col" class="opt">Manager</th>
          <th scope="col" class="opt">Industry</th>
          <th scope="col" class="opt">Tier</th>
          <th scope="col" class="opt">Status</th>
          <th scope="col" class="num">ARR</th>
          <th scope="col">Renewal</th>
          <th scope="col">Health</th>
        </tr>
      </thead>
      <tbody>{{#accounts}}
{{> partials/account-row}}
      {{/accounts}}</tbody>
    </table>
  </div>
  {{^accounts}}
  <p class="empty">{{person.name}} has no accounts in <code>Content/data/accounts.csv</code>.</p>
  {{/accounts}}
  {{#accounts_list}}<p class="more"><a href="{{root}}{{href}}">All {{count}} accounts of {{person.name}}</a></p>{{/accounts_list}}
</section>

<section class="block" aria-labelledby="person-renewals-heading">
  <h2 id="person-renewals-heading">Renewals</h2>
{{> partials/renewal-buckets}}
</section>

<section class="block" aria-labelledby="at-risk-heading">
  <h2 id="at-risk-heading">At risk</h2>
  <div class="table-wrap" role="region" aria-labelledby="at-risk-caption" tabindex="0">
    <table class="data">
      <caption id="at-risk-caption"><span>{{person.name}}’s accounts at risk, largest ARR first.</span></caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col" class="opt">Manager</th>
          <th scope="col" class="opt">Industry</th>
          <th scope="col" class="opt">Tier</th>
          <th scope="col" class="opt">Status</th>
          <th scope="col" class="num">ARR</th>
          <th scope="col">Renewal</th>
          <th scope="col">Health</th>
        </tr>
      </thead>
      <tbody>{{#at_risk_accounts}}
{{> partials/account-row}}
      {{/at_risk_accounts}}</tbody>
    </table>
  </div>
  {{^at_risk_accounts}}
  <p class="empty">None of {{person.name}}’s accounts is at risk.</p>
  {{/at_risk_accounts}}
</section>
{{/has_book}}

{{#audience.sees_handoffs}}
{{#has_handoffs_received}}
<section class="block" aria-labelledby="received-heading">
  <h2 id="received-heading">Handoffs received</h2>
  <div class="table-wrap" role="region" aria-labelledby="received-caption" tabindex="0">
    <table class="data">
      <caption id="received-caption"><span>Accounts handed to {{person.name}} ({{handoffs_received_count}}), the newest first.</span></caption>
      <thead>
        <tr><th scope="col">Handoff</th><th scope="col" class="opt">Account</th><th scope="col" class="opt">From → to</th><th scope="col">Date</th><th scope="col">Completeness</th></tr>
      </thead>
      <tbody>{{#handoffs_received}}
{{> partials/handoff-row}}
      {{/handoffs_received}}</tbody>
    </table>
  </div>
  {{#handoffs_list}}<p class="more"><a href="{{root}}{{href}}">All {{count}} handoffs {{person.name}} gave or received</a></p>{{/handoffs_list}}
</section>
{{/has_handoffs_received}}

{{#has_handoffs_given}}
<section class="block" aria-labelledby="given-heading">
  <h2 id="given-heading">Handoffs given</h2>
  <div class="table-wrap" role="region" aria-labelledby="given-caption" tabindex="0">
    <table class="data">
      <caption id="given-caption"><span>Accounts {{person.name}} handed on ({{handoffs_given_count}}), the newest first.</span></caption>
      <thead>
        <tr><th scope="col">Handoff</th><th scope="col" class="opt">Account</th><th scope="col" class="opt">From → to</th><th scope="col">Date</th><th scope="col">Completeness</th></tr>
      </thead>
      <tbody>{{#handoffs_given}}
{{> partials/handoff-row}}
      {{/handoffs_given}}</tbody>
    </table>
  </div>
  {{#handoffs_list}}{{^has_handoffs_received}}<p class="more"><a href="{{root}}{{href}}">All {{count}} handoffs {{person.name}} gave or received</a></p>{{/has_handoffs_received}}{{/handoffs_list}}
</section>
{{/has_handoffs_given}}
{{/audience.sees_handoffs}}
{{/ main}}
{{/ layout}}

"""#
        ),
        (
            "renewals.mustache",
            ##"""
{{! renewals: renewals/index.html, what renews in the next 90 days and what is overdue
    (docs/templates.md, "renewals.mustache"). Uses: root, site.as_of, site.as_of_display,
    renewal_buckets (label, slug, is_overdue, count, arr, has_arr, accounts), at_risk (count,
    one, arr, has_arr, href), calendar (href, events).
    Partials: renewal-buckets,
    account-row. }}
{{< layout}}
{{$ title}}Renewals{{/ title}}
{{$ main}}
<nav class="crumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="{{root}}index.html">Overview</a></li>
    <li><a href="{{root}}renewals/index.html" aria-current="page">Renewals</a></li>
  </ol>
</nav>

<header class="page-head">
  <p class="eyebrow">Renewals</p>
  <h1>Renewals due and overdue</h1>
  <p class="meta">Renewal dates counted from <time datetime="{{site.as_of}}">{{site.as_of_display}}</time>, in buckets of 0-30, 31-60 and 61-90 days, plus those whose date has passed. Churned accounts are left out.</p>
  <p class="calendar-link"><a href="{{root}}{{calendar.href}}" type="text/calendar" download>Subscribe or download the calendar</a> <span class="hint">{{calendar.events}} all-day events: every renewal and every coming QBR of the accounts that have not churned, as an iCalendar file (<code>{{calendar.href}}</code>).</span></p>
</header>

<section class="block" aria-labelledby="buckets-heading">
  <h2 id="buckets-heading">By bucket</h2>
  <ul class="bucket-counts">{{#renewal_buckets}}
    <li><a href="#bucket-{{slug}}-heading">{{label}}</a> <span class="count">{{count}}</span>{{#has_arr}} <span class="bucket-money">{{#arr}}<span class="money">{{amount_display}}</span> {{/arr}}</span>{{/has_arr}}</li>
  {{/renewal_buckets}}</ul>
  {{#at_risk}}<p class="at-risk-money">At risk: <a href="{{root}}{{href}}">{{count}} {{#one}}account{{/one}}{{^one}}accounts{{/one}}</a>{{#has_arr}}, ARR {{#arr}}<span class="money">{{amount_display}}</span> {{/arr}}{{/has_arr}}</p>{{/at_risk}}
{{> partials/renewal-buckets}}
</section>
{{/ main}}
{{/ layout}}

"""##
        ),
        (
            "search.mustache",
            #"""
{{! search: search/index.html, a search over clients, handoffs, people and guide chapters
    (docs/templates.md, "search.mustache"). Uses: root, search.shards, search.entries,
    search.managers (person: id, name, href), search.industries (value, label, slug, href,
    accounts_count), search.tiers (value, label, slug, href, accounts_count), search.health_bands
    (value, label, accounts_count), audience.sees_handoffs. assets/folio.js loads the index
    from the script files in the folder data-shards names, only those a query needs, so the
    page stays small and works opened from disk; each filter's option values name its
    files. The form stays hidden without JavaScript, and the lists below it lead the way
    instead. Partials: person-link. }}
{{< layout}}
{{$ title}}Search{{/ title}}
{{$ main}}
<header class="page-head">
  <p class="eyebrow">Search</p>
  <h1>Search the portfolio</h1>
  <p class="meta">{{search.entries}} pages: clients, {{#audience.sees_handoffs}}handoffs, {{/audience.sees_handoffs}}people and guide chapters, by name, summary, tags, industry, manager, the start of their text and each client's activities. Words match the start of words, without regard to case or accents.</p>
</header>

<section class="block search-app" id="search-app" aria-labelledby="search-heading" data-shards="{{root}}{{search.shards}}" hidden>
  <h2 id="search-heading" class="visually-hidden">Search form</h2>
  <form class="search-form" role="search" method="get">
    <div class="search-field">
      <label for="search-q">Words to find</label>
      <input id="search-q" name="q" type="search" autocomplete="off" spellcheck="false">
    </div>
    <div class="search-filters">
      <div class="search-field">
        <label for="search-manager">Manager</label>
        <select id="search-manager" name="manager">
          <option value="">Any</option>
          {{#search.managers}}<option value="{{id}}">{{name}}</option>{{/search.managers}}
        </select>
      </div>
      <div class="search-field">
        <label for="search-industry">Industry</label>
        <select id="search-industry" name="industry">
          <option value="">Any</option>
          {{#search.industries}}<option value="{{slug}}" data-value="{{value}}">{{label}}</option>{{/search.industries}}
        </select>
      </div>
      <div class="search-field">
        <label for="search-tier">Tier</label>
        <select id="search-tier" name="tier">
          <option value="">Any</option>
          {{#search.tiers}}<option value="{{slug}}" data-value="{{value}}">{{label}}</option>{{/search.tiers}}
        </select>
      </div>
      <div class="search-field">
        <label for="search-health">Health</label>
        <select id="search-health" name="health">
          <option value="">Any</option>
          {{#search.health_bands}}<option value="{{value}}">{{label}}</option>{{/search.health_bands}}
        </select>
      </div>
    </div>
  </form>
  <p class="search-status" id="search-status" role="status" aria-live="polite"></p>
  <ol class="search-results plain-list" id="search-results"></ol>
  <p class="search-more"><button type="button" class="button" id="search-more" hidden>Show more results</button></p>
</section>

<section class="block search-browse" aria-labelledby="browse-heading">
  <h2 id="browse-heading">Browse</h2>
  <div class="browse-lists">
    <div>
      <h3>Managers</h3>
      <ul class="plain-list">{{#search.managers}}
        <li>{{> partials/person-link}}</li>
      {{/search.managers}}</ul>
    </div>
    <div>
      <h3>Industries</h3>
      <ul class="plain-list">{{#search.industries}}
        <li><a href="{{root}}{{href}}">{{label}}</a> <span class="count">{{accounts_count}}</span></li>
      {{/search.industries}}</ul>
    </div>
    <div>
      <h3>Tiers</h3>
      <ul class="plain-list">{{#search.tiers}}
        <li><a href="{{root}}{{href}}">{{label}}</a> <span class="count">{{accounts_count}}</span></li>
      {{/search.tiers}}</ul>
    </div>
    <div>
      <h3>Health</h3>
      <ul class="plain-list">{{#search.health_bands}}
        <li><span class="badge health health-{{value}}">{{label}}</span> <span class="count">{{accounts_count}}</span></li>
      {{/search.health_bands}}</ul>
    </div>
  </div>
</section>
{{/ main}}
{{/ layout}}

"""#
        ),
        (
            "taxonomy.mustache",
            #"""
{{! taxonomy: industries/index.html, segments/index.html, tiers/index.html and
    tags/index.html, every value of one taxonomy (docs/templates.md, "taxonomy.mustache").
    Uses: root, taxonomy (key, title, singular, href, terms_count), terms (label, href,
    accounts_count, arr: amount_display, multiple_currencies). }}
{{< layout}}
{{$ title}}{{taxonomy.title}}{{/ title}}
{{$ main}}
<nav class="crumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="{{root}}index.html">Overview</a></li>
    <li><a href="{{root}}{{taxonomy.href}}" aria-current="page">{{taxonomy.title}}</a></li>
  </ol>
</nav>

<header class="page-head">
  <p class="eyebrow">Accounts by {{taxonomy.key}}</p>
  <h1>{{taxonomy.title}}</h1>
  <p class="meta">{{taxonomy.terms_count}} values. ARR is per currency, never summed across currencies; churned accounts are listed but add no ARR.</p>
</header>

<section class="block" aria-labelledby="terms-heading">
  <h2 id="terms-heading" class="visually-hidden">Every {{taxonomy.key}}</h2>
  <div class="table-wrap" role="region" aria-labelledby="terms-caption" tabindex="0">
    <table class="data" data-sortable>
      <caption id="terms-caption"><span>Every {{taxonomy.key}} with its accounts and their ARR per currency.</span></caption>
      <thead>
        <tr><th scope="col">{{taxonomy.singular}}</th><th scope="col" class="num">Accounts</th><th scope="col" class="num">ARR</th></tr>
      </thead>
      <tbody>{{#terms}}
        <tr><th scope="row"><a href="{{root}}{{href}}">{{label}}</a></th><td class="num">{{accounts_count}}</td><td class="num">{{#arr}}<span class="money stacked">{{amount_display}}</span>{{/arr}}</td></tr>
      {{/terms}}</tbody>
    </table>
  </div>
  {{^terms}}
  <p class="empty">No account has a {{taxonomy.key}} yet.</p>
  {{/terms}}
</section>
{{/ main}}
{{/ layout}}

"""#
        ),
        (
            "team.mustache",
            #"""
{{! team: team/index.html, the team by role (docs/templates.md, "team.mustache"). Uses:
    root, team.groups (title, role, are_account_managers, people: the first ten, person,
    book, reports_count, has_reports; count, more), team.people_list (href, count),
    team.rollup (books: the ten largest, books_count, more, books_list, accounts_count, arr, at_risk, renewals_due, renewals_overdue,
    retention), site.as_of_display. Partials: person-link, team-row. }}
{{< layout}}
{{$ title}}{{page.title}}{{/ title}}
{{$ main}}
<header class="page-head">
  <p class="eyebrow">Team</p>
  <h1>The team</h1>
  <p class="lead">Everyone in <code>team.csv</code> by role, and each account manager’s book: accounts, ARR per currency, accounts at risk, renewals due and overdue, and revenue retention over the last twelve months (gross / net, per currency). Churned accounts count only in retention.</p>
</header>

{{#team.rollup}}
<section class="block" aria-labelledby="books-heading">
  <h2 id="books-heading">Books of business</h2>
  {{< partials/team-table}}{{$ caption}}The largest books, the largest ARR first, and the whole team’s together.{{/ caption}}{{/ partials/team-table}}
  {{#more}}{{#books_list}}<p class="more"><a href="{{root}}{{href}}">All {{count}} books of business</a></p>{{/books_list}}{{/more}}
</section>
{{/team.rollup}}

{{#team.groups}}
<section class="block" aria-labelledby="group-{{#role}}{{.}}{{/role}}{{^role}}other{{/role}}-heading">
  <h2 id="group-{{#role}}{{.}}{{/role}}{{^role}}other{{/role}}-heading">{{title}}</h2>
  <ul class="people">{{#people}}
    <li>{{#person}}{{> partials/person-link}}{{#title}} <span class="sub-inline">{{.}}</span>{{/title}}{{#region}} <span class="sub-inline">· {{.}}</span>{{/region}}{{/person}}{{#book}} <span class="sub-inline">· {{accounts_count}} accounts</span>{{/book}}{{#has_reports}} <span class="sub-inline">· {{reports_count}} reporting</span>{{/has_reports}}</li>
  {{/people}}</ul>
  {{#more}}{{#team.people_list}}<p class="more"><a href="{{root}}{{href}}">Everyone in the team, {{title}} among them: {{count}} people</a></p>{{/team.people_list}}{{/more}}
</section>
{{/team.groups}}
{{/ main}}
{{/ layout}}

"""#
        ),
        (
            "term.mustache",
            #"""
{{! term: industries/<slug>/index.html and the like, the accounts with one value of a
    taxonomy (docs/templates.md, "term.mustache"). Uses: root, taxonomy (key, title,
    singular, href), term (label, title, href, accounts_count, arr: amount_display,
    multiple_currencies, accounts: this page's), pagination. A value with more accounts
    than a page holds continues at industries/<slug>/2/ and on. Partials: account-row,
    pagination. }}
{{< layout}}
{{$ title}}{{term.title}}{{/ title}}
{{$ main}}
<nav class="crumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="{{root}}index.html">Overview</a></li>
    <li><a href="{{root}}{{taxonomy.href}}">{{taxonomy.title}}</a></li>
    <li><a href="{{root}}{{term.href}}" aria-current="page">{{term.label}}</a></li>
  </ol>
</nav>

<header class="page-head">
  <p class="eyebrow">{{taxonomy.singular}}</p>
  <h1>{{term.label}}</h1>
  <dl class="figures">
    <div class="figure">
      <dt>Accounts</dt>
      <dd><span class="figure-value">{{term.accounts_count}}</span></dd>
    </div>
    <div class="figure figure-wide">
      <dt>Annual recurring revenue</dt>
      <dd>
        <span class="figure-values">{{#term.arr}}<span class="figure-value">{{amount_display}}</span>{{/term.arr}}{{^term.arr}}<span class="figure-value">—</span>{{/term.arr}}</span>
        {{#term.multiple_currencies}}
        <span class="figure-note">One figure per currency, not summed across currencies.</span>
        {{/term.multiple_currencies}}
        <span class="figure-note">Churned accounts add no ARR.</span>
      </dd>
    </div>
  </dl>
</header>

<section class="block" aria-labelledby="accounts-heading">
  <h2 id="accounts-heading">Accounts</h2>
{{> partials/pagination}}
  <div class="table-wrap" role="region" aria-labelledby="accounts-caption" tabindex="0">
    <table class="data" data-sortable>
      <caption id="accounts-caption"><span>Every account with {{taxonomy.key}} “{{term.label}}”, by name.</span></caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col" class="opt">Manager</th>
          <th scope="col" class="opt">Industry</th>
          <th scope="col" class="opt">Tier</th>
          <th scope="col" class="opt">Status</th>
          <th scope="col" class="num">ARR</th>
          <th scope="col">Renewal</th>
          <th scope="col">Health</th>
        </tr>
      </thead>
      <tbody>{{#term.accounts}}
{{> partials/account-row}}
      {{/term.accounts}}</tbody>
    </table>
  </div>
{{> partials/pagination}}
</section>
{{/ main}}
{{/ layout}}

"""#
        ),
    ]
}
