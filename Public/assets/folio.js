/* Folio's one script: progressive enhancement only. Every page is complete without it.
   - Tables marked data-sortable sort by any column: a header becomes a button; cells sort
     by their data-sort value when they have one, else by their text, numbers as numbers.
   - An element with data-filter-table="<table id>" (hidden in the HTML) is shown and
     filters that table's rows as you type.
   - On the search page, the JSON index in #search-index is searched as you type. */
(function () {
  "use strict";

  function sortValue(cell) {
    if (!cell) return "";
    var value = cell.getAttribute("data-sort");
    return (value === null ? cell.textContent : value).trim();
  }

  function compare(a, b) {
    // Empty values go last whatever the direction, so the caller handles them.
    var x = parseFloat(a), y = parseFloat(b);
    var numeric = /^-?[\d.]+(e[-+]?\d+)?$/i;
    if (numeric.test(a) && numeric.test(b)) return x - y;
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }

  function makeSortable(table) {
    var headers = table.querySelectorAll("thead th");
    var body = table.tBodies[0];
    if (!body) return;
    Array.prototype.forEach.call(headers, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) {
          other.removeAttribute("aria-sort");
        });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        var keyed = rows.map(function (row, index) {
          return { row: row, value: sortValue(row.cells[column]), index: index };
        });
        keyed.sort(function (a, b) {
          if (a.value === "" || b.value === "") {
            if (a.value === b.value) return a.index - b.index;
            return a.value === "" ? 1 : -1;
          }
          var order = compare(a.value, b.value);
          return (ascending ? order : -order) || a.index - b.index;
        });
        keyed.forEach(function (entry) { body.appendChild(entry.row); });
      });
    });
  }

  function makeFilter(box) {
    var table = document.getElementById(box.getAttribute("data-filter-table"));
    var input = box.querySelector("input");
    var status = box.querySelector("[role=status]");
    if (!table || !input || !table.tBodies[0]) return;
    box.hidden = false;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = null;
    input.addEventListener("input", function () {
      // Read on the first keystroke rather than on load: a table of 10,000 rows opens faster.
      if (!texts) texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, index) {
        var match = words.every(function (word) { return texts[index].indexOf(word) >= 0; });
        row.hidden = !match;
        if (match) shown += 1;
      });
      if (status) {
        status.textContent = words.length ? shown + " of " + rows.length + " shown" : "";
      }
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
