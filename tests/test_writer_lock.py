"""One writer for the whole of its life (decision 0019): a writer of a store folder holds a lock
file of its own (kg.store.lock) from before the engine's first open until close, so another
writer is refused while an ingest is under way, also in the moment an ingest reopens the
engine (decision 0015), when the engine's own lock is free. Readers take no lock. The lock goes
when the store is closed, and when its process dies however it dies (the system frees it),
even if the process forked children that outlive it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import kg.pipeline as pipeline
import kg.store.lock as lock_module
import kg.store.oxigraph as oxigraph
from kg.errors import StoreError
from kg.settings import Settings
from kg.store.lock import LOCK_FILE, WriterLock
from kg.store.oxigraph import OxigraphStore

from conftest import CORPUS, TEST_ARTICLES

ARTICLES = sorted(CORPUS.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt"))[:12]
ROOT = Path(__file__).resolve().parent.parent


def second_writer(store: Path) -> subprocess.CompletedProcess:
    """`kg ingest` of one article into `store` in another process, refused at once if it must wait."""
    return subprocess.run([sys.executable, "-m", "kg", "--store", str(store), "ingest", str(ARTICLES[0])],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "KG_WRITER_WAIT": "0", "KG_ARTICLE_TIME_BUDGET": "0"})


def engine_lock_is_free(store: Path) -> bool:
    """Whether another process could open the engine on `store` now (RocksDB's own lock)."""
    probe = subprocess.run([sys.executable, "-c", "import sys, pyoxigraph\npyoxigraph.Store(sys.argv[1])", str(store)],
                           capture_output=True, text=True, timeout=120)
    return probe.returncode == 0


def assert_refused(result: subprocess.CompletedProcess, store: Path) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) == 1 and lines[0].startswith(f"error: another process is writing the store at {store}"), lines
    assert f"pid {os.getpid()}" in lines[0]


def test_a_second_writer_is_refused_during_an_ingest_and_in_the_moment_of_a_reopen(tmp_path, monkeypatch):
    store_path = tmp_path / "store"
    store = OxigraphStore(store_path)
    during_reopen, between_batches = [], []
    real_trim, real_write = oxigraph.return_freed_memory, pipeline.write_batch

    def in_the_gap():   # runs in reopen() after the engine is closed and before it is opened again
        if not during_reopen:
            during_reopen.append((engine_lock_is_free(store_path), second_writer(store_path)))
        real_trim()

    def writing(*args, **kwargs):
        if not between_batches:
            between_batches.append(second_writer(store_path))
        return real_write(*args, **kwargs)

    monkeypatch.setattr(oxigraph, "return_freed_memory", in_the_gap)
    monkeypatch.setattr(pipeline, "write_batch", writing)
    outcomes = pipeline.ingest(store, ARTICLES[:10], settings=Settings(ingest_batch=3, write_batches=1, reopen_every=3,
                                                                       article_time_budget=0))
    assert sum(o.status == "added" for o in outcomes) >= 6
    (engine_was_free, in_reopen), = during_reopen
    assert engine_was_free, "the engine's own lock is free while the folder is reopened: the gap this lock closes"
    assert_refused(in_reopen, store_path)
    assert_refused(between_batches[0], store_path)
    stored = sorted(store.article_graphs())
    store.close()
    assert sorted(OxigraphStore(store_path, read_only=True).article_graphs()) == stored


def test_readers_are_not_held_by_the_writers_lock(tmp_path):
    store_path = tmp_path / "store"
    writer = OxigraphStore(store_path)
    pipeline.ingest(writer, ARTICLES[:1], settings=Settings(article_time_budget=0))
    writer.flush()
    reader = OxigraphStore(store_path, read_only=True)
    assert len(reader.article_graphs()) == 1
    listed = subprocess.run([sys.executable, "-m", "kg", "--store", str(store_path), "sparql",
                             "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv"],
                            capture_output=True, text=True, timeout=300)
    assert listed.returncode == 0 and listed.stdout.startswith("n"), listed.stderr
    writer.close()


def test_the_lock_goes_when_the_writer_closes(tmp_path):
    store_path = tmp_path / "store"
    store = OxigraphStore(store_path)
    with pytest.raises(StoreError, match="another process is writing"):
        OxigraphStore(store_path)
    assert (store_path / LOCK_FILE).exists()
    store.close()
    result = second_writer(store_path)
    assert result.returncode == 0, result.stderr
    assert "added" in result.stdout


