"""The fast ingest path's own pieces (issue 13): the batch's rdflib store, the string choices
checked in Python instead of pyshacl's sh:or, and the batch's term conversions."""
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.rdf.batch_store import BatchStore, graph_in
from kg.rdf.terms import OxTerms, to_ox
from kg.rdf.vocab import EKG, SCHEMA, SH
from kg.validate import shacl

A, B, P = URIRef("http://example.org/a"), URIRef("http://example.org/b"), URIRef("http://example.org/p")


def test_each_graph_of_a_batch_store_reads_its_own_triples_and_the_store_reads_the_union():
    store = BatchStore()
    first, second = Graph(store=store), Graph(store=store)
    shared, own = (A, P, Literal("1")), (B, P, A)
    first.add(own)
    first.add(shared)
    second.add(shared)
    assert list(first) == [own, shared] and list(second) == [shared]
    assert set(first.triples((None, P, A))) == {own} and not set(second.triples((None, P, A)))
    assert len(first) == 2 and len(second) == 1 and len(store) == 2
    assert {t for t, _ in store.triples((None, P, None))} == {own, shared}


def test_a_batch_graph_adds_into_its_own_triples_before_and_after_the_union_is_indexed():
    """BatchGraph writes its triples straight into its dict in the store while the union is not
    indexed (no call through the store per triple); what it adds after a read of the union
    reaches the union's index too, and a graph made after the indexing is read like the others."""
    store = BatchStore()
    first, second = graph_in(store), graph_in(store)
    first.add((A, P, Literal("1")))
    second.add((B, P, A))
    assert list(first) == [(A, P, Literal("1"))] and list(second) == [(B, P, A)]
    assert {t for t, _ in store.triples((None, P, None))} == {(A, P, Literal("1")), (B, P, A)}   # indexes the union
    first.add((A, P, B))
    third = graph_in(store)
    third.add((B, P, Literal("2")))
    assert {t for t, _ in store.triples((None, P, None))} == {(A, P, Literal("1")), (B, P, A), (A, P, B),
                                                              (B, P, Literal("2"))}
    assert set(first.triples((A, P, None))) == {(A, P, Literal("1")), (A, P, B)} and list(third) == [(B, P, Literal("2"))]
    assert len(store) == 4 and len(first) == 2


def test_removing_from_one_graph_keeps_what_another_graph_holds():
    store = BatchStore()
    first, second = Graph(store=store), Graph(store=store)
    shared = (A, P, Literal("1"))
    first.add(shared)
    first.add((B, P, A))
    second.add(shared)
    first.remove((None, P, None))
    assert len(first) == 0 and list(second) == [shared] and len(store) == 1
    second.remove(shared)
    assert len(store) == 0 and not list(store.triples((None, None, None)))


def test_string_choices_are_the_shapes_whose_sh_or_is_a_choice_of_string_datatypes():
    choices = {c.shape.rsplit("#", 1)[-1] for c in shacl.string_choices()}
    assert {"label", "name", "headline", "articleBody", "exact"} <= choices
    compiled = shacl.compiled_shapes()
    assert not any((c.shape, SH["or"], None) in compiled for c in shacl.string_choices())


def wrong_strings() -> Graph:
    """An article and a person whose strings come in every form, right and wrong."""
    data = Graph()
    article, person = URIRef("http://example.org/article"), URIRef("http://example.org/person")
    data.add((article, RDF.type, SCHEMA.NewsArticle))
    data.add((article, SCHEMA.headline, Literal(5)))                                  # wrong: an integer
    data.add((article, SCHEMA.articleBody, Literal("isi", datatype=XSD.string)))      # right: explicit xsd:string
    data.add((article, EKG.contentHash, Literal("0123456789abcdef")))
    data.add((person, RDF.type, EKG.Person))
    data.add((person, RDFS.label, Literal("Rina", lang="id")))                        # right: tagged
    data.add((person, RDFS.label, URIRef("http://example.org/not-a-string")))         # wrong: an IRI
    data.add((person, SCHEMA.name, BNode()))                                          # wrong: a blank node
    data.add((person, SCHEMA.name, Literal("2024", datatype=XSD.gYear)))              # wrong: another datatype
    return data


def test_string_choices_give_the_results_pyshacl_gives_for_the_shapes_as_written():
    fast, reference = shacl.validate_graph(wrong_strings()), shacl.validate_graph(wrong_strings(), reference=True)
    key = lambda r: sorted((v.focus, v.path, v.severity, v.message, v.shape, v.value) for v in r.violations  # noqa: E731
                           if not v.value or not v.value.startswith("N"))   # blank-node values differ by name
    assert key(fast) == key(reference)
    assert len(fast.violations) == len(reference.violations)
    or_results = [v for v in fast.violations if v.shape.endswith(("#headline", "#label", "#name"))]
    assert len(or_results) >= 4, "each wrong value should be one result"


def test_a_batch_converts_each_term_once_and_as_to_ox_does():
    terms = OxTerms()
    for term in (A, A, Literal("1.00", datatype=XSD.decimal), Literal("x", lang="ID"), BNode("b1")):
        assert terms[term] == to_ox(term)
    assert len(terms) == 4


def test_nquads_from_converted_terms_are_the_lines_pyoxigraph_writes():
    """kg.pipeline.nquads_text (the writer's N-Quads from the terms validation converted) gives
    the lines of nquads_of (pyoxigraph's own quads), for real articles with every kind of term."""
    from kg import pipeline
    from kg.build.graph import build_graph
    from conftest import CORPUS
    store, terms = BatchStore(), OxTerms()
    for path in sorted(CORPUS.glob("*.txt"))[:6]:
        article = build_graph(pipeline.extract_file(path), store=store)
        converted = shacl.article_terms(article, terms.__getitem__)
        lines = pipeline.nquads_text(article, converted).splitlines()
        assert len(lines) == len(set(lines))
        assert set(lines) == set(pipeline.nquads_of(article).splitlines())


def test_a_batch_graph_refuses_a_triple_with_a_missing_term():
    from kg.rdf.batch_store import BatchGraph
    graph = BatchGraph(store=BatchStore())
    for triple in ((None, P, A), (A, None, A), (A, P, None)):
        with pytest.raises(TypeError):
            graph.add(triple)
    graph.add((A, P, A))
    assert list(graph) == [(A, P, A)]
