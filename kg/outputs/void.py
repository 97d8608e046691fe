"""The dataset's description for linked-data consumers, in VoID and DCAT: what it is, under
which licence, which ontology version, how big, which classes with how many instances,
which named graphs, and a few example resources. `kg export --format void` prints it alone;
`description_bytes` gives it in the syntax of an export so that every export can carry it.
Its nodes (class partitions, graph subsets, distributions) are IRIs under the dataset's, not
blank nodes, so the description reads the same in every syntax and from run to run.

The licence is Settings.licence: CC BY 4.0 unless the publisher sets another (KG_LICENSE at the
shell); dcterms:rights adds that the quoted article text stays its publishers'. Each export is a
DCAT distribution with its download and access URL under Settings.download_url (KG_DOWNLOAD_URL,
default <base>download/), and the SPARQL endpoint (Settings.sparql_endpoint) a dcat:DataService.
VoID linksets count the links to Wikidata (owl:sameAs, skos:exactMatch), and a property
partition the Kemendagri region codes (literals, so not a linkset). The creation date is today,
or Settings.build_date (SOURCE_DATE_EPOCH at the shell), so that builds can be reproduced byte for byte.
"""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from kg.facttypes import REGISTRY, Registry
from kg.rdf.iris import Iris, digest, slug
from kg.settings import Settings
from kg.rdf.vocab import DCAT, DCTERMS, EKG, OWL, RDF, RDFS, SCHEMA, SD, SKOS, VOID, XSD, bind_prefixes

LICENSE_ENV = "KG_LICENSE"
ONTOLOGY_IRI = URIRef("https://w3id.org/ekspor-kg/ontology")
SHAPES_IRI = URIRef("https://w3id.org/ekspor-kg/shapes")
VOCABULARIES = ("https://schema.org/", "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/org#",
                "http://www.w3.org/2006/time#", "http://www.w3.org/ns/oa#", "http://data.europa.eu/eli/ontology#")


def example_classes(registry: Registry = REGISTRY) -> tuple:
    """The classes the description names an example resource of: articles, what each fact
    type names (kg.facttypes), people and organisations."""
    return (SCHEMA.NewsArticle, *registry.examples(), EKG.Person, EKG.Organization)


def dataset_iri(settings: Settings = Settings()) -> URIRef:
    return URIRef(Iris(settings.base).dataset())


def description_graph_iri(settings: Settings = Settings()) -> URIRef:
    """The named graph that holds the description in TriG and N-Quads exports."""
    return URIRef(Iris(settings.base).description_graph())


def license_iri(settings: Settings = Settings()) -> URIRef:
    return URIRef(settings.licence)


def download_url(settings: Settings = Settings()) -> str:
    url = settings.download_url or settings.base + "download/"
    return url if url.endswith("/") else url + "/"


def sparql_endpoint(settings: Settings = Settings()) -> URIRef:
    return URIRef(settings.sparql_endpoint or settings.base + "sparql")


def ontology_version() -> tuple[URIRef | None, str | None]:
    from kg.rdf.ontology import ontology_graph
    onto = ontology_graph()
    return onto.value(ONTOLOGY_IRI, OWL.versionIRI), onto.value(ONTOLOGY_IRI, OWL.versionInfo)


def void_description(store, settings: Settings = Settings(), registry: Registry = REGISTRY) -> Graph:
    """VoID + DCAT description of the store's dataset (see the module docstring), with
    examples of the fact types in `registry`."""
    graph, node = Graph(), dataset_iri(settings)
    bind_prefixes(graph, settings.base)
    graph.bind("sd", SD)
    describe_dataset(graph, node, settings)
    describe_size(graph, node, store)
    describe_classes(graph, node, store)
    describe_graphs(graph, node, store, settings)
    describe_examples(graph, node, store, registry)
    describe_distributions(graph, node, settings)
    describe_linksets(graph, node, store)
    return graph


def describe_dataset(graph: Graph, node: URIRef, settings: Settings) -> None:
    add = lambda p, o: graph.add((node, p, o))  # noqa: E731
    add(RDF.type, VOID.Dataset)
    add(RDF.type, DCAT.Dataset)
    add(DCTERMS.title, Literal("Ekspor-KG: graf pengetahuan berita ekonomi Indonesia", lang="id"))
    add(DCTERMS.title, Literal("Ekspor-KG: a knowledge graph of Indonesian economic news", lang="en"))
    add(DCTERMS.description, Literal(
        "Figures, targets, quotes and decrees extracted from Indonesian economic news, each with the "
        "article and the exact sentence it comes from.", lang="en"))
    add(DCTERMS.license, license_iri(settings))
    add(DCTERMS.rights, Literal(
        "The licence covers the graph's own statements; the article text quoted as evidence remains "
        "the property of its publishers.", lang="en"))
    add(DCTERMS.created, Literal(settings.created().isoformat(), datatype=XSD.date))
    add(DCTERMS.language, URIRef("http://id.loc.gov/vocabulary/iso639-1/id"))
    add(VOID.uriSpace, Literal(settings.base))
    version_iri, version = ontology_version()
    add(DCTERMS.conformsTo, version_iri or ONTOLOGY_IRI)
    add(DCTERMS.conformsTo, SHAPES_IRI)
    if version:
        add(OWL.versionInfo, Literal(f"ontology {version}"))
    for vocabulary in (str(EKG), *VOCABULARIES):
        add(VOID.vocabulary, URIRef(vocabulary))


