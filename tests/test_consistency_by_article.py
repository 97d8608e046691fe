"""consistency's page read article by article (decision 0089): with no `article`, a page is the
template's text bound to the store's articles a batch at a time, in IRI order, until the page is
full. The rows and their order must be those of the one query over the whole KG in main's form
before this decision (tests/templates_0089/consistency.rq, kept as it was, so that a later
change of the template's text is compared with it too), read as one text: compared here as
N-Triples terms in order, page by page, for every check, the `only` filter and other
tolerances, with batches of one article and of the default sizes, on both backends."""
from __future__ import annotations

import pytest

import kg
from kg.api import KG
from kg.query import templates as templating
from kg.query.templates import load_template, templates
from kg.store import open_store
from kg.store.base import DEFAULT_TIMEOUT

from conftest import CORPUS

TESTS = CORPUS.parent / "tests"
BEFORE = load_template(TESTS / "templates_0089" / "consistency.rq")   # main's form, one query
SOURCES = TESTS / "articles_sources"   # three articles that report one figure: agreement rows


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The seeds with the test articles (embedded store: 57 articles, rows of every check) and
    the seeds with tests/articles_sources on rdflib (the whole KG's one query is slow there)."""
    folder = tmp_path_factory.mktemp("by_article") / "store"
    embedded = kg.open(folder)
    assert {o.status for o in embedded.ingest([CORPUS, TESTS / "articles", SOURCES, TESTS / "articles_ranks"])} \
        <= {"added", "unchanged"}
    memory = KG(open_store(":memory:"))
    assert {o.status for o in memory.ingest([CORPUS, SOURCES])} == {"added"}
    return {"embedded": embedded, "memory": memory}


def terms(solutions) -> list[tuple]:
    """The rows as N-Triples terms, in order (None where unbound), and whether more follow."""
    return [tuple(None if t is None else t.n3() for t in row) for row in solutions.rows], solutions.more


class Counting:
    """A store that counts the queries sent to it and the articles each was bound to."""

    def __init__(self, store):
        self.store, self.batches = store, []

    def query(self, text, bindings=None, timeout=None, **kwargs):
        self.batches.append(bindings.get("article") if bindings else None)
        return self.store.query(text, bindings, timeout=timeout, **kwargs)

    def __getattr__(self, name):
        return getattr(self.store, name)


def both(store, values: dict) -> tuple:
    """The page `values` ask for, read by article, and the same page of the one query over the
    whole KG (its every row, cut as the page's LIMIT and OFFSET cut it: test_paging checks that
    those are the same)."""
    template = templates()["consistency"]
    counting = Counting(store.store)
    by_article = template.asked(values, default_page=True).run(counting, DEFAULT_TIMEOUT)
    return terms(by_article), whole_page(store, values), counting


def whole_page(store, values: dict) -> tuple:
    """The page `values` ask for of the form before's every row, one query (read once per store
    and values)."""
    template = templates()["consistency"]
    asked = {k: v for k, v in values.items() if k not in ("limit", "offset")}
    key = (id(store), tuple(sorted(asked.items())))
    if key not in WHOLE:
        whole = BEFORE.asked({**asked, "limit": "all"})
        assert whole.by is None
        WHOLE[key] = terms(whole.run(store.store, DEFAULT_TIMEOUT))[0]
    page = template.page(values, default=True)
    rows = WHOLE[key][page.offset:page.offset + page.limit + 1]
    return rows[:page.limit], len(rows) > page.limit


WHOLE: dict = {}


ASKED = [{}, {"check": "share"}, {"check": "growth"}, {"check": "target"}, {"check": "agreement"},
         {"only": "inconsistent"}, {"only": "unverified"}, {"tolerance": "2", "agreement": "0.05"}]
PAGES = [{}, {"limit": "1"}, {"limit": "7", "offset": "3"}, {"limit": "60", "offset": "30"},
         {"limit": "5", "offset": "1000"}]
NAMED = {"ids": lambda v: ",".join(f"{k}={x}" for k, x in v.items()) or "whole"}


@pytest.mark.parametrize("values", ASKED, **NAMED)
def test_pages_by_article_are_the_whole_kgs_pages(stores, values):
    """Every page (the shells' first, one row, pages inside the answer, one past its end) is the
    one query's page, term for term, with `more`; the answers compared are not empty."""
    pages_agree(stores, values, PAGES)


@pytest.mark.parametrize("values", [{}, {"check": "agreement"}], **NAMED)
def test_batches_of_one_article_give_the_same_pages(stores, values, monkeypatch):
    """Batches of one article, then up to two: each batch's rows follow the batch before's."""
    monkeypatch.setattr(templating, "BY_ARTICLE_FIRST", 1)
    monkeypatch.setattr(templating, "BY_ARTICLE_MOST", 2)
    pages_agree(stores, values, [{"limit": "1"}, {"limit": "7", "offset": "3"}])


def pages_agree(stores, values: dict, pages: list[dict]) -> None:
    seen = 0
    for page in pages:
        by_article, whole, counting = both(stores["embedded"], {**values, **page})
        assert by_article == whole, page
        assert all(isinstance(batch, list) for batch in counting.batches), "read by article"
        seen += len(whole[0])
    assert seen, f"no row to compare for {values}"


def test_a_page_reads_only_the_articles_it_needs(stores):
    """The shells' first page of one check reads the first batches of articles, not all of them,
    and the batches are the store's articles in IRI order, each once."""
    store = stores["embedded"]
    articles = store.store.article_graphs()
    by_article, whole, counting = both(store, {"check": "share", "limit": "1"})
    assert by_article == whole and whole[0]
    read = [str(a) for batch in counting.batches for a in batch]
    assert read == articles[:len(read)] and len(read) < len(articles)


def test_the_memory_store_reads_by_article_too(stores):
    """On rdflib the batches give the one query's rows as well (the seeds and three articles)."""
    for page in ({}, {"limit": "2", "offset": "1"}, {"check": "agreement"}):
        by_article, whole, _ = both(stores["memory"], page)
        assert by_article == whole and (whole[0] or page.get("offset")), page


def test_every_row_and_one_article_are_one_query(stores):
    """Every row (`limit=all`) and a page of one article are not read by article."""
    template = templates()["consistency"]
    assert template.by == "article"
    assert template.asked({"limit": "all"}).by is None
    article = next(str(p.example) for p in template.params if p.name == "article")
    assert template.asked({"article": article}, default_page=True).by is None
    assert template.asked({}, default_page=True).by == "article"


@pytest.mark.parametrize("header, problem", [
    ("#+ params:\n#+   - name: article\n#+     type: string\n#+ paging:\n#+   size: 10\n#+   by: article\n", "iri parameter"),
    ("#+ params:\n#+   - name: other\n#+     type: iri\n#+ paging:\n#+   size: 10\n#+   by: article\n", "iri parameter"),
    ("#+ params:\n#+   - name: article\n#+     type: iri\n#+ paging:\n#+   size: 10\n#+   by: article\n#+ order: s\n", None),
])
def test_the_loader_checks_paging_by_article(tmp_path, header, problem):
    """`by` names an iri parameter whose variable is the ORDER BY's first key."""
    path = tmp_path / "t.rq"
    order = "?article ?s" if problem else "?s ?article"
    path.write_text(header + f"SELECT ?article ?s WHERE {{ GRAPH ?article {{ ?s ?p ?o }} }}\nORDER BY {order}\n")
    with pytest.raises(ValueError, match=problem or "first key of the ORDER BY"):
        load_template(path)
    path.write_text(header.replace("type: string", "type: iri").replace("name: other", "name: article")
                    + "SELECT ?article ?s WHERE { GRAPH ?article { ?s ?p ?o } }\nORDER BY ?article ?s\n")
    assert load_template(path).by == "article"
