"""Statement keys written at ingest (decision 0085): beside each fact a person stated, one
ekg:statementKey per class of the fact in ekg:'s namespace but ekg:Fact, "PUBLISHED ARTICLE START
FACT|CLASS|START|END" (kg.rdf.keys.statement_key). who-said orders a speaker's rows by
it and reads its page's offsets and type from it. The promises: every key is the text its fact's
stored date, offsets and classes make, and only stated facts have one; who-said's rows are those of
the form before (tests/templates_0085, which read the class, start, date and end) for every
speaker and page, on the seeds, on a store with copies of each article and on the in-memory store;
the builder, the folder's upgrade and the server's SPARQL repair write the same quads; a folder of
format 9 gets its keys from its first writer, and its readers are told; the store check finds a
fact without its key."""
from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg import pipeline
from kg.query.templates import templates
from kg.rdf import keys
from kg.store import skew
from kg.store.oxigraph import FORMAT, FORMAT_FILE, store_format

from conftest import copied_seeds, check_finds_one_key_removed, check_the_three_writers_write_the_same

EKG = "https://w3id.org/ekspor-kg/ontology#"
OA = "http://www.w3.org/ns/oa#"
BEFORE = Path(__file__).resolve().parent / "templates_0085"
KEYS = f"SELECT ?s ?o ?g WHERE {{ GRAPH ?g {{ ?s <{EKG}statementKey> ?o }} }}"
# what each key is made from, as the store holds it
STATED = f"""SELECT ?g ?f ?class ?start ?end ?published WHERE {{ GRAPH ?g {{
    ?f <{EKG}statedBy> ?who ; a <{EKG}Fact> , ?class ; <{EKG}evidence> ?e . ?e <{OA}hasSelector> ?p , ?q .
    ?p <{OA}start> ?start ; <{OA}end> ?end . ?q <{OA}exact> ?exact
    FILTER(?class != <{EKG}Fact> && STRSTARTS(STR(?class), "{EKG}"))
    OPTIONAL {{ ?g <https://schema.org/datePublished> ?published }} }} }}"""
SPEAKERS = f"SELECT DISTINCT ?name WHERE {{ GRAPH ?g {{ ?f <{EKG}statedBy> ?who }} ?who <http://www.w3.org/2000/01/rdf-schema#label> ?name }} ORDER BY ?name"
# pages: the shells' first page, every row (in chunks), and pages that start and end inside
PAGES = [None, {"limit": "all"}, {"limit": "1"}, {"limit": "2", "offset": "1"}, {"limit": "3", "offset": "4"},
         {"limit": "150", "offset": "3"}]


def key_quads(engine) -> set[str]:
    return {f"{r['s']} {r['o']} {r['g']}" for r in engine.query(KEYS)}


def remove_keys(engine) -> None:
    engine.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{EKG}statementKey> ?o }} }}")


def rows(store, folder, params, page) -> list[tuple]:
    asked = templates(folder)["who-said"].asked({**params, **(page or {})}, default_page=page is None)
    found = asked.run(store, None)
    return [tuple(None if t is None else t.n3() for t in row) for row in found.rows] + [("more", found.more)]


def speakers_of(store) -> list[str]:
    return [str(row[0]) for row in store.query(SPEAKERS, timeout=None).rows]


def assert_same_rows(store, pages=PAGES) -> int:
    """who-said's rows equal those of the form before statement keys, for every speaker's full name
    and a word of it, on every page; the rows compared."""
    total = 0
    names = speakers_of(store)
    assert len(names) >= 4
    for name in names:
        for person in (name, name.split()[-1]):
            for page in pages:
                mine = rows(store, None, {"person": person}, page)
                assert mine == rows(store, BEFORE, {"person": person}, page), (person, page)
                total += len(mine) - 1
    return total


def test_every_stated_fact_has_a_key_per_class_made_from_what_the_store_holds(seeds_store):
    engine = ox.Store.read_only(str(seeds_store))
    made = set()
    for r in engine.query(STATED):
        published = None if r["published"] is None else r["published"].value
        key = keys.statement_key(published, r["g"].value, int(r["start"].value), int(r["end"].value),
                                 r["f"].value, r["class"].value)
        made.add(f"{r['f']} {ox.Literal(key)} {r['g']}")
    assert len(made) > 20
    assert key_quads(engine) == made                     # no other node has one, none is missing
    assert any(f"|{EKG}Quote|" in quad for quad in made)
    assert store_format(seeds_store) == FORMAT == 10


