/* Folio's one script: progressive enhancement only. Every page is complete without it.
   - Tables marked data-sortable sort by any column: a header becomes a button; cells sort
     by their data-sort value when they have one, else by their text, numbers as numbers.
   - An element with data-filter-table="<table id>" (hidden in the HTML) is shown and
     filters that table's rows as you type, ignoring case and accents.
   - A table with data-rows="<script>" is one page of a longer list: the first sort or
     keystroke loads that script, which hands over every row of the list (folioRows), and
     from then on the table sorts and filters them all, showing the first 500.
   - On the search page, the JSON index in #search-index is searched as you type. */
(function () {
  "use strict";

  /* Text as a filter compares it: lower case, without accents. */
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
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
    var limit = table.hasAttribute("data-rows") ? 500 : Infinity;
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
        state.texts = state.rows.map(function (row) { return fold(row.textContent); });
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
      var script = document.createElement("script");
      script.src = table.getAttribute("data-rows");
      script.onerror = function () { state.complete = true; state.waiting.splice(0).forEach(function (f) { f(); }); };
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
    state.rows = Array.prototype.slice.call(holder.rows);
    state.texts = null;
    state.complete = true;
    state.sort();
    Array.prototype.forEach.call(document.querySelectorAll(".pagination"), function (nav) {
      nav.hidden = true;
    });
    state.waiting.splice(0).forEach(function (done) { done(); });
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
        state.words = fold(input.value).split(/\s+/).filter(Boolean);
        state.render();
      });
    });
  }

  function search(data) {
    var app = document.getElementById("search-app");
    var form = app.querySelector("form");
    var input = document.getElementById("search-q");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var root = document.body.getAttribute("data-root") || "";
    var field = {};
    data.fields.forEach(function (name, index) { field[name] = index; });
    var kinds = { client: "Client", handoff: "Handoff", person: "Person", chapter: "Guide" };
    var entries = data.entries.map(function (values) {
      var manager = values[field.manager];
      var haystack = [
        values[field.title], values[field.summary], values[field.tags].join(" "),
        values[field.industry], manager ? data.managers[manager] : "",
        values[field.tier] ? "tier " + values[field.tier] : "", values[field.text]
      ].join(" ").toLowerCase();
      return { values: values, haystack: haystack };
    });
    var filters = ["manager", "industry", "tier", "health"];
    app.hidden = false;

    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    filters.forEach(function (name) {
      form.elements[name].value = params.get(name) || "";
    });

    function render() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var chosen = {};
      var any = words.length > 0;
      filters.forEach(function (name) {
        chosen[name] = form.elements[name].value;
        if (chosen[name]) any = true;
      });
      list.textContent = "";
      if (!any) {
        status.textContent = "Type a word or choose a filter.";
        return;
      }
      var found = entries.filter(function (entry) {
        for (var i = 0; i < filters.length; i++) {
          var name = filters[i];
          if (chosen[name] && entry.values[field[name]] !== chosen[name]) return false;
        }
        for (var j = 0; j < words.length; j++) {
          if (entry.haystack.indexOf(words[j]) < 0) return false;
        }
        return true;
      });
      var limit = 100;
      status.textContent = found.length === 0 ? "Nothing found."
        : found.length === 1 ? "1 result."
        : found.length > limit ? found.length + " results; the first " + limit + " are shown."
        : found.length + " results.";
      var fragment = document.createDocumentFragment();
      found.slice(0, limit).forEach(function (entry) {
        var values = entry.values;
        var item = document.createElement("li");
        item.className = "search-result";
        var kind = document.createElement("span");
        kind.className = "badge kind";
        kind.textContent = kinds[values[field.kind]] || values[field.kind];
        var link = document.createElement("a");
        link.href = root + values[field.href];
        link.textContent = values[field.title];
        item.appendChild(kind);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(link);
        var details = [values[field.industry], values[field.tier] && "Tier " + values[field.tier],
          values[field.manager] && data.managers[values[field.manager]]].filter(Boolean);
        if (details.length) {
          var meta = document.createElement("span");
          meta.className = "sub";
          meta.textContent = details.join(" · ");
          item.appendChild(meta);
        }
        var summary = values[field.summary] || values[field.text];
        if (summary) {
          var text = document.createElement("p");
          text.className = "search-summary";
          text.textContent = summary;
          item.appendChild(text);
        }
        fragment.appendChild(item);
      });
      list.appendChild(fragment);
    }

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
    update();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll("[data-filter-table]"), makeFilter);
    var index = document.getElementById("search-index");
    if (index && document.getElementById("search-app")) search(JSON.parse(index.textContent));
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
