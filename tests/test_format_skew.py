"""A store written by an older writer after its upgrade (kg.store.skew): the format file says the
store is current, but an article lacks its group keys or a decree its summaries. A reader warns
when the cheap look finds it (a decree without summaries); a writer's first open looks
thoroughly and puts it right; a store of a newer format is refused by a writer in one line. A
server, which has no format file, is looked at on every open: a reader warns, a writer adds what
is missing."""
from __future__ import annotations

import logging
import shutil

import pyoxigraph as ox
import pytest

import kg
from kg.build.graph import entities_graph_iri
from kg.errors import StoreError
from kg.store import skew
from kg.store.oxigraph import FORMAT, FORMAT_FILE, store_format
from conftest import CORPUS
from oxigraph_server import OxigraphServer

EKG = "https://w3id.org/ekspor-kg/ontology#"
GROUP_KEY = ox.NamedNode(EKG + "groupKey")
SUMMARY = ox.NamedNode(EKG + "citingArticles")
# what an older writer leaves: one article's figures without group keys, no decree summaries
DROP_GROUP_KEYS = f"DELETE WHERE {{ GRAPH ?g {{ ?f <{EKG}groupKey> ?k }} }}"
DROP_SUMMARIES = (f"DELETE WHERE {{ GRAPH ?g {{ ?d <{EKG}citingArticles> ?n ; <{EKG}firstCited> ?f ; "
                  f"<{EKG}lastCited> ?l }} }}")


def all_quads(folder) -> set[str]:
    return {str(q) for q in ox.Store.read_only(str(folder))}


@pytest.fixture
def copy(tmp_path, seeds_store):
    folder = tmp_path / "store"
    shutil.copytree(seeds_store, folder)
    assert store_format(folder) == FORMAT
    return folder


def written_by_an_older_writer(folder, *updates: str) -> None:
    engine = ox.Store(str(folder))
    for update in updates:
        engine.update(update)
    engine.flush()
    del engine


def test_a_current_store_is_left_alone(copy, caplog):
    before = all_quads(copy)
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        kg.open(copy, read_only=True)
        writer = kg.open(copy)
        del writer
    assert caplog.text == "" and all_quads(copy) == before


def test_a_reader_warns_of_a_decree_without_summaries(copy, caplog):
    written_by_an_older_writer(copy, DROP_SUMMARIES)
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        kg.open(copy, read_only=True)
    assert "decrees without summaries" in caplog.text


def test_a_writer_restores_group_keys_and_summaries_an_older_writer_left_out(copy, caplog):
    expected = all_quads(copy)
    written_by_an_older_writer(copy, DROP_GROUP_KEYS, DROP_SUMMARIES)
    assert all_quads(copy) != expected
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        writer = kg.open(copy)
        del writer
    assert "an older writer wrote into it" in caplog.text
    assert skew.FIGURES in caplog.text and skew.DECREES in caplog.text
    assert all_quads(copy) == expected


def test_a_writer_recounts_summaries_that_do_not_count_their_articles(copy, caplog):
    expected = all_quads(copy)
    written_by_an_older_writer(copy, f"DELETE {{ GRAPH ?g {{ ?d <{EKG}citingArticles> ?n }} }} "
                                     f"INSERT {{ GRAPH ?g {{ ?d <{EKG}citingArticles> 7 }} }} "
                                     f"WHERE {{ GRAPH ?g {{ ?d <{EKG}citingArticles> ?n }} }}")
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        writer = kg.open(copy)
        del writer
    assert skew.STALE in caplog.text and all_quads(copy) == expected


def test_a_writer_refuses_a_store_of_a_newer_format_in_one_line(copy):
    (copy / FORMAT_FILE).write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(StoreError, match="newer kg") as raised:
        kg.open(copy)
    assert "\n" not in str(raised.value)
    assert kg.open(copy, read_only=True).query("decrees")    # a reader still reads


@pytest.fixture
def server(tmp_path):
    running = OxigraphServer(tmp_path / "data").start()
    yield running
    running.stop()


def server_quads(url) -> set[str]:
    store = kg.open(url, read_only=True).store
    return {" ".join(str(t) for t in quad) for quad in store.quads()}


def test_a_server_written_by_an_older_writer_is_warned_of_and_repaired_by_a_writer(server, caplog):
    writer = kg.open(server.url)
    writer.ingest([sorted(CORPUS.glob("*.txt"))[0]])
    writer.store.close()
    expected = server_quads(server.url)
    assert any(GROUP_KEY.value in q for q in expected) and any(SUMMARY.value in q for q in expected)
    older = kg.open(server.url).store
    older._update(DROP_GROUP_KEYS)
    older._update(DROP_SUMMARIES.replace("GRAPH ?g", f"GRAPH <{entities_graph_iri()}>"))
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        kg.open(server.url, read_only=True)
    assert skew.FIGURES in caplog.text and skew.DECREES in caplog.text and "lacks" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        kg.open(server.url)
    assert "they were added" in caplog.text
    assert server_quads(server.url) == expected
