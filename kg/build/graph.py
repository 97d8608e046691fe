"""Stage 3: the RDF of one article — its named graph, plus the descriptions of the shared
entities it mentions (people, organisations, places, periods, decrees), which live in one
graph of their own so that every article reaches the same IRIs."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef

from kg.build.links import Link, Links, links_of
from kg.build.regions import regions_of
from kg.rdf.batch_store import graph_in
from kg.rdf import keys
from kg.rdf.keys import words
from kg.extract.mentions import place_of_region
from kg.rdf.iris import DEFAULT, Iris
from kg.model import Facts, Person, fold
from kg.facttypes import REGISTRY, Registry
from kg.rdf.vocab import DCTERMS, EKG, OA, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, TIME, WD, XSD, bind_prefixes
from kg.rdf.terms import literal


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
    """The article's graph: the article, each fact through its fact type (kg.facttypes), the
    people and organisations it mentions; and the shared entities they name."""

    def __init__(self, facts: Facts, iris: Iris = DEFAULT, registry: Registry = REGISTRY, store=None):
        self.f = facts
        self.iris = iris
        self.registry = registry
        self.article = URIRef(iris.article(facts.article.id))
        self.g = graph_in("default" if store is None else store)   # a shared rdflib store lets a batch be validated
        self.e = graph_in("default" if store is None else store)   # as one graph without copying (kg.pipeline)
        if store is None:   # a batch's graphs are only validated and written as N-Quads: no prefixes
            bind_prefixes(self.g, iris.base)
            bind_prefixes(self.e, iris.base)
        self.links: Links = links_of(facts.lexicon)
        self.language = getattr(facts.lexicon, "language", None)  # of the article's text and the lexicon's names
        self.full_names = article_full_names(facts, self.bare_name)
        self.described: dict = {}     # (kind, arguments) -> node, for each shared entity this graph describes
        self.government_bodies: set = set()   # the bodies this graph types ekg:GovernmentAgency
        self.source_profiles: list = []       # the figures' source profiles, written after every body is described
        self.evidence_offsets: dict = {}      # fact -> (start, end) of its evidence, for its statement keys
        self.stated: list = []                # the facts with a speaker, in order, for their statement keys

    def build(self) -> ArticleGraph:
        self.add_article()
        self.add_facts()
        for person in self.f.people:
            self.add_membership(person)
        for org in self.f.organizations:
            node = self.organization(org.name, org.kind, org.wikidata, org.parent)
            self.g.add((self.article, SCHEMA.mentions, node))
            self.add_area_served(node, org.name, org.region)
        self.add_source_profiles()
        self.add_statement_keys()
        return ArticleGraph(self.article, self.g, self.e, self.iris)

    def add_facts(self) -> None:
        """Every fact of every registered type, each also typed ekg:Fact, so that queries
        reach all facts without listing their classes."""
        for fact_type in self.registry:
            for item in fact_type.select(self.f):
                self.g.add((fact_type.to_rdf(self, item), RDF.type, EKG.Fact))

    # -- shared entities ----------------------------------------------------------------
    def organization(self, name: str, kind: str | None = None, wikidata: str | None = None,
                     parent: str | None = None) -> URIRef:
        """The body's node, described in the entities graph the first time it is asked for
        (`once`: every fact names its agency, and describing it again added nothing)."""
        return self.once(("organization", name, kind, wikidata, parent), self._organization, name, kind, wikidata, parent)

    def once(self, key: tuple, describe, *arguments):
        """`describe(*arguments)` the first time `key` is asked for in this article; its node
        after that. Describing an entity is a function of its arguments and of the article, so a
        second description would add the same triples again (no-ops), at the cost of the look-ups
        and terms (about a third of building the graph, profiled on 256 synthetic articles)."""
        if key not in self.described:
            self.described[key] = describe(*arguments)
        return self.described[key]

    def _organization(self, name: str, kind: str | None, wikidata: str | None, parent: str | None) -> URIRef:
        known = self.f.lexicon.organization_named(name)
        name = known.name if known else name  # an abbreviation, alias or old name: the body's one IRI
        node = URIRef(self.iris.organization(name))
        kind = kind or (known.kind if known else self.mentioned_kind(name))
        wikidata = wikidata or (known.wikidata if known else None)
        parent = parent or (known.parent if known else None)
        self.e.add((node, RDF.type, EKG.Organization))
        self.e.add((node, RDF.type, ORG.Organization))
        self.e.add((node, RDF.type, PROV.Organization))
        self.e.add((node, RDF.type, organization_class(kind)))
        if organization_class(kind) == EKG.GovernmentAgency:
            self.government_bodies.add(node)
        label = self.text(name) if organization_class(kind) in NAMED_IN_LANGUAGE else literal(name)
        self.e.add((node, RDFS.label, label))
        self.e.add((node, SCHEMA.name, label))
        self.add_name_words(node, name)
        self.link(node, self.links.organization(name) or (Link(wikidata) if wikidata else None))
        if parent:
            self.e.add((node, ORG.subOrganizationOf, self.organization(parent)))
        return node

    def add_area_served(self, node: URIRef, name: str, region: str | None) -> None:
        """A regional body ('Pemerintah Kabupaten Batang', a Dinas of a province) serves its
        region: schema:areaServed, the place with its official code, so that a consumer joins
        the body to Kemendagri/BPS data through it. Only when the body's name ends with its
        region, the region is a known place, and the place's official region is of the level the
        name says (not 'Kota X' for Kabupaten X, not a name both a kabupaten and a kota bear)."""
        if not region or not name.endswith(region):
            return
        place, level = place_of_region(self.f.lexicon, region)
        if place is None:
            return
        official = regions_of(self.f.lexicon).of(place)
        if official is None or (level != "province" and official.kind != level):
            return
        self.e.add((node, SCHEMA.areaServed, self.place(place.name)))

    def mentioned_kind(self, name: str) -> str | None:
        """The kind this article's own mention gave a body the lexicon does not know
        (a company is never defaulted to a government agency)."""
        return next((o.kind for o in self.f.organizations if o.name == name), None)

    def text(self, value: str) -> Literal:
        """Text in the article's language (a headline, a quote, an Indonesian body's name),
        tagged with it (`@id`) when the lexicon says which language that is."""
        return literal(value, lang=self.language) if self.language else literal(value)

    def link(self, node: URIRef, link: Link | None) -> None:
        """A Wikidata item: owl:sameAs when it is this very thing, skos:exactMatch and
        schema:sameAs when it only describes it (links.yaml `match: close`)."""
        if link is None:
            return
        if link.match == "exact":
            self.e.add((node, OWL.sameAs, WD[link.wikidata]))
        else:
            self.e.add((node, SKOS.exactMatch, WD[link.wikidata]))
            self.e.add((node, SCHEMA.sameAs, WD[link.wikidata]))

    def bare_name(self, name: str) -> str:
        """A person's name without honorifics, degrees and forms of address (titles.yaml)."""
        forms = honorific_forms(self.f.lexicon)
        words = [w for w in re.split(r"[\s,]+", name) if w and fold(w.rstrip(".")) not in forms]
        return " ".join(words) or name.strip()

    def full_name(self, name: str) -> str:
        """The one name of a person: a known official's other form (links.yaml `people`), or a
        short form ('Rina', 'Bu Lestari') of exactly one fuller name in this article."""
        bare = self.bare_name(name)
        full = self.links.full_name(bare) or self.full_names.get(fold(bare), bare)
        return self.links.full_name(full) or full

    def person_organization(self, full: str) -> str | None:
        """The body this article says a person belongs to (canonical name), if any."""
        for person in self.f.people:
            if person.organization and self.full_name(person.name) == full:
                known = self.f.lexicon.organization_named(person.organization)
                return known.name if known else person.organization
        return None

    def person(self, name: str) -> URIRef:
        return self.once(("person", name), self._person, name)

    def _person(self, name: str) -> URIRef:
        name = self.full_name(name)
        node = URIRef(self.iris.person(name, self.person_organization(name)))
        for cls in (EKG.Person, PROV.Person, SCHEMA.Person):
            self.e.add((node, RDF.type, cls))
        self.e.add((node, RDFS.label, literal(name)))
        self.e.add((node, SCHEMA.name, literal(name)))
        self.add_name_words(node, name)
        self.link(node, self.links.person(name))
        return node

    def add_name_words(self, node: URIRef, name: str) -> None:
        """Lookup keys precomputed for query speed (kg.rdf.keys, decision 0012): each word of
        the name, lower-cased, beside the label in the shared-entities graph, so that the
        templates' name parameters find a person or a body by an index look-up instead of
        reading every label in the KG. A function of the label, so it is written, kept and
        replaced with it."""
        for word in words(name):
            self.e.add((node, EKG.nameWord, literal(word)))

    def unit(self, unit: str | None) -> URIRef | None:
        """The QUDT unit of a unit as the extractor writes it: links.yaml `units`, an ISO 4217
        code of lexicon.yaml `currencies`, or a counted thing (`count_units`)."""
        if not unit:
            return None
        if unit in self.links.units:
            return URIRef(self.links.units[unit])
        currencies, counted = unit_words(self.f.lexicon)
        if self.links.currency_namespace and unit in currencies:
            return URIRef(self.links.currency_namespace + unit)
        if self.links.count_unit and fold(unit) in counted:
            return URIRef(self.links.count_unit)
        return None

    def period(self, period) -> URIRef:
        return self.once(("period", period.start, period.end), self._period, period)

    def _period(self, period) -> URIRef:
        node = URIRef(self.iris.period(period.start, period.end))
        self.e.add((node, RDF.type, TIME.Interval))
        self.e.add((node, RDFS.label, literal(f"{period.start.isoformat()}/{period.end.isoformat()}")))
        for prop, date in ((TIME.hasBeginning, period.start), (TIME.hasEnd, period.end)):
            instant = URIRef(self.iris.instant(date))
            self.e.add((node, prop, instant))
            self.e.add((instant, RDF.type, TIME.Instant))
            self.e.add((instant, TIME.inXSDDate, literal(date.isoformat(), datatype=XSD.date)))
        return node

    def place(self, name: str) -> URIRef | None:
        return self.once(("place", name), self._place, name)

    def _place(self, name: str) -> URIRef | None:
        # a name the facts carry: a regency of `bare: false` counts (its kind word was read)
        place = self.f.lexicon.place(name, qualified=True)
        if place is None:
            return None
        node = URIRef(self.iris.place(place.name))
        self.e.add((node, RDF.type, EKG.Place))
        self.e.add((node, RDF.type, SCHEMA.Place))
        self.e.add((node, RDF.type, PLACE_CLASSES.get(place.kind, EKG.Place)))
        label = self.text(place.name) if place.kind in ("country", "region") else literal(place.name)
        self.e.add((node, RDFS.label, label))  # 'Jepang', 'Uni Eropa': the Indonesian name
        self.e.add((node, SCHEMA.name, label))
        region = regions_of(self.f.lexicon).of(place)
        self.link(node, self.links.place(place.name) or (Link(place.wikidata) if place.wikidata else None)
                  or self.links.region(region.code if region else None))
        self.add_region(node, place, region)
        return node

    def add_region(self, node: URIRef, place, region) -> None:
        """A province's or regency's official code (kg.build.regions: Kemendagri, from a
        maintained package), also as dcterms:identifier for consumers that read only Dublin
        Core; its official name beside the news spelling; a regency lies in its province."""
        if region is None:
            return
        self.e.add((node, EKG.regionCode, literal(region.code)))
        self.e.add((node, DCTERMS.identifier, literal(region.code)))
        if region.name != place.name:   # 'Kabupaten Jepara', 'Daerah Khusus Ibukota Jakarta'
            self.e.add((node, SCHEMA.alternateName, self.text(region.name)))
        if place.kind == "regency" and place.province and (province := self.place(place.province)):
            self.e.add((node, SCHEMA.containedInPlace, province))

    # -- the article's own statements ---------------------------------------------------
    def add_article(self) -> None:
        art, node, g = self.f.article, self.article, self.g
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, SCHEMA.headline, self.text(art.title) if art.title else literal("(untitled)")))
        g.add((node, SCHEMA.articleBody, self.text(art.text)))
        g.add((node, EKG.contentHash, literal(art.id)))
        if art.published:
            g.add((node, SCHEMA.datePublished, literal(art.published.isoformat(), datatype=XSD.date)))
        if art.url:
            g.add((node, SCHEMA.url, literal(art.url, datatype=XSD.anyURI)))
        if art.publisher:
            g.add((node, SCHEMA.publisher, self.organization(art.publisher, "media")))
        if art.author:
            g.add((node, SCHEMA.author, self.person(art.author)))

    def evidence(self, fact: URIRef, start: int, end: int) -> URIRef:
        """The fact's evidence (a Web Annotation specific resource with a position and a quote
        selector), and beside the fact the lookup key ekg:evidenceStart, its position's start
        again: who-said orders every row by it before it picks a page, one look-up instead of
        three (decision 0065)."""
        node = URIRef(self.iris.evidence(str(fact)))
        position, quote = URIRef(str(node) + "/position"), URIRef(str(node) + "/quote")
        g = self.g
        g.add((fact, EKG.evidence, node))
        g.add((fact, EKG.evidenceStart, literal(start, datatype=XSD.integer)))
        self.evidence_offsets[fact] = (start, end)
        g.add((node, RDF.type, OA.SpecificResource))
        g.add((node, OA.hasSource, self.article))
        g.add((node, OA.hasSelector, position))
        g.add((node, OA.hasSelector, quote))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, literal(start, datatype=XSD.integer)))
        g.add((position, OA.end, literal(end, datatype=XSD.integer)))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, self.text(self.f.article.text[start:end])))
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
            self.stated.append(fact)

    def add_statement_keys(self) -> None:
        """A lookup key written at ingest for query speed (decision 0085): beside each fact a person
        stated (ekg:Fact with ekg:statedBy and its evidence), one ekg:statementKey per class of the
        fact in ekg:'s namespace but ekg:Fact (kg.rdf.keys.statement_key: who-said's order, the class
        and the evidence's offsets), so that who-said orders a speaker's rows by one look-up per row
        and reads its page's offsets and type from the key. Written at the end of the build, when
        every fact has its classes (add_facts types it ekg:Fact after its fact type)."""
        published = self.f.article.published.isoformat() if self.f.article.published else None
        for fact, classes in self.stated_classes().items():
            offsets = self.evidence_offsets.get(fact)
            if offsets is None or EKG.Fact not in classes:
                continue
            start, end = offsets
            for fact_class in classes:
                if fact_class != EKG.Fact and str(fact_class).startswith(str(EKG)):
                    key = keys.statement_key(published, str(self.article), start, end, str(fact), str(fact_class))
                    self.g.add((fact, EKG.statementKey, literal(key)))

    def stated_classes(self) -> dict:
        """Each stated fact's classes, from one pass over the article's own triples: a look-up by
        subject would index the batch's union before every article is built (kg.rdf.batch_store),
        and every later add of the batch would go through the index (+3.3 ms of CPU per article)."""
        classes: dict = {fact: set() for fact in self.stated}
        for s, p, o in self.g:
            if p == RDF.type and s in classes:
                classes[s].add(o)
        return classes

    def agency_years(self, fact: URIRef, organization: URIRef, years: range) -> None:
        """A lookup key written at ingest for query speed (decision 0033): the fact points to
        its reporting body's year (ekg:agencyYear, in the article's graph) for each year of
        `years`; each such year is described once in the entities graph (ekg:AgencyYear, with
        ekg:yearOf its body and ekg:calendarYear its year)."""
        for year in years:
            self.g.add((fact, EKG.agencyYear, self.once(("agency_year", organization, year), self._agency_year, organization, year)))

    def _agency_year(self, organization: URIRef, year: int) -> URIRef:
        node = URIRef(keys.agency_year(str(organization), year))
        self.e.add((node, RDF.type, EKG.AgencyYear))
        self.e.add((node, EKG.yearOf, organization))
        self.e.add((node, EKG.calendarYear, literal(year, datatype=XSD.integer)))
        return node

    def value_profile(self, realisation: URIRef, group: str, value, measure: str, scope: URIRef | None) -> None:
        """A lookup key written at ingest for query speed (decision 0069): the realisation points
        to its value profile (ekg:valueProfile, in the article's graph), the node that stands for
        every realisation of its group (unit, period) with its value, measure and place; each
        profile is described once in the entities graph (ekg:ValueProfile, with ekg:profileGroup,
        ekg:profileValue, ekg:profileMeasure and ekg:profileScope). target-vs-actual scores a
        group's few profiles instead of its thousands of realisations."""
        text = keys.decimal_text(value)
        scope_iri = str(scope) if scope is not None else None
        self.g.add((realisation, EKG.valueProfile, self.once(("value_profile", group, text, measure, scope_iri),
                                                              self._value_profile, group, text, measure, scope)))

    def _value_profile(self, group: str, text: str, measure: str, scope: URIRef | None) -> URIRef:
        node = URIRef(self.iris.value_profile(group, text, measure, str(scope) if scope is not None else None))
        self.e.add((node, RDF.type, EKG.ValueProfile))
        self.e.add((node, EKG.profileGroup, literal(group)))
        self.e.add((node, EKG.profileValue, Literal(text, datatype=XSD.decimal)))
        self.e.add((node, EKG.profileMeasure, literal(measure)))
        if scope is not None:
            self.e.add((node, EKG.profileScope, scope))
        return node

    def measure_profile(self, figure: URIRef, group: str, label: str, measure: str | None,
                        scope: URIRef | None, measure_words: list[str]) -> None:
        """A lookup key written at ingest for query speed (decision 0076): the figure points to
        its measure profile (ekg:measureProfile, in the article's graph), the node that stands
        for every figure of its group (class, unit, period) with its measure label, normalised
        measure and place, whatever its article; each profile is described once in the entities
        graph (ekg:MeasureProfile, with ekg:measureProfileGroup, ekg:measureProfileLabel,
        ekg:measureProfileMeasure, ekg:measureProfileScope and the figure's measure words as
        ekg:measureProfileWord). timeline orders a measure's few profiles by period and reads
        the figures of the page's periods only, instead of every figure with the word."""
        scope_iri = str(scope) if scope is not None else None
        self.g.add((figure, EKG.measureProfile, self.once(("measure_profile", group, label, measure, scope_iri),
                                                          self._measure_profile, group, label, measure, scope,
                                                          measure_words)))

    def source_profile(self, figure: URIRef, group: str, value, measure: str, scope: URIRef | None,
                       reporter: URIRef | None) -> None:
        """A lookup key written at ingest for query speed (decision 0080): the figure will point
        to its source profile (ekg:sourceProfile, in the article's graph), the node that stands
        for every figure of its group (class, unit, period) with its value, compared measure,
        place, article's date and official standing, whatever its article; each profile is
        described once in the entities graph. Written at the end of the build
        (add_source_profiles), when every body the article names is described, so that the
        official standing is the one this graph gives the reporter (a body the article lists
        may be typed there after its figures are built)."""
        self.source_profiles.append((figure, group, keys.decimal_text(value), measure, scope, reporter))

    def add_source_profiles(self) -> None:
        published = self.f.article.published.isoformat() if self.f.article.published else None
        for figure, group, text, measure, scope, reporter in self.source_profiles:
            official = reporter is not None and reporter in self.government_bodies
            scope_iri = str(scope) if scope is not None else None
            self.g.add((figure, EKG.sourceProfile, self.once(("source_profile", group, text, measure, scope_iri, official),
                                                             self._source_profile, group, text, measure, scope,
                                                             published, official)))

    def _source_profile(self, group: str, text: str, measure: str, scope: URIRef | None, published: str | None,
                        official: bool) -> URIRef:
        node = URIRef(self.iris.source_profile(group, text, measure, str(scope) if scope is not None else None,
                                               published, official))
        self.e.add((node, RDF.type, EKG.SourceProfile))
        self.e.add((node, EKG.sourceProfileGroup, literal(group)))
        self.e.add((node, EKG.sourceProfileValue, Literal(text, datatype=XSD.decimal)))
        self.e.add((node, EKG.sourceProfileMeasure, literal(measure)))
        self.e.add((node, EKG.sourceProfileOfficial, literal(official)))
        if scope is not None:
            self.e.add((node, EKG.sourceProfileScope, scope))
        if published is not None:
            self.e.add((node, EKG.sourceProfileDate, literal(published, datatype=XSD.date)))
        return node

    def _measure_profile(self, group: str, label: str, measure: str | None, scope: URIRef | None,
                         measure_words: list[str]) -> URIRef:
        node = URIRef(self.iris.measure_profile(group, label, measure, str(scope) if scope is not None else None))
        self.e.add((node, RDF.type, EKG.MeasureProfile))
        self.e.add((node, EKG.measureProfileGroup, literal(group)))
        self.e.add((node, EKG.measureProfileLabel, literal(label)))
        if measure is not None:
            self.e.add((node, EKG.measureProfileMeasure, literal(measure)))
        if scope is not None:
            self.e.add((node, EKG.measureProfileScope, scope))
        for word in measure_words:
            self.e.add((node, EKG.measureProfileWord, literal(word)))
        return node

    def role(self, title: str) -> URIRef:
        node = URIRef(self.iris.role(title))
        self.e.add((node, RDF.type, ORG.Role))
        self.e.add((node, RDFS.label, literal(title)))
        return node

    def add_membership(self, person) -> None:
        pnode = self.person(person.name)
        self.g.add((self.article, SCHEMA.mentions, pnode))
        if not person.role and not person.organization:
            return
        node = URIRef(self.iris.membership(self.full_name(person.name), person.organization, person.role)
                      + "/" + self.f.article.id)
        g = self.g
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, pnode))
        if person.organization:
            g.add((node, ORG.organization, self.organization(person.organization)))
        if person.role:
            g.add((node, ORG.role, self.role(person.role)))
            g.add((node, EKG.roleTitle, literal(person.role)))
        self.provenance(node, None, None)
        self.evidence(node, person.start, person.end)


