"""The one-way flow, article by article: read -> extract -> build RDF -> validate -> store.
An article lands whole or not at all; a bad file never stops a multi-file ingest, and neither
does a slow one: with a time budget (Settings.article_time_budget) extraction runs in a worker
process that is killed when an article uses more than its budget (see `BudgetedExtractor`)."""
from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rdflib import Graph, URIRef

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.read import ARTICLE_SUFFIXES, read_article
from kg.errors import KGError, PartlyStoredError
from kg.model import Facts
from kg.build.graph import ArticleGraph, build_graph
from kg.facttypes import REGISTRY
from kg.validate.shacl import Report, article_terms, validate_articles, validate_graph
from kg.resources import resource_dir
from kg.rdf.batch_store import BatchStore
from kg.rdf.iris import Iris
from kg.rdf.terms import NTriplesTexts, OxTerms, nquad_lines, to_ox
from kg.rdf.vocab import bind_prefixes
from kg.settings import Settings


@dataclass
class Outcome:
    """What became of one article. `ingest` keeps only small things here (counts, messages and
    the validation results, without report graphs), so a run of any length holds a few
    hundred bytes per article; `prepare` also fills `facts`, `graph` and a full `report`."""
    source: str
    status: str                    # added, unchanged, replaced, refused, error
    message: str = ""
    facts: Facts | None = None
    graph: ArticleGraph | None = None
    report: Report | None = None
    iri: str | None = None                                   # the article's graph
    warnings: tuple[str, ...] = ()                           # reading warnings
    fact_counts: Counter = field(default_factory=Counter)    # facts by kind
    nquads: bytes = b""            # what the writer stores, UTF-8 N-Quads (cleared once stored)
    text_digest: str = ""          # of the text as read: tells a whitespace variant of a stored article


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
        """The facts of one article file, or ExtractionTooSlow when it used up its budget. The
        settings and the lexicon go to a worker once, with its first article (each later job is
        the path alone), and each answer carries the worker's CPU seconds when it sent it: the
        next article's budget counts from there, so no `/proc` read is needed per article, only
        when an article has run for as long as its budget (about 0.1 ms per article saved in the
        process that waits, docs/scale.md, session 28)."""
        first = self._start()
        self.conn.send((str(path), self.settings, self.lexicon) if first else (str(path),))
        started = time.monotonic()
        while not self.conn.poll(self.POLL):
            if not self.process.is_alive():
                return self._died(path)
            if self._over_budget(started):
                self._kill()
                raise ExtractionTooSlow(f"{path}: extraction took longer than {self.budget:g} s; refused")
        try:
            status, value, self.cpu_after = self.conn.recv()
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

    def _start(self) -> bool:
        """True when a new worker was started (it is then sent the settings and the lexicon)."""
        if self.process is not None and self.process.is_alive():
            self.cpu_before = self.cpu_after    # the worker's CPU when it answered last
            return False
        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=extraction_worker, args=(child, self.conn), daemon=True,
                                       name="kg-extract")
        self.process.start()
        child.close()
        self.cpu_before = self.cpu_after = 0.0
        return True

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


def extraction_worker(conn, parent_end=None) -> None:
    """The worker's loop: a path in (with the settings and the lexicon the first time), ("ok",
    facts, cpu) or ("error", exception, cpu) out, cpu being this process's CPU seconds so far,
    until the pipe closes or None arrives. Ctrl-C is left to the parent, which stops the worker.
    The copy of the parent's end of the pipe that a forked worker inherits is closed first: else
    the pipe never closes when the parent is killed (SIGKILL), and the worker lives on."""
    if parent_end is not None:
        parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    settings = lexicon = None
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if job is None:
            return
        path = job[0]
        if len(job) > 1:
            settings, lexicon = job[1], job[2]
        try:
            answer = ("ok", extract_file(path, settings, lexicon))
        except KGError as exc:
            answer = ("error", exc)
        except Exception as exc:  # noqa: BLE001 - any failure is reported for this file alone
            answer = ("error", KGError(f"{path}: extraction failed: {type(exc).__name__}: {exc}"))
        conn.send(answer + (time.process_time(),))


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
    outcome = Outcome(str(path), "valid", facts=facts, graph=graph, report=report, iri=str(graph.iri),
                      warnings=tuple(facts.article.warnings), fact_counts=REGISTRY.count(facts))
    if report.has_violations:
        outcome.status = "refused"
        outcome.message = f"does not conform to the shapes: {report.summary()}"
    return outcome


