"""The protocol's `default-graph-uri` / `named-graph-uri`: a query over a dataset the client
names instead of the union of all graphs. The IRIs are checked here (a malformed one is a 400
naming the parameter); the store applies the selection (`kg.store.base.GraphSelection`)."""
from __future__ import annotations

import re

from kg.errors import QueryParameterError

IRI = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|^`\\]*")


def checked_iris(iris: list[str], name: str) -> list[str]:
    for iri in iris:
        if not IRI.fullmatch(iri):
            raise QueryParameterError(f"{name}={iri!r} is not an absolute IRI")
    return iris


def query_over(kg, text: str, default_graphs: list[str], named_graphs: list[str], timeout: float):
    """The neutral result of `text` over the named graphs (SPARQL Protocol semantics: they
    replace the query's own FROM; with named graphs only, the default graph is empty)."""
    return kg.sparql(text, timeout=timeout,
                     default_graphs=checked_iris(default_graphs, "default-graph-uri"),
                     named_graphs=checked_iris(named_graphs, "named-graph-uri"))