def unit_words(lexicon) -> tuple[frozenset, frozenset]:
    """The codes of lexicon.yaml `currencies` and the folded `count_units`: made once per
    lexicon (every figure whose unit links.yaml does not name asks; made per figure, the two
    sets were about a tenth of building an article's graph)."""
    compiled = getattr(lexicon, "compiled", None)
    return compiled(read_unit_words) if compiled else read_unit_words(lexicon)


def read_unit_words(lexicon) -> tuple[frozenset, frozenset]:
    words = getattr(lexicon, "words", {}) or {}
    return (frozenset(c.get("code") for c in words.get("currencies", []) or []),
            frozenset(fold(str(w)) for w in words.get("count_units", []) or []))


def honorific_forms(lexicon) -> frozenset:
    """Folded honorifics and forms of address, without their dots ('Dr.', 'Ir', 'Bapak'):
    made once per lexicon (every name of every article asks)."""
    compiled = getattr(lexicon, "compiled", None)
    return compiled(folded_honorifics) if compiled else folded_honorifics(lexicon)


def folded_honorifics(lexicon) -> frozenset:
    words = list(getattr(lexicon, "honorifics", []) or []) + list(getattr(lexicon, "address_forms", []) or [])
    return frozenset(fold(str(w).rstrip(".")) for w in words if str(w).rstrip("."))


