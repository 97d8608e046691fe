"""A consumer loads our Turtle next to a Wikidata extract and joins (issue 11): the figures of
articles about Jawa Tengah and Riau reach the provinces' Wikidata items through owl:sameAs, in
rdflib and in pyoxigraph alike."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from kg.build.graph import build_graph
from kg.extract.lexicon import Lexicon
from kg.pipeline import extract_file

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "wikidata_provinces.ttl"
JOIN = """
PREFIX ekg:  <https://w3id.org/ekspor-kg/ontology#>
PREFIX owl:  <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
SELECT ?figure ?value ?code ?province ?population WHERE {
  ?figure ekg:value ?value ; ekg:scope ?place .
  ?place owl:sameAs ?item ; ekg:regionCode ?code .
  ?item rdfs:label ?province ; wdt:P1082 ?population .
  FILTER(lang(?province) = "en")
}"""


@pytest.fixture(scope="module")
def turtle() -> str:
    graph = Graph()
    lexicon = Lexicon.default()
    for path in sorted((HERE / "linked").glob("*.txt")):
        for triple in build_graph(extract_file(path, lexicon=lexicon)).union():
            graph.add(triple)
    return graph.serialize(format="turtle")


def rows_of(result) -> set[tuple[str, str]]:
    return {(str(code), str(province)) for code, province in result}


def test_figures_join_the_wikidata_extract_in_rdflib(turtle):
    graph = Graph().parse(data=turtle, format="turtle").parse(FIXTURE)
    rows = list(graph.query(JOIN))
    assert len(rows) >= 2   # a figure of Jawa Tengah, one of Riau
    assert rows_of((r.code, r.province) for r in rows) == {("33", "Central Java"), ("14", "Riau")}
    assert all(r.population.toPython() > 0 for r in rows)


def test_figures_join_the_wikidata_extract_in_pyoxigraph(turtle):
    store = pyoxigraph.Store()
    store.load(turtle.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    store.load(FIXTURE.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    rows = list(store.query(JOIN))
    assert rows_of((r["code"].value, r["province"].value) for r in rows) == {("33", "Central Java"), ("14", "Riau")}
