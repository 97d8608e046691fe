"""Stage 3: the RDF of one article — its named graph, plus the descriptions of the shared
entities it mentions (people, organisations, places, periods, decrees), which live in one
graph of their own so that every article reaches the same IRIs."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, TIME, XSD, ORG

from kg.rdf.iris import DEFAULT, Iris, slug
from kg.extract.decrees import Decree
from kg.extract.facts import Facts, Figure
from kg.extract.lexicon import lexicon
from kg.build.records import figure_key
from kg.rdf.vocab import EKG, ELI, FIGURE_CLASSES, OA, SCHEMA, WD, bind_prefixes



def entities_graph_iri(iris: Iris = DEFAULT) -> URIRef:
    return URIRef(iris.entities_graph())


@dataclass
class ArticleGraph:
    iri: URIRef           # the article, also the name of its graph
    facts: Graph          # triples of the article's named graph
    entities: Graph       # descriptions of the shared entities it mentions
    iris: Iris = DEFAULT  # the minter of these IRIs

    @property
    def entities_iri(self) -> URIRef:
        """The graph the store puts `entities` in."""
        return entities_graph_iri(self.iris)

    def union(self) -> Graph:
        graph = Graph()
        bind_prefixes(graph, self.iris.base)
        for triple in self.facts:
            graph.add(triple)
        for triple in self.entities:
            graph.add(triple)
        return graph


class GraphBuilder:
    def __init__(self, facts: Facts, iris: Iris = DEFAULT):
        self.f = facts
        self.iris = iris
        self.article = URIRef(iris.article(facts.article.id))
        self.g = Graph()
        self.e = Graph()
        bind_prefixes(self.g, iris.base)
        bind_prefixes(self.e, iris.base)

    def build(self) -> ArticleGraph:
        self.add_article()
        for figure in self.f.figures:
            self.add_figure(figure)
        for quote in self.f.quotes:
            self.add_quote(quote)
        for decree in self.f.decrees:
            self.add_decree(decree)
        for person in self.f.people:
            self.add_membership(person)
        for org in self.f.organizations:
            self.g.add((self.article, SCHEMA.mentions, self.organization(org.name, org.kind, org.wikidata, org.parent)))
        return ArticleGraph(self.article, self.g, self.e, self.iris)

    # -- shared entities ----------------------------------------------------------------
    def organization(self, name: str, kind: str | None = None, wikidata: str | None = None,
                     parent: str | None = None) -> URIRef:
        node = URIRef(self.iris.organization(name))
        known = lexicon().organization_named(name)
        kind = kind or (known.kind if known else self.mentioned_kind(name))
        wikidata = wikidata or (known.wikidata if known else None)
        parent = parent or (known.parent if known else None)
        self.e.add((node, RDF.type, EKG.Organization))
        self.e.add((node, RDF.type, ORG.Organization))
        self.e.add((node, RDF.type, PROV.Organization))
        self.e.add((node, RDF.type, organization_class(kind)))
        self.e.add((node, RDFS.label, Literal(name)))
        self.e.add((node, SCHEMA.name, Literal(name)))
        if wikidata:
            self.e.add((node, OWL.sameAs, WD[wikidata]))
        if parent:
            self.e.add((node, ORG.subOrganizationOf, self.organization(parent)))
        return node

    def mentioned_kind(self, name: str) -> str | None:
        """The kind this article's own mention gave a body the lexicon does not know
        (a company is never defaulted to a government agency)."""
        return next((o.kind for o in self.f.organizations if o.name == name), None)

    def person(self, name: str) -> URIRef:
        node = URIRef(self.iris.person(name))
        for cls in (EKG.Person, PROV.Person, SCHEMA.Person):
            self.e.add((node, RDF.type, cls))
        self.e.add((node, RDFS.label, Literal(name)))
        self.e.add((node, SCHEMA.name, Literal(name)))
        return node

    def period(self, period) -> URIRef:
        node = URIRef(self.iris.period(period.start, period.end))
        self.e.add((node, RDF.type, TIME.Interval))
        self.e.add((node, RDFS.label, Literal(f"{period.start.isoformat()}/{period.end.isoformat()}")))
        for prop, date in ((TIME.hasBeginning, period.start), (TIME.hasEnd, period.end)):
            instant = URIRef(self.iris.instant(date))
            self.e.add((node, prop, instant))
            self.e.add((instant, RDF.type, TIME.Instant))
            self.e.add((instant, TIME.inXSDDate, Literal(date.isoformat(), datatype=XSD.date)))
        return node

    def place(self, name: str) -> URIRef | None:
        place = lexicon().place(name)
        if place is None:
            return None
        node = URIRef(self.iris.place(place.name))
        self.e.add((node, RDF.type, EKG.Place))
        self.e.add((node, RDF.type, SCHEMA.Place))
        self.e.add((node, RDF.type, PLACE_CLASSES.get(place.kind, EKG.Place)))
        self.e.add((node, RDFS.label, Literal(place.name)))
        self.e.add((node, SCHEMA.name, Literal(place.name)))
        if place.wikidata:
            self.e.add((node, OWL.sameAs, WD[place.wikidata]))
        return node

    # -- the article's own statements ---------------------------------------------------
    def add_article(self) -> None:
        art, node, g = self.f.article, self.article, self.g
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, SCHEMA.headline, Literal(art.title or "(untitled)")))
        g.add((node, SCHEMA.articleBody, Literal(art.text)))
        g.add((node, EKG.contentHash, Literal(art.id)))
        if art.published:
            g.add((node, SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=XSD.date)))
        if art.url:
            g.add((node, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
        if art.publisher:
            g.add((node, SCHEMA.publisher, self.organization(art.publisher, "media")))
        if art.author:
            g.add((node, SCHEMA.author, self.person(art.author)))

    def evidence(self, fact: URIRef, start: int, end: int) -> URIRef:
        node = URIRef(self.iris.evidence(str(fact)))
        position, quote = URIRef(str(node) + "/position"), URIRef(str(node) + "/quote")
        g = self.g
        g.add((fact, EKG.evidence, node))
        g.add((node, RDF.type, OA.SpecificResource))
        g.add((node, OA.hasSource, self.article))
        g.add((node, OA.hasSelector, position))
        g.add((node, OA.hasSelector, quote))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, Literal(start, datatype=XSD.integer)))
        g.add((position, OA.end, Literal(end, datatype=XSD.integer)))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(self.f.article.text[start:end])))
        return node

    def provenance(self, fact: URIRef, agency: str | None, speaker) -> None:
        g = self.g
        g.add((fact, EKG.sourceArticle, self.article))
        g.add((fact, PROV.wasDerivedFrom, self.article))
        if agency:
            org = self.organization(agency)
            g.add((fact, EKG.reportedBy, org))
            g.add((fact, PROV.wasAttributedTo, org))
        if speaker:
            person = self.person(speaker.name)
            g.add((fact, EKG.statedBy, person))
            g.add((fact, PROV.wasAttributedTo, person))

    def figure_node(self, figure: Figure) -> URIRef:
        return URIRef(self.iris.fact(self.f.article.id, figure.type, *figure_key(figure)))

    def add_figure(self, figure: Figure) -> None:
        node, g = self.figure_node(figure), self.g
        g.add((node, RDF.type, FIGURE_CLASSES[figure.kind]))
        g.add((node, EKG.measureLabel, Literal(figure.what)))
        if figure.measure:
            g.add((node, EKG.measure, Literal(figure.measure)))
        g.add((node, EKG.value, Literal(Decimal(figure.value), datatype=XSD.decimal)))
        g.add((node, EKG.unit, Literal(figure.unit)))
        if figure.unit and len(figure.unit) == 3 and figure.unit.isupper():
            g.add((node, EKG.currency, Literal(figure.unit)))
        g.add((node, EKG.qualifier, Literal(figure.qualifier)))
        if figure.period:
            g.add((node, EKG.period, self.period(figure.period)))
        if figure.scope and (place := self.place(figure.scope)):
            g.add((node, EKG.scope, place))
        if figure.type == "target" and figure.met is not None:
            g.add((node, EKG.targetMet, Literal(figure.met)))
        if figure.restates:
            g.add((node, EKG.restates, self.figure_node(figure.restates)))
        if figure.range_with:
            g.add((node, EKG.rangeWith, self.figure_node(figure.range_with)))
        if figure.part is not None and figure.whole is not None:
            g.add((node, EKG.part, self.figure_node(figure.part)))
            g.add((node, EKG.whole, self.figure_node(figure.whole)))
        if not figure.plausible:
            g.add((node, EKG.plausible, Literal(False)))
        self.provenance(node, figure.agency, figure.speaker)
        self.evidence(node, figure.evidence.start, figure.evidence.end)

    def add_quote(self, quote) -> None:
        node = URIRef(self.iris.fact(self.f.article.id, "quote", quote.evidence.start, quote.evidence.end))
        self.g.add((node, RDF.type, EKG.Quote))
        self.g.add((node, EKG.quotedText, Literal(quote.text)))
        self.provenance(node, quote.speaker.organization if quote.speaker else None, quote.speaker)
        self.evidence(node, quote.evidence.start, quote.evidence.end)

    def add_decree(self, decree: Decree) -> None:
        node = URIRef(self.iris.decree(decree.decree_type, decree.year, decree.number))
        e = self.e
        e.add((node, RDF.type, EKG.Decree))
        e.add((node, RDF.type, ELI.LegalResource))
        e.add((node, EKG.decreeType, Literal(decree.decree_type)))
        e.add((node, ELI.id_local, Literal(decree.number)))
        e.add((node, EKG.year, Literal(str(decree.year), datatype=XSD.gYear)))
        e.add((node, RDFS.label, Literal(f"{decree.decree_type} Nomor {decree.number} Tahun {decree.year}")))
        if decree.title:
            e.add((node, ELI.title, Literal(decree.title)))
        if decree.establishes:
            body = self.organization(decree.establishes, "task_force")
            e.add((node, EKG.establishes, body))
            for team in decree.teams:
                self.add_team(body, team)
        citation = URIRef(self.iris.fact(self.f.article.id, "decree", decree.start, decree.end))
        self.g.add((citation, RDF.type, EKG.DecreeCitation))
        self.g.add((citation, EKG.cites, node))
        self.provenance(citation, None, None)
        self.evidence(citation, decree.start, decree.end)

    def add_team(self, body: URIRef, team) -> None:
        node = URIRef(f"{body}/{slug(team.name)}")
        e = self.e
        e.add((node, RDF.type, EKG.Team))
        e.add((node, RDF.type, ORG.OrganizationalUnit))
        e.add((node, RDFS.label, Literal(team.name)))
        e.add((body, ORG.hasUnit, node))
        e.add((node, ORG.unitOf, body))
        if team.role:
            e.add((node, EKG.teamRole, Literal(team.role)))
        if team.chair_title:
            post = URIRef(f"{node}/chair")
            e.add((post, RDF.type, ORG.Post))
            e.add((post, RDFS.label, Literal(team.chair_title)))
            e.add((post, ORG.role, self.role(team.chair_title)))
            if team.chair_organization:
                e.add((post, ORG.postIn, self.organization(team.chair_organization)))
            e.add((node, EKG.chairPost, post))

    def role(self, title: str) -> URIRef:
        node = URIRef(self.iris.role(title))
        self.e.add((node, RDF.type, ORG.Role))
        self.e.add((node, RDFS.label, Literal(title)))
        return node

    def add_membership(self, person) -> None:
        pnode = self.person(person.name)
        self.g.add((self.article, SCHEMA.mentions, pnode))
        if not person.role and not person.organization:
            return
        node = URIRef(self.iris.membership(person.name, person.organization, person.role) + "/" + self.f.article.id)
        g = self.g
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, pnode))
        if person.organization:
            g.add((node, ORG.organization, self.organization(person.organization)))
        if person.role:
            g.add((node, ORG.role, self.role(person.role)))
            g.add((node, EKG.roleTitle, Literal(person.role)))
        self.provenance(node, None, None)
        self.evidence(node, person.start, person.end)


PLACE_CLASSES = {"province": EKG.Province, "regency": EKG.Regency, "country": EKG.Country, "region": EKG.Region}


def organization_class(kind: str) -> URIRef:
    return {
        "ministry": EKG.GovernmentAgency, "coordinating_ministry": EKG.GovernmentAgency,
        "agency": EKG.GovernmentAgency, "central_bank": EKG.GovernmentAgency,
        "regional_agency": EKG.GovernmentAgency, "government": EKG.GovernmentAgency,
        "legislature": EKG.GovernmentAgency, "company": EKG.Company, "state_enterprise": EKG.Company,
        "media": EKG.NewsPublisher, "task_force": EKG.TaskForce,
    }.get(kind, EKG.Organization)


def build_graph(facts: Facts, iris: Iris = DEFAULT) -> ArticleGraph:
    return GraphBuilder(facts, iris).build()
