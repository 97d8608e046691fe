"""The SHACL-SPARQL constraints screened once per batch (kg.validate.shacl.sparql_candidates):
each article's triples in a named graph of one store, each constraint's query rewritten to run
in every graph at once (`per_graph_query`). An article is a candidate exactly when its own
evaluation (`sparql_violations`) gives a result; only candidates are evaluated alone."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from kg.rdf.vocab import SH
from kg.validate import shacl
from test_sparql_reads import ARTICLES, break_articles, case_articles, wrap

EX = "http://example.org/"
P = f"PREFIX ex: <{EX}>\n"


def terms_of(data: Graph):
    return shacl.article_terms(wrap(data))


def candidates_and_results(graphs: list[Graph]) -> tuple[list[bool], list[bool]]:
    converted = [terms_of(g) for g in graphs]
    alone = [bool(shacl.sparql_violations(wrap(g), terms=c)) for g, c in zip(graphs, converted)]
    return shacl.sparql_candidates(converted), alone


def test_every_constraint_of_the_shapes_is_rewritten():
    assert shacl.sparql_constraints()
    for constraint in shacl.sparql_constraints():
        query = shacl.per_graph_query(constraint)
        assert query is not None, constraint.constraint
        assert f"GRAPH ?{shacl.GRAPH_VARIABLE}" in query


def test_shape_cases_candidates_are_the_articles_with_results():
    """Every shape case (each breaks one shape; every SPARQL shape fires in one) in one batch, and
    each alone: the candidates are the cases whose own evaluation gives a result."""
    graphs = [data for _, data in case_articles()]
    batch, alone = candidates_and_results(graphs)
    assert batch == alone and any(alone) and not all(alone)
    for graph, expected in zip(graphs, alone):
        assert shacl.sparql_candidates([terms_of(graph)]) == [expected]


def test_broken_real_articles_same_reports_as_each_alone(monkeypatch):
    """Real articles broken against the SPARQL shapes (test_sparql_reads.break_articles), built and
    validated as a batch: each report is that of validate_graph on the article alone."""
    from kg import pipeline
    from kg.rdf.iris import Iris
    from kg.rdf.batch_store import BatchStore
    from kg.settings import Settings
    break_articles(monkeypatch)
    shared = BatchStore()
    built = [pipeline.build_graph(pipeline.extract_file(path), Iris(Settings().base), store=shared) for path in ARTICLES]
    converted = [shacl.article_terms(a) for a in built]
    alone = [bool(shacl.sparql_violations(a, terms=c)) for a, c in zip(built, converted)]
    assert shacl.sparql_candidates(converted) == alone and sum(alone) >= 3
    reports = shacl.validate_articles(built)
    for article, report in zip(built, reports):
        assert report.violations == shacl.validate_graph(article.union()).violations


@pytest.fixture
def constraints(monkeypatch):
    """Replace the shapes' SPARQL constraints by the ones given (targets: subjects of ex:a)."""
    def use(*queries: str):
        found = tuple(shacl.SparqlConstraint(URIRef(EX + f"Shape{i}"), URIRef(EX + f"c{i}"), P + q, SH.Violation,
                                             ("wrong",), ((SH.targetSubjectsOf, URIRef(EX + "a")),),
                                             shacl.read_predicates(P + q))
                      for i, q in enumerate(queries))
        monkeypatch.setattr(shacl, "sparql_constraints", lambda: found)
        shacl.target_predicates.cache_clear()
        return found
    yield use
    shacl.target_predicates.cache_clear()


def graph(*triples: tuple[str, str, str]) -> Graph:
    g = Graph()
    for s, p, o in triples:
        g.add((URIRef(EX + s), URIRef(EX + p), URIRef(EX + o)))
    return g


def test_a_join_never_reaches_another_article(constraints):
    constraints("SELECT $this WHERE { $this ex:a ?x . ?x ex:b ?y }")
    mine, theirs = graph(("n", "a", "m")), graph(("m", "b", "k"))
    assert candidates_and_results([mine, theirs]) == ([False, False], [False, False])
    both = graph(("n", "a", "m"), ("m", "b", "k"))
    assert candidates_and_results([mine, both, theirs]) == ([False, True, False], [False, True, False])


def test_groups_are_per_article(constraints):
    """A node in two articles (a shared entity): counted in each article alone, not over both."""
    constraints("SELECT $this (COUNT(?x) AS ?n) WHERE { $this ex:a ?x } GROUP BY $this HAVING (COUNT(?x) > 1)")
    one, other, two = graph(("n", "a", "x")), graph(("n", "a", "y")), graph(("n", "a", "x"), ("n", "a", "y"))
    assert candidates_and_results([one, other]) == ([False, False], [False, False])
    assert candidates_and_results([one, two, other]) == ([False, True, False], [False, True, False])


def test_exists_is_evaluated_in_the_article(constraints):
    constraints("SELECT $this WHERE { $this ex:a ?x FILTER NOT EXISTS { ?x ex:b ?y } }")
    lacking, giving = graph(("n", "a", "m")), graph(("m", "b", "k"))
    assert candidates_and_results([lacking, giving]) == ([True, False], [True, False])


@pytest.mark.parametrize("query", [
    "SELECT $this WHERE { $this ex:a ?x } LIMIT 1",
    "SELECT $this WHERE { $this ex:a ?x } ORDER BY ?x",
    "SELECT * WHERE { $this ex:a ?x }",
    "SELECT $this WHERE { $this ex:a ?x { SELECT ?x WHERE { ?x ex:b ?y } } }",
    "SELECT $this WHERE { $this ex:a ?x GRAPH ?g { ?x ex:b ?y } }",
    "SELECT $this (COUNT(?x) AS ?n) WHERE { $this ex:a ?x }",
    "SELECT $this ?kgCheckedGraph WHERE { $this ex:a ?kgCheckedGraph }",
    "SELECT $this WHERE { $this ex:a ?x } VALUES ?x { ex:m }",
])
def test_forms_not_rewritten_are_evaluated_per_article(constraints, query):
    (constraint,) = constraints(query)
    assert shacl.per_graph_query(constraint) is None
    # every article with a focus node is then a candidate, evaluated alone
    with_focus, without = graph(("n", "a", "m")), graph(("m", "b", "k"))
    assert shacl.sparql_candidates([terms_of(with_focus), terms_of(without)]) == [True, False]


def test_rewritten_query_groups_by_the_graph(constraints):
    (constraint,) = constraints("SELECT DISTINCT $this (COUNT(?x) AS ?n) WHERE { $this ex:a ?x } GROUP BY $this HAVING (COUNT(?x) > 0)")
    query = shacl.per_graph_query(constraint)
    assert "GROUP BY ?kgCheckedGraph $this" in query and "SELECT DISTINCT ?kgCheckedGraph $this" in query
    ox.Store().query(query)


def test_focus_in_is_focus_nodes_of_a_store():
    """The focus nodes found in the triples are those `focus_nodes` finds in a store of them."""
    for _, data in case_articles():
        triples = [t for pair in terms_of(data) for t in pair] + shacl.hierarchy_quads_terms()
        store = ox.Store()
        store.extend([ox.Quad(*t) for t in triples])
        for constraint in shacl.sparql_constraints():
            assert shacl.focus_in(triples, constraint) == shacl.focus_nodes(store, constraint)
