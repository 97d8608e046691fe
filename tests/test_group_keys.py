"""Group keys written at ingest (decision 0018): each figure's class, unit and period as one
literal (ekg:groupKey), in its article's graph beside its comparison key; written by every
ingest path, replaced with its article, added to a store built before them by the first writer."""
from __future__ import annotations

import dataclasses
import shutil

import pyoxigraph as ox
import pytest

import kg
from kg import pipeline
from kg.build.graph import build_graph, entities_graph_iri
from kg.rdf.keys import group_key
from kg.store.oxigraph import FORMAT, FORMAT_FILE, OxigraphStore, store_format, write_format

EKG = "https://w3id.org/ekspor-kg/ontology#"
GROUP_KEY = ox.NamedNode(EKG + "groupKey")
FIGURE_GROUPS = f"""SELECT ?g ?f ?key ?class ?comparison WHERE {{
    GRAPH ?g {{ ?f <{EKG}comparisonKey> ?comparison ; a ?class
               OPTIONAL {{ ?f <{EKG}groupKey> ?key }} }}
    FILTER(?class != <{EKG}Fact>) }}"""


def group_quads(folder) -> set[str]:
    engine = ox.Store.read_only(str(folder))
    return {str(q) for q in engine.quads_for_pattern(None, GROUP_KEY, None, None)}


def test_the_key_is_the_class_before_the_comparison_key():
    assert group_key("Realization", "USD", "2023-01-01/2023-12-31") == "Realization USD 2023-01-01/2023-12-31"


def test_every_figure_with_a_period_has_its_group_key_in_its_own_graph(seeds_store):
    store = kg.open(seeds_store, read_only=True)
    rows = store.store.query(FIGURE_GROUPS)
    assert len(rows) > 20
    for row in rows:
        name = str(row["class"]).rsplit("#", 1)[-1]
        assert str(row["key"]) == f"{name} {row['comparison']}", row["f"]
    outside = store.store.query(f"SELECT ?f WHERE {{ GRAPH <{entities_graph_iri()}> {{ ?f <{EKG}groupKey> ?k }} }}")
    assert list(outside) == []
    # one key per figure: a figure has one class besides ekg:Fact (the templates rely on it)
    doubled = store.store.query(f"SELECT ?f WHERE {{ ?f <{EKG}groupKey> ?a, ?b FILTER(?a != ?b) }}")
    assert list(doubled) == []


def test_a_replaced_article_replaces_its_group_keys(tmp_path):
    path = pipeline.corpus_paths()[0]
    facts = pipeline.extract_file(path)
    first = build_graph(facts)
    figure = next(f for f in facts.figures if f.period and f.kind == "realization")
    moved = dataclasses.replace(figure, unit="XYZ")
    second = build_graph(dataclasses.replace(facts, figures=[moved if f is figure else f for f in facts.figures]))
    store = OxigraphStore(tmp_path / "store")
    assert store.add_article(first) == "added"
    graph = ox.NamedNode(str(first.iri))
    keys = lambda: {q.object.value for q in store.ox.quads_for_pattern(None, GROUP_KEY, None, graph)}  # noqa: E731
    span = f"{figure.period.start.isoformat()}/{figure.period.end.isoformat()}"
    assert f"Realization {figure.unit} {span}" in keys()
    assert store.add_article(second) == "replaced"
    assert f"Realization XYZ {span}" in keys()
    expected = {str(o) for _, p, o in second.facts if str(p) == EKG + "groupKey"}
    assert keys() == expected
    assert store.add_article(second) == "unchanged"


@pytest.mark.parametrize("workers", [1, 2])
def test_the_bulk_path_and_workers_write_the_keys_of_a_build(tmp_path, seeds_store, workers):
    """`kg ingest` (batched bulk writes, one or two preparing processes) writes the group keys
    `kg build` wrote into the seeds store."""
    folder = tmp_path / f"store-{workers}"
    store = kg.open(folder)
    outcomes = store.ingest([str(p) for p in pipeline.corpus_paths()], workers=workers)
    assert [o.status for o in outcomes] == ["added"] * len(outcomes)
    del store
    expected = group_quads(seeds_store)
    assert len(expected) > 20 and group_quads(folder) == expected


def test_a_store_of_the_previous_format_gets_its_group_keys_when_a_writer_opens_it(tmp_path, seeds_store):
    folder = tmp_path / "old"
    shutil.copytree(seeds_store, folder)
    expected = group_quads(folder)
    engine = ox.Store(str(folder))
    engine.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{EKG}groupKey> ?o }} }}")
    before = len(engine)
    del engine
    (folder / FORMAT_FILE).write_text('{"format": 2}', encoding="utf-8")
    assert group_quads(folder) == set() and store_format(folder) == 2
    writer = kg.open(folder)                       # a writer adds them, once
    del writer
    assert group_quads(folder) == expected
    assert store_format(folder) == FORMAT
    assert len(ox.Store.read_only(str(folder))) == before + len(expected)   # nothing else added


def copy_without_group_keys(store, folder):
    """A copy of a store as a writer of the previous format left it: no ekg:groupKey triples."""
    shutil.copytree(store, folder)
    engine = ox.Store(str(folder))
    engine.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{EKG}groupKey> ?o }} }}")
    del engine
    write_format(folder)
    return folder


def test_target_vs_actual_finds_its_realisations_by_group_key(tmp_path, seeds_store):
    """Without the keys (a store of the previous format opened read-only; its value profiles,
    which carry the group key as ekg:profileGroup, removed too: decision 0069), a target's
    realisations are not found: the template reads the keys, not the period."""
    folder = copy_without_group_keys(seeds_store, tmp_path / "nokeys")
    engine = ox.Store(str(folder))
    engine.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{EKG}profileGroup> ?o }} }}")
    del engine
    with_keys, without = kg.open(seeds_store, read_only=True), kg.open(folder, read_only=True)
    found = [r["actual"] for r in with_keys.query("target-vs-actual")]
    assert any(found)
    assert [r["actual"] for r in without.query("target-vs-actual")] == [None] * len(found)


TIMELINE_SETS = [
    {"measure": "surplus"}, {"measure": "surplus", "scope": "Kalimantan Tengah"},
    {"measure": "ekspor"}, {"measure": "ekspor", "kind": "Target"}, {"measure": "ekspor", "kind": "GrowthRate"},
    {"measure": "ekspor", "unit": "USD"}, {"measure": "ekspor", "since": "2023"}, {"measure": "ekspor", "until": "2022"},
    {"measure": "ekspor", "unit": "USD", "since": "2020", "until": "2023"}, {"measure": "ekspor", "kind": "Share"},
    {"measure": "ekspor", "scope": "Jawa"}, {"measure": "neraca perdagangan"},
]   # each gives rows on the seeds


def test_timeline_answers_the_same_without_group_keys(tmp_path, seeds_store):
    """timeline reads a figure's class and dates from its group key when it has one, else from
    the figure (decision 0027): a store whose keys are removed gives the same rows, in order."""
    folder = copy_without_group_keys(seeds_store, tmp_path / "nokeys")
    with_keys, without = kg.open(seeds_store, read_only=True), kg.open(folder, read_only=True)
    assert group_quads(folder) == set()
    total = 0
    for values in TIMELINE_SETS:
        rows = list(with_keys.query("timeline", **values))
        assert rows and list(without.query("timeline", **values)) == rows, values
        total += len(rows)
    assert total >= 50
