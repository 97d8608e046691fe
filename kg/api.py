"""The Python API: the same operations as the command line, under the same names.

    import kg
    g = kg.open("kg-data")
    g.build()
    g.query("who-said", person="Agus Gumiwang").to_dataframe()
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from rdflib import Graph

from kg import pipeline
from kg.validate.shacl import Report, validate_graph
from kg.query.results import Rows, to_rows
from kg.store import Solutions, Store, open_store
from kg.query.templates import get_template
from kg.rdf.iris import Iris
from kg.settings import Settings

extract_file = pipeline.extract_file


class KG:
    """Every verb of every shell, over one store and one Settings."""

    def __init__(self, store: Store, settings: Settings | None = None):
        self.store = store
        self.settings = settings or Settings()

    def build(self, on_done=None, workers: int = 1, cluster: str | None = None):
        """Ingest the bundled corpus."""
        return self.ingest([pipeline.resource_dir("corpus")], on_done, workers, cluster)

    def ingest(self, paths, on_done=None, workers: int = 1, cluster: str | None = None):
        """Every outcome of `ingest_stream`, as a list (`on_done` called on each as it comes)."""
        outcomes = []
        for outcome in self.ingest_stream(paths, workers, cluster):
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)
        return outcomes

    def ingest_stream(self, paths, workers: int = 1, cluster: str | None = None):
        """Store the articles of `paths` (files or folders), prepared on `workers` processes, or
        on the Dask cluster at `cluster` ('local': one of `workers` processes started here; see
        kg.cluster), and written by this one, yielding each article's outcome once it is
        written (so a caller that counts them holds nothing per article); then flush the
        store, so that later opens replay no log."""
        files = pipeline.article_paths(paths)
        if cluster:
            from kg.cluster import dask_pool
            with dask_pool(cluster, workers, self.settings) as pool:
                yield from pipeline.ingest_stream(self.store, files, self.settings, pool.workers, executor=pool)
        else:
            yield from pipeline.ingest_stream(self.store, files, self.settings, workers)
        self.store.flush()

    def run_template(self, name: str, values: dict[str, str], default_page: bool = False) -> Solutions:
        """A template's neutral result, its parameters bound as RDF terms. A paged template
        (decision 0017) returns the page `values` ask for (`limit`, `offset`), else every row,
        or with `default_page` (what the shells ask) the first page of its header's size;
        one row more than the page is read to tell whether another follows (`more`)."""
        return get_template(name).asked(values, default_page).run(self.store, self.settings.query_timeout)

    def query(self, name: str, **params) -> Rows:
        """Rows of a template; parameters by name (`person="Agus"`). Every row, unless a paged
        template is given `limit` (and `offset`); `rows.more` says whether more follow."""
        return to_rows(self.run_template(name, {k: str(v) for k, v in params.items()}))

    def sparql(self, text: str, allow_service: bool = False, timeout: float | None = None,
               default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = ()):
        """An ad-hoc query's neutral result (Solutions, Boolean or an rdflib Graph). Updates
        are refused, and SERVICE unless `allow_service`; the time limit is `timeout`
        seconds, else Settings.query_timeout.

        The query reads the union of all graphs as its default graph, unless it names its
        dataset with FROM / FROM NAMED, or the caller names graphs (the SPARQL Protocol's
        default-graph-uri and named-graph-uri, which replace any FROM)."""
        from kg.query.sparql import check
        from kg.store.base import GraphSelection
        checked = check(text, allow_service=allow_service)
        graphs = GraphSelection(tuple(default_graphs), tuple(named_graphs), checked.declares_dataset)
        return self.store.query(text, timeout=self.settings.query_timeout if timeout is None else timeout,
                                graphs=graphs)

    def export(self, fmt: str, view: str = "all") -> bytes:
        """The KG in `fmt`; `view="cube"`: its figures as a W3C Data Cube (kg.outputs.cube)."""
        from kg.outputs.rdf import export_bytes
        return export_bytes(self.store, fmt, self.settings, view)

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
        """The union of every graph in the store, with its Data Cube view (kg.outputs.cube:
        the integrity constraints of shapes/cube.ttl), against the shapes."""
        from kg.outputs.cube import cube_view
        graph = Graph()
        for quad in self.store.quads():
            graph.add(rdflib_triple(quad))
        graph += cube_view(graph, self.settings)
        return validate_graph(graph)


def rdflib_triple(quad) -> tuple:
    """The triple of a store quad (subject, predicate, object, graph)."""
    return quad[0], quad[1], quad[2]


def open(path: str | Path | None = None, read_only: bool = False,  # noqa: A001 - mirrors kg.open()
         settings: Settings | None = None) -> KG:
    """The KG in the store at `path` (default: settings.store, else ./kg-data)."""
    settings = settings or Settings()
    store = open_store(settings.store if path is None else path, read_only=read_only, iris=Iris(settings.base),
                       wait=settings.writer_wait)
    return KG(store, settings)


def validate_file(path: str | Path) -> Report:
    """Every triple of every graph of an RDF file, in any common syntax, against the shapes
    (see kg.rdf.files: no remote fetches, no entity expansion; an empty file is an error)."""
    from kg.rdf.files import read_union
    return validate_graph(read_union(path))