def prepare_batch(paths: list[str], settings: Settings, extract_one: Callable[[Path], Facts] | None = None,
                  profile: "StageProfile | None" = None) -> list[Outcome]:
    """The pure step of the fast path, for a batch of files: extract and build each article
    once (its graphs in one rdflib store shared by the batch), validate the batch
    (kg.validate.shacl.validate_articles: the compiled checker, one pyshacl call for the
    articles it is unsure of; each article gets the report it would get alone), and give each
    valid article the N-Quads the writer stores. Picklable in and
    out, so a process pool can run it; nothing here touches the store."""
    profile = profile or StageProfile(enabled=False)
    extract_one = extract_one or (lambda path: extract_file(path, settings))
    shared, outcomes, built = BatchStore(), [], []
    iris = Iris(settings.base)
    for path in paths:
        try:
            with profile.stage("extract"):
                facts = extract_one(Path(path))
            with profile.stage("build"):
                graph = build_graph(facts, iris, store=shared)
                outcome = Outcome(str(path), "valid", iri=str(graph.iri), warnings=tuple(facts.article.warnings),
                                  fact_counts=REGISTRY.count(facts), text_digest=digest(facts.article.text))
            built.append((outcome, graph))
        except KGError as exc:
            outcome = Outcome(str(path), "error", str(exc))
        outcomes.append(outcome)
    with profile.stage("validate"):
        terms = OxTerms()    # each distinct term of the batch converted once, for validation and writing
        converted = [article_terms(graph, terms.__getitem__) for _, graph in built]    # each triple once too
        reports = validate_articles([graph for _, graph in built], terms, converted)
    with profile.stage("serialise"):
        for (outcome, graph), report, mine in zip(built, reports, converted):
            outcome.report = Report(report.conforms, report.violations, None)   # results only
            if report.has_violations:
                outcome.status = "refused"
                outcome.message = f"does not conform to the shapes: {report.summary()}"
            else:
                outcome.nquads = nquads_text(graph, mine, terms.texts).encode("utf-8")
    return outcomes


def nquads_of(article: ArticleGraph, convert=to_ox) -> str:
    """The article's graph and its entity descriptions as N-Quads text (what crosses from a
    worker process to the writer: plain text pickles fast)."""
    from kg.store.oxigraph import quads_of
    quads = quads_of(article.facts, str(article.iri), convert) | \
        quads_of(article.entities, str(article.entities_iri), convert)
    return "".join(f"{quad} .\n" for quad in quads)


def nquads_text(article: ArticleGraph, terms: tuple[list, list], texts: dict | None = None) -> str:
    """`nquads_of` from the article's triples already converted (kg.validate.shacl.article_terms):
    each line written from the terms' N-Triples forms, as pyoxigraph writes a quad. `texts`:
    pyoxigraph term -> its N-Triples form, kept for the batch (kg.rdf.terms.OxTerms.texts), so
    each distinct term is written once, not once per line it is in; without it, a throwaway one."""
    texts = NTriplesTexts() if texts is None else texts
    facts, entities = terms
    lines = set(nquad_lines(facts, str(article.iri), texts)) | set(nquad_lines(entities, str(article.entities_iri), texts))
    return "".join(lines)


def write_batch(store, outcomes: list[Outcome], profile: "StageProfile | None" = None,
                iris: Iris | None = None) -> None:
    """Store the valid articles of a prepared batch in input order: with the store's batch
    write when it has one (new articles in one write: a transaction, or in a store folder a
    bulk load guarded by a journal, decision 0013), else one by one. A batch whose write
    fails stores none of its articles, each of which is then an error."""
    profile = profile or StageProfile(enabled=False)
    with profile.stage("store"):
        try:
            keep_stored_variants(store, [o for o in outcomes if o.status == "valid"])
        except KGError as exc:  # the store cannot be read (a server gone): nothing of the batch is stored
            for outcome in outcomes:
                if outcome.status == "valid":
                    outcome.status, outcome.message, outcome.nquads = "error", f"not stored: {exc}", b""
    valid = [o for o in outcomes if o.status == "valid"]
    with profile.stage("store"):
        try:
            if hasattr(store, "add_articles"):
                statuses = store.add_articles([(o.iri, o.nquads) for o in valid])
            else:
                statuses = [store.add_article(article_of(o, iris or Iris())) for o in valid]
        except KGError as exc:
            # those stored before the failure keep their status; the rest are not stored
            done = list(exc.stored) if isinstance(exc, PartlyStoredError) else []
            statuses = done + ["error"] * (len(valid) - len(done))
            for outcome in valid[len(done):]:
                outcome.message = f"not stored: {exc}"
    for outcome, status in zip(valid, statuses):
        outcome.status = status
    for outcome in outcomes:
        outcome.nquads = b""


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


