"""Evidence starts written at ingest (decision 0065): beside every fact (and membership) with
evidence, its position selector's start again as ekg:evidenceStart, in the article's graph.
who-said orders every row by it before it picks a page. A folder of an earlier format gets them
from its first writer, by the SPARQL update a server's writer runs too (kg.store.skew); its
readers are told that who-said finds no row until then."""
from __future__ import annotations

import json
import logging
import shutil

import pyoxigraph as ox

import kg
from kg.store import skew
from kg.store.oxigraph import FORMAT, FORMAT_FILE, store_format

from conftest import check_finds_one_key_removed

EKG = "https://w3id.org/ekspor-kg/ontology#"
OA = "http://www.w3.org/ns/oa#"
STARTS = f"""SELECT ?g ?f ?start ?key WHERE {{ GRAPH ?g {{ ?f <{EKG}evidence> ?e . ?e <{OA}hasSelector> ?p .
    ?p <{OA}start> ?start OPTIONAL {{ ?f <{EKG}evidenceStart> ?key }} }} }}"""
KEYS = f"SELECT ?s ?o ?g WHERE {{ GRAPH ?g {{ ?s <{EKG}evidenceStart> ?o }} }}"


def keys_of(folder) -> set[str]:
    engine = ox.Store.read_only(str(folder))
    return {f"{r['s']} {r['o']} {r['g']}" for r in engine.query(KEYS)}


def without_evidence_starts(folder) -> None:
    engine = ox.Store(str(folder))
    engine.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{EKG}evidenceStart> ?o }} }}")
    engine.flush()
    del engine


def who_said(store, person: str) -> list:
    return [tuple(row.values()) for row in store.query("who-said", person=person)]


def test_every_evidence_has_its_start_beside_its_fact_and_nothing_else_has_one(seeds_store):
    engine = ox.Store.read_only(str(seeds_store))
    rows = list(engine.query(STARTS))
    assert len(rows) > 40
    for row in rows:
        assert row["key"] == row["start"], row["f"]      # the same literal, xsd:integer
    assert len(keys_of(seeds_store)) == len(rows)         # one per evidence, in the evidence's graph
    assert store_format(seeds_store) == FORMAT == 10


def test_a_format_5_folder_gets_its_evidence_starts_when_a_writer_opens_it(tmp_path, seeds_store, caplog):
    folder = tmp_path / "old"
    shutil.copytree(seeds_store, folder)
    expected_keys = keys_of(folder)
    expected = who_said(kg.open(seeds_store, read_only=True), "Agus Gumiwang")
    assert len(expected) > 3
    without_evidence_starts(folder)
    before = len(ox.Store.read_only(str(folder)))
    (folder / FORMAT_FILE).write_text('{"format": 5}', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        reader = kg.open(folder, read_only=True)
    assert "evidence starts" in caplog.text and "who-said finds no row" in caplog.text
    # who-said reads the statement keys (decision 0085), which this folder kept, not the starts
    assert who_said(reader, "Agus Gumiwang") == expected
    del reader
    writer = kg.open(folder)
    del writer
    assert keys_of(folder) == expected_keys
    assert len(ox.Store.read_only(str(folder))) == before + len(expected_keys)   # nothing else added
    assert store_format(folder) == FORMAT
    assert json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8"))["evidenceStarts"] == len(expected_keys)
    assert who_said(kg.open(folder, read_only=True), "Agus Gumiwang") == expected


def test_the_store_check_finds_facts_without_evidence_starts(tmp_path, seeds_store):
    # one missing: only the thorough check that reads every evidence sees it
    check_finds_one_key_removed(seeds_store, tmp_path, skew.EVIDENCE_STARTS, KEYS, EKG + "evidenceStart",
                                lambda entities: skew.ADD_EVIDENCE_STARTS, quick_sees_it=False)


def test_a_writer_that_replaced_articles_without_them_is_caught_by_the_count(tmp_path, seeds_store):
    """An older writer that replaces an article in a format-6 folder drops its evidence starts
    and leaves the file as it was: the recorded count differs, so the next writer checks and
    adds them (as for agency years, decision 0033)."""
    folder = tmp_path / "store"
    shutil.copytree(seeds_store, folder)
    writer = kg.open(folder)          # records the counts
    del writer
    expected = keys_of(folder)
    engine = ox.Store(str(folder))
    one = next(iter(engine.query(KEYS)))
    engine.update(f"DELETE WHERE {{ GRAPH {one['g']} {{ ?s <{EKG}evidenceStart> ?o }} }}")
    engine.flush()
    del engine
    assert keys_of(folder) < expected
    writer = kg.open(folder)
    del writer
    assert keys_of(folder) == expected
