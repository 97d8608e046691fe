"""Exports for linked-data consumers: Turtle and JSON-LD of the union graph (readable
prefixes), TriG and N-Quads with a named graph per article."""
from __future__ import annotations

from rdflib import Graph

from kg.rdf.vocab import bind_prefixes
from kg.settings import Settings


VIEWS = ("all", "cube")


def export_bytes(store, fmt: str, settings: Settings = Settings(), view: str = "all") -> bytes:
    """Every export carries the VoID/DCAT description of the dataset. `view="cube"`: the
    figures as a W3C Data Cube instead (kg.outputs.cube), in one graph of its own."""
    from kg.outputs.void import description_bytes, void_description
    if view == "cube":
        return cube_bytes(store, fmt, settings)
    if view != "all":
        raise ValueError(f"unknown export view {view!r}")
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


def union_graph(store, settings: Settings = Settings()) -> Graph:
    graph = Graph()
    bind_prefixes(graph, settings.base)
    for s, p, o, _ in store.quads():
        graph.add((s, p, o))
    return graph


def cube_bytes(store, fmt: str, settings: Settings = Settings()) -> bytes:
    """The Data Cube view in `fmt`; in TriG and N-Quads its triples are the graph <base>cube."""
    from rdflib import Dataset, URIRef
    from kg.outputs.cube import cube_view
    from kg.outputs.void import sorted_lines
    cube = cube_view(union_graph(store, settings), settings)
    if fmt in ("trig", "nquads"):
        dataset = Dataset()
        named = dataset.graph(URIRef(settings.base.rstrip("/") + "/cube"))
        for triple in cube:
            named.add(triple)
        for prefix, namespace in cube.namespaces():
            dataset.bind(prefix, namespace)
        text = dataset.serialize(format=fmt).encode("utf-8")
        return sorted_lines(text) if fmt == "nquads" else text
    if fmt == "ntriples":
        return sorted_lines(cube.serialize(format="nt").encode("utf-8"))
    if fmt in ("turtle", "jsonld"):
        return cube.serialize(format={"jsonld": "json-ld"}.get(fmt, fmt)).encode("utf-8")
    raise ValueError(f"the cube view has no {fmt!r} export")
