"""`kg ingest --workers N` with a time budget: the pool workers extract in their own process and
the writer kills a worker whose article is over its budget (pipeline.WatchedPool, decision 0068).
The article is an error, the batch and the others go on, and the store is what one worker makes."""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
import kg
from kg import pipeline
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TEST_ARTICLES = ROOT / "tests" / "articles"


def long_article(sentences: int = 3000) -> str:
    return "Jakarta - " + "\n\n".join(
        f"Menurut data, ekspor komoditas nomor {i} naik {i % 97},{i % 10} persen menjadi US$ {i},{i % 7} miliar "
        f"pada {2000 + i % 24}." for i in range(sentences)) + "\n"



@pytest.mark.parametrize("batch", [1, 2, 32])
def test_an_article_over_its_budget_is_refused_and_the_others_are_stored_as_by_one_worker(tmp_path, batch):
    good = sorted(TEST_ARTICLES.glob("*.txt"))[:6]
    slow = tmp_path / "slow.txt"
    slow.write_text(long_article(), encoding="utf-8")
    paths = good[:3] + [slow] + good[3:]
    settings = dataclasses.replace(Settings(), article_time_budget=0.3, ingest_batch=batch, write_batches=1)
    two = kg.open(tmp_path / "two", settings=settings)
    started = time.monotonic()
    outcomes = two.ingest(paths, workers=2)
    assert time.monotonic() - started < 0.3 * 10 + 120
    assert [o.status for o in outcomes] == ["added"] * 3 + ["error"] + ["added"] * 3, \
        [(o.status, o.message) for o in outcomes]
    assert outcomes[3].message == f"{slow}: extraction took longer than 0.3 s; refused"
    one = kg.open(tmp_path / "one", settings=settings)
    assert [o.status for o in one.ingest(paths, workers=1)] == [o.status for o in outcomes]
    two.store.flush(), one.store.flush()
    assert sorted(map(str, two.store.ox)) == sorted(map(str, one.store.ox))


def test_a_worker_that_ends_by_itself_leaves_the_rest_to_budgeted_extractor_workers(tmp_path, monkeypatch):
    """A break of the pool that was not the watcher's kill (here: a worker ends in the middle of
    an extraction) cannot name its article: the batches are prepared again on workers that each
    extract in a BudgetedExtractor process, where such an article is an error of its own."""
    good = sorted(TEST_ARTICLES.glob("*.txt"))[:4]
    crash = tmp_path / "crash.txt"
    crash.write_text("Judul\n\nEkspor kopi naik 5 persen.\n", encoding="utf-8")
    real = pipeline.extract_file

    def extract_file(path, settings=Settings(), lexicon=None):
        if Path(path).name == "crash.txt":
            import os
            os._exit(3)
        return real(path, settings, lexicon)
    monkeypatch.setattr(pipeline, "extract_file", extract_file)    # inherited by the forked workers
    settings = dataclasses.replace(Settings(), ingest_batch=2, write_batches=1)
    outcomes = kg.open(tmp_path / "s", settings=settings).ingest(good[:2] + [crash] + good[2:], workers=2)
    assert [o.status for o in outcomes] == ["added", "added", "error", "added", "added"], \
        [(o.status, o.message) for o in outcomes]
    assert outcomes[2].message.startswith(f"{crash}: extraction failed: its worker process ended")


def test_two_articles_over_their_budget_in_batches_in_flight_are_both_refused(tmp_path):
    good = sorted(TEST_ARTICLES.glob("*.txt"))[:6]
    slow = [tmp_path / "slow1.txt", tmp_path / "slow2.txt"]
    for n, path in enumerate(slow):
        path.write_text(long_article(3000 + n), encoding="utf-8")
    paths = [slow[0]] + good[:3] + [slow[1]] + good[3:]
    settings = dataclasses.replace(Settings(), article_time_budget=0.3, ingest_batch=2, write_batches=1)
    outcomes = kg.open(tmp_path / "s", settings=settings).ingest(paths, workers=2)
    assert [o.status for o in outcomes] == ["error"] + ["added"] * 3 + ["error"] + ["added"] * 3, \
        [(o.status, o.message) for o in outcomes]
    assert [o.message for o in outcomes if o.status == "error"] == \
        [f"{path}: extraction took longer than 0.3 s; refused" for path in slow]
