"""Paging of the templates (decision 0017): `limit` and `offset`, validated integers that are
the only text the binder adds to a query; every page of one answer put together is the whole
answer, in order, each row once; the shells ask for the first page, the library for every row.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from rdflib import URIRef

import kg
from kg.errors import QueryParameterError
from kg.query.templates import Page, load_template, templates

from conftest import CORPUS

TESTS = Path(__file__).resolve().parent
PAGED = sorted(name for name, t in templates().items() if t.page_size)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The seeds and the test articles (57 articles): answers of tens of rows, with ties on
    the templates' first sort keys (same article, same period, same start)."""
    path = tmp_path_factory.mktemp("paging") / "store"
    graph = kg.open(path)
    outcomes = graph.ingest([CORPUS, TESTS / "articles", TESTS / "articles_sources", TESTS / "articles_ranks"])
    assert {o.status for o in outcomes} <= {"added", "unchanged"}
    graph.store.flush()
    del graph
    return kg.open(path, read_only=True)


# Parameters with answers of 7 to 273 rows on the test store, each in about a second or less
# (sources without a fact takes more than 30 s there, consistency over the whole KG 1.5 s a page).
ASKED = {"agency-report": {"agency": "Kementerian Perindustrian"}, "consistency": {"check": "share"},
         "decrees": {}, "decrees-full": {}, "figures": {}, "people": {}, "target-vs-actual": {}, "targets": {},
         "decree-sources": {},
         "timeline": {"measure": "surplus"}, "who-said": {"person": "Agus Gumiwang"},
         "sources": {"fact": "https://w3id.org/ekspor-kg/fact/2d5248a56ebd4e35/figure-7efa593be059"}}


def test_every_template_that_lists_rows_is_paged():
    assert set(PAGED) == set(templates()) - {"provenance"} == set(ASKED)


@pytest.mark.parametrize("name", PAGED)
def test_order_by_has_every_column(name):
    """Only rows equal in every column may tie, so the order, and thus each page, is one."""
    template = templates()[name]
    tail = template.sparql[template.sparql.rindex("}") + 1:]
    order = re.sub(r"#[^\n]*", "", tail)
    keys = set(re.findall(r"\?(\w+)", order[re.search(r"ORDER\s+BY", order).end():]))
    assert set(template.columns) <= keys, sorted(set(template.columns) - keys)


def pages(store, name: str, params: dict, size: int, most: int | None = None) -> list:
    """Pages of `size` rows from offset 0 until none follows (or `most` pages), checking that
    a page followed by more is full."""
    found, offset = [], 0
    while most is None or len(found) < most:
        page = store.query(name, **params, limit=size, offset=offset)
        assert len(page) <= size
        found.append(page)
        if not page.more:
            break
        assert len(page) == size, "a page with more after it is full"
        offset += size
    return found


@pytest.mark.parametrize("name", PAGED)
def test_pages_together_are_the_whole_answer(store, name):
    """Pages of a third, a fifth and one row of the answer, put together: the same rows in the
    same order as the whole answer (a dropped, repeated or reordered row fails), `more` on
    every page but the last."""
    params = ASKED[name]
    whole = list(store.query(name, **params, limit="all"))
    assert len(whole) >= 7, f"{name}: an answer of {len(whole)} rows proves little"
    assert whole == list(store.query(name, **params)), "the library's default is every row"
    for parts in (3, 5):
        size = math.ceil(len(whole) / parts)
        found = pages(store, name, params, size)
        assert [row for page in found for row in page] == whole, f"pages of {size}"
        assert len(found) == math.ceil(len(whole) / size)
        assert not found[-1].more
    assert [row for page in pages(store, name, params, 1, most=3) for row in page] == whole[:3]


def test_an_offset_past_the_end_is_empty(store):
    whole = store.query("decrees", limit="all")
    assert len(whole) > 0
    assert list(store.query("decrees", offset=len(whole))) == []
    assert list(store.query("decrees", offset=len(whole) - 1)) == [whole[-1]]


@pytest.mark.parametrize("value", ["0", "-1", "1.5", "1e3", " 5", "5 ", "5; DROP ALL", "ALL", "abc", "9999999999",
                                   "10 OFFSET 0", "1} INSERT DATA { <a:b> <a:b> <a:b> }"])
def test_limit_is_a_whole_number_or_all(store, value):
    with pytest.raises(QueryParameterError, match="limit"):
        store.query("decrees", limit=value)