STORED_TEXT = """PREFIX schema: <https://schema.org/>
SELECT ?article ?body WHERE { GRAPH ?article { ?article schema:articleBody ?body } }"""


def keep_stored_variants(store, outcomes: list[Outcome]) -> None:
    """An article whose text differs from the stored one (or from one earlier in the batch)
    only in whitespace or line endings has the same IRI (the article id normalises them) but
    other offsets: it is the same article, so the copy already there is kept and the article is
    'unchanged', not 'replaced'. (To re-extract it, ingest the stored text itself.) The store
    is asked once for the whole batch (a VALUES block of its article IRIs): one query per
    article cost about 1 ms each in the writer, which is the serial part of the ingest."""
    stored = stored_digests(store, [o.iri for o in outcomes if o.text_digest])
    in_batch: dict[str, str] = {}
    for outcome in outcomes:
        if not outcome.text_digest:
            continue
        kept = in_batch.get(outcome.iri, stored.get(outcome.iri))
        if kept is not None and kept != outcome.text_digest:
            outcome.status, outcome.nquads = "unchanged", b""
            outcome.message = "the store holds this article with other whitespace or line endings; kept as stored"
        else:
            in_batch.setdefault(outcome.iri, outcome.text_digest)


def stored_digests(store, iris: list[str]) -> dict[str, str]:
    """The digest of the stored text of each of `iris` that the store holds, in one query.
    (A bare writer, as in some tests, cannot be asked: then none is stored.)"""
    if not iris or not hasattr(store, "query"):
        return {}
    # no time limit: a query given up on keeps running on its thread and holds the engine, which a
    # reopening of the folder must release (OxigraphStore.reopen)
    rows = store.query(STORED_TEXT, {"article": [URIRef(iri) for iri in dict.fromkeys(iris)]}, timeout=None)
    digests: dict[str, str] = {}
    for row in rows:
        digests.setdefault(str(row["article"]), digest(str(row["body"])))
    return digests


def article_of(outcome: Outcome, iris: Iris) -> ArticleGraph:
    """The ArticleGraph of a prepared article, read back from its N-Quads, for stores that
    only know `add_article`."""
    from rdflib import Dataset, URIRef
    data = Dataset()
    data.parse(data=outcome.nquads, format="nquads")
    article = URIRef(outcome.iri)
    entities = URIRef(iris.entities_graph())
    facts, shared = Graph(), Graph()
    bind_prefixes(facts, iris.base)
    bind_prefixes(shared, iris.base)
    for s, p, o, g in data.quads((None, None, None, None)):
        (facts if g == article else shared if g == entities else None).add((s, p, o))
    return ArticleGraph(article, facts, shared, iris)


def joined(batches: Iterable[list], count: int) -> Iterator[list]:
    """Every `count` consecutive batches as one list (the last one may hold fewer)."""
    for group in chunks(batches, count):
        yield [item for batch in group for item in batch]


def chunks(items: Iterable, size: int):
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


_worker = threading.local()     # per thread: a Dask worker may run tasks in several threads


def prepare_in_worker(paths: list[str], settings: Settings) -> list[Outcome]:
    """`prepare_batch` in a pool or cluster worker, extraction still within the time budget:
    each worker thread keeps a BudgetedExtractor of its own (a process it may kill) for its
    lifetime."""
    extractor_here = getattr(_worker, "extractor", None)
    if settings.article_time_budget and extractor_here is None:
        extractor_here = _worker.extractor = BudgetedExtractor(settings)
    extract_one = extractor_here.extract if extractor_here else None
    return prepare_batch(paths, settings, extract_one)


