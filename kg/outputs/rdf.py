"""Exports for linked-data consumers: Turtle and JSON-LD of the union graph (readable
prefixes), TriG and N-Quads with a named graph per article."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef, BNode

from kg.rdf.vocab import bind_prefixes


def to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value) if term.datatype else None)


def export_bytes(store, fmt: str) -> bytes:
    """Every export carries the VoID/DCAT description of the dataset."""
    from kg.outputs.void import description_bytes, void_description
    if fmt in ("turtle", "trig", "nquads", "ntriples"):
        return store.dump(fmt) + b"\n" + description_bytes(store, fmt)
    if fmt == "jsonld":
        graph = Graph()
        bind_prefixes(graph)
        for quad in store.quads():
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        graph += void_description(store)
        return graph.serialize(format="json-ld", auto_compact=True).encode("utf-8")
    if fmt == "void":
        return void_description(store).serialize(format="turtle").encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}")
