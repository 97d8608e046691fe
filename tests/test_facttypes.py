"""Fact types: the built-in ones keep the corpus's facts as they were, and a new one slots in
through the registry alone.

The toy 'ranking' fact (a measure's rank, stated by someone) is defined in this file only:
its model object, its class under ekg:Fact, its triples and its JSON record. Registered into a
copy of the registry, it shows up in the JSON contract, the article's graph, the VoID
description, the network and the templates' results, with no other module edited; the
process-wide registry never sees it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields, make_dataclass

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, VOID

import kg
from kg.build.graph import build_graph
from kg.build.records import facts_record
from kg.facttypes import REGISTRY, FactType, FactTypeError, Registry
from kg.outputs.network import build_network
from kg.outputs.void import void_description
from kg.pipeline import extract_file
from kg.rdf.vocab import EKG
from kg.settings import Settings

from conftest import CORPUS, ROOT


# -- the toy fact type -----------------------------------------------------------------------

@dataclass
class Ranking:
    """A measure's rank, as an article might state it ('the third largest exporter')."""
    what: str
    rank: int
    start: int
    end: int
    speaker: object = None


def ranking_iri(facts, ranking: Ranking, iris) -> str:
    return iris.fact(facts.article.id, "ranking", ranking.start, ranking.end)


def ranking_to_rdf(builder, ranking: Ranking) -> URIRef:
    node = URIRef(ranking_iri(builder.f, ranking, builder.iris))
    builder.g.add((node, RDF.type, EKG.Ranking))
    builder.g.add((node, EKG.measureLabel, Literal(ranking.what)))
    builder.g.add((node, EKG.rank, Literal(ranking.rank)))
    builder.provenance(node, None, ranking.speaker)
    builder.evidence(node, ranking.start, ranking.end)
    return node


def ranking_to_record(facts, ranking: Ranking, iris) -> dict:
    return {"type": "ranking", "iri": ranking_iri(facts, ranking, iris), "what": ranking.what,
            "rank": ranking.rank, "speaker": ranking.speaker.name if ranking.speaker else None,
            "evidence": {"text": facts.article.text[ranking.start:ranking.end], "start": ranking.start, "end": ranking.end}}


RANKINGS = FactType(
    name="ranking", record_types=("ranking",), classes=(EKG.Ranking,),
    select=lambda facts: getattr(facts, "rankings", []),
    to_rdf=ranking_to_rdf, to_record=ranking_to_record, examples=(EKG.Ranking,),
)


@pytest.fixture
def registry():
    """The built-in fact types plus the toy, in a copy; taken out again afterwards."""
    registry = REGISTRY.copy()
    registry.register(RANKINGS)
    yield registry
    registry.unregister("ranking")
    assert "ranking" not in REGISTRY and "ranking" not in registry


@pytest.fixture(scope="module")
def ranked():
    """An article's facts, plus one ranking stated by the speaker of its first attributed quote
    over that quote's span (the extractor of rankings would find it; here it is injected)."""
    for path in sorted(CORPUS.glob("*.txt")):
        facts = extract_file(path)
        quote = next((q for q in facts.quotes if q.speaker), None)
        if quote:
            break
    ranking = Ranking("peringkat eksportir", 3, quote.evidence.start, quote.evidence.end, quote.speaker)
    # the model grows a field for the new kind of fact, as kg.model.Facts would
    with_rankings = make_dataclass("RankedFacts", [("rankings", list, field(default_factory=list))], bases=(type(facts),))
    return with_rankings(**{f.name: getattr(facts, f.name) for f in fields(facts)}, rankings=[ranking])


@pytest.fixture
def built(ranked, registry):
    return build_graph(ranked, registry=registry)


@pytest.fixture
def ranking(built) -> URIRef:
    (node,) = built.facts.subjects(RDF.type, EKG.Ranking)
    return node


@pytest.fixture
def store(tmp_path, built):
    store = kg.open(tmp_path / "store")
    store.store.add_article(built)
    return store


# -- the toy everywhere ----------------------------------------------------------------------

def test_toy_fact_is_in_the_json_contract(ranked, registry):
    records = facts_record(ranked, "toy", registry=registry)["facts"]
    (ranking,) = [r for r in records if r["type"] == "ranking"]
    assert ranking["rank"] == 3 and ranking["speaker"] == ranked.rankings[0].speaker.name
    assert ranking["evidence"]["text"] == ranked.article.text[ranking["evidence"]["start"]:ranking["evidence"]["end"]]
    # after the built-in fact types' records, before people and organisations
    types = [r["type"] for r in records]
    assert types.index("ranking") > max(i for i, t in enumerate(types) if t in ("figure", "target", "quote", "decree"))
    assert types.index("ranking") < types.index("person")
    # everything else is what the default registry gives
    assert [r for r in records if r["type"] != "ranking"] == facts_record(ranked, "toy")["facts"]


