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
