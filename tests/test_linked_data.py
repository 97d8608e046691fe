"""Linked data a consumer can join (issue 11): one IRI per person, body, place and decree
across articles that name them differently; links out from a data file; a QUDT unit on every
figure and Wikidata-style bounds on approximate values and ranges."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS, XSD

from kg.build.graph import build_graph
from kg.build.links import LinksError, build_links
from kg.extract.lexicon import Lexicon
from kg.pipeline import extract_file
from kg.rdf.iris import Iris
from kg.rdf.vocab import EKG, QUDT, SCHEMA

LINKED = Path(__file__).resolve().parent / "linked"
BASE = "https://w3id.org/ekspor-kg/"


def build(lexicon: Lexicon) -> Graph:
    graph = Graph()
    for path in sorted(LINKED.glob("*.txt")):
        for triple in build_graph(extract_file(path, lexicon=lexicon)).union():
            graph.add(triple)
    return graph


@pytest.fixture(scope="module")
def kg_graph() -> Graph:
    return build(Lexicon.load("id", [LINKED / "lexicon"]))


def of_class(graph: Graph, cls) -> set[str]:
    return {str(s).removeprefix(BASE) for s in graph.subjects(RDF.type, cls)}


def test_one_iri_per_person_across_five_articles_and_two_budis_stay_two(kg_graph):
    # 'Dr. Ir. ... M.Si.', 'Pak ...', '..., S.E.', 'Wiratmaja' alone: one person
    assert of_class(kg_graph, EKG.Person) == {
        "person/wiratmaja-santosa-hadiprojo", "person/budi-prasetyo", "person/budi-hartanto"}


def test_one_iri_per_body_whatever_the_article_calls_it(kg_graph):
    # Kementerian Perindustrian, Kemenperin and the old name Departemen Perindustrian
    bodies = of_class(kg_graph, EKG.GovernmentAgency)
    assert "org/kementerian-perindustrian" in bodies and "org/kementerian-perdagangan" in bodies
    assert not any("departemen" in b or "kemenperin" in b or "kemendag" in b for b in bodies), bodies


def test_one_iri_per_place_and_per_decree(kg_graph):
    assert of_class(kg_graph, EKG.Province) == {"place/jawa-tengah", "place/riau"}  # 'Jateng', 'Provinsi Jawa Tengah'
    assert of_class(kg_graph, EKG.Decree) == {"decree/peraturan-menteri-perdagangan/2023/23"}  # 'Permendag' too
    articles = {str(kg_graph.value(c, EKG.sourceArticle)) for c in kg_graph.subjects(EKG.cites, None)}
    # 'Peraturan Menteri Perdagangan Nomor 23' (01), 'Permendag Nomor 23' (03), and the same decree in
    # mid-sentence ('... Nomor 23 Tahun 2023 tetap berlaku', 04)
    assert len(articles) == 3


def test_the_in_article_short_form_resolves_without_any_data():
    """Article 5 names the Dirjen in full, then quotes 'Wiratmaja': the packaged lexicon alone
    (no people in links.yaml) gives one person for both."""
    graph = build_graph(extract_file(LINKED / "05_rangkuman.txt", lexicon=Lexicon.default())).union()
    assert of_class(graph, EKG.Person) == {"person/wiratmaja-santosa-hadiprojo"}


def test_one_word_names_of_two_bodies_are_two_people():
    iris = Iris()
    assert iris.person("Budi", "Dinas A") != iris.person("Budi", "Dinas B")
    assert iris.person("Budi Santoso", "Dinas A") == iris.person("Budi Santoso", "Dinas B")


def test_every_figure_has_a_qudt_unit_and_keeps_its_literal(kg_graph):
    figures = set(kg_graph.subjects(EKG.value, None))
    assert figures
    for figure in figures:
        assert kg_graph.value(figure, EKG.unit) is not None
        assert kg_graph.value(figure, QUDT.unit) is not None, figure
    units = {str(u) for u in kg_graph.objects(None, QUDT.unit)}
    assert units == {"http://qudt.org/vocab/currency/USD", "http://qudt.org/vocab/unit/PERCENT"}


def test_approximate_values_and_ranges_have_bounds(kg_graph):
    def bounds(value):
        node = next(kg_graph.subjects(EKG.value, Literal(Decimal(value), datatype=XSD.decimal)))
        return kg_graph.value(node, EKG.lowerBound), kg_graph.value(node, EKG.upperBound)
    assert bounds("2000000000") == (Literal(Decimal("1900000000.00"), datatype=XSD.decimal),
                                    Literal(Decimal("2100000000.00"), datatype=XSD.decimal))  # 'sekitar', 5 %
    low, high = bounds("1500000000")  # '1,5 miliar hingga 1,7 miliar'
    assert (low.toPython(), high.toPython()) == (Decimal("1500000000"), Decimal("1700000000"))
    assert bounds("1200000000") == (None, None)  # exact: no bounds


def test_links_from_a_user_folder_exact_and_close(tmp_path):
    (tmp_path / "links.yaml").write_text(
        "organizations:\n  Kemenperin: Q1\nplaces:\n  Jateng: {wikidata: Q2, match: close}\n", encoding="utf-8")
    graph = build_graph(extract_file(LINKED / "01_ekspor_furnitur.txt",
                                     lexicon=Lexicon.load("id", [tmp_path]))).union()
    wd = "http://www.wikidata.org/entity/"
    assert (URIRef(BASE + "org/kementerian-perindustrian"), OWL.sameAs, URIRef(wd + "Q1")) not in graph  # keyed by canonical name
    (tmp_path / "links.yaml").write_text(
        "organizations:\n  Kementerian Perindustrian: Q1\nplaces:\n  Jawa Tengah: {wikidata: Q2, match: close}\n",
        encoding="utf-8")
    graph = build_graph(extract_file(LINKED / "01_ekspor_furnitur.txt",
                                     lexicon=Lexicon.load("id", [tmp_path]))).union()
    assert (URIRef(BASE + "org/kementerian-perindustrian"), OWL.sameAs, URIRef(wd + "Q1")) in graph
    place = URIRef(BASE + "place/jawa-tengah")
    assert (place, SKOS.exactMatch, URIRef(wd + "Q2")) in graph and (place, SCHEMA.sameAs, URIRef(wd + "Q2")) in graph
    assert (place, OWL.sameAs, URIRef(wd + "Q2")) not in graph


@pytest.mark.parametrize("entry", ["X12", {"wikidata": "Q1", "match": "maybe"}])
def test_a_bad_link_is_one_clear_error(entry):
    with pytest.raises(LinksError, match="links.yaml"):
        build_links({"places": {"Riau": entry}})


def test_indonesian_text_is_tagged_id_and_names_of_people_are_not(kg_graph):
    def languages(prop):
        return {o.language for o in kg_graph.objects(None, prop)}
    from rdflib.namespace import RDFS
    oa_exact = URIRef("http://www.w3.org/ns/oa#exact")
    for prop in (SCHEMA.headline, SCHEMA.articleBody, oa_exact, SCHEMA.text):
        assert languages(prop) == {"id"}, prop
    ministry = URIRef(BASE + "org/kementerian-perindustrian")
    assert {label.language for label in kg_graph.objects(ministry, RDFS.label)} == {"id"}
    person = URIRef(BASE + "person/budi-hartanto")
    assert {name.language for name in kg_graph.objects(person, SCHEMA.name)} == {None}
    assert {label.language for label in kg_graph.objects(URIRef(BASE + "org/kontan"), RDFS.label)} == {None}  # a brand
    assert {str(o.datatype) for o in kg_graph.objects(None, EKG.quotedText)} == {"None"}  # unchanged for queries


def test_the_shapes_accept_the_tagged_literals_and_still_reject_a_number():
    from kg.validate.shacl import validate_graph
    graph = build_graph(extract_file(LINKED / "05_rangkuman.txt", lexicon=Lexicon.default())).union()
    assert validate_graph(graph).conforms
    article = next(graph.subjects(SCHEMA.headline, None))
    graph.set((article, SCHEMA.headline, Literal(7)))
    assert not validate_graph(graph).conforms
