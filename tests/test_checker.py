"""The compiled checker (kg.validate.checker) held to pyshacl: wherever it decides, it gives
pyshacl's results (focus node, path, constraint component, as many of each) and pyshacl's
conformance, on every shape case, on every mutation of the shape tests and on real articles;
and the ingest takes its results only where it is sure (decision 0034)."""
from __future__ import annotations

from collections import Counter

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg import pipeline
from kg.build.graph import build_graph
from kg.rdf import ontology
from kg.rdf.batch_store import BatchStore
from kg.rdf.vocab import EKG, SH
from kg.validate import checker as fast
from kg.validate import shacl
from kg.validate.report import violations_of
from conftest import CORPUS, TEST_ARTICLES
from test_shapes import CASES, case_id, datatype_shapes, focus_nodes_of, load_case, required_shapes
from test_shapes import mutation_graph  # noqa: F401 - the fixture (the mutation export, parsed once)


def pyshacl_results(data: Graph) -> Counter:
    """(focus, path, component) of each result pyshacl gives for the core shapes (the fast
    path's shapes and string choices, without the SHACL-SPARQL constraints)."""
    report = shacl.core_report(shacl.plain_strings(data))
    return Counter((report.value(r, SH.focusNode), report.value(r, SH.resultPath),
                    report.value(r, SH.sourceConstraintComponent))
                   for r in report.subjects(RDF.type, SH.ValidationResult))


def checker_results(screen: fast.Screen) -> Counter:
    return Counter((r.focus, r.path, r.component) for r in screen.results)


def pyshacl_violations(data: Graph) -> list[tuple]:
    """Each result of pyshacl's report of the core shapes as the ingest reads it (focus, path,
    severity, message, shape, value), in `violations_of`'s order."""
    return as_tuples(violations_of(shacl.core_report(shacl.plain_strings(data))))


def as_tuples(violations) -> list[tuple]:
    return [(v.focus, v.path, v.severity, v.message, v.shape, v.value) for v in violations]


def assert_same_as_pyshacl(data: Graph) -> bool:
    """Compare on `data`; False when the checker was unsure (it then claims nothing). Where it
    stands in for pyshacl at ingest (`screen_violations`), its violations must be pyshacl's,
    every field, as many of each (results of one shape on one focus and path differ only in
    their value; pyshacl orders those as its report graph happens to hold them)."""
    screen = fast.checker().screen(data)
    if screen.unsure:
        return False
    expected = pyshacl_results(data)
    assert checker_results(screen) == expected, (checker_results(screen) - expected, expected - checker_results(screen))
    assert screen.clean == (not expected)
    mine = fast.screen_violations(screen)
    if mine is not None:
        theirs = pyshacl_violations(data)
        assert Counter(as_tuples(mine)) == Counter(theirs), (set(as_tuples(mine)) ^ set(theirs))
        assert [t[:5] for t in as_tuples(mine)] == [t[:5] for t in theirs]
    return True


@pytest.mark.parametrize("path", CASES, ids=case_id)
def test_checker_gives_pyshacls_results_on_every_shape_case(path):
    data, _, _ = load_case(path)
    decided = assert_same_as_pyshacl(data)
    if not decided:     # what it could not decide it must say, and pyshacl must then find something or not: no claim
        assert fast.checker().screen(data).unsure


def test_checker_decides_almost_every_shape_case():
    undecided = [p for p in CASES if fast.checker().screen(load_case(p)[0]).unsure]
    assert len(undecided) <= len(CASES) // 20, undecided


def mutations(data: Graph):
    """The mutations of tests/test_shapes.py: each required value removed, each datatype
    broken, as (name, triples removed, triples added)."""
    sg = ontology.shapes_graph()
    for shape in required_shapes():
        path = sg.value(shape, SH.path)
        nodes = [n for n in focus_nodes_of(data, shape) if (n, path, None) in data]
        yield f"remove {shape}", list(data.triples((nodes[0], path, None))), []
    for shape in datatype_shapes():
        path, datatype = sg.value(shape, SH.path), sg.value(shape, SH.datatype)
        node, value = next((n, v) for n in focus_nodes_of(data, shape) for v in data.objects(n, path))
        wrong = Literal(42) if datatype == XSD.string else Literal("not a " + datatype.split("#")[-1])
        yield f"wrong datatype {shape}", [(node, path, value)], [(node, path, wrong)]


@pytest.mark.slow
def test_checker_gives_pyshacls_results_on_every_mutation(mutation_graph):
    """Every mutation of the shape tests, checked by both on the whole mutation export."""
    data, decided = mutation_graph, []
    for name, remove, add in list(mutations(data)):
        for triple in remove:
            data.remove(triple)
        for triple in add:
            data.add(triple)
        try:
            if assert_same_as_pyshacl(data):
                decided.append(name)
            assert not fast.checker().screen(data).clean, f"{name}: the checker saw nothing"
        finally:
            for triple in add:
                data.remove(triple)
            for triple in remove:
                data.add(triple)
    assert len(decided) >= 0.9 * len(list(mutations(data))), "the checker should decide nearly every mutation"


def article_graphs(paths):
    store = BatchStore()
    return [build_graph(pipeline.extract_file(path), store=store) for path in paths]


