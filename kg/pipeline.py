"""The one-way flow, article by article: read -> extract -> build RDF -> validate -> store.
An article lands whole or not at all; a bad file never stops a multi-file ingest, and neither
does a slow one: with a time budget (Settings.article_time_budget) extraction runs in a worker
process that is killed when an article uses more than its budget (see `BudgetedExtractor`)."""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import ARTICLE_SUFFIXES, read_article
from kg.errors import KGError
from kg.model import Facts
from kg.build.graph import ArticleGraph, build_graph
from kg.validate.shacl import Report, validate_graph
from kg.resources import resource_dir
from kg.rdf.iris import Iris
from kg.settings import Settings


@dataclass
class Outcome:
    source: str
    status: str                    # added, unchanged, replaced, refused, error
    message: str = ""
    facts: Facts | None = None
    graph: ArticleGraph | None = None
    report: Report | None = None


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the article files inside folders (sorted, so runs are repeatable).
    A path that does not exist is kept: reading it fails with one line for that path alone, so
    `kg ingest good.txt missing.txt` still stores good.txt."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            found.append(path)  # a missing or unreadable file is reported when read, after the others
    return found


def corpus_paths() -> list[Path]:
    return article_paths([resource_dir("corpus")])


def extract_file(path: str | Path, settings: Settings = Settings(), lexicon: Lexicon | None = None) -> Facts:
    """The facts of one article file, read and extracted with `lexicon`, else with the lexicon
    `settings` names (its language and user folders, read once per process)."""
    lexicon = lexicon or Lexicon.for_settings(settings)
    return extract(read_article(path, lexicon), lexicon)


class ExtractionTooSlow(KGError):
    """An article's extraction used more than its time budget; the article is refused."""


class BudgetedExtractor:
    """Extraction of one article at a time in a worker process, within a time budget.

    Why a process and not a deadline checked inside the extractor: the slow cases are single
    regular-expression searches and scans that run in C without returning to Python, so no
    check between sentences (and no signal handler) can interrupt them; killing a process
    always does. The worker lives for the whole batch (one start, not one per article) and is
    restarted only after it was killed. The budget counts the worker's CPU time, so a
    machine that is merely busy does not refuse normal articles; the wall clock is still
    bounded (`WALL_FACTOR` times the budget), so nothing ever waits forever."""

    WALL_FACTOR = 10
    POLL = 0.05

    def __init__(self, settings: Settings, lexicon: Lexicon | None = None):
        self.settings = settings
        self.budget = float(settings.article_time_budget)
        self.lexicon = lexicon or Lexicon.for_settings(settings)  # loaded once, inherited by a forked worker
        self.process = None
        self.conn = None

    def extract(self, path: str | Path) -> Facts:
        """The facts of one article file, or ExtractionTooSlow when it used up its budget."""
        self._start()
        self.conn.send((str(path), self.settings, self.lexicon))
        started = time.monotonic()
        while not self.conn.poll(self.POLL):
            if not self.process.is_alive():
                return self._died(path)
            if self._over_budget(started):
                self._kill()
                raise ExtractionTooSlow(f"{path}: extraction took longer than {self.budget:g} s; refused")
        try:
            status, value = self.conn.recv()
        except (EOFError, OSError):
            return self._died(path)
        if status == "error":
            raise value
        return value

    def _over_budget(self, started: float) -> bool:
        elapsed = time.monotonic() - started
        if elapsed < self.budget:
            return False
        cpu = process_cpu_seconds(self.process.pid)
        return cpu is None or cpu - self.cpu_before >= self.budget or elapsed >= self.budget * self.WALL_FACTOR

    def _start(self) -> None:
        if self.process is not None and self.process.is_alive():
            self.cpu_before = process_cpu_seconds(self.process.pid) or 0.0
            return
        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=extraction_worker, args=(child,), daemon=True,
                                       name="kg-extract")
        self.process.start()
        child.close()
        self.cpu_before = 0.0

    def _died(self, path) -> Facts:
        code = self.process.exitcode
        self._kill()
        raise KGError(f"{path}: extraction failed: its worker process ended (exit code {code})")

    def _kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
            self.conn.close()
        self.process = self.conn = None

    def close(self) -> None:
        """Stop the worker (it also ends by itself when this process ends: its pipe closes)."""
        if self.process is not None and self.process.is_alive():
            try:
                self.conn.send(None)
                self.process.join(1.0)
            except OSError:
                pass
        self._kill()


def extraction_worker(conn) -> None:
    """The worker's loop: a path in, ("ok", facts) or ("error", exception) out, until the
    pipe closes or None arrives. Ctrl-C is left to the parent, which stops the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if job is None:
            return
        path, settings, lexicon = job
        try:
            conn.send(("ok", extract_file(path, settings, lexicon)))
        except KGError as exc:
            conn.send(("error", exc))
        except Exception as exc:  # noqa: BLE001 - any failure is reported for this file alone
            conn.send(("error", KGError(f"{path}: extraction failed: {type(exc).__name__}: {exc}")))


def process_cpu_seconds(pid: int) -> float | None:
    """User plus system CPU seconds of a process (Linux /proc), or None where unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def extractor(settings: Settings, lexicon: Lexicon | None = None):
    """A function path -> Facts for a batch: within the settings' time budget when there is
    one (a worker process), else in this process."""
    if not settings.article_time_budget:
        yield lambda path: extract_file(path, settings, lexicon)
        return
    budgeted = BudgetedExtractor(settings, lexicon)
    try:
        yield budgeted.extract
    finally:
        budgeted.close()


def prepare(path: Path, settings: Settings = Settings(), lexicon: Lexicon | None = None,
            extract_one: Callable[[Path], Facts] | None = None) -> Outcome:
    """Everything short of storing: the graph and its validation report."""
    facts = extract_one(path) if extract_one else extract_file(path, settings, lexicon)
    graph = build_graph(facts, Iris(settings.base))
    report = validate_graph(graph.union())
    outcome = Outcome(str(path), "valid", facts=facts, graph=graph, report=report)
    if report.has_violations:
        outcome.status = "refused"
        outcome.message = f"does not conform to the shapes: {report.summary()}"
    return outcome


def ingest(store, paths: Iterable[str | Path], on_done: Callable[[Outcome], None] | None = None,
           settings: Settings = Settings()) -> list[Outcome]:
    """Store each article of `paths`, one by one; each gets an Outcome, whatever the others do.
    An article over its time budget is an error ('...; refused') and the batch goes on."""
    outcomes = []
    with extractor(settings) as extract_one:
        for path in paths:
            try:
                outcome = prepare(Path(path), settings, extract_one=extract_one)
                if outcome.status != "refused":
                    outcome.status = store.add_article(outcome.graph)
            except KGError as exc:
                outcome = Outcome(str(path), "error", str(exc))
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)
    return outcomes
