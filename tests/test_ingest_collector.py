"""During an ingest the cyclic garbage collector leaves alone the objects that existed when the
ingest began (kg.pipeline.collector_skips_what_exists, decision 0058): they are frozen for its
length and unfrozen after it, however it ends; what the ingest makes is collected as before; a
process that had frozen objects already (a forked worker, decision 0029) keeps them frozen."""
import gc
import weakref

import pytest

import kg.pipeline as pipeline
from kg.settings import Settings
from kg.store.oxigraph import OxigraphStore
from conftest import CORPUS

ARTICLES = sorted(CORPUS.glob("*.txt"))[:3]
SETTINGS = Settings(ingest_batch=1, write_batches=1, article_time_budget=None)


class Node:
    """An object in a reference cycle, which only the cyclic collector frees."""

    def __init__(self):
        self.me = self


@pytest.fixture
def nothing_frozen():
    if gc.get_freeze_count():
        pytest.skip("this process froze objects before the test")
    yield
    gc.unfreeze()    # whatever a failing test left frozen


def test_an_older_cycle_is_left_alone_during_the_ingest_and_collected_after(nothing_frozen):
    older = Node()
    older_ref = weakref.ref(older)
    alive_during, frozen_during, young_collected = [], [], []
    for outcome in pipeline.ingest_stream(OxigraphStore(None), ARTICLES, SETTINGS):
        if older is not None:
            older = None                 # the last outside reference: only its cycle holds it
        young = Node()
        young_ref = weakref.ref(young)
        young = None
        gc.collect()
        alive_during.append(older_ref() is not None)
        frozen_during.append(gc.get_freeze_count())
        young_collected.append(young_ref() is None)
    assert all(alive_during) and all(count > 0 for count in frozen_during)
    assert all(young_collected)          # what the ingest makes is collected as before
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert older_ref() is None


def test_an_ingest_left_early_unfreezes(nothing_frozen):
    stream = pipeline.ingest_stream(OxigraphStore(None), ARTICLES, SETTINGS)
    next(stream)
    assert gc.get_freeze_count() > 0
    stream.close()
    assert gc.get_freeze_count() == 0


def test_a_process_that_froze_objects_keeps_them_frozen(nothing_frozen):
    kept = Node()
    kept_ref = weakref.ref(kept)
    gc.freeze()
    kept = None
    statuses = [o.status for o in pipeline.ingest_stream(OxigraphStore(None), ARTICLES, SETTINGS)]
    assert statuses and gc.get_freeze_count() > 0
    gc.collect()
    assert kept_ref() is not None        # still frozen: the ingest did not unfreeze it
    gc.unfreeze()
    gc.collect()
    assert kept_ref() is None
