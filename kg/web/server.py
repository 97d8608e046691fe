"""Running the application on uvicorn: in the foreground (`kg serve`) or in a background
thread (tests, benchmarks), on a given port or a free one (port 0), with the URL it listens on
known once it is listening."""
from __future__ import annotations

import threading
import time

import uvicorn


class Server:
    def __init__(self, app, host: str = "127.0.0.1", port: int = 8000, log_level: str = "warning"):
        self.config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False,
                                     lifespan="on")
        self.server = uvicorn.Server(self.config)
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """http://host:port/ of the listening socket (the real port when 0 was asked)."""
        host, port = self.server.servers[0].sockets[0].getsockname()[:2]
        return f"http://{host}:{port}/"

    def run(self) -> None:
        """Serve in this thread until interrupted (Ctrl-C)."""
        self.server.run()

    def start(self, wait: float = 20.0) -> "Server":
        """Serve in a background thread; return once listening."""
        self.thread = threading.Thread(target=self.server.run, name="kg-web", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + wait
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the web server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(10)
