"""bench/query_bench.py's bulk build makes a store in the current format: the prepared N-Quads
hold every per-article helper triple, and the build counts the decree summaries and writes the
format file, so a reader does not warn and a writer's first open has nothing to redo (a build
without them set off an upgrade of every key, past 14 GB at 100k articles: docs/scale.md)."""
from __future__ import annotations

import logging

import pyoxigraph as ox

import kg
from kg.store.oxigraph import FORMAT, store_format
from conftest import load_query_bench

CITING = ox.NamedNode("https://w3id.org/ekspor-kg/ontology#citingArticles")


def test_a_bulk_built_store_is_current_and_a_writer_leaves_it_as_it_is(tmp_path, caplog):
    folder = tmp_path / "store"
    load_query_bench().build_store(folder, articles=8, distinct=3, workers=1, cohort_size=4)
    assert store_format(folder) == FORMAT
    before = {str(q) for q in ox.Store.read_only(str(folder))}
    assert any(q.predicate == CITING for q in ox.Store.read_only(str(folder))), "the seeds cite decrees"
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        kg.open(folder, read_only=True)
        writer = kg.open(folder)
        del writer
    assert caplog.text == ""
    assert {str(q) for q in ox.Store.read_only(str(folder))} == before