def prepared_batches(paths: list[str], settings: Settings, workers: int, profile=None, executor=None):
    """Prepared batches in input order: here, on a pool of `workers` processes, or on
    `executor` (anything with `submit(fn, *args)` giving futures, such as a Dask cluster's; see
    kg.cluster), at most two batches per worker in flight (so memory does not grow with the
    input)."""
    batches = chunks(map(str, paths), settings.ingest_batch)
    if executor is not None:
        yield from batches_on(executor, batches, settings, workers)
        return
    if workers <= 1:
        with extractor(settings) as extract_one:
            for batch in batches:
                yield prepare_batch(batch, settings, extract_one, profile)
        return
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    if context.get_start_method() == "fork":
        warm_for_fork(settings)
        if settings.article_time_budget:
            with WatchedPool(workers, settings, context) as pool:
                yield from pool.prepared(list(map(str, paths)))
            return
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from batches_on(pool, batches, settings, workers)


SLOT = 4    # per pool worker, in WatchedPool.slots: its pid, the article it is extracting (-1: none), and
            # that extraction's start: the worker's CPU seconds and the clock (time.monotonic)
_watched = None     # in a WatchedPool worker: (the pool's slots, where this worker's slot starts)


class WatchedPool:
    """A process pool whose workers extract in their own process, within the time budget: this
    process (the writer) watches the extraction each worker is running and kills a worker whose
    article is over its budget (decision 0068). Without it each pool worker kept a
    BudgetedExtractor, a process of its own for extraction alone, and each article's facts went
    through a pipe between the two: on two cores that layer cost about 2.5-3 CPU ms per article
    (docs/scale.md, session 28), a fifth of a whole ingest.

    The budget is the BudgetedExtractor's: an article whose extraction has used `budget` CPU
    seconds, or run `WALL_FACTOR` times as long on the clock, is an error ('...: extraction took
    longer than X s; refused') and the others go on. Its worker is killed, which breaks the pool:
    a new pool is started (forked from this warm process, as the first was), and the batches in
    flight that had not come back are prepared again, the refused article refused at once
    without extraction (a batch's preparation is pure, so a batch prepared twice gives the same
    outcomes). A pool that breaks for another reason (a worker ended by itself: a crash, the
    kernel's OOM killer) cannot say which article did it: the rest of the ingest then runs on
    BudgetedExtractor workers, as before, where such an article is an error of its own."""

    POLL = BudgetedExtractor.POLL
    WALL_FACTOR = BudgetedExtractor.WALL_FACTOR

    def __init__(self, workers: int, settings: Settings, context):
        self.workers, self.settings, self.context = workers, settings, context
        self.budget = float(settings.article_time_budget)
        self.refused: dict[int, str] = {}       # article number -> the refusal
        self.paths: list[str] = []
        self.kills = self.kills_seen = 0
        self.watching = True                    # False once a break was not ours: BudgetedExtractor workers
        self.pool = None
        self._start_pool()
        self.stop = threading.Event()
        self.watcher = threading.Thread(target=self._watch, daemon=True, name="kg-budget-watch")
        self.watcher.start()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.watcher.join()
        self.pool.shutdown(wait=True, cancel_futures=True)

    def _start_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if not self.watching:
            self.slots = self.context.RawArray("d", 0)
            self.pool = ProcessPoolExecutor(self.workers, mp_context=self.context)
            return
        slots = self.context.RawArray("d", SLOT * self.workers)
        for at in range(0, len(slots), SLOT):
            slots[at + 1] = -1
        self.slots = slots
        self.pool = ProcessPoolExecutor(self.workers, mp_context=self.context, initializer=watched_worker,
                                        initargs=(slots, self.context.Value("i", 0)))

    def _submit(self, start: int):
        batch = self.paths[start:start + self.settings.ingest_batch]
        if not self.watching:
            return self.pool.submit(prepare_in_worker, batch, self.settings)
        refused = {n: m for n, m in self.refused.items() if start <= n < start + len(batch)}
        return self.pool.submit(prepare_watched, batch, self.settings, start, refused)

    def prepared(self, paths: list[str]):
        """`prepared_batches` on this pool: each batch's outcomes, in input order."""
        from collections import deque
        from concurrent.futures.process import BrokenProcessPool
        self.paths = paths
        todo = deque(range(0, len(paths), self.settings.ingest_batch))
        in_flight = 2 * self.workers + self.settings.write_batches - 1
        pending: deque = deque()        # (first article, its future or None: to submit)
        while todo or pending:
            try:
                while todo and len(pending) < in_flight:
                    pending.append((todo.popleft(), None))
                for i, (start, future) in enumerate(pending):
                    if future is None:
                        pending[i] = (start, self._submit(start))
                outcomes = pending[0][1].result()
            except BrokenProcessPool:
                if self.kills == self.kills_seen:
                    self.watching = False       # not our kill: BudgetedExtractor workers from here on
                self.kills_seen = self.kills
                self._start_pool()
                pending = deque((s, f if f is not None and f.done() and not f.exception() else None)
                                for s, f in pending)
                continue
            pending.popleft()
            yield outcomes

    def _watch(self) -> None:
        """Every POLL seconds: kill a worker whose extraction is over the budget."""
        while not self.stop.wait(self.POLL):
            slots = self.slots
            for at in range(0, len(slots), SLOT):
                pid, number = int(slots[at]), int(slots[at + 1])
                if pid <= 0 or number < 0:
                    continue
                cpu_start, started = slots[at + 2], slots[at + 3]
                elapsed = time.monotonic() - started
                if elapsed < self.budget:
                    continue
                cpu = process_cpu_seconds(pid)
                if cpu is None or int(slots[at + 1]) != number:
                    continue    # the worker has ended, or moved on meanwhile
                if cpu - cpu_start >= self.budget or elapsed >= self.budget * self.WALL_FACTOR:
                    self.refused[number] = f"{self.paths[number]}: extraction took longer than {self.budget:g} s; refused"
                    self.kills += 1
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass


