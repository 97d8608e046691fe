"""The fast ingest path (issue 13): batches validated in one pyshacl call and written in one
transaction keep the promises of the one-by-one path, and any number of workers stores the
same bytes."""
from pathlib import Path

import pytest
from rdflib.namespace import RDF

import kg
import kg.pipeline as pipeline
from kg.build.graph import build_graph
from kg.rdf.vocab import EKG
from kg.errors import StoreError
from kg.settings import Settings
import kg.store.oxigraph as oxigraph
import pyoxigraph as ox
from kg.store.oxigraph import OxigraphStore
from kg.validate.shacl import validate_articles, validate_graph
from rdflib.plugins.stores.memory import Memory
from conftest import CORPUS, TEST_ARTICLES

ARTICLES = sorted(CORPUS.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt"))[:12]


def sorted_nquads(store) -> list[str]:
    return sorted(line for line in store.dump("nquads").decode("utf-8").splitlines() if line.strip())


def one_by_one(paths) -> OxigraphStore:
    """The reference: each article prepared alone (validate_graph of its own union) and stored
    with add_article, as the pipeline did before batches."""
    store = OxigraphStore(None)
    for path in paths:
        outcome = pipeline.prepare(Path(path), Settings())
        if outcome.status != "refused":
            store.add_article(outcome.graph)
    return store


def target_article() -> Path:
    """An article with a target (whose value a broken builder can drop)."""
    for path in ARTICLES:
        if any(build_graph(pipeline.extract_file(path)).facts.subjects(RDF.type, EKG.Target)):
            return path
    pytest.skip("no article with a target")


def break_one(monkeypatch, victim: Path) -> None:
    """Make the builder drop the values of the targets of `victim` alone (a shape violation)."""
    real_build = pipeline.build_graph
    victim_id = pipeline.extract_file(victim).article.id

    def build(facts, iris, **options):
        graph = real_build(facts, iris, **options)
        if facts.article.id == victim_id:
            for target in list(graph.facts.subjects(RDF.type, EKG.Target)):
                graph.facts.remove((target, EKG.value, None))
        return graph

    monkeypatch.setattr(pipeline, "build_graph", build)


def test_batch_validation_gives_each_article_its_own_report():
    shared = Memory()
    graphs = [build_graph(pipeline.extract_file(path), store=shared) for path in ARTICLES]
    batch = validate_articles(graphs)
    alone = [validate_graph(graph.union()) for graph in graphs]
    as_tuples = lambda r: [(v.focus, v.path, v.severity, v.message, v.shape, v.value) for v in r.violations]  # noqa: E731
    assert [as_tuples(r) for r in batch] == [as_tuples(r) for r in alone]
    assert [r.conforms for r in batch] == [r.conforms for r in alone]
    assert any(not r.conforms for r in alone), "the sample should hold an article with shape results"


def test_one_invalid_article_in_a_batch_refuses_only_that_one(monkeypatch):
    victim = target_article()
    break_one(monkeypatch, victim)
    store = OxigraphStore(None)
    outcomes = pipeline.ingest(store, ARTICLES)
    assert len(ARTICLES) <= Settings().ingest_batch, "the articles should share one batch"
    refused = [o for o in outcomes if o.status == "refused"]
    assert [o.source for o in refused] == [str(victim)]
    alone = pipeline.prepare(victim, Settings())
    assert refused[0].message == alone.message and "does not conform to the shapes" in alone.message
    assert refused[0].iri not in store.article_graphs()
    assert not any(line.endswith(f"<{refused[0].iri}> .") for line in sorted_nquads(store))
    assert sorted_nquads(store) == sorted_nquads(one_by_one(ARTICLES))   # the others, whole


def test_batch_path_stores_what_the_one_by_one_path_stores():
    store = OxigraphStore(None)
    outcomes = pipeline.ingest(store, ARTICLES)
    reference = one_by_one(ARTICLES)
    assert sorted_nquads(store) == sorted_nquads(reference)
    assert {o.status for o in outcomes} <= {"added", "refused"}


def test_reingest_changes_nothing_and_a_refused_article_leaves_the_store_as_it_was(monkeypatch):
    store = OxigraphStore(None)
    pipeline.ingest(store, ARTICLES)
    before = sorted_nquads(store)
    again = pipeline.ingest(store, ARTICLES)
    assert {o.status for o in again if o.status != "refused"} == {"unchanged"}
    assert sorted_nquads(store) == before
    victim = target_article()
    break_one(monkeypatch, victim)
    (outcome,) = pipeline.ingest(store, [victim])
    assert outcome.status == "refused" and sorted_nquads(store) == before


def test_outcomes_keep_counts_and_messages_not_graphs():
    outcome = pipeline.ingest(OxigraphStore(None), ARTICLES[:1])[0]
    assert outcome.facts is None and outcome.graph is None and outcome.nquads == b""
    assert outcome.report is not None and outcome.report.graph is None and outcome.report.data is None
    assert sum(outcome.fact_counts.values()) > 0 and outcome.iri


def test_two_workers_store_the_same_bytes_as_one(tmp_path):
    paths = sorted(TEST_ARTICLES.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    exports, statuses = [], []
    for workers in (1, 2):
        graph = kg.open(tmp_path / f"store-{workers}")
        outcomes = graph.ingest(paths, workers=workers)
        statuses.append([(o.source, o.status, o.message) for o in outcomes])
        exports.append(sorted_nquads(graph.store))
        graph.store.close()
    assert len(paths) > Settings().ingest_batch, "more than one batch, so the pool has work to share"
    assert statuses[0] == statuses[1]
    assert exports[0] == exports[1] and len(exports[0]) > 1000


def test_cli_ingest_with_two_workers(runner, tmp_path):
    from kg.cli.main import cli
    result = runner.invoke(cli, ["--store", str(tmp_path / "s"), "ingest", "--workers", "2", str(CORPUS)])
    assert result.exit_code == 0, result.output
    assert "added" in result.output
    bad = runner.invoke(cli, ["--store", str(tmp_path / "s"), "ingest", "--workers", "0", str(CORPUS)])
    assert bad.exit_code != 0


def test_ingest_flushes_the_store_as_it_goes_so_its_memory_stays_flat(monkeypatch):
    """An embedded store holds what it was given in memory until flushed (issue 13: RSS grew
    0.3 MB per article): the writer flushes every Settings.flush_every articles written."""
    store, flushed_after = OxigraphStore(None), []
    real_flush = store.flush
    records = []
    store.flush = lambda record=True: (flushed_after.append(len(store.article_graphs())), records.append(record),
                                       real_flush(record))
    outcomes = pipeline.ingest(store, ARTICLES, settings=Settings(ingest_batch=4, write_batches=1, flush_every=6))
    stored = sum(o.status == "added" for o in outcomes)
    assert stored >= 16 and len(flushed_after) >= 2, "the sample should need several flushes"
    steps = [b - a for a, b in zip([0] + flushed_after, flushed_after)]
    assert all(6 <= step < 6 + 4 for step in steps), steps     # at the first batch boundary past 6
    assert stored - flushed_after[-1] < 6 + 4
    assert not any(records)      # the flushes inside an ingest leave the counts to its end (decision 0033)


def test_ingest_reopens_a_store_folder_as_it_goes_and_stores_the_same_bytes(monkeypatch, tmp_path):
    """What still grew with a store folder (RocksDB's index and filter blocks of each table
    file it opened, about 6 KB per article) is dropped by reopening the folder every
    Settings.reopen_every articles written: the store ends the same, and stays writable by
    this process alone between reopenings (the engine's lock is taken again each time, and
    the writer's lock is held throughout)."""
    real_open = oxigraph.open_engine
    exports = []
    for every in (10_000, 6):
        settings = Settings(ingest_batch=4, write_batches=1, reopen_every=every)
        opened = []     # every engine opened on the folder (no reference kept: that would hold its lock)
        monkeypatch.setattr(oxigraph, "open_engine", lambda *a, **k: (opened.append(1), real_open(*a, **k))[1])
        store, reopened = OxigraphStore(tmp_path / f"store-{every}"), []
        real_reopen = store.reopen
        store.reopen = lambda: (real_reopen(), reopened.append(len(store.article_graphs())))
        outcomes = pipeline.ingest(store, ARTICLES, settings=settings)
        assert sum(o.status == "added" for o in outcomes) >= 16
        if every == 6:
            assert len(reopened) >= 2 and reopened == sorted(set(reopened)), reopened
            assert len(opened) == 1 + len(reopened), (opened, reopened)   # each reopening opened a new engine
            with pytest.raises(StoreError, match="another process is writing"):
                OxigraphStore(tmp_path / f"store-{every}")    # the writer's lock is still held
            with pytest.raises(OSError, match="(?i)lock"):
                ox.Store(str(tmp_path / f"store-{every}"))    # and the reopened engine holds its own again
        else:
            assert reopened == []
        exports.append(sorted_nquads(store))
        store.close()
    assert exports[0] == exports[1] and len(exports[0]) > 1000
    reread = OxigraphStore(tmp_path / "store-6", read_only=True)
    assert sorted_nquads(reread) == exports[1]


def test_ingest_stream_yields_each_batch_once_written_and_keeps_nothing(monkeypatch):
    """The CLI counts outcomes as they stream past (issue 13: a list of them grew with the
    input): each outcome comes once its batch is in the store, before the next batch is read,
    and the stream gives what `ingest` gives."""
    store, seen = OxigraphStore(None), []
    for outcome in pipeline.ingest_stream(store, ARTICLES[:8], Settings(ingest_batch=4, write_batches=1)):
        seen.append((outcome.source, outcome.status, len(store.article_graphs())))
    assert [stored for _, _, stored in seen[:4]] == [4] * 4, "the first batch is written, the second not yet read"
    assert [stored for _, _, stored in seen[4:]] == [8] * 4
    again = pipeline.ingest(OxigraphStore(None), ARTICLES[:8])
    assert [(s, st) for s, st, _ in seen] == [(o.source, o.status) for o in again]


def test_a_reopen_that_cannot_open_the_folder_again_says_so(tmp_path, monkeypatch):
    """The folder closed to free memory and not opened again (the lock taken meanwhile): one
    clear error that says what is stored, not a closed store that fails later on None."""
    store = OxigraphStore(tmp_path / "store")
    pipeline.ingest(store, ARTICLES[:2])

    def refuse(*args, **kwargs):
        raise StoreError("another process is writing the store")
    monkeypatch.setattr(oxigraph, "open_engine", refuse)
    with pytest.raises(StoreError, match="closed to free memory .* every article written before is stored"):
        store.reopen()
    monkeypatch.undo()
    assert len(OxigraphStore(tmp_path / "store", read_only=True).article_graphs()) == 2
