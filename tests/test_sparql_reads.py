"""The SHACL-SPARQL constraints run on a store holding only what their queries can read
(kg.validate.shacl.sparql_store): the same results, messages, refusals and stored bytes as on a
store holding every triple of the article (the loader before, `full_store` here)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

import kg.pipeline as pipeline
from kg.build.graph import ArticleGraph
from kg.rdf.vocab import EKG, OA, RDF, SH
from kg.settings import Settings
from kg.store.oxigraph import OxigraphStore
from kg.validate import shacl
from conftest import CORPUS, TEST_ARTICLES
from test_shapes import CASES, CASES_DIR, case_id, load_case

ARTICLES = sorted(CORPUS.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt"))[:12]


def full_store(triples: list):
    """The loader before: every triple and the class hierarchy, focus nodes found in it."""
    store = ox.Store()
    store.extend([ox.Quad(s, p, o) for s, p, o in triples] + shacl.hierarchy_quads())
    return store, {c: shacl.focus_nodes(store, c) for c in shacl.sparql_constraints()}


@pytest.fixture
def old_loader(monkeypatch):
    def use():
        monkeypatch.setattr(shacl, "sparql_store", full_store)
    return use


def as_tuples(report) -> list[tuple]:
    return [(v.focus, v.path, v.severity, v.message, v.shape, v.value) for v in report.violations]


# --- what a query reads ------------------------------------------------------------------------

P = "PREFIX ex: <http://example.org/>\n"


@pytest.mark.parametrize("where, reads", [
    ("$this ex:a ?x . ?x ex:b ?y", {"a", "b"}),
    ("$this ex:a/ex:b ?x", {"a", "b"}),
    ("$this ex:a|^ex:b ?x", {"a", "b"}),
    ("$this ex:a+ ?x", {"a"}),
    ("$this ex:a ?x OPTIONAL { ?x ex:b ?y }", {"a", "b"}),
    # EXISTS groups are not analysed (rdflib flattens them): a query with one may read anything
    ("$this ex:a ?x FILTER NOT EXISTS { ?x ex:c ?z }", None),
    ("$this ex:a ?x FILTER NOT EXISTS { $this ex:b ?u ; ex:c ?m }", None),
    ("$this ex:a ?x FILTER EXISTS { ?x ex:b ?y FILTER (?y > 1) }", None),
    ("$this ex:a ?x MINUS { ?x ex:d ?y }", {"a", "d"}),
    ("$this a ex:C", {RDF.type}),
    ("$this ex:a ?x FILTER NOT EXISTS { $this ?p ?x }", None),    # a variable predicate
    ("$this ex:a* ?x", None),                                       # zero steps match every node
    ("$this ex:a? ?x", None),
    ("$this !ex:a ?x", None),                                       # a negated property set
    ("$this ex:a ?x GRAPH ?g { ?x ex:b ?y }", None),
    ("$this ex:a ?x { SELECT ?x WHERE { ?x ?p ?y } }", None),      # inside a subquery
    ("$this ex:a ?x . this is not SPARQL", None),
])
def test_read_predicates(where, reads):
    found = shacl.read_predicates(P + f"SELECT $this WHERE {{ {where} }}")
    if reads is None:
        assert found is None
    else:
        assert found == {r if isinstance(r, URIRef) else URIRef("http://example.org/" + r) for r in reads}


def test_every_constraint_of_the_shapes_is_read_as_expected():
    reads = {c.constraint: c.reads for c in shacl.sparql_constraints()}
    assert reads, "the shapes have SPARQL constraints"
    # the Data Cube constraints ask `$this ?value ?any`: they read everything when they run
    assert any(r is None for r in reads.values()) and any(r for r in reads.values())


# --- the same results on every shape case ---------------------------------------------------------

def case_articles() -> list[tuple[str, Graph]]:
    return [(case_id(path), load_case(path)[0]) for path in CASES] + \
        [("context", Graph().parse(CASES_DIR / "context.ttl"))]


def test_every_shape_case_gives_the_same_report_as_with_every_triple_loaded(old_loader):
    """Each case is made to break one shape (tests/shapes/README.md); every shape of shapes/
    fires in one (tests/test_shapes.py). validate_graph and the batch path, new loader and old."""
    cases = case_articles()
    new_alone = [as_tuples(shacl.validate_graph(data)) for _, data in cases]
    new_batch = [as_tuples(r) for r in shacl.validate_articles([wrap(data) for _, data in cases])]
    new_each = [as_tuples(shacl.validate_articles([wrap(data)])[0]) for _, data in cases]
    old_loader()
    old_alone = [as_tuples(shacl.validate_graph(data)) for _, data in cases]
    old_batch = [as_tuples(r) for r in shacl.validate_articles([wrap(data) for _, data in cases])]
    old_each = [as_tuples(shacl.validate_articles([wrap(data)])[0]) for _, data in cases]
    for (name, _), new, old in zip(cases, new_alone, old_alone):
        assert new == old, name
    assert new_batch == old_batch and new_each == old_each
    refused = lambda reports: {name for (name, _), r in zip(cases, reports) if any(v[2] == "Violation" for v in r)}  # noqa: E731
    assert refused(new_alone) == refused(old_alone) == refused(new_each)
    fired = {v[4] for r in new_alone for v in r}
    assert {str(c.shape) for c in shacl.sparql_constraints()} <= fired, "every SPARQL shape fires in a case"


def wrap(data: Graph) -> ArticleGraph:
    """A case's data as an article: all of it the article's own graph, no entity descriptions."""
    return ArticleGraph(iri=URIRef("https://example.org/case"), facts=data, entities=Graph())


# --- the same refusals, messages and stored bytes on articles broken against each SPARQL shape ------

def break_articles(monkeypatch) -> None:
    """Break real articles against the SPARQL shapes, each article a different way: a quote
    that is not the text at its offsets (NewsArticleShape), a second position selector
    (SpecificResourceShape), a target's 'met' flag flipped (TargetShape), a share whose value
    is not part / whole (SharePartWholeShape); the fifth article of five is left whole."""
    real_build = pipeline.build_graph

    def build(facts, iris, **options):
        graph = real_build(facts, iris, **options)
        g, kind = graph.facts, sum(map(ord, facts.article.id)) % 5
        if kind == 0:
            for quote, text in list(g.subject_objects(OA.exact))[:1]:
                g.set((quote, OA.exact, Literal(str(text) + " (diubah)")))
        elif kind == 1:
            for resource, selector in list(g.subject_objects(OA.hasSelector))[:1]:
                extra = URIRef(str(selector) + "-extra")
                g.add((resource, OA.hasSelector, extra))
                g.add((extra, RDF.type, OA.TextPositionSelector))
        elif kind == 2:
            for target, met in list(g.subject_objects(EKG.targetMet)):
                g.set((target, EKG.targetMet, Literal(not met.toPython())))
        elif kind == 3:
            for share in list(g.subjects(EKG.part, None))[:1]:
                g.set((share, EKG.value, Literal(99.5)))
        return graph

    monkeypatch.setattr(pipeline, "build_graph", build)


def ingested(monkeypatch, workers_store=None):
    store = OxigraphStore(None)
    outcomes = pipeline.ingest(store, ARTICLES)
    lines = sorted(line for line in store.dump("nquads").decode("utf-8").splitlines() if line.strip())
    return [(o.source, o.status, o.message, as_tuples(o.report) if o.report else None) for o in outcomes], lines


def test_broken_articles_are_refused_with_the_same_messages_and_the_store_holds_the_same_bytes(monkeypatch, old_loader):
    break_articles(monkeypatch)
    new_outcomes, new_lines = ingested(monkeypatch)
    old_loader()
    old_outcomes, old_lines = ingested(monkeypatch)
    assert new_outcomes == old_outcomes
    assert new_lines == old_lines and len(new_lines) > 1000
    refused_by = {v[4] for *_, report in new_outcomes if report for v in report if v[2] == "Violation"}
    assert len({s for s in refused_by if s in {str(c.shape) for c in shacl.sparql_constraints()}}) >= 2, refused_by
    assert any(status == "added" for _, status, *_ in new_outcomes)


def test_unbroken_articles_store_the_same_bytes(old_loader):
    store = OxigraphStore(None)
    new = [(o.status, o.message) for o in pipeline.ingest(store, ARTICLES)]
    new_dump = store.dump("nquads")
    old_loader()
    store = OxigraphStore(None)
    old = [(o.status, o.message) for o in pipeline.ingest(store, ARTICLES)]
    assert new == old and sorted(new_dump.splitlines()) == sorted(store.dump("nquads").splitlines())
