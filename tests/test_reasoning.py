"""`kg reason`: HermiT (through owlready2) over the ontology and the data, on a copy in which
the datatypes HermiT rejects are retyped, so the published data keeps them."""
from __future__ import annotations

import json
import shutil

import pyoxigraph as ox
import pytest

from kg.validate import owl as reasoning
from kg.cli.main import cli


@pytest.fixture(autouse=True)
def java():
    """HermiT runs on Java: without it the tests fail rather than skip (.ci/run installs it)."""
    if shutil.which("java") is None:
        pytest.fail("no java on PATH: HermiT needs it; install Debian's default-jre-headless (.ci/run does)")


PREFIXES = """
@prefix ekg: <https://w3id.org/ekspor-kg/ontology#> .
@prefix id: <https://w3id.org/ekspor-kg/> .
@prefix person: <https://w3id.org/ekspor-kg/person/> .
@prefix org: <https://w3id.org/ekspor-kg/org/> .
@prefix fact: <https://w3id.org/ekspor-kg/fact/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def reason(runner, *args):
    return runner.invoke(cli, [*args], catch_exceptions=False)


def write(tmp_path, name, body) -> str:
    path = tmp_path / name
    path.write_text(PREFIXES + body, encoding="utf-8")
    return str(path)


def triples(text: str) -> list[tuple]:
    return [(t.subject, t.predicate, t.object) for t in ox.parse(PREFIXES + text, ox.RdfFormat.TURTLE)]


# --- the command ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds_result(runner_module, seeds_store):
    result = runner_module.invoke(cli, ["--store", str(seeds_store), "reason", "--format", "json"], catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def runner_module():
    from click.testing import CliRunner
    return CliRunner()


def test_seeds_kg_is_consistent(seeds_result):
    assert seeds_result.exit_code == 0, seeds_result.output
    report = json.loads(seeds_result.output)
    assert report["consistent"] is True and report["unsatisfiable"] == []


def test_seeds_kg_entails_types_beyond_those_asserted(seeds_result, seeds_store):
    """Every realisation is also an ekg:Figure, ekg:NumericFact, ekg:Fact and prov:Entity,
    none of which the data asserts."""
    import kg
    realizations = len(list(kg.open(seeds_store, read_only=True).sparql(
        "SELECT ?f WHERE { ?f a <https://w3id.org/ekspor-kg/ontology#Realization> }")))
    assert realizations > 0
    assert json.loads(seeds_result.output)["inferred_types"] >= 4 * realizations


def test_seeds_use_no_undefined_term(seeds_result):
    assert json.loads(seeds_result.output)["undefined_terms"] == []


def test_person_and_organisation_at_once_is_inconsistent_and_named(runner, tmp_path):
    path = write(tmp_path, "both.ttl", """
        person:kemendag a ekg:Person , ekg:Organization ; rdfs:label "Kemendag" .
        person:agus a ekg:Person ; rdfs:label "Agus" .""")
    result = reason(runner, "reason", path)
    assert result.exit_code == 1
    assert "consistent: NO" in result.output
    assert "https://w3id.org/ekspor-kg/person/kemendag" in result.output
    assert "person/agus" not in result.output


def test_a_target_that_is_a_realisation_is_inconsistent(runner, tmp_path):
    path = write(tmp_path, "target.ttl", 'fact:x a ekg:Target , ekg:Realization ; ekg:value 5.0 .')
    result = reason(runner, "reason", path)
    assert result.exit_code == 1 and "fact/x" in result.output


def test_unsatisfiable_class_exits_1_and_is_listed(runner, tmp_path):
    path = write(tmp_path, "unsat.ttl", """
        <http://example.org/Spokesbody> a owl:Class ; rdfs:subClassOf ekg:Person , ekg:Organization .""")
    result = reason(runner, "reason", path)
    assert result.exit_code == 1
    assert "http://example.org/Spokesbody" in result.output and "consistent: yes" in result.output


