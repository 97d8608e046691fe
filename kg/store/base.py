"""The store seen from above: the `Store` protocol every caller uses, the neutral results it
returns, and `open_store(target)`, which picks a backend from a registry by the kind of
target (a folder, an http(s) URL, memory).

Neutral results mean no backend's own types travel up: a SELECT gives `Solutions` (variable
names and rows of rdflib terms), an ASK a `Boolean`, a CONSTRUCT or DESCRIBE an rdflib
`Graph`. Results are materialised inside the query's time limit, so a caller never holds a
lazy iterator that could still run for an hour.
"""
from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from rdflib import BNode, Graph

from kg.errors import KGError, StoreError

DEFAULT_TIMEOUT = 30.0


class QueryTimeout(KGError):
    """A query ran past its time limit and was abandoned."""


class QuerySyntaxError(KGError):
    """The SPARQL text does not parse."""

    exit_code = 2


# --- neutral results ---------------------------------------------------------------------------

class Row(dict):
    """One solution: variable -> term (None where unbound), also readable by position."""

    def __getitem__(self, key):
        if isinstance(key, int):
            return list(self.values())[key]
        return super().__getitem__(key)


@dataclass(frozen=True)
class Solutions:
    """The answer to a SELECT: variable names in projection order and one tuple of rdflib
    terms (None where unbound) per solution. Iterating yields `Row`s (variable -> term)."""

    variables: tuple[str, ...]
    rows: tuple[tuple, ...]
    more: bool = False   # a paged template's answer: further rows follow this page

    def __iter__(self) -> Iterator[dict]:
        for row in self.rows:
            yield Row(zip(self.variables, row))

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class Boolean:
    """The answer to an ASK."""

    value: bool

    def __bool__(self) -> bool:
        return self.value


Result = Solutions | Boolean | Graph


# --- which graphs a query reads ----------------------------------------------------------------

class UnsupportedGraphSelection(KGError):
    """The store cannot restrict a query to chosen graphs (FROM, default-graph-uri ...)."""


