// The SPARQL editor of /query: a textarea with line numbers and a highlighted copy of the text
// under it, example queries from the templates, and a results table. Written for this project;
// no third-party code. Results come from /sparql by the SPARQL 1.1 Protocol (JSON for SELECT
// and ASK, Turtle for CONSTRUCT and DESCRIBE).
"use strict";

(function () {
  const area = document.getElementById("sparql");
  const gutter = document.getElementById("gutter");
  const shade = document.getElementById("highlight");
  const results = document.getElementById("results");
  const status = document.getElementById("status");
  const picker = document.getElementById("examples");
  const data = document.getElementById("examples-data");
  const base = data.dataset.base;
  const examples = JSON.parse(data.dataset.examples);

  const KEYWORDS = new RegExp("^(?:" + [
    "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "PREFIX", "BASE", "DISTINCT", "REDUCED",
    "FROM", "NAMED", "GRAPH", "OPTIONAL", "UNION", "MINUS", "FILTER", "BIND", "VALUES", "AS",
    "GROUP", "BY", "HAVING", "ORDER", "ASC", "DESC", "LIMIT", "OFFSET", "NOT", "EXISTS", "IN",
    "SERVICE", "SILENT", "UNDEF", "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT",
    "SEPARATOR", "STR", "LANG", "DATATYPE", "BOUND", "IF", "COALESCE", "REGEX", "REPLACE",
    "CONTAINS", "STRSTARTS", "STRENDS", "LCASE", "UCASE", "YEAR", "MONTH", "DAY", "a", "true", "false",
  ].join("|") + ")$", "i");
  // one alternative per token class, tried left to right
  const TOKEN = /(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][A-Za-z0-9_]+)|([A-Za-z][\w.-]*)?(:[\w.-]*)|([A-Za-z_]+)|(\d+(?:\.\d+)?)/g;

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function span(cls, text) {
    return '<span class="' + cls + '">' + escapeHtml(text) + "</span>";
  }

  function highlight(text) {
    let html = "", last = 0, m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      html += escapeHtml(text.slice(last, m.index));
      if (m[1]) html += span("tok-comment", m[0]);
      else if (m[2]) html += span("tok-string", m[0]);
      else if (m[3]) html += span("tok-iri", m[0]);
      else if (m[4]) html += span("tok-var", m[0]);
      else if (m[6] !== undefined) html += span("tok-pname", m[0]);
      else if (m[7]) html += KEYWORDS.test(m[7]) ? span("tok-keyword", m[0]) : escapeHtml(m[0]);
      else if (m[8]) html += span("tok-number", m[0]);
      else html += escapeHtml(m[0]);
      last = TOKEN.lastIndex;
      if (m[0].length === 0) TOKEN.lastIndex++;
    }
    return html + escapeHtml(text.slice(last)) + "\n";
  }

  function refresh() {
    const lines = area.value.split("\n").length;
    let numbers = "";
    for (let i = 1; i <= lines; i++) numbers += i + "\n";
    gutter.textContent = numbers;
    shade.innerHTML = highlight(area.value);
    syncScroll();
  }

  function syncScroll() {
    shade.scrollTop = area.scrollTop;
    shade.scrollLeft = area.scrollLeft;
    gutter.scrollTop = area.scrollTop;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = term.value.startsWith(base) ? "/" + term.value.slice(base.length) : term.value;
      a.textContent = term.value.startsWith(base) ? term.value.slice(base.length) : term.value;
      a.title = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.type === "bnode" ? "_:" + term.value : term.value;
      if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
      else if (term.datatype) td.title = term.datatype;
    }
    return td;
  }

  function showTable(json) {
    const table = document.createElement("table");
    table.className = "results";
    const head = table.createTHead().insertRow();
    for (const name of json.head.vars) {
      const th = document.createElement("th");
      th.textContent = name;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const binding of json.results.bindings) {
      const row = body.insertRow();
      for (const name of json.head.vars) row.appendChild(cell(binding[name]));
    }
    results.replaceChildren(table);
    status.textContent = json.results.bindings.length + " row(s)";
  }

  function showText(text, note) {
    const pre = document.createElement("pre");
    pre.className = "graph";
    pre.textContent = text;
    results.replaceChildren(pre);
    status.textContent = note;
  }

  async function run() {
    status.textContent = "running…";
    results.replaceChildren();
    const started = performance.now();
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        headers: {"Content-Type": "application/x-www-form-urlencoded",
                  "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
        body: new URLSearchParams({query: area.value}),
      });
      const type = response.headers.get("content-type") || "";
      const seconds = ((performance.now() - started) / 1000).toFixed(2) + " s";
      if (!response.ok) {
        showText(await response.text(), "failed (" + response.status + ")");
        results.firstChild.className = "error";
      } else if (type.startsWith("application/sparql-results+json")) {
        const json = await response.json();
        if ("boolean" in json) showText(String(json.boolean), "answer · " + seconds);
        else { showTable(json); status.textContent += " · " + seconds; }
      } else {
        showText(await response.text(), "graph · " + seconds);
      }
    } catch (error) {
      showText(String(error), "failed");
    }
  }

  for (const example of examples) {
    const option = document.createElement("option");
    option.value = example.name;
    option.textContent = example.name + " — " + example.summary;
    picker.appendChild(option);
  }
  picker.addEventListener("change", function () {
    const chosen = examples.find(function (e) { return e.name === picker.value; });
    if (chosen) { area.value = chosen.query; refresh(); }
  });
  area.addEventListener("input", refresh);
  area.addEventListener("scroll", syncScroll);
  area.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
    if (event.key === "Tab") {
      event.preventDefault();
      const at = area.selectionStart;
      area.setRangeText("  ", at, area.selectionEnd, "end");
      refresh();
    }
  });
  document.getElementById("run").addEventListener("click", run);
  refresh();
})();
