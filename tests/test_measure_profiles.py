"""Measure profiles written at ingest (decision 0076): each figure with a group key and a measure
word points to its profile (ekg:measureProfile, in its article's graph), the node that stands for
the figures of its group with one measure label, normalised measure and place, described once in
the entities graph with the figures' measure words. timeline finds a measure's profiles, cuts
those whose earlier periods already fill the page, and reads only the kept profiles' figures.
The promises: the rows are those of the form before (tests/templates_0075, which reads every
figure with the word) on every parameter set and page, on both embedded stores, after an article
is replaced, re-ingested or removed; the builder, the folder's upgrade and the server's SPARQL
repair write the same quads; a folder of format 7 gets its profiles from its first writer, and
its readers are told; the store check finds a figure without its profile."""
from __future__ import annotations

import dataclasses
import json
import logging
import shutil
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg import pipeline
from kg.query.templates import Page, templates
from kg.rdf.iris import DEFAULT
from kg.store import skew
from kg.store.oxigraph import FORMAT, FORMAT_FILE, store_format

from conftest import CORPUS, copied_seeds, check_finds_one_key_removed, check_the_three_writers_write_the_same

EKG = "https://w3id.org/ekspor-kg/ontology#"
BEFORE = Path(__file__).resolve().parent / "templates_0075"
LINKS = f"SELECT ?s ?o ?g WHERE {{ GRAPH ?g {{ ?s <{EKG}measureProfile> ?o }} }}"
PROFILE_QUADS = f"""SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o
    FILTER(?p = <{EKG}measureProfile> || STRSTARTS(STR(?s), "{DEFAULT.base}measure-profile/")) }} }}"""
PATHS = sorted(CORPUS.glob("*.txt"))

# parameter sets with rows on the seeds: measures, kinds, units, years, places, and mixes
SETS = ([{"measure": m} for m in ("ekspor", "impor", "surplus", "investasi", "produksi", "nilai", "neraca")]
        + [{"measure": "ekspor", "kind": k} for k in ("Realization", "GrowthRate", "Share", "Projection", "Target")]
        + [{"measure": "ekspor", "unit": "USD"}, {"measure": "ekspor", "unit": "percent"},
           {"measure": "ekspor", "since": "2023"}, {"measure": "ekspor", "until": "2022"},
           {"measure": "ekspor", "scope": "Jawa"}, {"measure": "ekspor", "scope": "Indonesia"},
           {"measure": "surplus", "scope": "Kalimantan Tengah", "unit": "USD", "since": "2017", "until": "2022"}])
# pages: the shells' first page, every row, and pages that start and end inside a period
PAGES = [None, {"limit": "all"}, {"limit": "3"}, {"limit": "2", "offset": "1"}, {"limit": "1", "offset": "4"},
         {"limit": "5", "offset": "3"}, {"limit": "100", "offset": "2"}]


def rows(store, folder, params, page) -> list[tuple]:
    asked = templates(folder)["timeline"].asked({**params, **(page or {})}, default_page=page is None)
    found = asked.cut(store.query(asked.text, asked.bindings, timeout=None))
    return [tuple(None if t is None else t.n3() for t in row) for row in found.rows] + [("more", found.more)]


def assert_same_rows(store) -> int:
    """The rows of this timeline equal those of the form before measure profiles, for every
    parameter set and page; the number of rows compared."""
    total = 0
    for params in SETS:
        for page in PAGES:
            now, before = rows(store, None, params, page), rows(store, BEFORE, params, page)
            assert now == before, (params, page)
            total += len(now) - 1
    return total


def profile_quads(engine) -> set[tuple[str, ...]]:
    return {tuple(str(r[v]) for v in "spog") for r in engine.query(PROFILE_QUADS)}


def without_profiles(engine) -> None:
    engine.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{EKG}measureProfile> ?o }} }}")
    engine.update(f"DELETE {{ GRAPH ?e {{ ?p ?q ?o }} }} WHERE {{ GRAPH ?e {{ ?p a <{EKG}MeasureProfile> ; ?q ?o }} }}")


def test_each_figure_with_a_period_and_a_measure_word_points_to_one_profile(seeds_store):
    engine = ox.Store.read_only(str(seeds_store))
    figures = {str(r["f"]) for r in engine.query(
        f"SELECT DISTINCT ?f WHERE {{ GRAPH ?g {{ ?f a <{EKG}Fact> ; <{EKG}groupKey> ?k ; <{EKG}measureWord> ?w }} }}")}
    links = [(str(r["s"]), str(r["o"])) for r in engine.query(LINKS)]
    assert figures and sorted(f for f, _ in links) == sorted(figures)          # one each, no other
    profiles = {p for _, p in links}
    described = {str(r["p"]) for r in engine.query(f"SELECT ?p WHERE {{ ?p a <{EKG}MeasureProfile> }}",
                                                    use_default_graph_as_union=True)}
    assert described == profiles


def test_the_builder_the_folders_upgrade_and_the_servers_repair_write_the_same_quads():
    check_the_three_writers_write_the_same(profile_quads, without_profiles,
                                           skew.add_measure_profiles(DEFAULT.base, DEFAULT.entities_graph()),
                                           "upgrade_to_measure_profiles")


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """A store of the seeds and three copies of each: shared profiles, pages cut inside them."""
    root = tmp_path_factory.mktemp("copies")
    store = kg.open(root / "store")
    pipeline.ingest(store.store, copied_seeds(root / "texts", 3))
    return store


