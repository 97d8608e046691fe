"""Decree citations: an article naming a decree or regulation. The decree itself (its type,
number, year, title, the body it establishes and that body's teams) is a shared entity, the
same for every article citing it; the citation is the article's fact."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.facttypes.base import Builder, FactType
from kg.rdf.iris import DEFAULT, Iris, slug
from kg.rdf.vocab import EKG, ELI, ORG, RDF, RDFS, XSD
from kg.rdf.terms import literal

if TYPE_CHECKING:
    from kg.model import Decree, Facts, Team


def select(facts: Facts) -> list:
    return facts.decrees


def to_rdf(builder: Builder, decree: Decree) -> URIRef:
    node = add_decree(builder, decree)
    citation = URIRef(builder.iris.fact(builder.f.article.id, "decree", decree.start, decree.end))
    builder.g.add((citation, RDF.type, EKG.DecreeCitation))
    builder.g.add((citation, EKG.cites, node))
    builder.provenance(citation, None, None)
    builder.evidence(citation, decree.start, decree.end)
    return citation


def add_decree(builder: Builder, decree: Decree) -> URIRef:
    """The decree as a shared entity, with the body it establishes."""
    node = URIRef(builder.iris.decree(decree.decree_type, decree.year, decree.number))
    e = builder.e
    e.add((node, RDF.type, EKG.Decree))
    e.add((node, RDF.type, ELI.LegalResource))
    e.add((node, EKG.decreeType, literal(decree.decree_type)))
    e.add((node, ELI.id_local, literal(decree.number)))
    e.add((node, EKG.year, literal(str(decree.year), datatype=XSD.gYear)))
    e.add((node, RDFS.label, builder.text(f"{decree.decree_type} Nomor {decree.number} Tahun {decree.year}")))
    if decree.title:
        e.add((node, ELI.title, builder.text(decree.title)))
    if decree.establishes:
        body = builder.organization(decree.establishes, "task_force")
        e.add((node, EKG.establishes, body))
        for team in decree.teams:
            add_team(builder, body, team)
    return node


def add_team(builder: Builder, body: URIRef, team: Team) -> None:
    """A team of the body a decree establishes, with the post that chairs it."""
    node = URIRef(f"{body}/{slug(team.name)}")
    e = builder.e
    e.add((node, RDF.type, EKG.Team))
    e.add((node, RDF.type, ORG.OrganizationalUnit))
    e.add((node, RDFS.label, literal(team.name)))
    e.add((body, ORG.hasUnit, node))
    e.add((node, ORG.unitOf, body))
    if team.role:
        e.add((node, EKG.teamRole, literal(team.role)))
    if team.chair_title:
        post = URIRef(f"{node}/chair")
        e.add((post, RDF.type, ORG.Post))
        e.add((post, RDFS.label, literal(team.chair_title)))
        e.add((post, ORG.role, builder.role(team.chair_title)))
        if team.chair_organization:
            e.add((post, ORG.postIn, builder.organization(team.chair_organization)))
        e.add((node, EKG.chairPost, post))


def to_record(facts: Facts, decree: Decree, iris: Iris = DEFAULT) -> dict:
    return {"type": "decree", "iri": iris.decree(decree.decree_type, decree.year, decree.number),
            "decree_type": decree.decree_type, "number": decree.number, "year": decree.year,
            "title": decree.title, "establishes": decree.establishes,
            "teams": [{"name": t.name, "role": t.role, "chair": t.chair_title, "chair_organization": t.chair_organization}
                      for t in decree.teams],
            "evidence": {"text": decree.text, "start": decree.start, "end": decree.end}}


# network relations (kg.outputs.network): the article citing a decree, the decree establishing a body
EDGES = {
    "cites": """SELECT ?a ?b ?fact ?type ?text ?article WHERE {
        ?fact a ekg:DecreeCitation ; ekg:cites ?b ; ekg:sourceArticle ?a ; ekg:evidence/oa:hasSelector/oa:exact ?text .
        BIND("DecreeCitation" AS ?type) BIND(?a AS ?article) }""",
    "establishes": """SELECT ?a ?b ?fact ?type ?text ?article WHERE {
        ?a ekg:establishes ?b . ?a rdfs:label ?decree . ?b rdfs:label ?body .
        OPTIONAL { ?fact ekg:cites ?a ; ekg:sourceArticle ?article ; ekg:evidence/oa:hasSelector/oa:exact ?cited }
        BIND("Decree" AS ?type) BIND(COALESCE(?cited, CONCAT(?decree, " establishes ", ?body)) AS ?text) }""",
}

DECREES = FactType(name="decree", record_types=("decree",), classes=(EKG.DecreeCitation,),
                   select=select, to_rdf=to_rdf, to_record=to_record, examples=(EKG.Decree,), edges=EDGES)