def article_full_names(facts: Facts, bare_name) -> dict[str, str]:
    """Each short form of a name in this article -> the one fuller name it is a form of
    (a form shared by two fuller names, two 'Budi's, resolves to neither)."""
    names = {bare_name(p.name) for p in facts.people}
    names |= {bare_name(x.speaker.name) for x in [*facts.figures, *facts.quotes] if x.speaker}
    owners: dict[str, set[str]] = {}
    for name in names:
        for form in short_forms(name):
            if form != fold(name):
                owners.setdefault(form, set()).add(name)
    resolved = {}
    for form, fuller in owners.items():
        longest = max(fuller, key=lambda n: len(n.split()))
        if all(n == longest or fold(n) in short_forms(longest) for n in fuller):
            resolved[form] = longest
    return resolved


def short_forms(name: str) -> set[str]:
    """The forms a name is shortened to in news: any word of three letters or more, the first
    two words, the last two (kg.model.Person.short_forms)."""
    return Person(name).short_forms()


# bodies whose names are Indonesian words (a ministry, a task force), not brands: tagged @id
NAMED_IN_LANGUAGE = (EKG.GovernmentAgency, EKG.TaskForce)

PLACE_CLASSES = {"province": EKG.Province, "regency": EKG.Regency, "country": EKG.Country, "region": EKG.Region}


def organization_class(kind: str) -> URIRef:
    return {
        "ministry": EKG.GovernmentAgency, "coordinating_ministry": EKG.GovernmentAgency,
        "agency": EKG.GovernmentAgency, "central_bank": EKG.GovernmentAgency,
        "regional_agency": EKG.GovernmentAgency, "government": EKG.GovernmentAgency,
        "legislature": EKG.GovernmentAgency, "company": EKG.Company, "state_enterprise": EKG.Company,
        "media": EKG.NewsPublisher, "task_force": EKG.TaskForce,
    }.get(kind, EKG.Organization)


def build_graph(facts: Facts, iris: Iris = DEFAULT, registry: Registry = REGISTRY, store=None) -> ArticleGraph:
    """The article's graph, its facts built by the fact types of `registry`; its two graphs are
    contexts of the rdflib `store` when one is given (else each has a store of its own)."""
    return GraphBuilder(facts, iris, registry, store).build()
