"""A SPARQL 1.1 server as the store (an Oxigraph server, Apache Jena Fuseki, any SPARQL 1.1
store), reached over the SPARQL 1.1 Protocol (queries, updates) and the Graph Store Protocol
(one article graph per PUT).

Writes keep the embedded store's promise as far as HTTP allows: the shared entity descriptions
of a batch go first, in one SPARQL Update (INSERT DATA, so a repeat changes nothing), then each
article is one PUT of its whole graph, which the server loads in one transaction. A client or
server that dies in the middle leaves each article whole or absent, and extra entity
descriptions that a clean ingest also writes; a re-run completes. After the PUTs, one SPARQL
Update recounts the summaries of the decrees the articles cite (kg.store.summaries, decision
0020); a client that dies before it leaves them stale until the next write that cites the
decree, or a re-run, which recounts them whatever changed.

Reads go through the SPARQL protocol with the parameters bound as RDF terms (a VALUES block
written by pyoxigraph's serialiser, as the embedded store does); results are parsed by
pyoxigraph and leave this module as the neutral results of kg.store.base, so a template
answers the same here as on the embedded store. Queries see the union of the named graphs
as their default graph: the server must offer that (Oxigraph: this client asks for it with
the `union-default-graph` parameter; Fuseki: `tdb2:unionDefaultGraph true`), and the first
use checks it.

Why httpx: a maintained client with connection reuse (one keep-alive connection for all the
PUTs of an ingest), per-request time limits and plain PUT/POST of bytes; SPARQLWrapper speaks
only the query protocol, not the Graph Store Protocol, and converts results itself.
"""
from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path
from typing import Iterable
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import StoreError
from kg.facttypes.figures import CLASSES as figure_classes
from kg.rdf.iris import DEFAULT, ONTOLOGY, Iris
from kg.rdf.terms import to_rdflib
from kg.store import base, skew, summaries
from kg.store.base import DEFAULT_TIMEOUT, QuerySyntaxError, Result, register, utf8
from kg.store.oxigraph import OxigraphStore, canonical, first_line, neutral, quads_of, with_values, write_term

ENDPOINTS = {"query": "query", "update": "update", "store": "store"}   # Oxigraph server's names
RESULTS = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
ACCEPT = f"{RESULTS}, application/sparql-results+xml;q=0.9, {NTRIPLES};q=0.9, text/turtle;q=0.8"
CONNECT_TIMEOUT = 10.0
WRITE_TIMEOUT = 120.0     # seconds one write (a PUT, an update) may take before it is an error
ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
log = logging.getLogger("kg.store")


def endpoints(target: str) -> dict[str, str]:
    """The query, update and Graph Store endpoints of a target URL: the URL names the service
    (its last segment 'query' or 'sparql' is taken for the query endpoint), and each endpoint
    is the service URL plus its name, Oxigraph's 'query', 'update' and 'store' unless the
    URL's query string renames it (`?store=data` for Fuseki's dataset layout)."""
    parts = urlsplit(target)
    options = dict(parse_qsl(parts.query))
    unknown = set(options) - set(ENDPOINTS)
    if unknown:
        raise StoreError(f"{target}: unknown store URL option(s) {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(ENDPOINTS)})")
    path = parts.path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    names = dict(ENDPOINTS)
    if last in ("query", "sparql"):
        path, names["query"] = path[: -len(last)].rstrip("/"), last
    names.update(options)
    service = urlunsplit((parts.scheme, parts.netloc, path + "/", "", ""))
    return {role: urljoin(service, name) for role, name in names.items()}


