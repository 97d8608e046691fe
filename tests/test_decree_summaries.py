"""Decree summaries (decision 0020): each decree's number of citing articles and the dates of
the first and last of them (ekg:citingArticles, ekg:firstCited, ekg:lastCited), in the
shared-entities graph, recounted by every writer from the article graphs. The promises: the
values equal a recount from the stored articles after every write path (one article, a bulk
batch, one or two workers, the in-memory store, a server); a replaced article recounts the
decrees its old and its new version cite and changes nothing else; a re-ingest changes
nothing; a bulk write that died is removed and recounted by the next writer; a store built
before the summaries gets them from its first writer."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil

import pyoxigraph as ox
import pytest

import kg
from kg import pipeline
from kg.build.graph import build_graph, entities_graph_iri
from kg.settings import Settings
from kg.store.memory import MemoryStore
from kg.store.oxigraph import FORMAT, FORMAT_FILE, PENDING_FILE, OxigraphStore, store_format
from conftest import CORPUS, TEST_ARTICLES

EKG = "https://w3id.org/ekspor-kg/ontology#"
DECREE = "https://w3id.org/ekspor-kg/decree/keputusan-presiden/2023/24"
SUMMARIES = f"""SELECT ?decree ?count ?first ?last WHERE {{
    GRAPH <{entities_graph_iri()}> {{ ?decree a <{EKG}Decree>
      OPTIONAL {{ ?decree <{EKG}citingArticles> ?count }} OPTIONAL {{ ?decree <{EKG}firstCited> ?first }}
      OPTIONAL {{ ?decree <{EKG}lastCited> ?last }} }} }}"""
# the same numbers counted from the article graphs, as a reader could count them
RECOUNTED = f"""SELECT ?decree (COUNT(DISTINCT ?article) AS ?count) (MIN(?published) AS ?first)
    (MAX(?published) AS ?last) WHERE {{
    GRAPH <{entities_graph_iri()}> {{ ?decree a <{EKG}Decree> }}
    OPTIONAL {{ GRAPH ?article {{ ?c <{EKG}cites> ?decree ; <{EKG}sourceArticle> ?article
               OPTIONAL {{ ?article <https://schema.org/datePublished> ?published }} }} }} }} GROUP BY ?decree"""
SUMMARY_PROPERTIES = [ox.NamedNode(EKG + p) for p in ("citingArticles", "firstCited", "lastCited")]


def table(store, query: str) -> dict[str, tuple]:
    return {str(r["decree"]): tuple(None if r[v] is None else str(r[v]) for v in ("count", "first", "last"))
            for r in store.query(query)}


def summaries(store) -> dict[str, tuple]:
    return table(store, SUMMARIES)


def assert_current(store) -> dict[str, tuple]:
    found = summaries(store)
    assert found and found == table(store, RECOUNTED)
    return found


def summary_quads(folder) -> set[str]:
    engine = ox.Store.read_only(str(folder))
    return {str(q) for p in SUMMARY_PROPERTIES for q in engine.quads_for_pattern(None, p, None, None)}


def citing(path, text_suffix: str = "", published: dt.date | None = None):
    """The article at `path` as a graph, optionally as another article (its text changed, so
    its id) published on another day."""
    facts = pipeline.extract_file(path)
    if text_suffix or published:
        article = dataclasses.replace(facts.article, text=facts.article.text + text_suffix,
                                      published=published or facts.article.published)
        facts = dataclasses.replace(facts, article=article)
    return build_graph(facts)


SEED = sorted(CORPUS.glob("*.txt"))[0]       # cites Keppres 24/2023


def test_a_build_counts_each_decree_it_cites(seeds_store):
    store = kg.open(seeds_store, read_only=True).store
    found = assert_current(store)
    assert found[DECREE] == ("1", "2024-02-15", "2024-02-15")
    outside = store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?d <{EKG}citingArticles> ?n }} "
                          f"FILTER(?g != <{entities_graph_iri()}>) }}")
    assert list(outside) == []


@pytest.mark.parametrize("make", [lambda tmp: OxigraphStore(tmp / "store"), lambda tmp: OxigraphStore(None),
                                  lambda tmp: MemoryStore()], ids=["folder", "engine-in-memory", "rdflib"])
def test_a_second_citing_article_and_a_replace_recount_and_change_nothing_else(tmp_path, make):
    store = make(tmp_path)
    first = citing(SEED)
    assert store.add_article(first) == "added"
    assert summaries(store)[DECREE] == ("1", "2024-02-15", "2024-02-15")
    second = citing(SEED, "\nSalinan kedua.", dt.date(2024, 5, 1))
    assert store.add_article(second) == "added"
    assert assert_current(store)[DECREE] == ("2", "2024-02-15", "2024-05-01")
    before = sorted(map(str, store.quads()))
    assert store.add_article(second) == "unchanged"            # a re-ingest changes nothing
    assert sorted(map(str, store.quads())) == before
    # the second article's new version no longer cites the decree: its count and dates go back
    facts = pipeline.extract_file(SEED)
    uncited = build_graph(dataclasses.replace(facts, decrees=[], article=dataclasses.replace(
        facts.article, text=facts.article.text + "\nSalinan kedua.", published=dt.date(2024, 5, 1))))
    assert uncited.iri == second.iri
    assert store.add_article(uncited) == "replaced"
    assert assert_current(store)[DECREE] == ("1", "2024-02-15", "2024-02-15")
    # and back: the store is what it was, quad for quad (nothing else changed on the way)
    assert store.add_article(second) == "replaced"
    assert sorted(map(str, store.quads())) == before


def test_a_decree_no_article_cites_any_more_keeps_a_count_of_zero(tmp_path):
    store = OxigraphStore(tmp_path / "store")
    facts = pipeline.extract_file(SEED)
    store.add_article(build_graph(facts))
    assert store.add_article(build_graph(dataclasses.replace(facts, decrees=[]))) == "replaced"
    assert assert_current(store)[DECREE] == ("0", None, None)


def test_the_bulk_path_writes_the_summaries_a_build_wrote(tmp_path, seeds_store):
    store = kg.open(tmp_path / "store")
    outcomes = store.ingest([str(p) for p in pipeline.corpus_paths()])
    assert {o.status for o in outcomes} == {"added"}
    del store
    assert summary_quads(tmp_path / "store") == summary_quads(seeds_store) != set()


def test_one_and_two_workers_write_the_same_summaries(tmp_path):
    """Many batches and two preparing processes: the summaries are those of a recount (the
    whole N-Quads export with 1 and 2 workers is compared in tests/test_ingest_batch.py)."""
    paths = sorted(TEST_ARTICLES.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    assert len(paths) > Settings().ingest_batch
    found = []
    for workers in (1, 2):
        graph = kg.open(tmp_path / f"store-{workers}")
        graph.ingest(paths, workers=workers)
        found.append(assert_current(graph.store))
        graph.store.close()
    assert found[0] == found[1] and len(found[0]) >= 5


def test_a_bulk_write_that_died_is_removed_and_recounted_by_the_next_writer(tmp_path):
    """A batch loaded in full whose writer died before the journal was cleared (and so maybe
    before its recount): the next writer removes its articles and recounts every decree."""
    folder = tmp_path / "store"
    store = OxigraphStore(folder)
    store.add_article(citing(SEED))
    expected = summaries(store)
    extra = citing(SEED, "\nSalinan kedua.", dt.date(2024, 6, 1))
    (folder / PENDING_FILE).write_text(json.dumps({"articles": [str(extra.iri)]}), encoding="utf-8")
    store.ox.extend(q for q in _quads(extra))                   # landed, journal not cleared
    store.ox.update(f"DELETE WHERE {{ GRAPH ?g {{ ?d <{EKG}citingArticles> ?n }} }}")   # and a recount half done
    store.close()
    writer = OxigraphStore(folder)
    assert not (folder / PENDING_FILE).exists()
    assert assert_current(writer) == expected


def _quads(article):
    from kg.store.oxigraph import quads_of
    return quads_of(article.facts, str(article.iri)) | quads_of(article.entities, str(article.entities_iri))


def test_a_store_built_before_the_summaries_gets_them_from_its_first_writer(tmp_path, seeds_store):
    folder = tmp_path / "old"
    shutil.copytree(seeds_store, folder)
    expected = summary_quads(folder)
    engine = ox.Store(str(folder))
    engine.update(f"DELETE WHERE {{ GRAPH ?g {{ ?d <{EKG}citingArticles> ?n ; <{EKG}firstCited> ?f ; "
                  f"<{EKG}lastCited> ?l }} }}")
    before = len(engine)
    del engine
    (folder / FORMAT_FILE).write_text('{"format": 3}', encoding="utf-8")
    assert summary_quads(folder) == set()
    assert [r["citingArticles"] for r in kg.open(folder, read_only=True).query("decrees")] == [None]
    writer = kg.open(folder)
    del writer
    assert summary_quads(folder) == expected and store_format(folder) == FORMAT
    assert len(ox.Store.read_only(str(folder))) == before + len(expected)   # nothing else added


def test_decrees_answers_one_row_per_decree_and_body_with_the_counts(seeds_store):
    graph = kg.open(seeds_store, read_only=True)
    rows = list(graph.query("decrees", year="2023"))
    assert len(rows) == 1
    row = rows[0]
    assert str(row["decree"]) == DECREE and row["citingArticles"] == 1
    assert str(row["bodyName"]) == "Satuan Tugas Peningkatan Ekspor Nasional"
    sources = list(graph.query("decree-sources", decree=DECREE))
    assert len(sources) == row["citingArticles"] and str(sources[0]["publisherName"]) == "Kontan"
    full = list(graph.query("decrees-full", year="2023"))
    assert {str(r["article"]) for r in full} == {str(r["article"]) for r in sources}
