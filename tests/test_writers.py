"""Two writers and readers on one store (issue 12): a second `kg ingest` waits for the process
that holds the store (saying whom it waits for and for how long), then proceeds; when the wait
runs out it is refused with one line that says what to do; two ingests started together end
with the same content as one after the other; readers keep working while an ingest writes."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import kg
from kg.store.oxigraph import OxigraphStore

from conftest import TEST_ARTICLES

ARTICLES = sorted(TEST_ARTICLES.glob("*.txt"))


def kg_command(store: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "kg", "--store", str(store), *args]


def environment(wait: float) -> dict:
    return {**os.environ, "KG_WRITER_WAIT": str(wait)}


def start(store: Path, *args: str, wait: float = 300) -> subprocess.Popen:
    return subprocess.Popen(kg_command(store, *args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=environment(wait))


def run(store: Path, *args: str, wait: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(kg_command(store, *args), capture_output=True, text=True, env=environment(wait),
                          timeout=600)


def sorted_nquads(graph: kg.KG) -> list[str]:
    return sorted(line for line in graph.export("nquads").decode("utf-8").splitlines() if line.strip())


def read_stderr_until(process: subprocess.Popen, needle: str, limit: float = 120) -> str:
    """Lines of the process's stderr until one contains `needle` (fails after `limit` s)."""
    seen, deadline = [], time.monotonic() + limit
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        seen.append(line)
        if needle in line:
            return "".join(seen)
    raise AssertionError(f"no {needle!r} on stderr: {''.join(seen)!r}")


def test_second_writer_waits_for_the_first_then_proceeds(tmp_path):
    store = tmp_path / "store"
    holder = OxigraphStore(store)          # this process writes the store
    waiting = start(store, "ingest", str(ARTICLES[0]), wait=120)
    try:
        said = read_stderr_until(waiting, "waiting up to")
        assert "waiting up to 120 s for another process writing the store" in said
        assert f"pid {os.getpid()}" in said     # whom it waits for
        time.sleep(1.0)
        assert waiting.poll() is None           # still waiting while the store is held
        holder.close()                          # the first writer finishes
        del holder
        out, err = waiting.communicate(timeout=300)
    finally:
        waiting.kill()
    assert waiting.returncode == 0, err
    assert "added" in out
    reader = kg.open(store, read_only=True)
    assert len(reader.store.article_graphs()) == 1


def test_writer_is_refused_in_one_line_when_the_wait_runs_out(tmp_path):
    store = tmp_path / "store"
    holder = OxigraphStore(store)
    started = time.monotonic()
    result = run(store, "ingest", str(ARTICLES[0]), wait=1.5)
    assert holder is not None
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1
    assert lines[0].startswith("waiting up to 1.5 s for another process writing the store")
    assert len(lines) == 2 and lines[1].startswith("error: another process is writing the store")
    assert "(waited 1.5 s)" in lines[1] and "KG_WRITER_WAIT" in lines[1] and "run this again" in lines[1]
    assert time.monotonic() - started < 120


def test_two_ingests_at_once_equal_one_after_the_other(tmp_path):
    first, second = ARTICLES[0:4], ARTICLES[2:6]       # overlapping sets
    together = tmp_path / "together"
    processes = [start(together, "ingest", *map(str, first)), start(together, "ingest", *map(str, second))]
    results = [p.communicate(timeout=600) for p in processes]
    for process, (out, err) in zip(processes, results):
        assert process.returncode == 0, err
    apart = kg.open(tmp_path / "apart")                 # the same library calls, one after the other
    for batch in (first, second):
        assert all(o.status in ("added", "unchanged") for o in apart.ingest(batch))
    apart.store.flush()
    expected = sorted_nquads(apart)
    del apart
    reader = kg.open(together, read_only=True)
    quads = sorted_nquads(reader)
    assert quads == expected, sorted(set(quads) ^ set(expected))[:5]
    assert len(reader.store.article_graphs()) == len(set(first) | set(second))


def test_readers_keep_working_while_an_ingest_writes(tmp_path):
    """Queries and exports open the store read-only (no lock): they answer during an ingest,
    and each answer is a consistent state (whole articles only)."""
    store = tmp_path / "store"
    assert run(store, "ingest", str(ARTICLES[0])).returncode == 0
    writer = start(store, "ingest", *map(str, ARTICLES[1:12]))
    answers = []
    try:
        while writer.poll() is None and len(answers) < 40:
            reader = kg.open(store, read_only=True)
            answers.append((len(reader.store.article_graphs()), reader.store.triple_count()))
            del reader
            time.sleep(0.1)
        exported = run(store, "export", "--format", "nquads")
        queried = run(store, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")
        out, err = writer.communicate(timeout=600)
    finally:
        writer.kill()
    assert writer.returncode in (0, 1), err          # 1: an article refused by its shapes
    assert exported.returncode == 0 and exported.stdout, exported.stderr
    assert queried.returncode == 0 and queried.stdout.startswith("n"), queried.stderr
    assert answers and all(count >= 1 and size > 0 for count, size in answers)
    assert [count for count, _ in answers] == sorted(count for count, _ in answers)   # never goes back
