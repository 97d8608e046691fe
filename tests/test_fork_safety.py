"""A child this process forks (the extraction worker, a worker pool) never finalizes an engine
it inherited. A pyoxigraph store dropped in the parent but still waiting for the cyclic
collector, when collected in a forked child, closes RocksDB there and waits for background
threads the fork did not copy: the child hangs and every extraction runs into its budget
(decision 0029; it stalled a CI run in the kill test)."""
from __future__ import annotations

import gc
import multiprocessing
import os

import pyoxigraph as ox
import pytest

import kg.pipeline as pipeline
import kg.store.oxigraph  # noqa: F401 - registers the fork hook, as any use of the store does
from kg.settings import Settings

from conftest import TEST_ARTICLES


class Cycle:
    """Keeps what it holds alive until the cyclic collector runs."""

    def __init__(self, held):
        self.held = held
        self.me = self


@pytest.fixture
def engine_awaiting_collection(tmp_path):
    """An engine with data, dropped inside a reference cycle, with the collector held off so
    that it is still there when the child forks."""
    was_enabled = gc.isenabled()
    gc.disable()
    store = ox.Store(str(tmp_path / "engine"))
    store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                      ox.Literal("o"), ox.NamedNode("http://example.org/g")))
    Cycle(store)
    del store
    yield
    if was_enabled:
        gc.enable()
    gc.collect()


class Finalized:
    """Writes the pid of the process that finalizes it into `marker`."""

    def __init__(self, marker):
        self.marker = marker
        self.me = self

    def __del__(self):
        with open(self.marker, "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")


def collect_then_exit() -> None:
    gc.collect()


def test_a_forked_child_leaves_inherited_garbage_to_its_parent(tmp_path):
    """Deterministic: whatever the engine's timing, the child's collector does not run the
    finalizer of an object the parent left in a cycle."""
    marker = tmp_path / "finalized-by"
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        Finalized(str(marker))
        child = multiprocessing.get_context("fork").Process(target=collect_then_exit)
        child.start()
        child.join(30)
        assert child.exitcode == 0
        assert not marker.exists(), "the forked child finalized an object it inherited"
        gc.collect()
        assert marker.read_text(encoding="utf-8").split() == [str(os.getpid())]
    finally:
        if was_enabled:
            gc.enable()


def test_a_forked_child_that_collects_an_inherited_engine_ends(engine_awaiting_collection):
    child = multiprocessing.get_context("fork").Process(target=collect_then_exit)
    child.start()
    child.join(30)
    hung = child.is_alive()
    if hung:
        child.kill()
        child.join()
    assert not hung, "a forked child hung collecting an engine it inherited"
    assert child.exitcode == 0


def extract_after_collecting(path, settings, lexicon):
    gc.collect()
    return REAL_EXTRACT_FILE(path, settings, lexicon)


REAL_EXTRACT_FILE = pipeline.extract_file


def test_the_extraction_worker_extracts_after_collecting_an_inherited_engine(engine_awaiting_collection,
                                                                            monkeypatch):
    monkeypatch.setattr(pipeline, "extract_file", extract_after_collecting)   # the forked worker runs it
    extractor = pipeline.BudgetedExtractor(Settings(article_time_budget=2.0))
    try:
        article = sorted(TEST_ARTICLES.glob("*.txt"))[0]
        facts = extractor.extract(article)
    finally:
        extractor.close()
    assert facts.figures or facts.targets or facts.quotes
