"""Source profiles written at ingest (decision 0080): each figure with a group key points to its
profile (ekg:sourceProfile, in its article's graph), the node that stands for the figures of its
group with one value, compared measure, place, article date and official standing, described once
in the entities graph. sources with a fact reads its group's profiles, chooses the preferred member
from the best of them, cuts its page by the profiles' agreement and date, and reads only the kept
profiles' figures. The promises: the rows are those of the form before (tests/templates_0080,
which reads every figure of the group) for every fact and page, on the seeds and on a store with
copies of each article (profiles shared, pages cut inside them), on the in-memory store, after an
article is replaced or removed; the builder, the folder's upgrade and the server's SPARQL repair
write the same quads; a folder of format 8 gets its profiles from its first writer, and its
readers are told; the store check finds a figure without its profile."""
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
BEFORE = Path(__file__).resolve().parent / "templates_0080"
LINKS = f"SELECT ?s ?o ?g WHERE {{ GRAPH ?g {{ ?s <{EKG}sourceProfile> ?o }} }}"
PROFILE_QUADS = f"""SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o
    FILTER(?p = <{EKG}sourceProfile> || STRSTARTS(STR(?s), "{DEFAULT.base}source-profile/")) }} }}"""
FACTS = f"SELECT DISTINCT ?f WHERE {{ GRAPH ?g {{ ?f a <{EKG}Fact> ; <{EKG}groupKey> ?k }} }} ORDER BY ?f"
PATHS = sorted(CORPUS.glob("*.txt"))
# pages: the shells' first page, every row, and pages that start and end inside a profile
PAGES = [None, {"limit": "all"}, {"limit": "1"}, {"limit": "2", "offset": "1"}, {"limit": "3", "offset": "4"},
         {"limit": "5", "offset": "2"}]
# besides the fact alone: a measure and a year the reference must match, and other tolerances
EXTRA = [{"measure": "ekspor", "year": "2023"}, {"year": "2022"}, {"tolerance": "0.5"}, {"tolerance": "0"}]


def rows(store, folder, params, page) -> list[tuple]:
    asked = templates(folder)["sources"].asked({**params, **(page or {})}, default_page=page is None)
    found = asked.cut(store.query(asked.text, asked.bindings, timeout=None))
    return [tuple(None if t is None else t.n3() for t in row) for row in found.rows] + [("more", found.more)]


def facts_of(store) -> list[str]:
    return [str(row[0]) for row in store.query(FACTS, timeout=None).rows]


def assert_same_rows(store, pages=PAGES, extra=EXTRA) -> int:
    """The rows of this sources equal those of the form before source profiles, for every fact
    of the store and page (and the extra parameters on the first facts); the rows compared."""
    total = 0
    found = facts_of(store)
    assert found
    cases = [{"fact": f} for f in found] + [{"fact": f, **e} for f in found[:3] for e in extra]
    for params in cases:
        for page in pages:
            now, before = rows(store, None, params, page), rows(store, BEFORE, params, page)
            assert now == before, (params, page)
            total += len(now) - 1
    return total


def profile_quads(engine) -> set[tuple[str, ...]]:
    return {tuple(str(r[v]) for v in "spog") for r in engine.query(PROFILE_QUADS)}


def without_profiles(engine) -> None:
    engine.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{EKG}sourceProfile> ?o }} }}")
    engine.update(f"DELETE {{ GRAPH ?e {{ ?p ?q ?o }} }} WHERE {{ GRAPH ?e {{ ?p a <{EKG}SourceProfile> ; ?q ?o }} }}")


def test_each_figure_with_a_group_key_points_to_one_profile(seeds_store):
    engine = ox.Store.read_only(str(seeds_store))
    figures = {str(r["f"]) for r in engine.query(f"SELECT DISTINCT ?f WHERE {{ GRAPH ?g {{ ?f <{EKG}groupKey> ?k }} }}")}
    links = [(str(r["s"]), str(r["o"])) for r in engine.query(LINKS)]
    assert figures and sorted(f for f, _ in links) == sorted(figures)          # one each, no other
    described = {str(r["p"]) for r in engine.query(f"SELECT ?p WHERE {{ ?p a <{EKG}SourceProfile> }}",
                                                    use_default_graph_as_union=True)}
    assert described == {p for _, p in links}
    # the official standing is the reporter's type, as sources tested it on each figure
    standings = {(str(r["f"]), r["official"].value, r["agency"].value) for r in engine.query(f"""
        SELECT ?f ?official (EXISTS {{ ?f <{EKG}reportedBy> ?body . ?body a <{EKG}GovernmentAgency> }} AS ?agency)
        WHERE {{ ?f <{EKG}sourceProfile> ?p . ?p <{EKG}sourceProfileOfficial> ?official }}""", use_default_graph_as_union=True)}
    assert len(standings) == len(figures) and all(official == agency for _, official, agency in standings)


