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



def test_a_long_string_is_made_each_time_and_never_kept(monkeypatch):
    """An article's body or a long quote is made once per article: keeping it only grew the
    cache, by about 5 MB per 1,000 articles (decision 0073). Its literal is still rdflib's."""
    monkeypatch.setattr(terms, "_literals", {})
    body = "x" * (terms.LONGEST_KEPT + 1)
    made = terms.literal(body, lang="id")
    assert same(made, Literal(body, lang="id")) and made is not terms.literal(body, lang="id")
    edge = "y" * terms.LONGEST_KEPT
    assert terms.literal(edge) is terms.literal(edge)
    assert list(terms._literals) == [(str, edge, None, None)]

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


def test_units_read_from_words_made_once_are_those_read_per_figure():
    """GraphBuilder.unit reads the lexicon's currencies and count units once per lexicon
    (kg.build.graph.unit_words): the same QUDT units as reading them for every figure."""
    from kg.build.graph import GraphBuilder, read_unit_words, unit_words
    from kg.extract.lexicon import Lexicon
    from kg.model import fold
    lexicon = Lexicon.for_settings(pipeline.Settings())
    facts = pipeline.extract_file(sorted(CORPUS.glob("*.txt"))[0])
    builder = GraphBuilder(facts)
    words = lexicon.words
    units = [c.get("code") for c in words.get("currencies", [])] + [str(w) for w in words.get("count_units", [])]
    units += [u.upper() for u in units] + list(builder.links.units) + ["persen", "ton", "XYZ", "", "unit", "Unit "]
    assert unit_words(lexicon) is unit_words(lexicon) and unit_words(lexicon) == read_unit_words(lexicon)
    for unit in units:
        before = None
        if unit in builder.links.units:
            before = builder.links.units[unit]
        elif builder.links.currency_namespace and unit in {c.get("code") for c in words.get("currencies", []) or []}:
            before = builder.links.currency_namespace + unit
        elif builder.links.count_unit and fold(unit) in {fold(str(w)) for w in words.get("count_units", []) or []}:
            before = builder.links.count_unit
        made = builder.unit(unit) if unit else None
        assert (None if made is None else str(made)) == before, unit