def test_the_profiles_are_shared_by_the_copies(copies):
    engine = copies.store.ox
    links = [str(r["o"]) for r in engine.query(LINKS)]
    assert len(set(links)) * 4 == len(links)          # each profile: a figure and its three copies


def test_the_rows_are_those_of_the_form_before(embedded, copies):
    assert assert_same_rows(embedded.store) > 50
    assert assert_same_rows(copies.store) > 200


def test_the_in_memory_store_gives_the_rows_of_the_form_before(memory):
    for params in SETS[:3] + SETS[-3:]:
        for page in PAGES[:4]:
            assert rows(memory.store, None, params, page) == rows(memory.store, BEFORE, params, page), (params, page)


def test_the_page_end_line_binds_the_rows_up_to_the_pages_end():
    template = templates()["timeline"]
    paged = template.query_text(Page(100, 200), extra=1)
    marks = [line for line in paged.split("\n") if line.strip() in ("#| page end", "BIND(301 AS ?pageEnd)")]
    assert [m.strip() for m in marks] == ["BIND(301 AS ?pageEnd)"]
    every = template.query_text(None)
    assert "AS ?pageEnd" not in every and [line.strip() for line in every.split("\n")].count("#| page end") == 1
    assert Page(None, 5).end_binding() is None


def test_a_page_end_line_without_paging_is_refused(tmp_path):
    """Without its `#| page` line the template pages outside and its `#| page end` line is still
    bound (decision 0080); without paging at all the line is refused."""
    text = (Path(__file__).resolve().parent.parent / "queries" / "timeline.rq").read_text(encoding="utf-8")
    lines = [line for line in text.split("\n") if line.strip() != "#| page"]
    (tmp_path / "timeline.rq").write_text("\n".join(lines), encoding="utf-8")
    outside = templates(tmp_path)["timeline"]
    assert not outside.pages_inside and "BIND(301 AS ?pageEnd)" in outside.query_text(Page(100, 200), extra=1)
    lines = [line for line in lines if not line.startswith("#+ paging") and not line.startswith("#+   size:")]
    (tmp_path / "unpaged").mkdir()
    (tmp_path / "unpaged" / "timeline.rq").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ValueError, match="page end"):
        templates(tmp_path / "unpaged")


def test_a_replaced_and_a_removed_article_keep_the_rows(tmp_path):
    """An article replaced (its figures' values and measure labels changed, same IRI) takes its
    links with it; an article's graph removed (as the next writer removes a bulk write that
    died) leaves its profiles described and unused."""
    store = kg.open(tmp_path / "store")
    paths = copied_seeds(tmp_path / "texts", 1)
    pipeline.ingest(store.store, paths)
    facts = pipeline.extract_file(PATHS[0])
    figures = [dataclasses.replace(f, value=Decimal(f.value) * 2, what=f"{f.what} baru") for f in facts.figures]
    changed = pipeline.build_graph(dataclasses.replace(facts, figures=figures))
    assert changed.iri == pipeline.build_graph(facts).iri
    assert store.store.add_article(changed) == "replaced"
    assert_same_rows(store.store)
    store.store.ox.remove_graph(ox.NamedNode(str(changed.iri)))
    orphans = list(store.store.ox.query(f"""SELECT ?p WHERE {{ GRAPH ?e {{ ?p a <{EKG}MeasureProfile> }}
        FILTER NOT EXISTS {{ GRAPH ?g {{ ?f <{EKG}measureProfile> ?p }} }} }}"""))
    assert orphans
    assert_same_rows(store.store)


def test_a_format_7_folder_gets_its_measure_profiles_when_a_writer_opens_it(tmp_path, seeds_store, caplog):
    folder = tmp_path / "old"
    shutil.copytree(seeds_store, folder)
    expected_quads = profile_quads(ox.Store.read_only(str(folder)))
    expected = rows(kg.open(seeds_store, read_only=True).store, None, {"measure": "ekspor"}, None)
    engine = ox.Store(str(folder))
    without_profiles(engine)
    engine.flush()
    del engine
    (folder / FORMAT_FILE).write_text('{"format": 7}', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        reader = kg.open(folder, read_only=True)
    assert "measure profiles" in caplog.text and "timeline" in caplog.text
    del reader
    writer = kg.open(folder)
    del writer
    assert profile_quads(ox.Store.read_only(str(folder))) == expected_quads   # the IRIs the builder mints
    assert store_format(folder) == FORMAT == 10
    counted = json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8"))["measureProfiles"]
    assert counted == sum(1 for q in expected_quads if q[1] == f"<{EKG}measureProfile>")
    assert rows(kg.open(folder, read_only=True).store, None, {"measure": "ekspor"}, None) == expected


def test_the_store_check_finds_figures_without_measure_profiles(tmp_path, seeds_store):
    check_finds_one_key_removed(seeds_store, tmp_path, skew.MEASURE_PROFILES, LINKS, EKG + "measureProfile",
                                lambda entities: skew.add_measure_profiles(DEFAULT.base, entities))