def count_rows(store, sparql: str) -> list[tuple]:
    return [(row[0], int(row[1])) for row in store.query(sparql)]


def describe_size(graph: Graph, node: URIRef, store) -> None:
    graph.add((node, VOID.triples, Literal(store.triple_count(), datatype=XSD.integer)))
    graph.add((node, VOID.documents, Literal(len(store.article_graphs()), datatype=XSD.integer)))
    for prop, sparql in ((VOID.distinctSubjects, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"),
                         (VOID.properties, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }")):
        graph.add((node, prop, Literal(int(next(iter(store.query(sparql)))[0]), datatype=XSD.integer)))


SUPERCLASSES = (EKG.NumericFact, EKG.Figure)


def describe_classes(graph: Graph, node: URIRef, store) -> None:
    """A class partition per class the data asserts: articles, ekg:Fact and each kind of fact
    (a registered fact type's class included), entities; and the facts counted by the
    ontology's intermediate superclasses (ekg:NumericFact, ekg:Figure), which it does not."""
    rows = count_rows(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")
    graph.add((node, VOID.classes, Literal(len(rows), datatype=XSD.integer)))
    for cls in SUPERCLASSES:
        rows.append((cls, instances_of(store, cls)))
    for cls, count in rows:
        part = URIRef(f"{node}/class/{slug(qname(cls))}")
        graph.add((node, VOID.classPartition, part))
        graph.add((part, VOID["class"], cls))
        graph.add((part, VOID.entities, Literal(count, datatype=XSD.integer)))


def qname(term: URIRef) -> str:
    from kg.rdf.vocab import PREFIXES
    for prefix, namespace in PREFIXES.items():
        if str(term).startswith(str(namespace)):
            return f"{prefix}-{str(term)[len(str(namespace)):]}"
    return str(term)


def instances_of(store, cls: URIRef) -> int:
    from kg.rdf.ontology import subclasses
    values = " ".join(f"<{c}>" for c in sorted(subclasses(cls)))
    sparql = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?s a ?c }}"
    return int(next(iter(store.query(sparql)))[0])


def describe_graphs(graph: Graph, node: URIRef, store, settings: Settings) -> None:
    """Each named graph (one per article, one for the shared entities) with its size."""
    rows = count_rows(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    for name, count in rows:
        part = URIRef(f"{node}/graph/{digest(name)}")
        graph.add((node, VOID.subset, part))
        graph.add((part, RDF.type, VOID.Dataset))
        graph.add((part, RDF.type, SD.NamedGraph))
        graph.add((part, SD.name, name))
        graph.add((part, VOID.triples, Literal(count, datatype=XSD.integer)))
        label = "shared entities" if str(name) == Iris(settings.base).entities_graph() else "one article and its facts"
        graph.add((part, RDFS.label, Literal(label, lang="en")))


def describe_examples(graph: Graph, node: URIRef, store, registry: Registry = REGISTRY) -> None:
    for cls in example_classes(registry):
        rows = list(store.query(f"SELECT ?s WHERE {{ ?s a <{cls}> }} ORDER BY ?s LIMIT 1"))
        if rows:
            graph.add((node, VOID.exampleResource, rows[0][0]))


EXPORTS = (("turtle", "ttl", "text/turtle", "all"), ("trig", "trig", "application/trig", "all"),
           ("nquads", "nq", "application/n-quads", "all"), ("jsonld", "jsonld", "application/ld+json", "all"),
           ("turtle", "cube.ttl", "text/turtle", "cube"))


def describe_distributions(graph: Graph, node: URIRef, settings: Settings = Settings()) -> None:
    """One dcat:Distribution per export (the Data Cube view too), each with its download URL
    (also its access URL: the file is the access) and licence; the SPARQL endpoint as a
    dcat:DataService serving the dataset."""
    for fmt, extension, media, view in EXPORTS:
        dist = URIRef(f"{node}/distribution/{fmt}" + ("" if view == "all" else f"-{view}"))
        url = URIRef(download_url(settings) + "kg." + extension)
        graph.add((node, DCAT.distribution, dist))
        graph.add((dist, RDF.type, DCAT.Distribution))
        graph.add((dist, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{media}")))
        graph.add((dist, DCAT.downloadURL, url))
        graph.add((dist, DCAT.accessURL, url))
        graph.add((dist, DCTERMS.license, license_iri(settings)))
        command = f"kg export --format {fmt}" + ("" if view == "all" else f" --view {view}")
        graph.add((dist, DCTERMS.title, Literal(command)))
    service = URIRef(f"{node}/service/sparql")
    graph.add((service, RDF.type, DCAT.DataService))
    graph.add((service, DCAT.endpointURL, sparql_endpoint(settings)))
    graph.add((service, DCAT.servesDataset, node))
    graph.add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    graph.add((node, VOID.sparqlEndpoint, sparql_endpoint(settings)))
    sparql_access = URIRef(f"{node}/distribution/sparql")
    graph.add((node, DCAT.distribution, sparql_access))
    graph.add((sparql_access, RDF.type, DCAT.Distribution))
    graph.add((sparql_access, DCAT.accessURL, sparql_endpoint(settings)))
    graph.add((sparql_access, DCAT.accessService, service))
    graph.add((sparql_access, DCTERMS.license, license_iri(settings)))


WIKIDATA = URIRef("http://www.wikidata.org/entity/")
LINKSETS = (("wikidata-same-as", OWL.sameAs), ("wikidata-exact-match", SKOS.exactMatch))


def describe_linksets(graph: Graph, node: URIRef, store) -> None:
    """VoID linksets of the links to Wikidata items, counted by link predicate; the region codes
    (ekg:regionCode, literals) as a property partition with its count."""
    graph.add((WIKIDATA, RDF.type, VOID.Dataset))
    graph.add((WIKIDATA, DCTERMS.title, Literal("Wikidata", lang="en")))
    graph.add((WIKIDATA, VOID.uriSpace, Literal(str(WIKIDATA))))
    for name, predicate in LINKSETS:
        sparql = (f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s <{predicate}> ?o "
                  f"FILTER(STRSTARTS(STR(?o), \"{WIKIDATA}\")) }} }}")
        linkset = URIRef(f"{node}/linkset/{name}")
        graph.add((node, VOID.subset, linkset))
        graph.add((linkset, RDF.type, VOID.Linkset))
        graph.add((linkset, VOID.linkPredicate, predicate))
        graph.add((linkset, VOID.subjectsTarget, node))
        graph.add((linkset, VOID.objectsTarget, WIKIDATA))
        graph.add((linkset, VOID.triples, Literal(first_count(store, sparql), datatype=XSD.integer)))
    codes = URIRef(f"{node}/property/region-code")
    graph.add((node, VOID.propertyPartition, codes))
    graph.add((codes, VOID.property, EKG.regionCode))
    graph.add((codes, RDFS.comment, Literal("Kemendagri region codes of provinces and regencies/cities.", lang="en")))
    sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s <{EKG.regionCode}> ?o }} }}"
    graph.add((codes, VOID.triples, Literal(first_count(store, sparql), datatype=XSD.integer)))


