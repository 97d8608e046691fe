"""New articles go into a store folder with the engine's bulk loader, guarded by a journal of
the article graphs under way (docs/decisions/0013-bulk-writes-with-a-journal.md). The engine's
loader is all-or-nothing today, so a real crash cannot show what the journal does; these tests
make the state a loader that writes in parts would leave (part of an article's graph, the
journal naming it) and check that readers hide it and the next writer removes it. The process
killed in the middle of a bulk write is in tests/test_kill.py."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

import kg
import kg.pipeline as pipeline
from kg.errors import StoreError
from kg.settings import Settings
from kg.store.oxigraph import PENDING_FILE, OxigraphStore, checkpoint, read_pending
from conftest import CORPUS

ARTICLES = sorted(CORPUS.glob("*.txt"))


def prepared(paths) -> list[pipeline.Outcome]:
    outcomes = pipeline.prepare_batch([str(p) for p in paths], Settings())
    assert all(o.status == "valid" for o in outcomes), [(o.source, o.message) for o in outcomes]
    return outcomes


def visible_state(store: OxigraphStore) -> tuple:
    """What a user can see of a store: its articles, export, triple count and quads, the
    articles a union query finds, and the graphs a GRAPH pattern finds."""
    union = {str(r["a"]) for r in store.query("SELECT DISTINCT ?a WHERE { ?a a <https://schema.org/NewsArticle> }")}
    named = {str(r["g"]) for r in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    return (store.article_graphs(), store.dump("nquads"), store.dump("ntriples"), store.triple_count(),
            sorted(map(str, store.quads())), union, named)


@pytest.fixture()
def half_written(tmp_path):
    """A folder holding two whole articles, and a third of which only half the quads landed,
    with the journal that names it: what a crash in a loader that writes in parts leaves."""
    folder = tmp_path / "store"
    whole, partial = prepared(ARTICLES[:2]), prepared(ARTICLES[2:3])[0]
    store = OxigraphStore(folder)
    assert store.add_articles([(o.iri, o.nquads) for o in whole]) == ["added", "added"]
    before = visible_state(store)
    lines = partial.nquads.decode("utf-8").splitlines(keepends=True)
    mine = [line for line in lines if f"<{partial.iri}> .\n" in line]
    (folder / PENDING_FILE).write_text(json.dumps({"articles": [partial.iri]}), encoding="utf-8")
    store.ox.bulk_load("".join(mine[: len(mine) // 2]).encode("utf-8"), ox.RdfFormat.N_QUADS)
    assert len(list(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(partial.iri)))) == len(mine) // 2 > 0
    store.close()
    return folder, partial, before


def test_readers_do_not_see_an_article_whose_bulk_write_did_not_finish(half_written):
    folder, partial, before = half_written
    reader = OxigraphStore(folder, read_only=True)
    assert reader.pending == {partial.iri}
    assert partial.iri not in reader.article_graphs()
    assert visible_state(reader) == before


def test_a_snapshot_hides_what_the_folder_hides(half_written, tmp_path):
    folder, partial, before = half_written
    checkpoint(folder, tmp_path / "snapshot")
    assert read_pending(tmp_path / "snapshot") == {partial.iri}
    assert visible_state(OxigraphStore(tmp_path / "snapshot", read_only=True)) == before


def test_the_next_writer_removes_it_and_a_rerun_adds_it_whole(half_written, caplog):
    folder, partial, before = half_written
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        writer = OxigraphStore(folder)
    assert "stopped before it finished" in caplog.text
    assert not (folder / PENDING_FILE).exists() and writer.pending == frozenset()
    assert not list(writer.ox.quads_for_pattern(None, None, None, ox.NamedNode(partial.iri)))
    assert visible_state(writer) == before
    assert writer.add_articles([(partial.iri, partial.nquads)]) == ["added"]
    clean = OxigraphStore(None)
    clean.add_articles([(o.iri, o.nquads) for o in prepared(ARTICLES[:3])])
    assert sorted(writer.dump("nquads").splitlines()) == sorted(clean.dump("nquads").splitlines())


class FailingLoader:
    """The engine, except that a bulk load writes the first half of its quads and then fails
    (a disk that fills up, say)."""

    def __init__(self, engine):
        self.engine = engine

    def bulk_load(self, data: bytes, fmt, **options):
        lines = data.decode("utf-8").splitlines(keepends=True)
        self.engine.bulk_load("".join(lines[: len(lines) // 2]).encode("utf-8"), fmt, **options)
        raise OSError("No space left on device")

    def __contains__(self, quad):
        return quad in self.engine

    def __getattr__(self, name):
        return getattr(self.engine, name)


def test_a_failed_bulk_write_stores_nothing_of_its_batch(tmp_path):
    store = OxigraphStore(tmp_path / "store")
    first, batch = prepared(ARTICLES[:1]), prepared(ARTICLES[1:4])
    store.add_articles([(o.iri, o.nquads) for o in first])
    before = visible_state(store)
    clean = memory_store_of(first + batch)      # (before the writer clears their N-Quads)
    store.ox = FailingLoader(store.ox)
    pipeline.write_batch(store, batch)
    assert [o.status for o in batch] == ["error"] * 3
    assert all("nothing of it was stored" in o.message for o in batch)
    assert not (tmp_path / "store" / PENDING_FILE).exists()
    store.ox = store.ox.engine
    assert store.article_graphs() == before[0]
    entities = store.iris.entities_graph()
    after = {q for q in store.quads() if str(q[3]) != entities}
    assert after == {q for q in memory_store_of(first).quads() if str(q[3]) != entities}
    # entity descriptions that landed stay, as after any interrupted write: each is one a clean ingest writes
    assert {q for q in store.quads() if str(q[3]) == entities} <= set(clean.quads())


def memory_store_of(outcomes) -> OxigraphStore:
    store = OxigraphStore(None)
    store.add_articles([(o.iri, o.nquads) for o in outcomes])
    return store


def test_each_bulk_write_is_journalled_while_it_runs_and_only_then(tmp_path):
    folder = tmp_path / "store"
    seen = []

    class Watching(FailingLoader):
        def bulk_load(self, data, fmt, **options):
            seen.append(read_pending(folder))
            self.engine.bulk_load(data, fmt, **options)

    store = OxigraphStore(folder)
    store.ox = Watching(store.ox)
    batch = prepared(ARTICLES)
    assert store.add_articles([(o.iri, o.nquads) for o in batch]) == ["added"] * len(batch)
    assert seen == [{o.iri for o in batch}]
    assert not (folder / PENDING_FILE).exists()


def test_the_stored_texts_of_a_batch_are_asked_for_in_one_query(tmp_path):
    """keep_stored_variants asks once per batch, and still tells a stored article's
    whitespace variant (kept as stored) from a new article."""
    graph = kg.open(tmp_path / "store")
    assert [o.status for o in graph.ingest(ARTICLES[:2])] == ["added", "added"]
    variant = tmp_path / "variant.txt"
    variant.write_bytes(ARTICLES[0].read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    queries = []
    real_query = graph.store.query
    graph.store.query = lambda sparql, bindings=None, **kw: (queries.append(bindings), real_query(sparql, bindings, **kw))[1]
    outcomes = graph.ingest([variant, *ARTICLES[1:4]])
    assert [o.status for o in outcomes] == ["unchanged", "unchanged", "added", "added"]
    assert "whitespace or line endings" in outcomes[0].message
    assert len(queries) == 1 and len(queries[0]["article"]) == 4
    assert all(isinstance(iri, URIRef) for iri in queries[0]["article"])


def test_a_list_parameter_binds_one_row_per_value():
    from kg.store.oxigraph import with_values
    text = with_values("SELECT ?a ?b WHERE { ?a ?p ?b }", {"a": [URIRef("http://x/1"), URIRef("http://x/2")],
                                                           "b": URIRef("http://x/3")})
    assert "VALUES (?a ?b) { (<http://x/1> <http://x/3>) (<http://x/2> <http://x/3>) }" in text
    store = OxigraphStore(None)
    store.ox.add(ox.Quad(ox.NamedNode("http://x/2"), ox.NamedNode("http://x/p"), ox.NamedNode("http://x/3"),
                         ox.NamedNode("http://x/g")))
    rows = store.query("SELECT ?a WHERE { ?a ?p ?b }", {"a": [URIRef("http://x/1"), URIRef("http://x/2")],
                                                        "b": URIRef("http://x/3")})
    assert [str(r["a"]) for r in rows] == ["http://x/2"]


def test_an_unreadable_journal_is_one_line(tmp_path):
    folder = tmp_path / "store"
    OxigraphStore(folder).close()
    (folder / PENDING_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="write journal"):
        OxigraphStore(folder, read_only=True)


def test_a_write_loaded_in_parts_stores_all_of_them_or_none(tmp_path, monkeypatch):
    """A write of more articles than one bulk load takes (OxigraphStore.BULK_LOAD_ARTICLES) is
    loaded in parts under one journal: a part that fails takes the parts before it away too."""
    monkeypatch.setattr(OxigraphStore, "BULK_LOAD_ARTICLES", 2)
    folder = tmp_path / "store"
    seen = []

    class SecondPartFails(FailingLoader):
        def bulk_load(self, data, fmt, **options):
            seen.append(read_pending(folder))
            if len(seen) == 1:
                return self.engine.bulk_load(data, fmt, **options)
            super().bulk_load(data, fmt, **options)

    store = OxigraphStore(folder)
    first, batch = prepared(ARTICLES[:1]), prepared(ARTICLES[1:5])
    store.add_articles([(o.iri, o.nquads) for o in first])
    before = store.article_graphs()
    store.ox = SecondPartFails(store.ox)
    pipeline.write_batch(store, batch)
    assert [o.status for o in batch] == ["error"] * 4
    assert seen == [{o.iri for o in batch}] * 2        # both parts under the journal of the whole write
    store.ox = store.ox.engine
    assert store.article_graphs() == before and not (folder / PENDING_FILE).exists()
    whole = prepared(ARTICLES[1:5])
    assert store.add_articles([(o.iri, o.nquads) for o in whole]) == ["added"] * 4
    assert store.article_graphs() == sorted(before + [o.iri for o in whole])


def test_a_failed_write_reports_as_stored_what_it_stored_before_failing(tmp_path):
    """A write that replaces or keeps an article already stored, then fails on the new ones after
    it: the kept article keeps its status, only the new ones are 'not stored' (the summary counts
    what the store holds)."""
    folder = tmp_path / "store"
    store = OxigraphStore(folder)
    first = prepared(ARTICLES[:1])
    store.add_articles([(o.iri, o.nquads) for o in first])
    before = store.article_graphs()
    batch = prepared([ARTICLES[0], *ARTICLES[1:3]])
    store.ox = FailingLoader(store.ox)
    pipeline.write_batch(store, batch)
    store.ox = store.ox.engine
    assert [o.status for o in batch] == ["unchanged", "error", "error"]
    assert "not stored" not in batch[0].message and all("not stored" in o.message for o in batch[1:])
    assert store.article_graphs() == before and not (folder / PENDING_FILE).exists()


def test_the_lenient_load_stores_what_a_strict_parse_stores(tmp_path):
    """The writer's loads skip the parser's IRI checks (the text is pyoxigraph's own terms
    written out, kg.pipeline.nquads_text): the store holds the same quads as a load that
    checks everything, in a folder (bulk) and in memory (a transaction); the decree summaries
    the writer adds after a load are left out of the comparison."""
    from kg.store.summaries import EKG
    outcomes = prepared(ARTICLES + sorted((CORPUS.parent / "tests" / "articles").glob("*.txt"))[:8])
    text = b"".join(o.nquads for o in outcomes)
    summary = {ox.NamedNode(EKG + name) for name in ("citingArticles", "firstCited", "lastCited")}
    for folder in (tmp_path / "store", None):
        store = OxigraphStore(folder)
        assert store.add_articles([(o.iri, o.nquads) for o in outcomes]) == ["added"] * len(outcomes)
        strict = ox.Store(str(tmp_path / "strict")) if folder else ox.Store()
        (strict.bulk_load if folder else strict.load)(text, ox.RdfFormat.N_QUADS)
        assert {q for q in store.ox if q.predicate not in summary} == set(strict), folder
        store.close()


def test_articles_given_as_utf8_bytes_or_as_text_store_the_same_quads(tmp_path):
    """A prepared article carries its N-Quads as UTF-8 bytes (made once in the worker, joined by
    the writer without encoding them again, docs/scale.md, session 31); a caller may still give
    text. Both give the same store, letters outside ASCII included, in a folder (bulk) and in
    memory (a transaction)."""
    outcomes = prepared(ARTICLES)
    assert all(isinstance(o.nquads, bytes) for o in outcomes)
    assert any(not o.nquads.isascii() for o in outcomes)     # the case where text and bytes differ in length
    for folder in (tmp_path / "bytes", None):
        as_bytes, as_text = OxigraphStore(folder), OxigraphStore(tmp_path / "text" if folder else None)
        assert as_bytes.add_articles([(o.iri, o.nquads) for o in outcomes]) == ["added"] * len(outcomes)
        assert as_text.add_articles([(o.iri, o.nquads.decode("utf-8")) for o in outcomes]) == ["added"] * len(outcomes)
        assert as_bytes.dump("nquads") == as_text.dump("nquads"), folder
        assert any(ord(c) > 127 for c in as_bytes.dump("nquads").decode("utf-8"))
