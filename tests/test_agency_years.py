"""Agency years written at ingest (decision 0033): a figure with a period and a reporting body
points to its body's year (ekg:agencyYear, in its article's graph) for each year its period
overlaps; each agency year is described once in the entities graph. figures of one agency and
year starts from them. Added to a store of the previous format by its first writer, and to a
server's store by the SPARQL updates kg.store.skew makes."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import shutil

import pyoxigraph as ox
import pytest

import kg
from kg import pipeline
from kg.build.graph import build_graph, entities_graph_iri
from kg.model import Period
from kg.rdf import keys
from kg.store import skew
from kg.store.oxigraph import FORMAT, FORMAT_FILE, OxigraphStore, neutral, store_format

EKG = "https://w3id.org/ekspor-kg/ontology#"
AGENCY_YEAR = ox.NamedNode(EKG + "agencyYear")
FIGURES = f"""SELECT ?g ?f ?reporter ?span ?ay WHERE {{
    GRAPH ?g {{ ?f <{EKG}period> ?period ; <{EKG}reportedBy> ?reporter OPTIONAL {{ ?f <{EKG}agencyYear> ?ay }} }}
    GRAPH ?e {{ ?period <http://www.w3.org/2000/01/rdf-schema#label> ?span }} }}"""
ALL_AGENCY_YEAR_QUADS = f"""SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
    {{ VALUES ?p {{ <{EKG}agencyYear> }} }} UNION {{ ?s a <{EKG}AgencyYear> ; ?p ?o }} }}"""


def agency_year_quads(folder) -> set[str]:
    engine = ox.Store.read_only(str(folder))
    return {f"{r['s']} {r['p']} {r['o']} {r['g']}" for r in engine.query(ALL_AGENCY_YEAR_QUADS, use_default_graph_as_union=True)}


def test_the_iri_is_the_bodys_with_its_year_and_a_span_gives_every_year_it_overlaps():
    assert keys.agency_year("https://x/org/bps", 2023) == "https://x/org/bps/year/2023"
    assert list(keys.years_of("2022-07-01/2023-06-30")) == [2022, 2023]
    assert list(keys.years_of("2023-01-01/2023-12-31")) == [2023]


def test_every_figure_with_a_period_and_a_body_points_to_its_bodys_years(seeds_store):
    store = kg.open(seeds_store, read_only=True)
    found: dict[tuple, set] = {}
    for row in store.store.query(FIGURES):
        found.setdefault((str(row["g"]), str(row["f"]), str(row["reporter"]), str(row["span"])), set()).add(
            str(row["ay"]) if row["ay"] is not None else None)
    assert len(found) > 20
    for (_, fact, reporter, span), years in found.items():
        assert years == {keys.agency_year(reporter, y) for y in keys.years_of(span)}, fact
    entities = entities_graph_iri()
    described = store.store.query(f"""SELECT ?ay ?body ?year WHERE {{ GRAPH <{entities}> {{
        ?ay a <{EKG}AgencyYear> ; <{EKG}yearOf> ?body ; <{EKG}calendarYear> ?year }} }}""")
    nodes = {str(r["ay"]): (str(r["body"]), r["year"]) for r in described}
    assert len(nodes) == len(described)                  # one body and one year each
    pointed = {a for years in found.values() for a in years}
    assert set(nodes) == pointed
    for node, (body, year) in nodes.items():
        assert node == keys.agency_year(body, int(year)) and str(year.datatype) == "http://www.w3.org/2001/XMLSchema#integer"
    # only figures with a period and a body have one, and only in their own graph
    others = store.store.query(f"""SELECT ?f WHERE {{ GRAPH ?g {{ ?f <{EKG}agencyYear> ?ay
        FILTER NOT EXISTS {{ ?f <{EKG}period> ?p ; <{EKG}reportedBy> ?r }} }} }}""")
    assert list(others) == []


def without_agency_years(engine) -> None:
    engine.update(f"""DELETE WHERE {{ GRAPH ?g {{ ?s <{EKG}agencyYear> ?o }} }} ;
        DELETE WHERE {{ GRAPH ?g {{ ?s a <{EKG}AgencyYear> ; ?p ?o }} }}""")


def test_a_store_of_the_previous_format_gets_its_agency_years_when_a_writer_opens_it(tmp_path, seeds_store):
    folder = tmp_path / "old"
    shutil.copytree(seeds_store, folder)
    expected = agency_year_quads(folder)
    assert len(expected) > 20
    engine = ox.Store(str(folder))
    without_agency_years(engine)
    before = len(engine)
    del engine
    (folder / FORMAT_FILE).write_text('{"format": 4}', encoding="utf-8")
    assert agency_year_quads(folder) == set()
    writer = kg.open(folder)
    del writer
    assert agency_year_quads(folder) == expected
    assert store_format(folder) == FORMAT
    assert len(ox.Store.read_only(str(folder))) == before + len(expected)   # nothing else added


def test_the_store_check_finds_figures_without_agency_years(tmp_path, seeds_store):
    folder = tmp_path / "skewed"
    shutil.copytree(seeds_store, folder)
    engine = ox.Store(str(folder))
    run = lambda text: neutral(engine.query(text, use_default_graph_as_union=True))   # noqa: E731
    assert skew.AGENCY_YEARS not in skew.found(run, entities_graph_iri(), thorough=True)
    expected = agency_year_quads_of(engine)
    without_agency_years(engine)
    assert skew.AGENCY_YEARS in skew.found(run, entities_graph_iri(), thorough=True)
    # a server's writer: the figures lacking them, then the updates (kg.store.remote.check_format)
    rows = [tuple(r[v].value for v in ("g", "f", "reporter", "span"))
            for r in engine.query(skew.AGENCY_YEAR_ROWS, use_default_graph_as_union=True)]
    for update in skew.agency_year_updates(rows, entities_graph_iri(), batch=7):
        engine.update(update)
    assert agency_year_quads_of(engine) == expected
    assert skew.AGENCY_YEARS not in skew.found(run, entities_graph_iri(), thorough=True)


def agency_year_quads_of(engine) -> set[str]:
    return {f"{r['s']} {r['p']} {r['o']} {r['g']}" for r in engine.query(ALL_AGENCY_YEAR_QUADS, use_default_graph_as_union=True)}


@pytest.mark.parametrize("template, least", [("figures", 10), ("targets", 2)])
def test_figures_of_an_agency_and_year_are_its_figures_whose_period_overlaps_the_year(seeds_store, template, least):
    """The branch that starts from the agency's year gives the rows of the agency alone whose
    period overlaps the year, in the same order: figures (decision 0033) and targets
    (decision 0061)."""
    store = kg.open(seeds_store, read_only=True)
    agencies = ["Perindustrian", "Badan Pusat Statistik", "Kementerian Perdagangan", "Bank Indonesia"]
    compared = 0
    for agency in agencies:
        whole = store.query(template, agency=agency)
        for year in range(2018, 2027):
            expected = [r for r in whole if r["start"] is not None
                        and int(str(r["start"])[:4]) <= year <= int(str(r["end"])[:4])]
            assert list(store.query(template, agency=agency, year=str(year))) == expected, (agency, year)
            compared += len(expected)
    assert compared > least


FOUND = skew.found   # the check itself, when a test has made skew.found record its calls (`asked`)


@pytest.fixture
def asked(monkeypatch) -> list[bool]:
    """Whether each skew.found the test's writers call runs the agency-year check, in order."""
    calls = []
    monkeypatch.setattr(skew, "found", lambda *a, **k: calls.append(k.get("every_fact", True)) or FOUND(*a, **k))
    return calls


def test_a_writer_skips_the_agency_year_check_on_an_unchanged_format_5_folder_and_checks_a_format_4_one(tmp_path, seeds_store, asked):
    # the agency-year check reads every figure (8 s at 100k): run on a folder that may lack them
    # (format 4), not on every open of one at format 5 whose named graphs and agency-year links this
    # writer counted (decision 0033)
    folder = tmp_path / "store"
    shutil.copytree(seeds_store, folder)
    writer = kg.open(folder)
    del writer
    (folder / FORMAT_FILE).write_text('{"format": 4}', encoding="utf-8")
    writer = kg.open(folder)
    del writer
    assert asked == [False, True]


def test_a_servers_repair_keeps_each_figures_agency_years_in_one_update(tmp_path):
    """An INSERT DATA is all or nothing, and the check finds only a figure with no agency year:
    a figure's links, after the descriptions of the agency years they point to, are never cut
    between two updates, so a repair that stops leaves no figure with part of its years, nor a
    link to an agency year not described (decision 0033)."""
    entities = entities_graph_iri()
    rows = [("urn:g1", "urn:f1", "urn:org/a", "2022-07-01/2023-06-30"),
            ("urn:g1", "urn:f2", "urn:org/a", "2023-01-01/2023-12-31"),
            ("urn:g2", "urn:f3", "urn:org/b", "2021-01-01/2023-12-31"),
            ("urn:g2", "urn:f4", "urn:org/a", "2022-01-01/2022-12-31")]
    updates = skew.agency_year_updates(rows, entities, batch=7)
    engine = ox.Store()
    seen_links: dict[str, int] = {}
    for update in updates:
        engine.update(update)
        links = {str(r["f"]): int(r["n"].value) for r in engine.query(f"""SELECT ?f (COUNT(?ay) AS ?n)
            WHERE {{ GRAPH ?g {{ ?f <{EKG}agencyYear> ?ay }} }} GROUP BY ?f""", use_default_graph_as_union=True)}
        for _, fact, _, span in rows:   # each figure has none or all of its years after each update
            assert links.get(f"<{fact}>", 0) in (0, len(keys.years_of(span))), (fact, update)
        bare = engine.query(f"""ASK {{ GRAPH ?g {{ ?f <{EKG}agencyYear> ?ay }}
            FILTER NOT EXISTS {{ ?ay <{EKG}yearOf> ?r ; <{EKG}calendarYear> ?y }} }}""", use_default_graph_as_union=True)
        assert not bool(bare), update
        seen_links = links
    assert sum(seen_links.values()) == 2 + 1 + 3 + 1
    assert len(updates) > 1


def test_a_store_without_agency_years_read_only_answers_agency_and_year_as_before(tmp_path, seeds_store, caplog):
    """A format-4 folder opened read-only (or a server no writer has opened since) has no agency
    years: figures of an agency and a year falls back, per agency without any, to the agency's
    facts checked by their period, and gives main's rows (decision 0033). The reader's warning
    says so, not that they are not found (second review of q17, finding 4)."""
    folder = tmp_path / "old"
    shutil.copytree(seeds_store, folder)
    engine = ox.Store(str(folder))
    without_agency_years(engine)
    del engine
    (folder / FORMAT_FILE).write_text('{"format": 4}', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        old = kg.open(folder, read_only=True)
    assert "before agency years" in caplog.text and "same rows" in caplog.text
    assert "not found" not in caplog.text
    new = kg.open(seeds_store, read_only=True)
    for template, least in (("figures", 10), ("targets", 2)):    # targets: decision 0061
        compared = 0
        for agency in ["Perindustrian", "Badan Pusat Statistik", "Kementerian Perdagangan", "Bank Indonesia"]:
            for year in range(2018, 2027):
                expected = list(new.query(template, agency=agency, year=str(year)))
                assert list(old.query(template, agency=agency, year=str(year))) == expected, (template, agency, year)
                compared += len(expected)
        assert compared > least, template


def checks_after_an_older_write(folder, seeds_store, asked, older_write) -> None:
    """A copy of the seeds opened by this writer (which counts it and trusts the count at its
    next open), then `older_write(engine)` as a writer of format 4 would write into it (the file
    left at 5): the next writer runs the agency-year check, adds what lacks, and records the
    counts it started from; the open after it trusts them again."""
    shutil.copytree(seeds_store, folder)
    writer = kg.open(folder)
    del writer
    assert asked[-1] is False        # built and flushed by this writer: counted
    recorded = json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8"))
    engine = ox.Store(str(folder))
    older_write(engine)
    run = lambda text: neutral(engine.query(text, use_default_graph_as_union=True))   # noqa: E731
    assert skew.AGENCY_YEARS in FOUND(run, entities_graph_iri(), thorough=True)
    del engine, run
    assert store_format(folder) == FORMAT
    writer = kg.open(folder)
    del writer
    assert asked[-1] is True
    engine = ox.Store.read_only(str(folder))
    run = lambda text: neutral(engine.query(text, use_default_graph_as_union=True))   # noqa: E731
    assert FOUND(run, entities_graph_iri(), thorough=True) == []
    del engine, run
    repaired = json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8"))
    assert repaired["agencyYears"] >= recorded["agencyYears"]
    writer = kg.open(folder)         # counted again: the next open trusts it
    del writer
    assert asked[-1] is False


def test_a_writer_checks_a_format_5_folder_again_when_another_writer_changed_its_graphs(tmp_path, seeds_store, asked):
    """The writers of format 4 from 49ee4c8 to 29c91e7^ do not refuse a newer format: one that
    ingests into a format-5 folder writes figures without agency years and leaves the file at 5
    (review q17, finding 1). This writer records in the format file how many named graphs the
    folder holds whenever it checks or writes, and runs the agency-year check when they differ."""
    def adds_an_article(engine):     # a copy of one with figures, without their agency years
        engine.update(f"""INSERT {{ GRAPH <urn:older-writer> {{ ?s ?p ?o }} }} WHERE {{
            {{ SELECT ?g WHERE {{ GRAPH ?g {{ ?f <{EKG}agencyYear> ?ay }} }} LIMIT 1 }}
            GRAPH ?g {{ ?s ?p ?o }} FILTER(?p != <{EKG}agencyYear>) }}""")
    checks_after_an_older_write(tmp_path / "store", seeds_store, asked, adds_an_article)


def test_a_writer_checks_a_format_5_folder_again_when_another_writer_replaced_an_article(tmp_path, seeds_store, asked):
    """An older writer that *replaces* an article (the same graph, written again without its
    figures' agency years) leaves the named graphs as many as before (second review of q17,
    finding 1): the format file also records the agency-year links, and the next writer checks
    when they are fewer, and adds them back."""
    def replaces_an_article(engine):   # one article with figures rewritten without its links
        graph = next(iter(engine.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?f <{EKG}agencyYear> ?ay }} }} LIMIT 1")))["g"]
        graphs = len(list(engine.named_graphs()))
        engine.update(f"DELETE WHERE {{ GRAPH {graph} {{ ?f <{EKG}agencyYear> ?ay }} }}")
        assert len(list(engine.named_graphs())) == graphs
    checks_after_an_older_write(tmp_path / "store", seeds_store, asked, replaces_an_article)


def test_an_ingest_records_the_counts_at_its_end_only(tmp_path):
    """An ingest's inner flushes (every Settings.flush_every articles) do not count the agency-year
    links (118-154 ms of CPU at 100k articles); the flush at its end records what the folder holds."""
    from kg.settings import Settings
    from kg.store import oxigraph
    counted = []
    real = oxigraph.OxigraphStore._counts
    writer = kg.open(tmp_path / "store", settings=Settings(ingest_batch=2, write_batches=1, flush_every=2))
    writer.store._counts = lambda: counted.append(1) or real(writer.store)
    outcomes = writer.ingest(pipeline.corpus_paths())
    assert sum(o.status == "added" for o in outcomes) >= 4
    assert counted == [1]
    engine = writer.store.ox
    assert json.loads((tmp_path / "store" / FORMAT_FILE).read_text(encoding="utf-8")) == {
        "format": FORMAT, **{name: int(next(iter(engine.query(text)))[0].value) for name, text in oxigraph.COUNTS.items()}}


def test_kg_ingest_counts_once_after_its_open(runner, tmp_path, monkeypatch):
    """`kg ingest` counts the folder once when its ingest ends (KG.ingest_stream's flush), not again
    in the command (a second COUNT of the agency-year links: 118-154 ms of CPU at 100k articles)."""
    from kg.cli.main import cli
    from kg.store import oxigraph
    real, counted = oxigraph.OxigraphStore._counts, []
    monkeypatch.setattr(oxigraph.OxigraphStore, "_counts", lambda self: counted.append(1) or real(self))
    folder = tmp_path / "store"
    runner.invoke(cli, ["--store", str(folder), "ingest", *map(str, pipeline.corpus_paths()[:2])], catch_exceptions=False)
    counted.clear()
    runner.invoke(cli, ["--store", str(folder), "ingest", *map(str, pipeline.corpus_paths()[2:])], catch_exceptions=False)
    assert len(counted) == 2  # the open's check and the ingest's end
    assert json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8"))["graphs"] == len(list(ox.Store.read_only(str(folder)).named_graphs()))


def test_a_file_that_records_only_the_graphs_is_checked(tmp_path, seeds_store, asked):
    """A format file written before the agency-year links were counted (`graphs` alone) does not
    spare the check: the next writer runs it once and records both counts."""
    folder = tmp_path / "store"
    shutil.copytree(seeds_store, folder)
    writer = kg.open(folder)
    del writer
    recorded = json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8"))
    assert recorded["agencyYears"] > 0 and isinstance(recorded["graphs"], int)
    (folder / FORMAT_FILE).write_text(json.dumps({"format": FORMAT, "graphs": recorded["graphs"]}), encoding="utf-8")
    writer = kg.open(folder)
    del writer
    assert asked[-1] is True
    assert json.loads((folder / FORMAT_FILE).read_text(encoding="utf-8")) == recorded


@pytest.mark.parametrize("written, general", [(3, True), (4, False), (5, False), (6, False)])
def test_only_folders_from_format_4_take_the_targeted_upgrade(tmp_path, seeds_store, monkeypatch, written, general):
    """The upgrade that adds only what a folder lacks (agency years, evidence starts) is taken
    by the formats that say so, oxigraph.CHECKED_FROM (4) on (review q17, finding 5: not by
    FORMAT - 1 alone); format 6 says it of 4 and 5 (decision 0065), format 7 of 4 to 6 (decision 0069). An older folder gets the
    general upgrade."""
    from kg.store import oxigraph
    folder = tmp_path / "store"
    shutil.copytree(seeds_store, folder)
    (folder / FORMAT_FILE).write_text(json.dumps({"format": written}), encoding="utf-8")
    calls = []
    real = oxigraph.lookup_key_quads
    monkeypatch.setattr(oxigraph, "lookup_key_quads", lambda *a: calls.append(1) or real(*a))
    writer = kg.open(folder)
    del writer
    assert bool(calls) is general and store_format(folder) == FORMAT == 10


@pytest.fixture(scope="module")
def crafted_store(tmp_path_factory):
    """The seeds, with two figures of one article changed (review q17, finding 7): one whose
    period spans two years (2022-07-01 to 2023-06-30) and one with a period but no reporting
    body. Returns the folder and the first figure's agency."""
    folder = tmp_path_factory.mktemp("crafted") / "store"
    store = OxigraphStore(folder)
    agency = None
    for path in pipeline.corpus_paths():
        facts = pipeline.extract_file(path)
        both = [f for f in facts.figures if f.period and f.agency]
        if agency is None and len(both) >= 2:
            changed = {id(both[0]): dataclasses.replace(both[0], period=Period(dt.date(2022, 7, 1), dt.date(2023, 6, 30))),
                       id(both[1]): dataclasses.replace(both[1], agency=None)}
            facts = dataclasses.replace(facts, figures=[changed.get(id(f), f) for f in facts.figures])
            agency = both[0].agency
        store.add_article(build_graph(facts))
    store.flush()
    store.close()
    assert agency is not None
    return folder, agency


ACROSS = f"""SELECT ?f ?ay WHERE {{ GRAPH ?g {{ ?f <{EKG}period> ?p OPTIONAL {{ ?f <{EKG}agencyYear> ?ay }} }}
    GRAPH ?e {{ ?p <http://www.w3.org/2000/01/rdf-schema#label> "2022-07-01/2023-06-30" }} }}"""
ALONE = f"""SELECT ?f ?ay WHERE {{ GRAPH ?g {{ ?f <{EKG}period> ?p OPTIONAL {{ ?f <{EKG}agencyYear> ?ay }}
    FILTER NOT EXISTS {{ ?f <{EKG}reportedBy> ?r }} }} }}"""


def test_a_period_over_two_years_gives_both_and_a_figure_without_a_body_none(crafted_store):
    folder, agency = crafted_store
    test_every_figure_with_a_period_and_a_body_points_to_its_bodys_years(folder)
    engine = ox.Store.read_only(str(folder))
    across = engine.query(ACROSS, use_default_graph_as_union=True)
    years = sorted(str(r["ay"]).rsplit("/", 1)[-1].rstrip(">") for r in across)
    assert years == ["2022", "2023"]
    alone = list(engine.query(ALONE, use_default_graph_as_union=True))
    assert alone and all(r["ay"] is None for r in alone)
    del engine
    store = kg.open(folder, read_only=True)
    whole = store.query("figures", agency=agency)
    for year in (2022, 2023):
        expected = [r for r in whole if r["start"] is not None and int(str(r["start"])[:4]) <= year <= int(str(r["end"])[:4])]
        rows = list(store.query("figures", agency=agency, year=str(year)))
        assert rows == expected and any(str(r["start"]) == "2022-07-01" for r in rows), year


def test_the_upgrade_and_a_servers_repair_give_both_years_of_a_period_over_two(tmp_path, crafted_store):
    folder = tmp_path / "old"
    shutil.copytree(crafted_store[0], folder)
    expected = agency_year_quads(folder)
    engine = ox.Store(str(folder))
    without_agency_years(engine)
    rows = [tuple(r[v].value for v in ("g", "f", "reporter", "span"))
            for r in engine.query(skew.AGENCY_YEAR_ROWS, use_default_graph_as_union=True)]
    for update in skew.agency_year_updates(rows, entities_graph_iri(), batch=5):
        engine.update(update)
    assert agency_year_quads_of(engine) == expected
    without_agency_years(engine)
    del engine
    (folder / FORMAT_FILE).write_text('{"format": 4}', encoding="utf-8")
    writer = kg.open(folder)
    del writer
    assert agency_year_quads(folder) == expected
