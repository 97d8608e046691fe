"""The ontology (ontology/ekg.ttl): every term documented in Indonesian and English, with a
domain and a range; aligned to the standard vocabularies by axioms, never by copies;
disjoint where that is true; and its HTML page (docs/ontology.html) current."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, TIME, XSD, ORG

from kg.docs.ontology import render_html
from kg.rdf.ontology import ontology_graph
from kg.rdf.vocab import EKG, ELI, OA, SCHEMA

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = URIRef("https://w3id.org/ekspor-kg/ontology")
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


def onto() -> Graph:
    return ontology_graph()


def our_terms() -> list[URIRef]:
    return sorted({t for kind in KINDS for t in onto().subjects(RDF.type, kind) if str(t).startswith(str(EKG))})


def our_properties() -> list[URIRef]:
    return [t for t in our_terms() if (t, RDF.type, OWL.Class) not in onto()]


def terms_used_by_the_graph_builder() -> set[URIRef]:
    files = [ROOT / "kg" / "build" / "graph.py", ROOT / "kg" / "rdf" / "vocab.py", *sorted((ROOT / "kg" / "facttypes").glob("*.py"))]
    source = "".join(path.read_text(encoding="utf-8") for path in files)
    return {EKG[name] for name in re.findall(r"\bEKG\.(\w+)", source)}


# --- the header ------------------------------------------------------------------------------------------

def test_ontology_has_version_iri_and_version_info():
    version_iri = onto().value(ONTOLOGY, OWL.versionIRI)
    version = onto().value(ONTOLOGY, OWL.versionInfo)
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in onto()
    assert version_iri is not None and str(version) in str(version_iri)


# --- completeness and documentation ------------------------------------------------------------------------

def test_every_term_the_graph_builder_emits_is_defined():
    assert terms_used_by_the_graph_builder(), "no EKG.xxx found in kg/build/graph.py or kg/facttypes"
    missing = sorted(t for t in terms_used_by_the_graph_builder() if t not in our_terms())
    assert not missing, missing


@pytest.mark.parametrize("term", our_terms(), ids=lambda t: t.split("#")[-1])
def test_every_term_has_label_and_comment_in_indonesian_and_english(term):
    for prop in (RDFS.label, RDFS.comment):
        languages = {v.language for v in onto().objects(term, prop)}
        assert {"id", "en"} <= languages, f"{term} {prop}: {languages}"
    assert (term, RDFS.isDefinedBy, ONTOLOGY) in onto()


@pytest.mark.parametrize("prop", our_properties(), ids=lambda t: t.split("#")[-1])
def test_every_property_has_domain_and_range_of_the_right_kind(prop):
    domain, range_ = onto().value(prop, RDFS.domain), onto().value(prop, RDFS.range)
    assert domain is not None and range_ is not None, prop
    is_datatype = (prop, RDF.type, OWL.DatatypeProperty) in onto()
    assert str(range_).startswith(str(XSD)) == is_datatype, f"{prop}: range {range_}"


def test_every_term_in_the_seeds_kg_is_defined(seeds_store):
    import kg
    used = set()
    for _, predicate, obj, _ in kg.open(seeds_store, read_only=True).store.quads():
        used.add(str(predicate))
        if predicate == RDF.type:
            used.add(str(obj))
    ours = {u for u in used if u.startswith(str(EKG))}
    assert ours and not ours - {str(t) for t in our_terms()}, ours - {str(t) for t in our_terms()}


def test_standard_terms_are_declared_not_redefined():
    allowed = {RDF.type, RDFS.isDefinedBy}
    for subject, predicate in set(onto().subject_predicates()):
        if isinstance(subject, URIRef) and subject != ONTOLOGY and not str(subject).startswith(str(EKG)):
            assert predicate in allowed, f"{subject} {predicate}: standard terms are only declared here"


# --- alignment -----------------------------------------------------------------------------------------------

SUBCLASSES = [
    (EKG.Fact, PROV.Entity), (EKG.Figure, EKG.Fact), (EKG.Realization, EKG.Figure), (EKG.GrowthRate, EKG.Figure),
    (EKG.Share, EKG.Figure), (EKG.Projection, EKG.Figure), (EKG.Difference, EKG.Figure), (EKG.Target, EKG.Fact),
    (EKG.Quote, EKG.Fact), (EKG.Quote, SCHEMA.Quotation), (EKG.DecreeCitation, EKG.Fact),
    (EKG.Decree, ELI.LegalResource), (EKG.Person, PROV.Person), (EKG.Person, SCHEMA.Person),
    (EKG.Organization, ORG.Organization), (EKG.Organization, PROV.Organization),
    (EKG.GovernmentAgency, EKG.Organization), (EKG.Company, EKG.Organization), (EKG.NewsPublisher, EKG.Organization),
    (EKG.TaskForce, EKG.Organization), (EKG.Team, ORG.OrganizationalUnit), (EKG.Place, SCHEMA.Place),
    (EKG.Province, EKG.Place), (EKG.Regency, EKG.Place), (EKG.Country, EKG.Place), (EKG.Region, EKG.Place),
]
SUBPROPERTIES = [
    (EKG.statedBy, PROV.wasAttributedTo), (EKG.reportedBy, PROV.wasAttributedTo),
    (EKG.sourceArticle, PROV.wasDerivedFrom), (EKG.evidence, PROV.wasDerivedFrom),
]


@pytest.mark.parametrize("sub,sup", SUBCLASSES, ids=lambda t: t.split("#")[-1].split("/")[-1])
def test_class_alignment(sub, sup):
    assert (sub, RDFS.subClassOf, sup) in onto()


@pytest.mark.parametrize("sub,sup", SUBPROPERTIES, ids=lambda t: t.split("#")[-1])
def test_property_alignment(sub, sup):
    assert (sub, RDFS.subPropertyOf, sup) in onto()


@pytest.mark.parametrize("prop,range_", [(EKG.evidence, OA.SpecificResource), (EKG.period, TIME.Interval),
                                         (EKG.sourceArticle, SCHEMA.NewsArticle), (EKG.statedBy, EKG.Person),
                                         (EKG.reportedBy, EKG.Organization), (EKG.year, XSD.gYear),
                                         (EKG.value, XSD.decimal)])
def test_ranges_reuse_the_standard_classes(prop, range_):
    assert (prop, RDFS.range, range_) in onto()


# --- disjointness ----------------------------------------------------------------------------------------------

def disjoint_pairs() -> set[frozenset]:
    graph = onto()
    pairs = {frozenset(p) for p in graph.subject_objects(OWL.disjointWith)}
    for group in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        pairs |= {frozenset(p) for p in combinations(Collection(graph, graph.value(group, OWL.members)), 2)}
    return pairs


@pytest.mark.parametrize("a,b", [(EKG.Person, EKG.Organization), (EKG.Target, EKG.Realization)],
                         ids=["person-organisation", "target-realisation"])
def test_disjoint(a, b):
    assert frozenset((a, b)) in disjoint_pairs()


def test_figure_kinds_are_pairwise_disjoint():
    kinds = [EKG.Realization, EKG.GrowthRate, EKG.Share, EKG.Projection, EKG.Difference]
    missing = [(a, b) for a, b in combinations(kinds, 2) if frozenset((a, b)) not in disjoint_pairs()]
    assert not missing


def test_no_class_is_disjoint_with_one_of_its_superclasses():
    graph = onto()

    def ancestors(cls, seen=None):
        seen = set() if seen is None else seen
        for parent in graph.objects(cls, RDFS.subClassOf):
            if parent not in seen:
                seen.add(parent)
                ancestors(parent, seen)
        return seen

    for pair in disjoint_pairs():
        a, b = tuple(pair)
        assert b not in ancestors(a) and a not in ancestors(b), pair


# --- the HTML page -----------------------------------------------------------------------------------------------

def test_committed_html_is_current():
    committed = ROOT / "docs" / "ontology.html"
    assert committed.is_file(), "run `kg docs` to generate docs/ontology.html"
    assert committed.read_text(encoding="utf-8") == render_html(), "docs/ontology.html is stale: run `kg docs`"


class Sections(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.open = set(), []

    def handle_starttag(self, tag, attrs):
        self.ids |= {v for k, v in attrs if k == "id"}
        if tag not in ("meta", "br"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open.pop() == tag, f"unbalanced </{tag}>"


def test_html_documents_every_term_and_is_well_formed():
    parser = Sections()
    parser.feed(render_html())
    assert parser.open == []
    missing = [t for t in our_terms() if t.split("#")[-1] not in parser.ids]
    assert not missing


def test_html_shows_labels_in_both_languages_and_the_shapes():
    page = render_html()
    assert "Realisasi" in page and "Realisation" in page
    assert "Shapes" in page and "^[A-Z]{3}$" in page


def test_kg_docs_is_the_one_command_that_writes_the_page(runner, tmp_path):
    from kg.cli.main import cli
    result = runner.invoke(cli, ["docs", "--out", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0 and (tmp_path / "ontology.html").read_text(encoding="utf-8") == render_html()
    assert runner.invoke(cli, ["docs", "--out", str(tmp_path), "--check"]).exit_code == 0
    (tmp_path / "ontology.html").write_text("<html>edited by hand</html>", encoding="utf-8")
    assert runner.invoke(cli, ["docs", "--out", str(tmp_path), "--check"]).exit_code == 1
    assert "ontology-docs" not in cli.list_commands(None)


def test_namespace_of_the_ontology_matches_the_code():
    assert str(EKG) == "https://w3id.org/ekspor-kg/ontology#" == str(Namespace(str(ONTOLOGY) + "#"))