def test_a_key_orders_as_its_parts_do():
    """The text before the first | sorts as (date, article, start, fact): no date first, the start by
    its number, an IRI that is the start of a longer one before it."""
    key = lambda *parts: keys.statement_key(*parts).split("|")[0]   # noqa: E731
    ordered = [key(None, "http://x/b", 5, 9, "http://x/f", "C"),
               key("2024-01-02", "http://x/a", 9, 12, "http://x/f", "C"),
               key("2024-01-02", "http://x/a", 10, 12, "http://x/f", "C"),
               key("2024-01-02", "http://x/a", 10, 12, "http://x/f1", "C"),
               key("2024-01-02", "http://x/ab", 0, 1, "http://x/f", "C"),
               key("2024-01-03", "http://x/a", 0, 1, "http://x/f", "C")]
    assert sorted(ordered) == ordered
    assert keys.statement_key("2024-01-02", "http://x/a", 7, 30, "http://x/f", EKG + "Quote") == \
        f"2024-01-02 http://x/a 0000000007 http://x/f|{EKG}Quote|7|30"


def test_who_said_gives_the_rows_of_the_form_before_on_the_seeds(seeds_store):
    assert assert_same_rows(kg.open(seeds_store, read_only=True).store) > 60


def test_who_said_gives_the_rows_of_the_form_before_with_copies(tmp_path):
    """Copies of each article: a speaker's rows many pages long, pages cut between copies."""
    store = kg.open(tmp_path / "store")
    pipeline.ingest(store.store, copied_seeds(tmp_path / "texts", 2))
    assert assert_same_rows(store.store, pages=PAGES[:4]) > 150


def test_the_in_memory_store_gives_the_rows_of_the_form_before(memory):
    for name in speakers_of(memory.store)[:4]:
        for page in PAGES[:4]:
            params = {"person": name}
            assert rows(memory.store, None, params, page) == rows(memory.store, BEFORE, params, page), (params, page)


def test_the_three_writers_write_the_same_keys():
    check_the_three_writers_write_the_same(key_quads, remove_keys, skew.ADD_STATEMENT_KEYS, "upgrade_to_statement_keys")


def test_a_format_9_folder_gets_its_statement_keys_when_a_writer_opens_it(tmp_path, seeds_store, caplog):
    folder = tmp_path / "old"
    shutil.copytree(seeds_store, folder)
    expected_keys = key_quads(ox.Store.read_only(str(folder)))
    expected = rows(kg.open(seeds_store, read_only=True).store, None, {"person": "Agus Gumiwang"}, None)
    assert len(expected) > 4
    engine = ox.Store(str(folder))
    remove_keys(engine)
    engine.flush()
    del engine
    (folder / FORMAT_FILE).write_text('{"format": 9}', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        reader = kg.open(folder, read_only=True)
    assert "statement keys" in caplog.text and "who-said finds no row" in caplog.text
    assert rows(reader.store, None, {"person": "Agus Gumiwang"}, None) == [("more", False)]   # no fallback: told
    del reader
    before = len(ox.Store.read_only(str(folder)))
    writer = kg.open(folder)
    del writer
    assert key_quads(ox.Store.read_only(str(folder))) == expected_keys
    assert len(ox.Store.read_only(str(folder))) == before + len(expected_keys)   # nothing else added
    assert store_format(folder) == FORMAT == 10
    assert json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8"))["statementKeys"] == len(expected_keys)
    assert rows(kg.open(folder, read_only=True).store, None, {"person": "Agus Gumiwang"}, None) == expected


def test_the_store_check_finds_stated_facts_without_statement_keys(tmp_path, seeds_store):
    check_finds_one_key_removed(seeds_store, tmp_path, skew.STATEMENT_KEYS, KEYS, EKG + "statementKey",
                                lambda entities: skew.ADD_STATEMENT_KEYS, quick_sees_it=False)


def test_a_writer_that_replaced_articles_without_them_is_caught_by_the_count(tmp_path, seeds_store):
    """An older writer that replaces an article in a format-10 folder drops its statement keys and
    leaves the file as it was: the recorded count differs, so the next writer checks and adds them."""
    folder = tmp_path / "store"
    shutil.copytree(seeds_store, folder)
    writer = kg.open(folder)          # records the counts
    del writer
    expected = key_quads(ox.Store.read_only(str(folder)))
    engine = ox.Store(str(folder))
    one = next(iter(engine.query(KEYS)))
    engine.update(f"DELETE WHERE {{ GRAPH {one['g']} {{ ?s <{EKG}statementKey> ?o }} }}")
    engine.flush()
    del engine
    writer = kg.open(folder)
    del writer
    assert key_quads(ox.Store.read_only(str(folder))) == expected
