"""An in-memory store on rdflib's Dataset: the second implementation of the `Store`
protocol. It holds nothing on disk and is slow on large data (rdflib's SPARQL engine), but it
answers every template like the embedded store, which the tests check; that proves callers
depend on the protocol alone, and gives notebooks and tests a store without a folder.

Known engine gap (rdflib 7.6): GROUP_CONCAT(DISTINCT ?x) raises when ?x is unbound in some
row, where SPARQL skips the row; such a query ends in a one-line StoreError here.
"""
from __future__ import annotations

from typing import Iterable

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql.sparql import SPARQLError
from rdflib.query import Result as RdflibResult

from kg.build.graph import ArticleGraph
from kg.errors import StoreError
from kg.rdf.iris import DEFAULT, Iris
from kg.rdf.terms import plain
from kg.rdf.vocab import bind_prefixes
from kg.store import base, summaries
from kg.store.base import DEFAULT_TIMEOUT, Boolean, QuerySyntaxError, Result, Solutions, register

FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt", "rdfxml": "xml"}


class MemoryStore:
    """Named graphs in an rdflib Dataset whose default graph is the union of them all."""

    def __init__(self, iris: Iris = DEFAULT):
        self.iris = iris
        self.dataset = Dataset(default_union=True)

    def add_article(self, article: ArticleGraph) -> str:
        """Store one article: 'added', 'unchanged' or 'replaced' (the same answers as the
        embedded store; in one process there is no partial write to guard against), then
        recount the summaries of the decrees the old and the new version cite."""
        graph = self.dataset.graph(URIRef(str(article.iri)))
        entities = self.dataset.graph(URIRef(str(article.entities_iri)))
        new = {(s, p, plain(o)) for s, p, o in article.facts}
        old = set(graph)
        fresh_entities = {(s, p, plain(o)) for s, p, o in article.entities} - set(entities)
        if old == new and not fresh_entities:
            return "unchanged"
        for triple in old - new:
            graph.remove(triple)
        for triple in new - old:
            graph.add(triple)
        for triple in fresh_entities:
            entities.add(triple)
        update = summaries.recount(summaries.cited(old) | summaries.cited(new), self.iris.entities_graph())
        if update:
            self.dataset.update(update)
        return "replaced" if old else "added"

    def query(self, sparql: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              graphs: base.GraphSelection = base.ALL) -> Result:
        if not graphs.is_all:    # rdflib would fetch FROM graphs from the web instead of choosing them
            raise base.UnsupportedGraphSelection("the in-memory store answers over the union of all graphs "
                                                 "only (no FROM, default-graph-uri or named-graph-uri)")
        text = base.with_values(sparql, bindings or {}, lambda term: term.n3())
        return base.within(timeout, lambda: self._evaluate(text))

    def _evaluate(self, text: str) -> Result:
        try:
            return neutral(self.dataset.query(text))
        except SPARQLError as exc:
            raise StoreError(f"the query failed: {exc}") from None
        except Exception as exc:  # pyparsing's ParseException and friends: a syntax error
            if exc.__class__.__name__ in ("ParseException", "ParseSyntaxException"):
                raise QuerySyntaxError(f"SPARQL syntax error: {str(exc).splitlines()[0][:200]}") from None
            raise

    def dump(self, fmt: str) -> bytes:
        if fmt in ("trig", "nquads"):
            named = Dataset()
            bind_prefixes(named, self.iris.base)
            for s, p, o, g in self.quads():
                named.graph(g).add((s, p, o))
            return named.serialize(format=fmt).encode("utf-8")
        union = Graph()
        bind_prefixes(union, self.iris.base)
        for s, p, o, _ in self.quads():
            union.add((s, p, o))
        return union.serialize(format=FORMATS[fmt]).encode("utf-8")

    def article_graphs(self) -> list[str]:
        entities = self.iris.entities_graph()
        return sorted({str(g) for *_, g in self.quads() if str(g) != entities})

    def triple_count(self) -> int:
        return len({(s, p, o) for s, p, o, _ in self.quads()})

    def quads(self) -> Iterable[tuple]:
        for graph in self.dataset.graphs():
            if graph.identifier != DATASET_DEFAULT_GRAPH_ID:
                for s, p, o in graph:
                    yield s, p, o, graph.identifier

    def flush(self, record: bool = True) -> None:
        """Nothing to write: the store lives in this process."""

    def close(self) -> None:
        self.dataset = Dataset(default_union=True)


def neutral(result: RdflibResult) -> Result:
    if result.type == "ASK":
        return Boolean(bool(result.askAnswer))
    if result.type == "SELECT":
        variables = tuple(str(v) for v in result.vars)
        rows = tuple(tuple(plain(row[i]) for i in range(len(variables))) for row in result)
        return Solutions(variables, rows)
    graph = Graph()
    for s, p, o in result.graph:
        graph.add((s, p, plain(o)))
    return graph


@register("memory")
def open_memory(target=None, read_only: bool = False, iris: Iris = DEFAULT, **_) -> MemoryStore:
    return MemoryStore(iris=iris)