def watched_worker(slots, counter) -> None:
    """A WatchedPool worker's start: take a slot, and write this process's id in it."""
    global _watched
    with counter.get_lock():
        index = counter.value
        counter.value += 1
    _watched = (slots, index * SLOT)
    slots[index * SLOT] = os.getpid()


def prepare_watched(paths: list[str], settings: Settings, first: int, refused: dict[int, str]) -> list[Outcome]:
    """`prepare_batch` in a WatchedPool worker: each article extracted here, its number (`first`
    is the batch's first) and start written in the worker's slot for the watcher, and cleared
    when its extraction ends; an article in `refused` (over its budget when this batch was
    prepared before) is an error at once."""
    slots, at = _watched
    numbers = iter(range(first, first + len(paths)))

    def extract_one(path: Path) -> Facts:
        number = next(numbers)
        if number in refused:
            raise ExtractionTooSlow(refused[number])
        slots[at + 2], slots[at + 3] = time.process_time(), time.monotonic()
        slots[at + 1] = number      # last: the watcher reads the start only once this is the article
        try:
            return extract_file(path, settings)
        finally:
            slots[at + 1] = -1
    return prepare_batch(paths, settings, extract_one)


_warmed: set[tuple] = set()      # the settings whose lexicon and checker this process has warmed


def warm_for_fork(settings: Settings) -> None:
    """Make here, once, what every forked worker would otherwise make for itself on its first
    articles: the lexicon's compiled patterns and indexes (`Lexicon.compiled`), dateparser's
    Indonesian and English data, the SHACL shapes and the compiled checker. A pool worker and
    the extraction process it forks (the time budget) inherit them, and never collect or
    change them (gc.freeze, decision 0029), so N workers no longer pay N times the first
    articles' cost (decision 0031). Done by preparing the bundled corpus articles and one date
    in words; a failure here only means the workers warm themselves, as before. Done once per
    process and lexicon: a later ingest's pool inherits the same."""
    from kg.extract.dates import parse_words
    key = (settings.language, tuple(settings.lexicon_dirs), settings.base)
    if key in _warmed:
        return
    _warmed.add(key)
    try:
        prepare_batch([str(path) for path in corpus_paths()], settings,
                      lambda path: extract_file(path, settings))
        parse_words("Jumat, 4 Desember 2020")
    except (KGError, OSError):
        pass


