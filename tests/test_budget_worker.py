"""The extraction worker (pipeline.BudgetedExtractor) ends with its parent: a `kg ingest`
killed with SIGKILL leaves no worker behind. (It used to live on: the forked worker held a
copy of the parent's end of their pipe, so the pipe never closed; the kill tests left one
64 MB orphan per kill.)"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil

from conftest import TEST_ARTICLES


def test_the_extraction_worker_ends_when_a_killed_ingest_leaves_it(tmp_path):
    files = sorted(TEST_ARTICLES.glob("*.txt"))
    ingest = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(tmp_path / "s"), "ingest", *map(str, files)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(ingest.pid)
    deadline = time.monotonic() + 120
    workers = []
    while not workers and ingest.poll() is None and time.monotonic() < deadline:
        workers = parent.children()
        time.sleep(0.05)
    assert workers, "the ingest started no extraction worker"
    os.kill(ingest.pid, signal.SIGKILL)
    ingest.wait(timeout=30)
    gone, alive = psutil.wait_procs(workers, timeout=20)
    for orphan in alive:
        orphan.kill()
    assert alive == [], f"extraction worker(s) {[p.pid for p in alive]} outlived the killed ingest"
