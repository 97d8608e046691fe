"""Exports for linked-data consumers: Turtle and JSON-LD of the union graph (readable
prefixes), TriG and N-Quads with a named graph per article."""
from __future__ import annotations

from rdflib import Graph

from kg.rdf.vocab import bind_prefixes
from kg.settings import Settings


def export_bytes(store, fmt: str, settings: Settings = Settings()) -> bytes:
    """Every export carries the VoID/DCAT description of the dataset."""
    from kg.outputs.void import description_bytes, void_description
    if fmt in ("turtle", "trig", "nquads", "ntriples"):
        return store.dump(fmt) + b"\n" + description_bytes(store, fmt, settings)
    if fmt == "jsonld":
        graph = Graph()
        bind_prefixes(graph, settings.base)
        for s, p, o, _ in store.quads():
            graph.add((s, p, o))
        graph += void_description(store, settings)
        return graph.serialize(format="json-ld", auto_compact=True).encode("utf-8")
    if fmt == "void":
        return void_description(store, settings).serialize(format="turtle").encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}")