def test_checker_agrees_with_pyshacl_on_real_articles():
    """Corpus and test articles, each alone (as the ingest screens them): the same results,
    and the checker unsure of none of them."""
    graphs = article_graphs(sorted(CORPUS.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt"))[:20])
    with_results = 0
    for graph in graphs:
        screen = fast.screen_graphs(graph.facts, graph.entities)
        assert not screen.unsure, screen.unsure
        expected = pyshacl_results(graph.union())
        assert checker_results(screen) == expected
        assert assert_same_as_pyshacl(graph.union())
        with_results += bool(expected)
    assert with_results, "some article should have a result (a warning) for the comparison to mean something"


def test_a_broken_article_gets_pyshacls_results_from_the_checker(monkeypatch):
    """An article the checker finds a violation in, and is sure about, gets the results pyshacl
    would give it alone (decision 0034), without a pyshacl run."""
    graph = broken_article()
    screen = fast.screen_graphs(graph.facts, graph.entities)
    figure = next(v for v in screen.results if v.component == SH.MinCountConstraintComponent).focus
    assert (figure, EKG.value, SH.MinCountConstraintComponent) in checker_results(screen)
    called = spy_on_pyshacl(monkeypatch)
    [report] = shacl.validate_articles([graph])
    assert sum(called) == 0 and report.has_violations    # no article handed to pyshacl
    alone = shacl.validate_graph(graph.union())
    assert Counter(as_tuples(report.violations)) == Counter(as_tuples(alone.violations))
    assert report.summary() == alone.summary() and report.conforms == alone.conforms


def test_an_article_whose_result_has_no_fixed_message_goes_to_pyshacl(monkeypatch):
    """A shape without one plain message (pyshacl's wording, or a template): pyshacl decides."""
    graph = broken_article()
    screen = fast.screen_graphs(graph.facts, graph.entities)
    shape = next(r.shape for r in screen.results if r.component == SH.MinCountConstraintComponent)
    messages = dict(fast.result_messages())
    del messages[shape]
    monkeypatch.setattr(fast, "result_messages", lambda: messages)
    called = spy_on_pyshacl(monkeypatch)
    [report] = shacl.validate_articles([graph])
    assert called == [1] and report.has_violations
    assert as_tuples(report.violations) == as_tuples(shacl.validate_graph(graph.union()).violations)


def test_an_unsure_checker_sends_the_article_to_pyshacl(monkeypatch):
    graph = broken_article()
    real = fast.screen_graphs

    def unsure(*graphs):
        screen = real(*graphs)
        screen.unsure.append((None, "test"))
        screen.everything = True
        return screen
    monkeypatch.setattr(shacl, "screen_graphs", unsure)
    called = spy_on_pyshacl(monkeypatch)
    [report] = shacl.validate_articles([graph])
    assert called == [1] and report.has_violations


def broken_article():
    """The first corpus article with the value of one figure (or target) removed."""
    graph = article_graphs(sorted(CORPUS.glob("*.txt"))[:1])[0]
    figure = next(graph.facts.subjects(RDF.type, EKG.Figure), None) or next(graph.facts.subjects(RDF.type, EKG.Target))
    graph.facts.remove((figure, EKG.value, None))
    return graph


def spy_on_pyshacl(monkeypatch) -> list:
    called = []
    real = shacl.pyshacl_articles
    monkeypatch.setattr(shacl, "pyshacl_articles",
                        lambda articles, *rest: called.append(len(articles)) or real(articles, *rest))
    return called


def test_a_constraint_the_checker_does_not_know_makes_it_unsure():
    sg = Graph()
    shape, p = URIRef("http://example.org/shape"), URIRef("http://example.org/p")
    sg.add((shape, SH.targetClass, EKG.Figure))
    sg.add((shape, SH.path, p))
    sg.add((shape, SH.uniqueLang, Literal(True)))
    compiled = fast.compile_shape(sg, shape, ((SH.targetClass, EKG.Figure),))
    assert compiled.unsupported
    data = fast.Data([(URIRef("http://example.org/f"), RDF.type, EKG.Figure)])
    screen = fast.Screen()
    compiled.check(URIRef("http://example.org/f"), data, screen)
    assert screen.unsure and not screen.clean


def test_the_data_store_answers_every_pattern_as_an_rdflib_graph_does():
    """pyshacl reads the flagged articles through a DataStore: every triple pattern must give
    what rdflib's own store gives (xsd:string literals read as plain ones, as pyshacl gets them)."""
    graph = article_graphs(sorted(CORPUS.glob("*.txt"))[:1])[0].union()
    graph.add((URIRef("http://example.org/x"), EKG.unit, Literal("USD", datatype=XSD.string)))
    plain = shacl.plain_strings(graph)
    data = shacl.StoreUnion(store=fast.DataStore(fast.Data(graph)))
    s, p, o = next(iter(plain.triples((None, EKG.unit, None))))
    patterns = [(None, None, None), (s, None, None), (s, p, None), (s, p, o), (None, p, None), (None, p, o),
                (None, None, o), (s, None, o), (None, RDF.type, EKG.Figure), (None, RDF.type, None), (o, None, None)]
    for pattern in patterns:
        assert set(data.triples(pattern)) == set(plain.triples(pattern)), pattern
    assert len(data) == len(plain)
    assert shacl.plain_strings(data) is data
