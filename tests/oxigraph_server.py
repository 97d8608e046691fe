"""An Oxigraph server for the remote-store tests (imported by test_remote_store.py): the
`oxigraph` binary of the PyPI package of that name (a test extra), started on a free port of
127.0.0.1 over a folder of its own, and killed (SIGKILL, like a crash) or stopped after."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def oxigraph_binary() -> str:
    """The server binary installed beside this Python (pip install oxigraph), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    assert found, "the oxigraph server binary is missing: pip install oxigraph (it is in the test extras)"
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` over `folder`; `url` is what `--store` takes."""

    def __init__(self, folder: Path, port: int | None = None):
        self.folder = folder
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> "OxigraphServer":
        self.folder.mkdir(parents=True, exist_ok=True)
        log = open(self.folder.parent / f"{self.folder.name}.log", "ab")
        self.process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(self.folder),
                                         "--bind", f"127.0.0.1:{self.port}"], stdout=log, stderr=log)
        log.close()
        self.wait_until_up()
        return self

    def wait_until_up(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"oxigraph serve ended with {self.process.returncode}"
            try:
                if httpx.get(f"{self.url}/query", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise AssertionError(f"oxigraph serve did not answer on {self.url} within {seconds} s")

    def kill(self) -> None:
        """SIGKILL: the server gets no chance to finish anything."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
