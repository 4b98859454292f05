/* tei_coldwar edition: client-side full-text search over the index embedded in search.html.
   No server and no network: the index is the JSON in <script id="search-index">. Results are
   built with DOM methods and textContent only (no HTML from data is ever parsed). */
(function () {
  "use strict";
  var dataEl = document.getElementById("search-index");
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!dataEl || !input || !list || !status) { return; }
  var records = JSON.parse(dataEl.textContent || "[]");

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var folded = records.map(function (r) {
    return fold(r.t + " " + r.x);
  });

  function snippet(rec, term) {
    var text = rec.x;
    var pos = fold(text).indexOf(term);
    if (pos < 0) { return { before: text.slice(0, 160), hit: "", after: "" }; }
    var start = Math.max(0, pos - 80);
    return {
      before: (start > 0 ? "…" : "") + text.slice(start, pos),
      hit: text.slice(pos, pos + term.length),
      after: text.slice(pos + term.length, pos + term.length + 80) + "…"
    };
  }

  function run(query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var terms = fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
    if (terms.length === 0) { status.textContent = ""; return; }
    var hits = [];
    for (var i = 0; i < records.length; i++) {
      var ok = terms.every(function (t) { return folded[i].indexOf(t) >= 0; });
      if (ok) { hits.push(i); }
    }
    status.textContent = hits.length === 1 ? "1 document found." : hits.length + " documents found.";
    hits.slice(0, 200).forEach(function (i) {
      var rec = records[i];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = rec.u + "#main";
      a.textContent = rec.t;
      li.appendChild(a);
      if (rec.d) { li.appendChild(document.createTextNode(" (" + rec.d + ")")); }
      var s = snippet(rec, terms[0]);
      var p = document.createElement("p");
      p.appendChild(document.createTextNode(s.before));
      if (s.hit) {
        var m = document.createElement("mark");
        m.textContent = s.hit;
        p.appendChild(m);
      }
      p.appendChild(document.createTextNode(s.after));
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  var initial = params.get("q") || "";
  input.value = initial;
  if (initial) { run(initial); }
  input.addEventListener("input", function () { run(input.value); });
  var form = input.form;
  if (form) {
    form.addEventListener("submit", function (ev) { ev.preventDefault(); run(input.value); });
  }
}());