def batches_on(executor, batches, settings: Settings, workers: int):
    """Each batch submitted to `executor`, the results yielded in submission order. Two batches
    per worker stay in flight, and a write's worth more: the writer takes
    `settings.write_batches` prepared batches before it writes, and the workers should not run
    dry while it does."""
    pending, in_flight = [], 2 * workers + settings.write_batches - 1
    for batch in batches:
        pending.append(executor.submit(prepare_in_worker, batch, settings))
        if len(pending) >= in_flight:
            yield pending.pop(0).result()
    for future in pending:
        yield future.result()


def ingest(store, paths: Iterable[str | Path], on_done: Callable[[Outcome], None] | None = None,
           settings: Settings = Settings(), workers: int = 1, profile: "StageProfile | None" = None,
           executor=None) -> list[Outcome]:
    """Every Outcome of `ingest_stream`, as a list (`on_done` called on each as it comes).
    A caller that only counts them should iterate `ingest_stream` instead: a list keeps a few
    KB per article for the whole run."""
    outcomes = []
    for outcome in ingest_stream(store, paths, settings, workers, profile, executor):
        outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    return outcomes


def ingest_stream(store, paths: Iterable[str | Path], settings: Settings = Settings(), workers: int = 1,
                  profile: "StageProfile | None" = None, executor=None) -> Iterator[Outcome]:
    """Store each article of `paths`; each gets an Outcome, yielded once its batch is written,
    whatever the others do. Articles are prepared in batches (on `workers` processes when more
    than one, or on `executor`, a cluster's) and written by this process alone, in input order,
    so the store ends the same whatever prepares them. An article over its time budget is an
    error ('...; refused') and the batch goes on.

    Batches are of `settings.ingest_batch` articles, written `settings.write_batches` batches
    at a time (one write: a bulk load's cost per article falls with its size). The store is flushed every
    `settings.flush_every` articles written: an embedded store keeps what it was given in memory
    (its write buffers and log) until flushed, which made the resident memory of an ingest grow
    by about 0.3 MB per article (1.2k articles: 448 MB); flushed, it stays flat. What still grew
    with the store, about 6 KB per article written (RocksDB's index and filter blocks of every
    table file it opened), is dropped every `settings.reopen_every` articles by reopening a
    store folder (`reopen`; its writer's lock stays held, decision 0019)."""
    unflushed = unreopened = 0
    profile = profile or StageProfile(enabled=False)
    with collector_skips_what_exists():
        prepared = prepared_batches(list(paths), settings, workers, profile, executor)
        for batch in joined(prepared, settings.write_batches):
            write_batch(store, batch, profile, Iris(settings.base))
            written = sum(o.status in ("added", "replaced") for o in batch)
            unflushed, unreopened = unflushed + written, unreopened + written
            if unflushed >= settings.flush_every and hasattr(store, "flush"):
                with profile.stage("store"):
                    store.flush(record=False)   # the counts are recorded by the flush at the end
                unflushed = 0
            if unreopened >= settings.reopen_every and hasattr(store, "reopen"):
                with profile.stage("store"):
                    store.reopen()
                unreopened = 0
            yield from batch


@contextmanager
def collector_skips_what_exists():
    """For the length of an ingest, the cyclic garbage collector leaves alone the objects that
    existed when it began (`gc.freeze`; `gc.unfreeze` after): the lexicon, the shapes, the
    compiled checker, the modules. An ingest makes many objects per article that live for a
    batch, so full collections come every few batches, and each one walked everything the
    process held: 0.6-0.8 CPU ms per article in the writer (docs/scale.md, session 26;
    decision 0058). What is made during the ingest is collected as before; a cycle among the
    older objects that becomes garbage meanwhile is collected once the ingest ends. A process
    that froze objects already (a forked worker, decision 0029, or its caller) is left as it is:
    unfreezing would undo that."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class StageProfile:
    """CPU seconds spent in each stage of the ingest path (this process only), for benchmarks."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self.seconds: Counter = Counter()
        self.articles = 0

    @contextmanager
    def stage(self, name: str):
        if not self.enabled:
            yield
            return
        started = time.process_time()
        try:
            yield
        finally:
            self.seconds[name] += time.process_time() - started

    def per_article_ms(self, articles: int) -> dict[str, float]:
        return {name: round(seconds / max(1, articles) * 1000, 1) for name, seconds in self.seconds.items()}