HOLDER = textwrap.dedent("""
    import os, sys, time
    from kg.store.oxigraph import OxigraphStore
    store = OxigraphStore(sys.argv[1])
    child = os.fork()           # as the extraction worker and a process pool are forked
    if child == 0:              # the child says its pid once its at-fork hooks have run
        print(os.getpid(), flush=True)
        time.sleep(120)
        os._exit(0)
    time.sleep(120)
""")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the holder forks a child")
def test_the_lock_goes_when_its_holder_dies_even_if_a_forked_child_lives_on(tmp_path):
    store_path = tmp_path / "store"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store_path)], stdout=subprocess.PIPE, text=True,
                              cwd=ROOT)
    child = int(holder.stdout.readline())
    try:
        with pytest.raises(StoreError, match="another process is writing"):
            OxigraphStore(store_path)
        holder.send_signal(signal.SIGKILL)      # a crash: no close, no cleanup
        holder.wait(timeout=60)
        assert is_alive(child), "the forked child outlives its parent"
        store = OxigraphStore(store_path)       # the system freed the lock; the child holds no copy
        store.close()
    finally:
        holder.kill()
        if is_alive(child):
            os.kill(child, signal.SIGKILL)


def is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_lock_file_lock_itself(tmp_path):
    first, second = WriterLock(tmp_path), WriterLock(tmp_path)
    assert first.take() and first.held
    assert not second.take() and not second.held
    first.release()
    assert second.take()
    del second                  # dropped: released
    assert WriterLock(tmp_path).take()


def test_without_a_system_lock_no_lock_file_is_taken(tmp_path, monkeypatch):
    """Where neither fcntl nor msvcrt exists, the engine's own lock is the only guard."""
    monkeypatch.setattr(lock_module, "fcntl", None)
    monkeypatch.setattr(lock_module, "msvcrt", None)
    assert WriterLock(tmp_path).take() and WriterLock(tmp_path).take()
    assert not (tmp_path / LOCK_FILE).exists()
    store = OxigraphStore(tmp_path / "store")
    with pytest.raises(StoreError, match="another process is writing"):
        OxigraphStore(tmp_path / "store")     # the engine's lock
    store.close()


def test_a_writer_that_fails_to_open_gives_the_lock_up_at_once(tmp_path, monkeypatch):
    """A failure after the lock was taken (here: the write journal unreadable) releases it
    while the error is still being handled, not when its traceback is freed."""
    store_path = tmp_path / "store"
    OxigraphStore(store_path).close()
    (store_path / oxigraph.PENDING_FILE).write_text("not json", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot read the write journal") as failed:
        OxigraphStore(store_path)
    assert failed.value is not None and WriterLock(store_path).take()


def test_a_writer_whose_reopen_fails_gives_the_lock_up_at_once(tmp_path, monkeypatch):
    """A reopen during a long ingest that cannot open the engine again leaves no engine to
    write with: the writer's lock goes with it, so the next writer is not refused."""
    store_path = tmp_path / "store"
    store = OxigraphStore(store_path)

    def engine_gone(*args, **kwargs):
        raise StoreError("the folder vanished")
    monkeypatch.setattr(oxigraph, "open_engine", engine_gone)
    with pytest.raises(StoreError, match="could not be opened again"):
        store.reopen()
    taken = WriterLock(store_path)
    assert taken.take()
    taken.release()


def test_a_writer_waits_once_for_the_lock_and_the_engine_together(tmp_path, monkeypatch):
    """KG_WRITER_WAIT bounds the whole open: the engine gets what the lock's wait left."""
    waits = []
    real = oxigraph.open_engine
    monkeypatch.setattr(oxigraph, "take_writer_lock", lambda path, wait: (time.sleep(0.3), WriterLock(path))[1])
    monkeypatch.setattr(oxigraph, "open_engine", lambda path, read_only, wait=0.0: (waits.append(wait), real(path, read_only, wait))[1])
    OxigraphStore(tmp_path / "store", wait=1.0).close()
    assert waits and waits[0] <= 0.75