def first_count(store, sparql: str) -> int:
    return int(next(iter(store.query(sparql)))[0])


def description_bytes(store, fmt: str, settings: Settings = Settings()) -> bytes:
    """The description in the syntax of an export, ready to be appended to it: Turtle and
    N-Triples as they are, TriG and N-Quads in a named graph of their own."""
    description = void_description(store, settings)
    if fmt == "ntriples":
        return sorted_lines(description.serialize(format="nt").encode("utf-8"))
    if fmt == "turtle":
        return description.serialize(format="turtle").encode("utf-8")
    if fmt in ("trig", "nquads"):
        from rdflib import Dataset
        dataset = Dataset()
        named = dataset.graph(description_graph_iri(settings))
        for prefix, namespace in description.namespaces():
            dataset.bind(prefix, namespace)
        for triple in description:
            named.add(triple)
        text = dataset.serialize(format=fmt).encode("utf-8")
        return sorted_lines(text) if fmt == "nquads" else text
    raise ValueError(f"no description for export format {fmt!r}")


def sorted_lines(text: bytes) -> bytes:
    """N-Triples and N-Quads with their lines sorted. rdflib writes them in the order of its
    in-memory indexes, which follows Python's string hashing: without sorting, two runs (or
    two worker processes) write the same description in different orders, and exports that
    should be byte for byte equal are not."""
    lines = sorted(line for line in text.splitlines() if line.strip())
    return b"\n".join(lines) + b"\n" if lines else b""