def test_the_builder_the_folders_upgrade_and_the_servers_repair_write_the_same_quads():
    check_the_three_writers_write_the_same(profile_quads, without_profiles,
                                           skew.add_source_profiles(DEFAULT.base, DEFAULT.entities_graph()),
                                           "upgrade_to_source_profiles")


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """A store of the seeds and three copies of each: shared profiles, pages cut inside them."""
    root = tmp_path_factory.mktemp("copies")
    store = kg.open(root / "store")
    pipeline.ingest(store.store, copied_seeds(root / "texts", 3))
    return store


def test_the_profiles_are_shared_by_the_copies(copies):
    links = [str(r["o"]) for r in copies.store.ox.query(LINKS)]
    assert len(set(links)) * 4 == len(links)          # each profile: a figure and its three copies


def test_the_rows_are_those_of_the_form_before(embedded, copies):
    assert assert_same_rows(embedded.store) > 50
    assert assert_same_rows(copies.store, extra=EXTRA[:1]) > 500


def test_the_in_memory_store_gives_the_rows_of_the_form_before(memory):
    for fact in facts_of(memory.store)[:6]:
        for page in PAGES[:4]:
            params = {"fact": fact}
            assert rows(memory.store, None, params, page) == rows(memory.store, BEFORE, params, page), (params, page)


def test_the_page_end_line_is_bound_in_a_template_paged_outside():
    template = templates()["sources"]
    assert not template.pages_inside
    paged = template.query_text(Page(100, 200), extra=1)
    assert "BIND(301 AS ?pageEnd)" in paged and paged.rstrip().endswith("LIMIT 101 OFFSET 200")
    every = template.query_text(None)
    assert "AS ?pageEnd" not in every and [line.strip() for line in every.split("\n")].count("#| page end") == 1


def test_a_page_end_line_in_a_template_without_paging_is_refused(tmp_path):
    text = (Path(__file__).resolve().parent.parent / "queries" / "sources.rq").read_text(encoding="utf-8")
    lines = [line for line in text.split("\n") if not line.startswith("#+ paging") and line != "#+   size: 100"]
    (tmp_path / "sources.rq").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ValueError, match="page end"):
        templates(tmp_path)


def test_a_replaced_and_a_removed_article_keep_the_rows(tmp_path):
    """An article replaced (its figures' values changed, same IRI) takes its links with it; an
    article's graph removed leaves its profiles described and unused."""
    store = kg.open(tmp_path / "store")
    pipeline.ingest(store.store, copied_seeds(tmp_path / "texts", 1))
    facts = pipeline.extract_file(PATHS[0])
    figures = [dataclasses.replace(f, value=Decimal(f.value) * 2) for f in facts.figures]
    changed = pipeline.build_graph(dataclasses.replace(facts, figures=figures))
    assert store.store.add_article(changed) == "replaced"
    assert_same_rows(store.store, pages=PAGES[:3], extra=[])
    store.store.ox.remove_graph(ox.NamedNode(str(changed.iri)))
    orphans = list(store.store.ox.query(f"""SELECT ?p WHERE {{ GRAPH ?e {{ ?p a <{EKG}SourceProfile> }}
        FILTER NOT EXISTS {{ GRAPH ?g {{ ?f <{EKG}sourceProfile> ?p }} }} }}"""))
    assert orphans
    assert_same_rows(store.store, pages=PAGES[:3], extra=[])


def test_a_format_8_folder_gets_its_source_profiles_when_a_writer_opens_it(tmp_path, seeds_store, caplog):
    folder = tmp_path / "old"
    shutil.copytree(seeds_store, folder)
    expected_quads = profile_quads(ox.Store.read_only(str(folder)))
    fact = facts_of(kg.open(seeds_store, read_only=True).store)[0]
    expected = rows(kg.open(seeds_store, read_only=True).store, None, {"fact": fact}, None)
    engine = ox.Store(str(folder))
    without_profiles(engine)
    engine.flush()
    del engine
    (folder / FORMAT_FILE).write_text('{"format": 8}', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        reader = kg.open(folder, read_only=True)
    assert "source profiles" in caplog.text and "sources" in caplog.text
    del reader
    writer = kg.open(folder)
    del writer
    assert profile_quads(ox.Store.read_only(str(folder))) == expected_quads   # the IRIs the builder mints
    assert store_format(folder) == FORMAT == 10
    counted = json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8"))["sourceProfiles"]
    assert counted == sum(1 for q in expected_quads if q[1] == f"<{EKG}sourceProfile>")
    assert rows(kg.open(folder, read_only=True).store, None, {"fact": fact}, None) == expected


def test_the_store_check_finds_figures_without_source_profiles(tmp_path, seeds_store):
    check_finds_one_key_removed(seeds_store, tmp_path, skew.SOURCE_PROFILES, LINKS, EKG + "sourceProfile",
                                lambda entities: skew.add_source_profiles(DEFAULT.base, entities))
