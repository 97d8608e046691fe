"""Every row of a template that takes its page inside a sub-select (decision 0079): read as the
sub-select's rows alone, then the rest of them a page's worth at a time, handed on as a VALUES
block. The answer is the one query's answer and the pages put together, and the CLI, the
library and HTTP all read it through TemplateQuery.run."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef
from starlette.testclient import TestClient

from kg import api
from kg.errors import StoreError
from kg.query.templates import TemplateQuery, load_template, templates
from kg.store.base import ROWS, ROWS_LINE, QuerySyntaxError, ValueRows, with_values
from kg.web.app import create_app
from kg.web.source import Fixed

from conftest import CORPUS

INSIDE = sorted(name for name, t in templates().items() if t.pages_inside)
SMALL = 2   # the page (and so the chunk) of the copies below: several chunks on the seeds' store
# parameters with answers of several chunks on the store below (as tests/test_paging.py asks)
ASKED = {"decree-sources": {}, "target-vs-actual": {}, "timeline": {"measure": "surplus"},
         "who-said": {"person": "Agus Gumiwang"}}
TESTS = Path(__file__).resolve().parent


def test_every_template_that_pages_inside_is_asked():
    assert set(INSIDE) == set(ASKED)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """The seeds and the test articles (as tests/test_paging.py builds them): answers of tens
    of rows for each template that pages inside."""
    path = tmp_path_factory.mktemp("every-row") / "store"
    graph = api.open(path)
    outcomes = graph.ingest([CORPUS, TESTS / "articles", TESTS / "articles_sources", TESTS / "articles_ranks"])
    assert {o.status for o in outcomes} <= {"added", "unchanged"}
    graph.store.flush()
    del graph
    return path


@pytest.fixture(scope="module")
def kg(store_path):
    return api.open(store_path, read_only=True)


def with_small_pages(name: str, folder: Path):
    """The template `name` with a page of SMALL rows, read in chunks (whether or not its own
    header asks for them: the reading must give any such template its one query's answer)."""
    text = templates()[name].path.read_text(encoding="utf-8")
    assert "#+   size: 100\n" in text
    path = folder / f"{name}.rq"
    text = text.replace("#+   chunks: true\n", "")
    path.write_text(text.replace("#+   size: 100\n", f"#+   size: {SMALL}\n#+   chunks: true\n"), encoding="utf-8")
    return load_template(path)


class Recording:
    """A store that passes each query on and keeps the rows of values each one was given."""

    def __init__(self, store):
        self.store, self.sent = store, []

    def query(self, sparql, bindings=None, timeout=None):
        self.sent.append(bindings.get(ROWS) if bindings else None)
        return self.store.query(sparql, bindings, timeout=timeout)


def terms(solutions) -> list[tuple]:
    """The rows as N-Triples terms, in order."""
    return [tuple(None if term is None else term.n3() for term in row) for row in solutions.rows]


@pytest.mark.parametrize("name", INSIDE)
def test_every_row_is_the_one_query_answer_and_the_pages_put_together(kg, tmp_path, name):
    template = with_small_pages(name, tmp_path)
    values = ASKED[name]
    recording = Recording(kg.store)
    whole = template.asked({**values, "limit": "all"}).run(recording, None)
    bindings = template.bindings(values)
    one = kg.store.query(template.query_text(None, 0, bindings), bindings)   # every row in one query
    found, offset = [], 0
    while True:
        page = template.asked({**values, "limit": str(SMALL), "offset": str(offset)}).run(kg.store, None)
        found += terms(page)
        offset += SMALL
        if not page.more:
            break
    assert len(whole.rows) > SMALL, f"{name}: {len(whole.rows)} rows read in one chunk prove little"
    assert whole.variables == one.variables
    assert terms(whole) == terms(one) == found
    chunks = [rows for rows in recording.sent if rows is not None]
    assert recording.sent[0] is None and len(chunks) == len(recording.sent) - 1 >= 2
    assert all(0 < len(rows.rows) <= SMALL for rows in chunks)


@pytest.mark.parametrize("name", INSIDE)
def test_a_page_longer_than_the_headers_is_read_in_chunks_too(kg, tmp_path, name):
    """A large page (limit 999999 was as slow as every row) and an offset with every row."""
    template = with_small_pages(name, tmp_path)
    values = ASKED[name]
    whole = terms(template.asked({**values, "limit": "all"}).run(kg.store, None))
    for limit, offset in (("3", "1"), ("all", "2"), (str(len(whole)), "0")):
        asked = template.asked({**values, "limit": limit, "offset": offset})
        assert asked.rest is not None
        page = asked.run(kg.store, None)
        end = None if limit == "all" else int(offset) + int(limit)
        assert terms(page) == whole[int(offset):end]
        assert page.more == (end is not None and end < len(whole))


def test_who_said_alone_reads_in_chunks():
    """The templates whose one query for every row has the trap (docs/scale.md, session 31)."""
    assert sorted(name for name, t in templates().items() if t.in_chunks) == ["who-said"]


SUB = """#+ summary: s
#+ columns: [s]
#+ paging:
#+   size: 10
#+   chunks: {chunks}
SELECT ?s WHERE {{
  {{ SELECT ?s WHERE {{ ?s ?p ?o }}
    ORDER BY ?s
{mark}
  }}
}}
ORDER BY ?s
"""


@pytest.mark.parametrize("chunks, mark, problem", [("maybe", "    #| page", "true or false"),
                                                  ("true", "", "needs a `#| page` line")])
def test_the_loader_refuses_chunks_it_cannot_read(tmp_path, chunks, mark, problem):
    path = tmp_path / "t.rq"
    path.write_text(SUB.format(chunks=chunks, mark=mark), encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        load_template(path)


def test_the_header_page_is_one_query(tmp_path):
    """The shells' first page keeps the one query it was measured as (decision 0030)."""
    template = templates()["who-said"]
    asked = template.asked({"person": "Agus"}, default_page=True)
    assert asked.rest is None and "LIMIT 101" in asked.text
    assert template.asked({"person": "Agus", "limit": "100", "offset": "300"}).rest is None
    assert template.asked({"person": "Agus", "limit": "101"}).rest is not None


def test_no_row_chosen_gives_the_columns_and_no_row(kg, memory):
    """On both engines (rdflib 7.6 lets rows through `{ FILTER(false) }`)."""
    template = templates()["who-said"]
    for store in (kg.store, memory.store):
        answer = template.asked({"person": "Zzyzx Nobody", "limit": "all"}).run(store, None)
        assert answer.rows == () and list(answer.variables) == template.columns


def test_the_cli_the_library_and_http_read_every_row_alike(kg, store_path, runner, monkeypatch):
    from kg.cli.main import cli
    ran = []
    run = TemplateQuery.run

    def recorded(self, store, timeout):
        ran.append(self)
        return run(self, store, timeout)
    monkeypatch.setattr(TemplateQuery, "run", recorded)
    person = "Agus Gumiwang"
    library = kg.query("who-said", person=person)
    cli_answer = runner.invoke(cli, ["--store", str(store_path), "query", "who-said", "-p", f"person={person}",
                                     "-p", "limit=all", "--format", "csv"])
    assert cli_answer.exit_code == 0, cli_answer.output
    with TestClient(create_app(Fixed(kg))) as client:
        http = client.get("/api/who-said", params={"person": person, "limit": "all"},
                          headers={"Accept": "application/sparql-results+json"})
    assert http.status_code == 200, http.text
    assert len(library) > 3
    assert len(cli_answer.stdout.strip().splitlines()) == 1 + len(library)
    assert len(http.json()["results"]["bindings"]) == len(library)
    assert len(ran) == 3 and all(asked.rest is not None for asked in ran)


def written(term) -> str:
    return term.n3()


def test_rows_of_values_stand_where_the_line_is_and_parameters_at_every_where():
    text = f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ ?s ?p ?o }} }} {{\n{ROWS_LINE}\n  }} }}"
    rows = ValueRows(("a", "b"), ((URIRef("https://example.org/x"), None), (Literal("WHERE { x"), Literal(3))))
    sent = with_values(text, {"o": Literal("o"), ROWS: rows}, written)
    assert sent.count('VALUES (?o) { ("o") }') == 2
    assert 'VALUES (?a ?b) { (<https://example.org/x> UNDEF) ("WHERE { x" ' in sent
    assert ROWS_LINE not in sent
    assert "VALUES ?a { UNDEF } FILTER(BOUND(?a))" in with_values(text, {ROWS: ValueRows(("a",), ())}, written)


