"""Namespaces used by the graph, the queries and the exports, with their preferred prefixes."""
from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, VOID, XSD, ORG

from kg.rdf.iris import ONTOLOGY
from kg.settings import DEFAULT_BASE

EKG = Namespace(ONTOLOGY)
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
WD = Namespace("http://www.wikidata.org/entity/")
SH = Namespace("http://www.w3.org/ns/shacl#")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
CUR = Namespace("http://qudt.org/vocab/currency/")

PREFIXES = {
    "ekg": EKG, "schema": SCHEMA, "prov": PROV, "org": ORG, "time": TIME, "oa": OA, "eli": ELI,
    "owl": OWL, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS, "dcterms": DCTERMS, "dcat": DCAT,
    "void": VOID, "wd": WD, "sh": SH, "qudt": QUDT, "unit": UNIT, "cur": CUR,
}


def bind_prefixes(graph, base: str = DEFAULT_BASE) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    graph.bind("id", Namespace(base), override=True)