class RemoteStore:
    """The Store protocol over HTTP, against the SPARQL 1.1 store at `target`."""

    def __init__(self, target: str, read_only: bool = False, iris: Iris = DEFAULT):
        self.target = target
        self.read_only = read_only
        self.iris = iris
        self.urls = endpoints(target)
        import httpx    # here, not at the top: a CLI run on a store folder does not pay its import
        self.http = httpx.Client(timeout=httpx.Timeout(WRITE_TIMEOUT, connect=CONNECT_TIMEOUT))
        if self.check_union_default_graph():
            self.check_format()

    # --- reading -------------------------------------------------------------------------

    def query(self, sparql: str, bindings: dict | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              graphs: base.GraphSelection = base.ALL) -> Result:
        """Evaluate on the server over `graphs` (by default the union of all graphs), within
        `timeout` seconds (the request is abandoned then; its HTTP read ends by itself shortly
        after)."""
        text = with_values(sparql, bindings or {})
        return base.within(timeout, lambda: self._evaluate(text, timeout, graphs))

    def _evaluate(self, text: str, timeout: float | None, graphs: base.GraphSelection = base.ALL) -> Result:
        import httpx
        limit = httpx.Timeout((timeout + 1) if timeout else WRITE_TIMEOUT, connect=CONNECT_TIMEOUT)
        response = self._send("POST", self.urls["query"], params=protocol_dataset(graphs),
                              data={"query": text}, headers={"Accept": ACCEPT}, timeout=limit, querying=True)
        return parse_result(response)

    def _solutions(self, sparql: str, bindings: dict | None = None) -> base.Solutions:
        return self._evaluate(with_values(sparql, bindings or {}), None)

    def dump(self, fmt: str) -> bytes:
        """The export, written by the embedded engine from a copy of every quad in a scratch
        folder, so that it is byte for byte the export of an embedded store with the same
        content. (A large server is better exported by its own dump command.)"""
        with tempfile.TemporaryDirectory(prefix="kg-export-") as folder:
            copy = OxigraphStore(Path(folder) / "store", iris=self.iris)   # on disk: the same order as a folder store
            copy.ox.extend(ox.Quad(*quad) for quad in self._ox_quads())
            data = copy.dump(fmt)
            copy.close()
        return data

    def article_graphs(self) -> list[str]:
        entities = self.iris.entities_graph()
        names = [str(row["g"]) for row in self._solutions("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]
        return sorted(name for name in names if name != entities)

    def triple_count(self) -> int:
        rows = self._solutions("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
        return int(rows[0][0]) if rows else 0

    def quads(self) -> Iterable[tuple]:
        """Every quad of the named graphs as (subject, predicate, object, graph) rdflib terms."""
        for quad in self._ox_quads():
            yield tuple(to_rdflib(term) for term in quad)

    def _ox_quads(self) -> list[tuple]:
        response = self._send("POST", self.urls["query"], data={"query": ALL_QUADS},
                              headers={"Accept": RESULTS}, querying=True)
        solutions = ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)
        return [(row["s"], row["p"], row["o"], row["g"]) for row in solutions]

    def check_union_default_graph(self) -> bool:
        """One quad of a named graph must also be seen without GRAPH, or every template would
        answer nothing; checked once, when the store is opened (which also says at once when
        the server is down). Says whether the store holds any named graph."""
        found = self._solutions("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1").rows
        if not found:
            self.refuse_facts_outside_graphs()
            return False
        s, p, o = found[0]
        if not self._evaluate(with_values("ASK WHERE { ?s ?p ?o }", {"s": s, "p": p, "o": o}), None):
            raise StoreError(f"the SPARQL store at {self.target} does not show its named graphs as its default "
                             f"graph; configure a union default graph (Fuseki: tdb2:unionDefaultGraph true)")
        return True

    def refuse_facts_outside_graphs(self) -> None:
        """A server holding kg's facts in its default graph only (a Turtle export loaded as it is)
        has lost the graph per article that the templates read a fact in (decision 0028): who-said,
        figures, timeline and consistency would answer nothing, with no error. Said at once instead."""
        ask = f"ASK WHERE {{ ?fact <{ONTOLOGY}sourceArticle> ?article }}"
        if self._evaluate(ask, None):
            raise StoreError(f"the SPARQL store at {self.target} holds kg's facts in its default graph only; the "
                             f"templates read each article's named graph: load an export with a graph per article "
                             f"(kg export --format trig or nquads), or ingest into it with kg")

    def check_format(self) -> None:
        """A server has no format file, so what it holds is looked at (kg.store.skew) when the
        store is opened: the figures with a period against those with a group key, and the
        decree summaries against a recount (85 ms of CPU at 10k articles on a folder, and about
        as much of an Oxigraph server's, on every open; a writer also asks for a figure without its
        agency years, which reads every figure, decision 0033, and for a fact without its evidence
        start, which reads every evidence, decision 0065). Read-only: a warning names what is missing. A
        writer adds it (the comparison and group keys in SPARQL, as the builder computes them;
        every decree recounted) and checks again; what it cannot add is one line of error. Only
        asked of a store that holds a named graph (check_union_default_graph says)."""
        entities = self.iris.entities_graph()
        run = lambda text: self._evaluate(text, None)   # noqa: E731
        # the agency-year and evidence-start checks read every figure or evidence (7-9 s of CPU at
        # 100k for the first): a writer's, not a reader's
        lacks = skew.found(run, entities, thorough=True, every_fact=not self.read_only)
        if not lacks:
            return
        if self.read_only:
            log.warning("the SPARQL store at %s lacks what this kg's templates read (%s; decisions 0018, 0020, 0033, 0065, 0069, 0076): "
                        "the figures sources and target-vs-actual compare, figures of one agency and year, what who-said or timeline finds, or the decrees' citing articles, are "
                        "not found in it until a writer (any `kg ingest`) adds them", self.target, ", ".join(lacks))
            return
        if skew.FIGURES in lacks:
            self._update(skew.add_keys(figure_classes.values()))
        if skew.AGENCY_YEARS in lacks:
            rows = [tuple(str(term) for term in row) for row in run(skew.AGENCY_YEAR_ROWS).rows]
            for update in skew.agency_year_updates(rows, entities):
                self._update(update)
        if skew.EVIDENCE_STARTS in lacks:
            self._update(skew.ADD_EVIDENCE_STARTS)
        if skew.VALUE_PROFILES in lacks:
            self._update(skew.add_value_profiles(self.iris.base, entities))
        if skew.MEASURE_PROFILES in lacks:
            self._update(skew.add_measure_profiles(self.iris.base, entities))
        if skew.SOURCE_PROFILES in lacks:
            self._update(skew.add_source_profiles(self.iris.base, entities))
        if skew.STATEMENT_KEYS in lacks:
            self._update(skew.ADD_STATEMENT_KEYS)
        self._update(summaries.recount_all(entities))
        still = skew.found(run, entities, thorough=True)
        if still:
            raise StoreError(f"the SPARQL store at {self.target} lacks {', '.join(still)} and this writer could "
                             f"not add them; export it and ingest the articles again into an empty store")
        log.warning("the SPARQL store at %s lacked %s; they were added (decisions 0018, 0020, 0033, 0065, 0069, 0076)",
                    self.target, ", ".join(lacks))

    # --- writing -------------------------------------------------------------------------

    def add_article(self, article) -> str:
        """Store one article ('added', 'unchanged' or 'replaced'), as `add_articles` does."""
        quads = quads_of(article.facts, str(article.iri)) | quads_of(article.entities, str(article.entities_iri))
        return self.add_articles([(str(article.iri), "".join(f"{quad} .\n" for quad in quads))])[0]

    def add_articles(self, articles: list[tuple[str, str]]) -> list[str]:
        """Store many articles given as (IRI, N-Quads of its graph and its entity
        descriptions): the answers `add_article` would give one by one, in order. A batch that
        names one article twice is written in parts, so the second sees the first."""
        self._refuse_if_read_only()
        statuses, part, names = [], [], set()
        for iri, nquads in articles:
            if iri in names:
                statuses += self._write_part(part)
                part, names = [], set()
            part.append((iri, nquads))
            names.add(iri)
        return statuses + self._write_part(part)

    def _write_part(self, articles: list[tuple[str, str]]) -> list[str]:
        """Entities first (one SPARQL Update of those the server lacks), then one PUT for each
        article that is new or changed, then one SPARQL Update that recounts the summaries of the
        decrees the part's articles cite, in their old and new versions (kg.store.summaries).
        The recount runs even when nothing changed: it gives the same values then, and a re-run
        after a client that died before it puts the summaries right."""
        if not articles:
            return []
        split = [split_article(iri, nquads) for iri, nquads in articles]
        stored = self._stored_graphs([iri for iri, _ in articles])
        decrees = self._cited_in(sorted(stored)) | summaries.cited(set().union(*(facts for facts, _ in split)))
        fresh = self._fresh_entities(set().union(*(entities for _, entities in split)))
        self._insert_entities(fresh)
        statuses = []
        for (iri, _), (facts, entities) in zip(articles, split):
            statuses.append(self._put_if_changed(iri, facts, iri in stored, bool(entities & fresh)))
        self._update(summaries.recount(decrees, self.iris.entities_graph()))
        return statuses

    def _cited_in(self, graphs: list[str]) -> set[str]:
        """The decrees the server's versions of these article graphs cite (one query)."""
        if not graphs:
            return set()
        block = " ".join(write_term(ox.NamedNode(iri)) for iri in graphs)
        rows = self._solutions(f"SELECT DISTINCT ?d WHERE {{ VALUES ?g {{ {block} }} GRAPH ?g {{ ?c <{summaries.CITES}> ?d }} }}")
        return {str(row["d"]) for row in rows}

    def _update(self, update: str) -> None:
        if update:
            self._send("POST", self.urls["update"], content=update.encode("utf-8"),
                       headers={"Content-Type": "application/sparql-update"})

    def _put_if_changed(self, iri: str, facts: set, stored: bool, fresh_entities: bool) -> str:
        if stored and self._graph(iri) == canonical(facts):
            return "replaced" if fresh_entities else "unchanged"
        self._put_graph(iri, facts)
        return "replaced" if stored else "added"

    def _stored_graphs(self, iris: list[str]) -> set[str]:
        """Which of these article graphs hold a triple on the server (one query)."""
        block = " ".join(write_term(ox.NamedNode(iri)) for iri in iris)
        rows = self._solutions(f"SELECT ?g WHERE {{ VALUES ?g {{ {block} }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}")
        return {str(row["g"]) for row in rows}

    def _fresh_entities(self, quads: set) -> set:
        """The entity quads the server does not hold yet (one query with the quads as VALUES)."""
        if not quads:
            return set()
        quads = canonical(quads)
        rows = " ".join(f"({q.subject} {q.predicate} {q.object} {q.graph_name})" for q in quads)
        found = self._solutions(f"SELECT ?s ?p ?o ?g WHERE {{ VALUES (?s ?p ?o ?g) {{ {rows} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        present = set(found.rows)
        return {q for q in quads if tuple(map(to_rdflib, (q.subject, q.predicate, q.object, q.graph_name))) not in present}

    def _insert_entities(self, quads: set) -> None:
        if not quads:
            return
        body = " ".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads)
        self._send("POST", self.urls["update"], content=f"INSERT DATA {{ {body} }}".encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update"})

    def _graph(self, iri: str) -> set:
        """The article graph as the server holds it, as quads in the embedded engine's form."""
        response = self._send("GET", self.urls["store"], params={"graph": iri}, headers={"Accept": NTRIPLES},
                              missing_ok=True)
        if response.status_code == 404:
            return set()
        name = ox.NamedNode(iri)
        return canonical({ox.Quad(t.subject, t.predicate, t.object, name)
                          for t in ox.parse(response.content, ox.RdfFormat.N_TRIPLES)})

    def _put_graph(self, iri: str, facts: set) -> None:
        """The whole article graph in one Graph Store Protocol PUT (one transaction on the server)."""
        body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in facts).encode("utf-8")
        self._send("PUT", self.urls["store"], params={"graph": iri}, content=body,
                   headers={"Content-Type": NTRIPLES})

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.target} was opened read-only")

    # --- HTTP ------------------------------------------------------------------------------

    def _send(self, method: str, url: str, querying: bool = False, missing_ok: bool = False,
              **request) -> httpx.Response:
        """One request; any failure is one line naming the server (a KGError subclass)."""
        import httpx
        try:
            response = self.http.request(method, url, **request)
        except httpx.ConnectError as exc:
            raise StoreError(f"cannot reach the SPARQL store at {url}: {first_line(exc)}; "
                             f"is the server running?") from None
        except httpx.TimeoutException:
            raise StoreError(f"the SPARQL store at {url} did not answer in time ({method})") from None
        except httpx.HTTPError as exc:
            raise StoreError(f"the SPARQL store at {url} failed ({method}): {first_line(exc)}") from None
        if response.status_code < 400 or (missing_ok and response.status_code == 404):
            return response
        said = server_message(response)
        if querying and response.status_code == 400:
            raise QuerySyntaxError(f"the SPARQL store refused the query: {said}")
        raise StoreError(f"the SPARQL store at {url} answered {response.status_code} to {method}: {said}")

    def flush(self, record: bool = True) -> None:
        """Nothing to do: the server commits each request itself."""

    def close(self) -> None:
        self.http.close()


def split_article(iri: str, nquads: str | bytes) -> tuple[set, set]:
    """An article's N-Quads as (its own graph's quads, its entity description quads)."""
    name = ox.NamedNode(iri)
    quads = set(ox.parse(utf8(nquads), ox.RdfFormat.N_QUADS))
    facts = {q for q in quads if q.graph_name == name}
    return facts, canonical(quads - facts)


def parse_result(response: httpx.Response) -> Result:
    """The server's answer, parsed by pyoxigraph by its media type, as a neutral result. The
    error is raised outside the `except` block, so that no pyoxigraph result object travels
    with it (they must be released by the thread that made them)."""
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    results_format = ox.QueryResultsFormat.from_media_type(media) if media else None
    rdf_format = ox.RdfFormat.from_media_type(media) if media and results_format is None else None
    if results_format is None and rdf_format is None:
        raise StoreError(f"the SPARQL store answered in an unknown format {media or '(none)'!r}")
    try:
        if results_format is not None:
            return neutral(ox.parse_query_results(response.content, results_format))
        graph = Graph()
        for triple in ox.parse(response.content, rdf_format):
            graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
        return graph
    except (SyntaxError, ValueError) as exc:
        message = f"the SPARQL store's answer does not parse: {first_line(exc)}"
    raise StoreError(message)


def server_message(response: httpx.Response) -> str:
    """The first line of an error answer, without markup."""
    text = re.sub(r"<[^>]+>", " ", response.text or "").strip()
    return first_line(Exception(text)) if text else response.reason_phrase


@register("remote")
def open_remote(target, read_only: bool = False, iris: Iris = DEFAULT, **_) -> RemoteStore:
    return RemoteStore(str(target), read_only=read_only, iris=iris)


def protocol_dataset(graphs: base.GraphSelection) -> list[tuple[str, str]]:
    """The query request's dataset parameters: the server's union default graph unless the
    query's own FROM decides or graphs are named (SPARQL 1.1 Protocol's default-graph-uri and
    named-graph-uri, which the server then uses instead of any FROM)."""
    if graphs.is_all:
        return [("union-default-graph", "")]
    return ([("default-graph-uri", iri) for iri in graphs.default_graphs]
            + [("named-graph-uri", iri) for iri in graphs.named_graphs])
