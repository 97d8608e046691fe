"""Shared fixtures of the web tests (imported by test_web_*.py): a live uvicorn server on a
free port of 127.0.0.1 over the bundled corpus, started in a thread and stopped after, and a
listening socket that records whether anything connects to it."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from kg import api
from kg.web.app import create_app
from kg.web.limits import QUERY_THREAD, Limits
from kg.web.server import Server
from kg.web.source import Fixed


def serve(store_path, **limits) -> Server:
    kg = api.open(store_path, read_only=True)
    return Server(create_app(Fixed(kg), Limits(**limits)), port=0).start()


@pytest.fixture(scope="module")
def live(seeds_store):
    server = serve(seeds_store)
    yield server
    server.stop()


class Listener:
    """A TCP socket on 127.0.0.1 that counts the connections it receives."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self.running = False
        self.thread.join(2)
        self.sock.close()


@pytest.fixture
def listener():
    found = Listener()
    yield found
    found.close()


def wait_for_abandoned_queries(limit: float = 60.0) -> None:
    """Let queries abandoned at their time limit finish, so they do not slow later tests."""
    deadline = time.monotonic() + limit
    while any(t.name == QUERY_THREAD for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.2)
