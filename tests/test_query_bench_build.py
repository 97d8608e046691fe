"""bench/query_bench.py's bulk build makes a store in the current format: the prepared N-Quads
hold every per-article helper triple, and the build counts the decree summaries and writes the
format file, so a reader does not warn and a writer's first open has nothing to redo (a build
without them set off an upgrade of every key, past 14 GB at 100k articles: docs/scale.md)."""
from __future__ import annotations

import logging

import pyoxigraph as ox

import kg
from kg.rdf.keys import words
from kg.store.oxigraph import FORMAT, store_format
from conftest import load_query_bench

CITING = ox.NamedNode("https://w3id.org/ekspor-kg/ontology#citingArticles")
NAME_WORD = ox.NamedNode("https://w3id.org/ekspor-kg/ontology#nameWord")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


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


def test_a_copy_names_its_renamed_people_and_bodies_by_the_words_of_their_new_labels(tmp_path):
    """The cohorts' copies rename people and organisations; their lookup words (ekg:nameWord)
    are the words of the new labels, as ingest writes them, and not the seeds' (which made
    every seed word name every cohort's stand-in: docs/scale.md, eleventh round)."""
    folder = tmp_path / "store"
    load_query_bench().build_store(folder, articles=8, distinct=3, workers=1, cohort_size=4)
    store = ox.Store.read_only(str(folder))
    found, labelled = {}, {}
    for q in store.quads_for_pattern(None, NAME_WORD, None):
        found.setdefault(q.subject, set()).add(q.object.value)
    for subject in found:
        for q in store.quads_for_pattern(subject, LABEL, None):
            labelled.setdefault(subject, set()).update(words(q.object.value))
    assert any("-" in s.value.rsplit("/", 1)[-1] and s.value.rsplit("-", 1)[-1].islower() for s in found)
    assert found == labelled


def test_prepared_articles_cached_by_another_format_are_prepared_again(tmp_path):
    """A cache written by a kg of another store format (a list, before format 5) would load
    N-Quads without this format's helper triples (the agency years, decision 0033) under this
    format's file; it is prepared again and rewritten with the format."""
    import json
    bench = load_query_bench()
    cache = tmp_path / "prepared.json"
    cache.write_text(json.dumps([["stale", "<urn:x> <urn:y> <urn:z> <urn:g> .\n"]]))
    made = bench.distinct_articles(1, 1, cache)
    assert made and made[0][0] != "stale"
    cached = json.loads(cache.read_text())
    assert cached["format"] == FORMAT and [tuple(x) for x in cached["articles"]] == made
    assert bench.distinct_articles(1, 1, cache) == made          # read back, not prepared again
