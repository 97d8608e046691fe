"""The protocol's `default-graph-uri` / `named-graph-uri`: a query over a dataset the client
names instead of the union of all graphs.

A thin adapter: the Store protocol's `query` always answers over the union, so this reaches
the embedded engine's own dataset arguments (pyoxigraph's `default_graph` and `named_graphs`)
and turns the answer into the neutral result with the store's own converter. Another backend
answers a clear "not supported" instead of silently ignoring the graphs. (Belongs in the Store
protocol as a `dataset=` argument; see the report of issue 10.)
"""
from __future__ import annotations

import re

from kg.errors import KGError, QueryParameterError
from kg.store.base import QuerySyntaxError, within

IRI = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|^`\\]*")


class UnsupportedDataset(KGError):
    """The store behind this server cannot restrict a query to named graphs."""


def checked_iris(iris: list[str], name: str) -> list[str]:
    for iri in iris:
        if not IRI.fullmatch(iri):
            raise QueryParameterError(f"{name}={iri!r} is not an absolute IRI")
    return iris


def query_over(kg, text: str, default_graphs: list[str], named_graphs: list[str], timeout: float):
    """The neutral result of `text` over the given graphs (either list may be empty: an empty
    default list means the union of all graphs, an empty named list means every graph)."""
    engine = getattr(kg.store, "ox", None)
    if engine is None:
        raise UnsupportedDataset("this store does not support default-graph-uri / named-graph-uri")
    import pyoxigraph as ox
    from kg.store.oxigraph import first_line, neutral
    options: dict = {}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(i) for i in checked_iris(default_graphs, "default-graph-uri")]
    else:
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(i) for i in checked_iris(named_graphs, "named-graph-uri")]

    def evaluate():
        try:
            return neutral(engine.query(text, **options))
        except SyntaxError as exc:
            raise QuerySyntaxError(f"SPARQL syntax error: {first_line(exc)}") from None
    return within(timeout, evaluate)
