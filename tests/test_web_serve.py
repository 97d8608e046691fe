"""`kg serve` as a process, and serving while `kg ingest` writes the same store from another
process (docs/decisions/0004-serving-while-ingesting.md)."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from kg.settings import Settings
from kg.web.source import Snapshots

COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }"


def written_article(folder: Path, n: int) -> Path:
    """A short article of our own, which ingests whatever the extractor makes of the corpus."""
    path = folder / f"web-serve-{n}.txt"
    path.write_text(f"Berita uji server web nomor {n}\n\nJAKARTA - Artikel uji nomor {n} untuk server web, "
                    f"tanpa angka.\n", encoding="utf-8")
    return path


def articles_in(kg) -> int:
    return int(kg.sparql(COUNT).rows[0][0])


def test_snapshots_keep_serving_while_another_process_ingests(tmp_path, seeds_store):
    store = shutil.copytree(seeds_store, tmp_path / "store")
    snapshots = Snapshots(store, Settings(store=str(store)), grace=0)
    try:
        before = articles_in(snapshots.current())
        writer = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), "ingest", *(str(written_article(tmp_path, n)) for n in range(3))],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        answered = 0
        while writer.poll() is None:       # the snapshot answers all the while the writer works
            assert articles_in(snapshots.current()) == before
            answered += 1
            time.sleep(0.05)
        assert writer.returncode == 0, writer.stdout.read()
        assert answered > 0
        assert snapshots.refresh() is True
        assert articles_in(snapshots.current()) == before + 3
        assert snapshots.refresh() is False   # nothing changed since
    finally:
        snapshots.close()
    assert not snapshots.workdir.exists()


def stop(process: subprocess.Popen, grace: float = 30.0) -> tuple[bool, str]:
    """Ctrl-C the server; (whether it stopped within `grace` seconds, its output). One that
    does not stop is aborted with Python's fault handler on, so its output ends with every
    thread's stack: the place where it hung."""
    process.send_signal(signal.SIGINT)
    try:
        return True, process.communicate(timeout=grace)[0]
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)
        try:
            return False, process.communicate(timeout=10)[0]
        except subprocess.TimeoutExpired:
            process.kill()
            return False, process.communicate()[0]


def start_server(store, env) -> subprocess.Popen:
    """`kg serve` on the store, with Ctrl-C at its default even when the test runner was
    started in the background by a shell without job control (which ignores SIGINT for its
    children, and Python then never raises KeyboardInterrupt)."""
    return subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), "serve", "--port", "0", "--refresh", "0.2"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def url_of(process) -> str | None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = re.search(r"open (http://127\.0\.0\.1:\d+/)", process.stdout.readline())
        if found:
            return found.group(1)
    return None


def test_kg_serve_stops_on_sigterm_and_removes_its_snapshots(tmp_path, seeds_store):
    store = shutil.copytree(seeds_store, tmp_path / "store")
    process = start_server(store, {k: v for k, v in os.environ.items() if not k.startswith("KG_")})
    try:
        assert url_of(process), "kg serve printed no URL"
        process.terminate()
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert not list(tmp_path.glob(".kg-serve-*")), "the snapshots were not removed"


def test_kg_serve_prints_its_url_and_answers(tmp_path, seeds_store):
    store = shutil.copytree(seeds_store, tmp_path / "store")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")} | {"PYTHONFAULTHANDLER": "1"}
    process = start_server(store, env)
    try:
        url = url_of(process)
        assert url, "kg serve printed no URL"
        answer = httpx.get(url + "sparql", params={"query": COUNT})
        assert int(answer.json()["results"]["bindings"][0]["n"]["value"]) == 5
        ingest = subprocess.run([sys.executable, "-m", "kg", "--store", str(store), "ingest", str(written_article(tmp_path, 9))],
                                capture_output=True, text=True, env=env)
        assert ingest.returncode == 0, ingest.stdout + ingest.stderr   # the server holds no lock
        deadline = time.monotonic() + 60    # generous: CI machines may be loaded
        while time.monotonic() < deadline:
            answer = httpx.get(url + "sparql", params={"query": COUNT})
            if int(answer.json()["results"]["bindings"][0]["n"]["value"]) == 6:
                break
            time.sleep(0.2)
        else:
            stopped, output = stop(process)
            raise AssertionError(f"the new article never appeared (server stopped on Ctrl-C: {stopped}): "
                                 + output[-6000:] + ingest.stdout[-1500:])
    finally:
        if process.poll() is None:
            stopped, output = stop(process)
            assert stopped, "kg serve did not stop within 30 s of Ctrl-C: " + output[-6000:]
    assert not list(tmp_path.glob(".kg-serve-*")), "the snapshots were not removed"