@pytest.mark.parametrize("value", ["-1", "1.0", "x", "0x10", "1 LIMIT 1"])
def test_offset_is_a_whole_number(store, value):
    with pytest.raises(QueryParameterError, match="offset"):
        store.query("decrees", offset=value)


def test_only_digits_reach_the_query():
    template = templates()["decrees"]
    assert template.query_text(template.page({"limit": "7", "offset": "30"})).endswith("\nLIMIT 7 OFFSET 30\n")
    assert template.query_text(template.page({"limit": "7"}), extra=1).endswith("\nLIMIT 8\n")
    assert template.query_text(template.page({"limit": "all", "offset": "3"})).endswith("\nOFFSET 3\n")
    assert template.query_text(template.page({})) == template.sparql


def test_the_shells_default_is_the_first_page():
    template = templates()["decrees"]
    assert template.page({}, default=True) == Page(template.page_size, 0)
    assert template.page({"offset": "200"}, default=True) == Page(template.page_size, 200)
    assert template.page({"limit": "all"}, default=True) is None
    assert template.page({}) is None


def test_a_template_without_paging_refuses_limit(store):
    assert templates()["provenance"].page_size is None
    with pytest.raises(QueryParameterError, match="no parameter 'limit'"):
        store.query("provenance", fact="https://example.org/f", limit=5)


