"""kg.rdf.terms.literal gives the literal rdflib's constructor gives, made once per value
(the ingest round ingest24, docs/scale.md); the builder's graphs are the same term for term."""
from decimal import Decimal

from rdflib import Literal

from kg import pipeline
from kg.build.graph import build_graph
from kg.rdf import terms
from kg.rdf.vocab import XSD
from conftest import CORPUS, TEST_ARTICLES

MODULES = ("kg.build.graph", "kg.facttypes.figures", "kg.facttypes.decrees", "kg.facttypes.quotes")


def same(a, b) -> bool:
    """The same rdflib literal: lexical form, datatype, language, value and its Python type."""
    return (type(a) is type(b) and str(a) == str(b) and a.datatype == b.datatype and a.language == b.language
            and type(a.value) is type(b.value) and a.value == b.value and a.ill_typed == b.ill_typed)


def test_a_kept_literal_is_the_literal_rdflib_makes():
    values = [("1", None, None), (1, None, None), (True, None, None), (1, XSD.integer, None), ("1", XSD.integer, None),
              (0, None, None), (False, None, None), ("x", None, "id"), ("x", None, "en"), ("x", None, None),
              ("x", XSD.string, None), ("abc", XSD.integer, None), ("2020-01-02", XSD.date, None),
              ("1.50", XSD.decimal, None), (Decimal("1.50"), XSD.decimal, None), (Decimal("1.5"), XSD.decimal, None),
              (1.0, None, None), ("", None, None)]
    for _ in range(2):          # made, then kept
        for value, datatype, lang in values:
            made = terms.literal(value, datatype=datatype, lang=lang)
            assert same(made, Literal(value, datatype=datatype, lang=lang)), (value, datatype, lang)
    assert terms.literal("x", lang="id") is terms.literal("x", lang="id")
    assert str(terms.literal(Decimal("1.50"), XSD.decimal)) == "1.50" and str(terms.literal(Decimal("1.5"), XSD.decimal)) == "1.5"


def test_the_kept_literals_are_bounded(monkeypatch):
    monkeypatch.setattr(terms, "LITERALS_KEPT", 3)
    monkeypatch.setattr(terms, "_literals", {})
    for n in range(10):
        assert same(terms.literal(f"v{n}"), Literal(f"v{n}"))
        assert len(terms._literals) <= 3


def test_the_builder_makes_the_same_graphs_with_kept_literals(monkeypatch):
    paths = sorted(CORPUS.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt"))[:10]
    facts = [pipeline.extract_file(path) for path in paths]
    kept = [(list(g.facts), list(g.entities)) for g in map(build_graph, facts)]
    for module in MODULES:
        monkeypatch.setattr(f"{module}.literal", lambda value, datatype=None, lang=None:
                            Literal(value, lang=lang, datatype=datatype))
    made = [(list(g.facts), list(g.entities)) for g in map(build_graph, facts)]
    assert len(kept) == len(made)
    for (kept_facts, kept_entities), (made_facts, made_entities) in zip(kept, made):
        for ours, theirs in ((kept_facts, made_facts), (kept_entities, made_entities)):
            assert ours == theirs       # the same triples in the same order
            for a, b in zip(ours, theirs):
                assert all(same(x, y) if isinstance(x, Literal) else x == y for x, y in zip(a, b))