@dataclass(frozen=True)
class GraphSelection:
    """The RDF dataset a query reads. `ALL`, what every template uses, is the union of all
    graphs as the default graph and every graph as a named graph. A query's own FROM / FROM
    NAMED (`as_written`) or the protocol's default-graph-uri / named-graph-uri (the graph
    lists, which take precedence over FROM as SPARQL 1.1 Protocol says) narrow it, with
    SPARQL's meaning: a dataset that names graphs but no default graph has an empty one."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    as_written: bool = False

    @property
    def is_all(self) -> bool:
        return not (self.default_graphs or self.named_graphs or self.as_written)


ALL = GraphSelection()


# --- the protocol -----------------------------------------------------------------------------

class Store(Protocol):
    """What the library needs from a store. Each article lives in its own named graph, the
    shared entity descriptions in one graph of their own; queries see the union of all graphs
    as their default graph."""

    def add_article(self, article) -> str: ...          # 'added', 'unchanged' or 'replaced'
    def query(self, sparql: str, bindings: dict | None = None, timeout: float | None = None,
              graphs: GraphSelection = ALL) -> Result: ...
    def dump(self, fmt: str) -> bytes: ...                # turtle, ntriples, rdfxml (union); trig, nquads
    def article_graphs(self) -> list[str]: ...
    def triple_count(self) -> int: ...
    def quads(self) -> Iterable[tuple]: ...              # (s, p, o, graph) of rdflib terms
    def flush(self, record: bool = True) -> None: ...   # record=False: a flush inside an ingest (OxigraphStore.flush)
    def close(self) -> None: ...


def utf8(nquads: str | bytes) -> bytes:
    """An article's N-Quads as the UTF-8 bytes an engine parses. A prepared article carries them
    as bytes already (kg.pipeline.Outcome.nquads): made once in the worker that prepared it, they
    cross the pipe to the writer as a copy (a str with any non-ASCII letter is encoded to UTF-8
    by pickle and decoded again on the other side), and the writer joins a bulk load's articles
    without encoding them again (docs/scale.md, session 31). Text is still taken (a caller's own
    N-Quads), and encoded here."""
    return nquads if isinstance(nquads, bytes) else nquads.encode("utf-8")


# --- binding parameters -----------------------------------------------------------------------

@dataclass(frozen=True)
class ValueRows:
    """Rows of terms (None where unbound) for `variables`, bound as one VALUES block that stands
    in place of the query's `ROWS_LINE`, not at the top of every WHERE as a parameter does: a
    paged template's chosen rows, handed to the query that reads the rest of each of them
    (kg.query.templates.TemplateQuery.run, decision 0079). Bound under the key `ROWS`."""

    variables: tuple[str, ...]
    rows: tuple[tuple, ...]


ROWS = "#rows"            # the bindings' key of a ValueRows (no variable has this name)
ROWS_LINE = "#| value rows"   # where the query takes the ValueRows' block (a comment till then)


def with_values(sparql: str, bindings: dict, write: Callable[[object], str]) -> str:
    """Bind parameters as RDF terms: a VALUES block at the top of every WHERE group (the query's
    and each sub-select's), each term written by the backend's own serialiser (`write`), so
    quotes, brackets and keywords in a value stay inside one literal. (Binding APIs such as
    pyoxigraph's `substitutions` bind only projected variables, and rdflib's initBindings
    behave differently per store.) A sub-select sees only its own variables, so the block is
    repeated in each: a template can then choose, by the parameters given, which of its
    sub-selects does the work (see docs/scale.md, "Template speed"). Where a sub-select does
    not mention a parameter the one-row block changes nothing, and where it does the values
    agree with the outer block; a parameter the sub-select assigns itself (`("x" AS ?p)`) is
    left out of its block.

    A parameter given a list or tuple of terms takes each of them (one row of the block per
    combination): a caller that asks the same question of many things, such as the writer
    asking which of a batch's articles are stored, sends one query instead of one each.
    A `ValueRows` under the key `ROWS` is written last, in place of the `ROWS_LINE` line
    (after the parameters' blocks, so that no text of its terms is taken for a WHERE)."""
    rows = bindings.get(ROWS)
    bindings = {name: term for name, term in bindings.items() if name != ROWS}
    text = with_parameters(sparql, bindings, write) if bindings else sparql
    return text if rows is None else with_rows(text, rows, write)


def with_parameters(sparql: str, bindings: dict, write: Callable[[object], str]) -> str:
    """The parameters' VALUES block at the top of every WHERE group (see with_values)."""
    groups = list(re.finditer(r"\bWHERE\s*\{", sparql, re.I))
    if not groups:
        raise QuerySyntaxError("a template needs a WHERE { ... } group to bind parameters")
    out, last = [], 0
    for match in groups:
        names = sorted(set(bindings) - assigned_by_projection(sparql[:match.start()]))
        out += [sparql[last:match.end()], "\n  ", values_block(names, bindings, write) if names else "", "\n"]
        last = match.end()
    return "".join(out) + sparql[last:]


def values_block(names: list[str], bindings: dict, write: Callable[[object], str]) -> str:
    """`VALUES (?a ?b) { (x y) ... }`: one row, or one per combination where a binding is a
    list or tuple of terms."""
    written = [[write(term) for term in bindings[n]] if isinstance(bindings[n], (list, tuple))
               else [write(bindings[n])] for n in names]
    rows = " ".join(f"({' '.join(row)})" for row in itertools.product(*written))
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {rows} }}"