def test_toy_fact_is_in_the_article_graph_typed_ekg_fact(ranked, built, ranking):
    facts = built.facts
    assert (ranking, RDF.type, EKG.Fact) in facts
    assert facts.value(ranking, EKG.rank) == Literal(3)
    assert facts.value(ranking, EKG.sourceArticle) == built.iri
    assert facts.value(ranking, EKG.statedBy) is not None
    evidence = facts.value(ranking, EKG.evidence)
    assert evidence is not None
    # the default registry builds the same graph without the ranking and its evidence
    plain = build_graph(ranked)
    added = set(facts) - set(plain.facts)
    assert {s for s, _, _ in added} == {ranking, evidence, URIRef(f"{evidence}/position"), URIRef(f"{evidence}/quote")}
    assert set(plain.facts) <= set(facts) and set(plain.entities) == set(built.entities)


def test_toy_fact_has_a_class_partition_and_an_example_in_the_void_description(store, registry, ranked, ranking):
    description = void_description(store.store, Settings(), registry=registry)
    partitions = {description.value(p, VOID["class"]): description.value(p, VOID.entities).toPython()
                  for p in description.objects(None, VOID.classPartition)}
    assert partitions[EKG.Ranking] == 1
    facts = len(ranked.figures) + len(ranked.quotes) + len(ranked.decrees) + 1
    assert partitions[EKG.Fact] == facts
    assert ranking in set(description.objects(None, VOID.exampleResource))
    assert ranking not in set(void_description(store.store, Settings()).objects(None, VOID.exampleResource))


def test_toy_fact_is_in_the_templates_results(store, ranked, ranking):
    fact = str(ranking)
    (row,) = store.query("provenance", fact=fact)
    assert row["type"] == "Ranking" and row["evidence"] == row["textAtOffsets"]
    speaker = ranked.rankings[0].speaker.name
    said = [r for r in store.query("who-said", person=speaker) if r["fact"] == fact]
    assert [(r["type"], r["speakerName"]) for r in said] == [("Ranking", speaker)]
    people = {r["name"]: r for r in store.query("people", person=speaker)}
    assert people[speaker]["facts"] == people[speaker]["quotes"] + people[speaker]["figures"] + 1


def test_toy_fact_backs_an_edge_of_the_network(store, ranked):
    graph = build_network(store)
    speaker = next(n for n, label in graph.nodes(data="label") if label == ranked.rankings[0].speaker.name)
    behind = [f for _, _, facts in graph.edges(speaker, data="facts") for f in facts]
    assert "Ranking" in {f["type"] for f in behind}


# -- the registry ----------------------------------------------------------------------------

def test_built_in_fact_types_in_the_order_of_the_json_records():
    assert [t.name for t in REGISTRY] == ["figure", "quote", "decree"]
    assert [n for t in REGISTRY for n in t.record_types] == ["figure", "target", "quote", "decree"]


def test_every_built_in_fact_class_is_a_fact_in_the_ontology():
    ontology = Graph().parse(ROOT / "ontology" / "ekg.ttl")
    for cls in REGISTRY.classes():
        assert EKG.Fact in set(ontology.transitive_objects(cls, RDFS.subClassOf)), cls


def test_a_name_registers_once_and_unknown_names_are_errors():
    registry = Registry([RANKINGS])
    with pytest.raises(FactTypeError, match="already registered"):
        registry.register(RANKINGS)
    with pytest.raises(FactTypeError, match="no fact type 'price'"):
        registry.unregister("price")
    with pytest.raises(FactTypeError, match="no fact type 'price'"):
        registry["price"]


def test_a_copy_is_independent_of_its_original():
    copy = REGISTRY.copy()
    copy.register(RANKINGS)
    copy.unregister("figure")
    assert "ranking" in copy and "figure" not in copy
    assert [t.name for t in REGISTRY] == ["figure", "quote", "decree"]


def test_every_fact_of_the_corpus_is_typed_ekg_fact_once_per_fact():
    for path in sorted(CORPUS.glob("*.txt")):
        facts = extract_file(path)
        graph = build_graph(facts).facts
        typed = set(graph.subjects(RDF.type, EKG.Fact))
        classes = set(REGISTRY.classes())
        assert typed == {s for s, o in graph.subject_objects(RDF.type) if o in classes}
        assert len(typed) == len(facts.figures) + len(facts.quotes) + len(facts.decrees)


def test_build_summary_counts_each_kind_of_fact(ranked, registry):
    """Figures by their kind, targets, quotes, decrees, and the toy under its name."""
    expected = Counter(f.kind if f.type == "figure" else "target" for f in ranked.figures)
    expected.update({"quote": len(ranked.quotes), "decree": len(ranked.decrees), "ranking": 1})
    assert registry.count(ranked) == +expected and REGISTRY.count(ranked) == +Counter({**expected, "ranking": 0})