def test_dates_and_years_reach_the_reasoner_and_stay_in_the_data(runner, tmp_path):
    """xsd:date and xsd:gYear would make HermiT refuse the input; the copy retypes them."""
    path = write(tmp_path, "dates.ttl", """
        <https://w3id.org/ekspor-kg/decree/keppres/2023/9> a ekg:Decree ; ekg:year "2023"^^xsd:gYear .
        <https://w3id.org/ekspor-kg/instant/2024-03-01> <http://www.w3.org/2006/time#inXSDDate> "2024-03-01"^^xsd:date .""")
    result = reason(runner, "reason", path)
    assert result.exit_code == 0, result.output
    assert '"2023"^^xsd:gYear' in open(path, encoding="utf-8").read()


def test_store_is_not_changed_by_reasoning(runner, seeds_store, seeds_result):
    import kg
    dump = kg.open(seeds_store, read_only=True).export("nquads")
    assert b"http://www.w3.org/2001/XMLSchema#date" in dump
    assert b"#dateTime" not in dump


# --- the reasoning copy and the offender search (no Java) ------------------------------------------------

def test_copy_retypes_dates_and_years_and_keeps_other_literals():
    copy = reasoning.reasoning_copy(triples("""
        id:d ekg:year "2023"^^xsd:gYear . id:f ekg:value 2.5 .
        id:i <http://www.w3.org/2006/time#inXSDDate> "2024-03-01"^^xsd:date ."""))
    datatypes = {o.datatype.value for _, _, o in copy if isinstance(o, ox.Literal)}
    assert reasoning.XSD + "date" not in datatypes and reasoning.XSD + "gYear" not in datatypes
    assert any(isinstance(o, ox.Literal) and o.value == "2023" and o.datatype.value == reasoning.XSD + "integer"
               for _, _, o in copy)
    assert any(isinstance(o, ox.Literal) and o.value == "2.5" for _, _, o in copy)


def test_copy_leaves_out_facts_no_axiom_mentions():
    copy = reasoning.reasoning_copy(triples("""
        id:f a ekg:Realization ; ekg:value 2.5 ; rdfs:label "x" ;
             <http://www.w3.org/ns/oa#hasSelector> id:s .
        id:s a <http://www.w3.org/ns/oa#TextQuoteSelector> ."""))
    predicates = {p.value for s, p, o in copy if str(s) == "<https://w3id.org/ekspor-kg/f>"}
    assert predicates == {reasoning.RDF_TYPE, "https://w3id.org/ekspor-kg/ontology#value"}


def test_offenders_follow_same_as_links():
    copy = reasoning.reasoning_copy(triples("""
        person:bi a ekg:Person ; owl:sameAs <http://www.wikidata.org/entity/Q1141> .
        org:bi a ekg:Organization ; owl:sameAs <http://www.wikidata.org/entity/Q1141> ."""))
    found = reasoning.offenders(copy)
    assert any("disjoint" in o.reason for o in found)


def test_offenders_find_ranges_and_functional_values():
    copy = reasoning.reasoning_copy(triples("""
        id:f a ekg:Realization ; ekg:value 1.0 , 2.0 .
        id:g a ekg:Quote ; ekg:statedBy org:bps .
        org:bps a ekg:Organization ."""))
    reasons = {o.node: o.reason for o in reasoning.offenders(copy)}
    assert "functional" in reasons["https://w3id.org/ekspor-kg/f"]
    assert "disjoint" in reasons["https://w3id.org/ekspor-kg/org/bps"]


def test_undefined_terms_of_our_namespace_are_reported():
    found = reasoning.undefined_terms(triples("id:f a ekg:Realization ; ekg:vlaue 2.5 ."), reasoning.ONTOLOGY_NS)
    assert found == ["https://w3id.org/ekspor-kg/ontology#vlaue"]
