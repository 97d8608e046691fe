"""Issue 11, links out: on the bundled corpus every government body, province, regency/city and
country has a Wikidata link or a region code, except the bodies listed below with the reason.
A body that loses its link, or a new article naming an unlinked body, fails until it is linked
(kg/languages/id/links.yaml, with its source) or added here with a reason; an exception that
gets linked fails too, so the list stays the true one."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from kg.build.graph import build_graph
from kg.extract.lexicon import Lexicon
from kg.pipeline import extract_file
from kg.rdf.vocab import EKG, SCHEMA, WD

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
BASE = "https://w3id.org/ekspor-kg/"
NO_SOURCE = "no source found that pairs a Wikidata QID with this body's name (links.yaml)"
EXCEPTIONS = {
    "org/kementerian-perindustrian": NO_SOURCE,
    "org/kementerian-perdagangan": NO_SOURCE,
    "org/kementerian-koordinator-bidang-perekonomian": NO_SOURCE,
}
LINKED_CLASSES = (EKG.GovernmentAgency, EKG.Province, EKG.Regency, EKG.Country)


@pytest.fixture(scope="module")
def corpus_graph() -> Graph:
    lexicon = Lexicon.default()
    graph = Graph()
    for path in sorted(CORPUS.glob("*.txt")):
        for triple in build_graph(extract_file(path, lexicon=lexicon)).union():
            graph.add(triple)
    return graph


def wikidata_items(graph: Graph, node) -> set[str]:
    return {str(o) for p in (OWL.sameAs, SKOS.exactMatch) for o in graph.objects(node, p)
            if str(o).startswith(str(WD))}


def joinable(graph: Graph, node) -> bool:
    """A Wikidata item or a region code of its own, or (a regional body) the region it serves has one."""
    if wikidata_items(graph, node) or graph.value(node, EKG.regionCode) is not None:
        return True
    return any(wikidata_items(graph, area) or graph.value(area, EKG.regionCode) is not None
               for area in graph.objects(node, SCHEMA.areaServed))


def test_every_body_place_and_country_of_the_corpus_is_joinable_but_the_listed_exceptions(corpus_graph):
    things = {node for cls in LINKED_CLASSES for node in corpus_graph.subjects(RDF.type, cls)}
    assert len(things) >= 8  # the corpus names bodies, a province, a regency and a country
    unlinked = {str(node).removeprefix(BASE) for node in things if not joinable(corpus_graph, node)}
    assert unlinked == set(EXCEPTIONS), (
        f"not linked and not listed: {sorted(unlinked - set(EXCEPTIONS))}; "
        f"listed but now linked: {sorted(set(EXCEPTIONS) - unlinked)}")


def test_regional_bodies_serve_their_coded_region(corpus_graph):
    def area(body):
        return corpus_graph.value(URIRef(BASE + body), SCHEMA.areaServed)
    batang = area("org/pemerintah-kabupaten-batang")
    assert batang == URIRef(BASE + "place/batang")
    assert str(corpus_graph.value(batang, EKG.regionCode)) == "33.25"  # Kabupaten Batang, Jawa Tengah
    assert area("org/dinas-perindustrian-perdagangan-dan-koperasi-kabupaten-batang") == batang
    assert str(corpus_graph.value(area("org/pemerintah-provinsi-kalimantan-tengah"), EKG.regionCode)) == "62"
    assert area("org/kementerian-perindustrian") is None  # a national body serves no one region here


def test_the_minister_who_speaks_in_the_corpus_has_his_wikidata_item(corpus_graph):
    person = URIRef(BASE + "person/agus-gumiwang-kartasasmita")
    assert (person, RDF.type, EKG.Person) in corpus_graph
    assert wikidata_items(corpus_graph, person) == {str(WD) + "Q12470931"}


def test_a_body_of_a_kota_is_not_served_by_the_kabupaten_of_the_same_name(tmp_path):
    """'Kota Batang' does not exist: the lexicon's Batang is a kabupaten, so no area is claimed;
    a name both a kabupaten and a kota bear (Bandung) gets none either."""
    from kg.extract.mentions import place_of_region
    lexicon = Lexicon.default()
    place, level = place_of_region(lexicon, "Kota Batang")
    assert place.name == "Batang" and level == "kota"   # the graph builder then finds the code is a kabupaten's
    assert place_of_region(lexicon, "Provinsi Batang") == (None, None)
    assert place_of_region(lexicon, "Kabupaten Kalimantan Tengah") == (None, None)
    article = tmp_path / "kota.txt"
    article.write_text("Ekspor naik\n\nJakarta (ANTARA) - Pemerintah Kota Batang dan Pemerintah Kota Bandung "
                       "mencatat ekspor naik 5 persen pada Januari 2024.\n", encoding="utf-8")
    graph = build_graph(extract_file(article, lexicon=lexicon)).union()
    bodies = {str(o).removeprefix(BASE) for o in graph.subjects(RDF.type, EKG.GovernmentAgency)}
    assert {"org/pemerintah-kota-batang", "org/pemerintah-kota-bandung"} <= bodies, bodies
    served = {str(o).removeprefix(BASE) for o in graph.objects(None, SCHEMA.areaServed)}
    assert served == set(), served