def test_the_cli_prints_the_first_page_and_says_more_follow(store, runner):
    from kg.cli.main import cli
    whole = store.query("decrees", limit="all")
    assert len(whole) >= 3
    result = runner.invoke(cli, ["--store", str(store.store.path), "query", "decrees", "-p", "limit=2",
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 1 + 2
    assert "more rows follow: -p offset=2" in result.stderr
    last = runner.invoke(cli, ["--store", str(store.store.path), "query", "decrees", "-p", "limit=all",
                               "--format", "csv"])
    assert len(last.stdout.strip().splitlines()) == 1 + len(whole)
    assert "more rows follow" not in last.stderr


HEADER = """#+ summary: s
#+ description: d
#+ columns: [s]
{paging}
SELECT ?s WHERE {{ ?s ?p ?o }}
{tail}
"""


@pytest.mark.parametrize("paging, tail, problem", [
    ("#+ paging:\n#+   size: 0", "ORDER BY ?s", "size"),
    ("#+ paging:\n#+   size: ten", "ORDER BY ?s", "size"),
    ("#+ paging: 100", "ORDER BY ?s", "size"),
    ("#+ paging:\n#+   size: 10", "", "ORDER BY"),
    ("#+ paging:\n#+   size: 10", "ORDER BY ?s LIMIT 5", "LIMIT"),
    ("#+ paging:\n#+   size: 10", "ORDER BY ?s\nOFFSET 5", "LIMIT or OFFSET"),
])
def test_the_loader_refuses_a_paged_template_it_cannot_page(tmp_path, paging, tail, problem):
    path = tmp_path / "t.rq"
    path.write_text(HEADER.format(paging=paging, tail=tail), encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        load_template(path)


def test_the_loader_accepts_a_trailing_comment(tmp_path):
    path = tmp_path / "t.rq"
    path.write_text(HEADER.format(paging="#+ paging:\n#+   size: 10", tail="ORDER BY ?s  # LIMIT is the binder's"),
                    encoding="utf-8")
    assert load_template(path).page_size == 10


def test_the_query_bench_asks_for_a_page_as_the_library_does(store):
    """bench/query_bench.py runs a case through Template.asked, as KG.run_template does: the
    page, read with one row more, cut back to the page."""
    from conftest import load_query_bench
    bench = load_query_bench()

    class Sent(list):
        send, close = list.append, lambda self: None
    for values in ({"limit": "5"}, {"limit": "5", "offset": "3"}, {}):
        sent = Sent()
        bench.run_case(lambda: store.store, "figures", values, 2, sent)
        expected = store.run_template("figures", values)
        assert [rows for _, _, rows in sent] == [len(expected.rows)] * 2
    assert len(expected.rows) > 8, "the whole answer should be longer than the pages asked"


INSIDE = sorted(name for name, t in templates().items() if t.pages_inside)


def test_who_said_decree_sources_and_timeline_take_their_page_inside():
    """Decisions 0030 and 0071: these templates choose the page's rows in a sub-select and read
    the rest of each row (timeline: the evidence's text) for the page only."""
    assert {"who-said", "decree-sources", "timeline"} <= set(INSIDE)


@pytest.mark.parametrize("name", INSIDE)
def test_the_page_goes_in_place_of_the_page_line(name):
    """The LIMIT/OFFSET replace the `#| page` line (still digits only), a `#| page end` line
    becomes ?pageEnd's binding, and nothing is added at the end; for every row the sub-select's ORDER BY and the line are left out (the outer
    query orders every row)."""
    template = templates()[name]
    lines = template.sparql.split("\n")
    at = next(n for n, line in enumerate(lines) if line.strip() == "#| page")
    text = template.query_text(template.page({"limit": "7", "offset": "30"}), extra=1)
    # (a `#| page end` line, decision 0076, becomes the binding of the rows up to the page's end)
    ends = ["BIND(38 AS ?pageEnd)" if line.strip() == "#| page end" else line for line in lines]
    assert text.split("\n") == ends[:at] + ["LIMIT 8 OFFSET 30"] + ends[at + 1:]
    assert template.query_text(template.page({"limit": "7"})).split("\n")[at] == "LIMIT 7"
    assert template.query_text(template.page({"limit": "all", "offset": "3"})).split("\n")[at] == "OFFSET 3"
    every = template.query_text(template.page({}))   # the sub-select's ORDER BY and the line left out
    order = max(n for n in range(at) if lines[n].strip().startswith("ORDER BY"))
    assert every.split("\n") == lines[:order] + lines[at + 1:]
    assert lines[order - 1].strip() == "}"
    assert template.query_text(template.page({}, default=True)).split("\n")[at] == f"LIMIT {template.page_size}"


SUB = """#+ summary: s
#+ description: d
#+ columns: [s]
{paging}
SELECT ?s WHERE {{
  {{ SELECT ?s WHERE {{ ?s ?p ?o }}
    {order}
{mark}
  }}
}}
ORDER BY ?s
"""


@pytest.mark.parametrize("paging, order, mark, problem", [
    ("", "ORDER BY ?s", "    #| page", "without paging"),
    ("#+ paging:\n#+   size: 10", "", "    #| page", "just after its ORDER BY"),
    ("#+ paging:\n#+   size: 10", "ORDER BY ?s LIMIT 3", "    #| page", "just after its ORDER BY"),
    ("#+ paging:\n#+   size: 10", "ORDER BY ?s", "    #| page\n    #| page", "one `#| page` line"),
    ("#+ paging:\n#+   size: 10", "ORDER BY ?s", "  }}\n  #| page\n  {{", "sub-select"),
])
def test_the_loader_refuses_a_page_line_out_of_place(tmp_path, paging, order, mark, problem):
    path = tmp_path / "t.rq"
    path.write_text(SUB.format(paging=paging, order=order, mark=mark), encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        load_template(path)


def test_a_page_line_in_a_sub_select_pages_it(tmp_path, store):
    path = tmp_path / "t.rq"
    path.write_text(SUB.format(paging="#+ paging:\n#+   size: 10", order="ORDER BY ?s", mark="    #| page"),
                    encoding="utf-8")
    template = load_template(path)
    assert template.pages_inside and template.page_size == 10
    asked = template.asked({"limit": "2", "offset": "1"})
    assert asked.text.rstrip().endswith("ORDER BY ?s") and "LIMIT 3 OFFSET 1" in asked.text
    assert len(store.store.query(asked.text, asked.bindings).rows) > 0


def test_who_said_finds_the_source_article_by_the_graph(store):
    """who-said's page sub-select leaves out `?fact ekg:sourceArticle ?article` (decision 0060):
    it holds because kg writes a speaker only in the fact's own article graph, beside the
    ekg:sourceArticle naming that graph. A speaker written anywhere else would make who-said
    list a fact under the wrong article, and fails here."""
    said, stray = written_outside_their_article(store, "statedBy")
    assert said > 50 and stray == []


def written_outside_their_article(kg_store, term: str) -> tuple[int, list]:
    """How many facts carry ekg:<term>, and those among them written in a graph whose ekg:sourceArticle is not
    that graph (a template that finds a fact's article by the graph would list them under the wrong one)."""
    term_bound = {"term": URIRef(f"https://w3id.org/ekspor-kg/ontology#{term}")}
    stray = kg_store.store.query("""
        PREFIX ekg: <https://w3id.org/ekspor-kg/ontology#>
        SELECT ?fact ?g WHERE {
          GRAPH ?g { ?fact ?term ?value }
          FILTER NOT EXISTS { GRAPH ?g { ?fact ekg:sourceArticle ?g } }
        }""", term_bound)
    carried = kg_store.store.query("SELECT ?fact WHERE { GRAPH ?g { ?fact ?term ?value } }", term_bound)
    return len(carried.rows), list(stray.rows)