def with_rows(sparql: str, rows: ValueRows, write: Callable[[object], str]) -> str:
    """The text with its one `ROWS_LINE` line replaced by `VALUES (?a ?b) { (x y) ... }`, one
    row of the block per row (UNDEF where a term is None), each term written by `write`; with
    no row, by a text that leaves its group no row (no_row)."""
    lines = sparql.split("\n")
    at = [n for n, line in enumerate(lines) if line.strip() == ROWS_LINE]
    if len(at) != 1:
        raise QuerySyntaxError(f"rows of values need one `{ROWS_LINE}` line in the query (found {len(at)})")
    bad = [name for name in rows.variables if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name)]
    if bad or not rows.variables:
        raise QuerySyntaxError(f"rows of values for a variable named {bad[0]!r}" if bad else "rows of values for no variable")
    written = " ".join(f"({' '.join(row_term(term, write) for term in row)})" for row in rows.rows)
    lines[at[0]] = (f"VALUES ({' '.join('?' + name for name in rows.variables)}) {{ {written} }}" if rows.rows
                    else no_row(rows.variables[0]))
    return "\n".join(lines)


def no_row(variable: str) -> str:
    """A group's text that leaves it no row on either engine: rdflib 7.6 fails to parse an
    empty VALUES block and lets every row through `{ FILTER(false) }`; an unbound value
    filtered on being bound it drops, as pyoxigraph does."""
    return f"VALUES ?{variable} {{ UNDEF }} FILTER(BOUND(?{variable}))"


def row_term(term, write: Callable[[object], str]) -> str:
    """One term of a row of values: UNDEF where unbound; a blank node cannot be written (in a
    VALUES block it would name a new node, not the one the row was read with)."""
    if term is None:
        return "UNDEF"
    if isinstance(term, BNode):
        raise StoreError("a row holding a blank node cannot be handed on as values")
    return write(term)


def assigned_by_projection(before_where: str) -> set[str]:
    """Variables the SELECT clause just before a WHERE assigns (`("share" AS ?check)`): a
    sub-select that makes its own value of a parameter's variable cannot also bind it."""
    select = list(re.finditer(r"\bSELECT\b", before_where, re.I))
    clause = before_where[select[-1].end():] if select else ""
    return set(re.findall(r"\bAS\s+\?(\w+)", clause, re.I))


# --- the time limit ---------------------------------------------------------------------------

def within(seconds: float | None, work: Callable[[], Result]) -> Result:
    """Run `work` (which evaluates and materialises a query) in a worker thread and wait at
    most `seconds`. Neither engine can be interrupted, so a late worker is abandoned: it
    finishes in the background (a daemon thread) and its result is dropped."""
    if seconds is None or seconds <= 0:
        return work()
    box: dict = {}

    def run():
        try:
            box["result"] = work()
        except BaseException as exc:  # handed to the caller's thread below, without the
            box["error"] = exc.with_traceback(None)  # worker's frames (and the engine objects in them)

    worker = threading.Thread(target=run, name="kg-query", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise QueryTimeout(f"the query took longer than {seconds:g} s and was stopped "
                           f"(raise the limit with --timeout or KG_QUERY_TIMEOUT)")
    if "error" in box:
        raise box["error"]
    return box["result"]


# --- choosing a backend -----------------------------------------------------------------------

MEMORY = ":memory:"
REGISTRY: dict[str, Callable[..., Store]] = {}


def register(kind: str):
    """Decorator: the opener of one kind of target ('folder', 'remote', 'memory')."""
    def add(opener):
        REGISTRY[kind] = opener
        return opener
    return add


def target_kind(target: str | Path) -> str:
    text = str(target)
    if text == MEMORY:
        return "memory"
    if re.match(r"https?://", text, re.I):
        return "remote"
    return "folder"


def open_store(target: str | Path | None = None, read_only: bool = False, **options) -> Store:
    """The store at `target`: a folder (embedded pyoxigraph), an http(s):// URL (a remote
    SPARQL store), or ':memory:' (rdflib, in this process only)."""
    from kg.settings import DEFAULT_STORE
    import kg.store.memory  # noqa: F401 - the built-in backends register on import
    import kg.store.oxigraph  # noqa: F401
    import kg.store.remote  # noqa: F401
    target = DEFAULT_STORE if target is None else target
    opener = REGISTRY.get(target_kind(target))
    if opener is None:
        raise StoreError(f"no store backend for {target}")
    return opener(target, read_only=read_only, **options)
