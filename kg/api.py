"""The Python API: the same operations as the command line, under the same names.

    import kg
    g = kg.open("kg-data")
    g.build()
    g.query("who-said", person="Agus Gumiwang").to_dataframe()
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg import pipeline
from kg.errors import ArticleError
from kg.validate.shacl import Report, validate_graph
from kg.query.results import Rows, to_rows
from kg.store.oxigraph import OxigraphStore, open_store
from kg.query.templates import get_template

extract_file = pipeline.extract_file


class KG:
    def __init__(self, store: OxigraphStore):
        self.store = store

    def build(self, on_done=None):
        """Ingest the bundled corpus."""
        return pipeline.ingest(self.store, pipeline.corpus_paths(), on_done)

    def ingest(self, paths, on_done=None):
        return pipeline.ingest(self.store, pipeline.article_paths(paths), on_done)

    def run_template(self, name: str, values: dict[str, str]):
        template = get_template(name)
        return self.store.query(template.sparql, template.bindings(values))

    def query(self, name: str, **params) -> Rows:
        """Rows of a template; parameters by name (`person="Agus"`)."""
        return to_rows(self.run_template(name, {k: str(v) for k, v in params.items()}))

    def sparql(self, text: str):
        try:
            return self.store.query(text)
        except SyntaxError as exc:
            from kg.errors import QueryParameterError
            raise QueryParameterError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None

    def export(self, fmt: str) -> bytes:
        from kg.outputs.rdf import export_bytes
        return export_bytes(self.store, fmt)

    def network(self):
        """The actors' network as a networkx.Graph (see kg.outputs.network), for notebooks."""
        from kg.outputs.network import build_network
        return build_network(self)

    def path(self, start: str, end: str) -> str:
        """The shortest path between two named entities, explained hop by hop."""
        from kg.outputs.network import build_network, explain_path, shortest_path
        graph = build_network(self)
        return explain_path(graph, shortest_path(graph, start, end))

    def chart(self, name: str, out, **params):
        """Draw chart `name` (timeline, target-vs-actual) into `out` (.png or .svg)."""
        from kg.outputs.charts import chart
        return chart(self, name, out, {k: str(v) for k, v in params.items()})

    def validate(self) -> Report:
        graph = Graph()
        for quad in self.store.quads():
            graph.add(rdflib_triple(quad))
        return validate_graph(graph)


def rdflib_triple(quad):
    from kg.outputs.rdf import to_rdflib
    return to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)


def open(path: str | Path | None = None, read_only: bool = False) -> KG:  # noqa: A001 - mirrors kg.open()
    return KG(open_store(path, read_only=read_only))


def validate_file(path: str | Path) -> Report:
    graph = Graph()
    try:
        graph.parse(str(path))
    except Exception as exc:  # rdflib raises many parser-specific types
        raise ArticleError(f"{path}: not readable RDF ({exc.__class__.__name__}: {str(exc).splitlines()[0][:120]})") from None
    return validate_graph(graph)