@pytest.mark.parametrize("rows, text, problem", [
    (ValueRows(("a",), ((BNode(),),)), f"SELECT * WHERE {{\n{ROWS_LINE}\n}}", StoreError),
    (ValueRows(("a b",), ((Literal(1),),)), f"SELECT * WHERE {{\n{ROWS_LINE}\n}}", QuerySyntaxError),
    (ValueRows(("a",), ((Literal(1),),)), "SELECT * WHERE { }", QuerySyntaxError),
])
def test_rows_of_values_refuse_what_they_cannot_write(rows, text, problem):
    with pytest.raises(problem):
        with_values(text, {ROWS: rows}, written)


def test_chunks_cover_the_chosen_rows_once(kg, tmp_path):
    """Each chosen row goes to exactly one chunk, in order."""
    template = with_small_pages("who-said", tmp_path)
    recording = Recording(kg.store)
    template.asked({"person": "Agus Gumiwang", "limit": "all"}).run(recording, None)
    chunks = [rows for rows in recording.sent if rows is not None]
    chosen = kg.store.query(template.asked({"person": "Agus Gumiwang", "limit": "all"}).text,
                            template.bindings({"person": "Agus Gumiwang"}))
    assert [row for rows in chunks for row in rows.rows] == list(chosen.rows)
    assert len(chunks) == math.ceil(len(chosen.rows) / SMALL)
