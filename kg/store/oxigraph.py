"""Stage 4: the store. An embedded, persistent pyoxigraph store behind a small interface
(`Store`), so that a remote SPARQL endpoint can be added without touching callers.

Each article lives in its own named graph; shared entity descriptions in one graph of
their own. Queries see the union of all graphs as their default graph.
"""
from __future__ import annotations

import io
import os
import re
from pathlib import Path
from typing import Iterable, Protocol

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import StoreError
from kg.build.graph import ArticleGraph, entities_graph_iri

DEFAULT_STORE = "kg-data"
STORE_ENV = "KG_STORE"


def default_store_path() -> Path:
    return Path(os.environ.get(STORE_ENV, DEFAULT_STORE))


class Store(Protocol):
    def add_article(self, article: ArticleGraph) -> str: ...
    def query(self, sparql: str, bindings: dict | None = None): ...
    def dump(self, fmt: str) -> bytes: ...
    def article_graphs(self) -> list[str]: ...
    def triple_count(self) -> int: ...


def to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def quads_of(graph: Graph, name: str) -> set:
    g = ox.NamedNode(str(name))
    return {ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in graph}


FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML,
}


class OxigraphStore:
    """The embedded store (a folder on disk, or memory when path is None)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self.ox = ox.Store()
            elif read_only:
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from None

    def add_article(self, article: ArticleGraph) -> str:
        """Store one article atomically: 'added', 'unchanged' or 'replaced'."""
        name = ox.NamedNode(str(article.iri))
        new = quads_of(article.facts, str(article.iri))
        entity_quads = quads_of(article.entities, str(entities_graph_iri()))
        old = set(self.ox.quads_for_pattern(None, None, None, name))
        if old:
            fresh_entities = {q for q in entity_quads if q not in self.ox}
            if old == new and not fresh_entities:
                return "unchanged"
            self.replace(old - new, (new - old) | fresh_entities)
            return "replaced"
        self.ox.extend(new | entity_quads)
        return "added"

    def replace(self, remove: set, add: set) -> None:
        """Remove and add in one transaction (one SPARQL update), so a failure changes nothing."""
        ntriples = lambda quads: " ".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads)  # noqa: E731
        parts = []
        if remove:
            parts.append(f"DELETE DATA {{ {ntriples(remove)} }}")
        if add:
            parts.append(f"INSERT DATA {{ {ntriples(add)} }}")
        if parts:
            self.ox.update(" ; ".join(parts))

    def query(self, sparql: str, bindings: dict | None = None):
        return self.ox.query(with_values(sparql, bindings or {}), use_default_graph_as_union=True)

    def dump(self, fmt: str) -> bytes:
        out = io.BytesIO()
        if fmt in ("trig", "nquads"):
            self.ox.dump(out, FORMATS[fmt])
        else:
            self._dump_union(out, FORMATS[fmt])
        return out.getvalue()

    def _dump_union(self, out, fmt) -> None:
        triples = self.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        ox.serialize(triples, out, fmt, prefixes=prefix_map())

    def article_graphs(self) -> list[str]:
        result = self.ox.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        entities = str(entities_graph_iri())
        return sorted(row["g"].value for row in result if row["g"].value != entities)

    def triple_count(self) -> int:
        result = self.ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        return int(next(iter(result))["n"].value)

    def quads(self) -> Iterable:
        return self.ox.quads_for_pattern(None, None, None)

    def flush(self) -> None:
        self.ox.flush()


def with_values(sparql: str, bindings: dict) -> str:
    """Bind parameters as RDF terms: a VALUES block at the top of the WHERE group, each term
    written by pyoxigraph's own N-Triples serialiser (so quotes, brackets and keywords in a
    value stay inside one literal). pyoxigraph's `substitutions` only binds projected
    variables, which would force every parameter into the result columns."""
    if not bindings:
        return sparql
    terms = {k: v if isinstance(v, (ox.NamedNode, ox.Literal)) else to_ox(v) for k, v in bindings.items()}
    names = sorted(terms)
    block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(terms[n]) for n in names)}) }}"
    match = re.search(r"\bWHERE\s*\{", sparql, re.I)
    if match is None:
        raise ValueError("a template needs a WHERE { ... } group to bind parameters")
    return sparql[:match.end()] + "\n  " + block + "\n" + sparql[match.end():]


def prefix_map() -> dict[str, str]:
    from kg.rdf.iris import base
    from kg.rdf.vocab import PREFIXES
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    prefixes["id"] = base()
    return prefixes


def open_store(path: str | Path | None = None, read_only: bool = False) -> OxigraphStore:
    return OxigraphStore(default_store_path() if path is None else path, read_only=read_only)
