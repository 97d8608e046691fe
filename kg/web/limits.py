"""The limits every query of the web shell runs under: a time limit, a result limit, and a
cap on queries still running after their time limit.

The time limit itself is the store's (kg.store.base.within): the request gets its error when
the limit passes, but neither engine can be interrupted, so the abandoned evaluation goes on in
a daemon thread named "kg-query" until it finishes. A burst of heavy queries would pile those
up and starve every later request; so while `max_overrun` of them are still running, new
queries are turned away at once with 503 instead of being queued behind them.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Callable

from rdflib import Graph

from kg.errors import KGError
from kg.store.base import Solutions

QUERY_THREAD = "kg-query"  # the name kg.store.base.within gives its worker threads


class ResultTooLarge(KGError):
    """The answer has more rows (or triples) than the server's result limit."""

    http_status = 400


class Busy(KGError):
    """Too many earlier queries are still running past their time limit."""

    http_status = 503


@dataclass
class Limits:
    timeout: float = 30.0
    max_results: int = 10_000
    max_overrun: int = 4
    _in_flight: int = field(default=0, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def timeout_for(self, requested: str | None) -> float:
        """The server's limit, or a shorter one the client asks for (`timeout=` seconds)."""
        if not requested:
            return self.timeout
        try:
            seconds = float(requested)
        except ValueError:
            from kg.errors import QueryParameterError
            raise QueryParameterError(f"timeout={requested!r} is not a number of seconds") from None
        return min(self.timeout, seconds) if seconds > 0 else self.timeout

    def run(self, work: Callable[[], object]):
        """`work()` (a query that returns a neutral result), refused when the server is
        saturated, and its result checked against the result limit."""
        with self._lock:
            overrun = query_threads() - self._in_flight
            if overrun >= self.max_overrun:
                raise Busy(f"{overrun} earlier queries are still running past their time limit; "
                           f"try again shortly")
            self._in_flight += 1
        try:
            return self.checked(work())
        finally:
            with self._lock:
                self._in_flight -= 1

    def checked(self, result):
        size = len(result) if isinstance(result, (Solutions, Graph)) else 0
        if size > self.max_results:
            unit = "rows" if isinstance(result, Solutions) else "triples"
            raise ResultTooLarge(f"the answer has {size} {unit}, more than this server's limit of "
                                 f"{self.max_results}; narrow the query or add LIMIT")
        return result


def query_threads() -> int:
    """Store worker threads alive right now; those beyond the requests in flight are
    abandoned ones, still evaluating after their request got its time-limit error."""
    return sum(1 for thread in threading.enumerate() if thread.name == QUERY_THREAD)
