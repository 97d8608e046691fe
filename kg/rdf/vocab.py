"""Namespaces used by the graph, the queries and the exports, with their preferred prefixes.

Every namespace here is a `Vocabulary`: an rdflib Namespace that makes each of its terms once.
rdflib makes a new URIRef (and checks its characters) on every `EKG.value`, and looks the
terms of its closed namespaces (RDF, XSD, ...) up through a metaclass on every `RDF.type`;
the graph builder, the fact types and the compiled checker spell about 1,500 terms per
article, which cost about a third of building an article's graph (profiled on 256 synthetic
articles, docs/scale.md, fifth round). So every module of kg imports RDF, RDFS, XSD and the
rest from here, not from rdflib.namespace, and makes no Namespace of its own: one home for
each term, the same IRIs, the same URIRef terms (decision 0016)."""
from rdflib import Namespace
from rdflib import namespace as rdflib_namespaces

from kg.rdf.iris import ONTOLOGY
from kg.settings import DEFAULT_BASE


class Vocabulary(Namespace):
    """A Namespace whose terms are made once: the first `NS.name` stores the URIRef on the
    namespace object, so every later one is a plain attribute read. The terms are constants of
    the vocabulary (one IRI each, whatever the settings), so sharing them is no process state."""

    def __getattr__(self, name: str):
        if name.startswith("__") or self.__dict__.get("_closed"):
            # Python's own look-ups (copy, pickle), or a name a closed vocabulary does not
            # declare (a misspelt term, as rdflib's closed namespaces refuse it)
            raise AttributeError(f"{name} is not a term of {str(self)}")
        term = self.__dict__[name] = self.term(name)
        return term


def vocabulary(namespace) -> Vocabulary:
    """The Vocabulary of one of rdflib's defined namespaces: its declared terms made at once
    (so that a term named like a method of str, `DCTERMS.format`, is the term and not the
    method), and, where rdflib refuses undeclared names, refusing them too."""
    made = Vocabulary(str(namespace))
    declared = [*getattr(namespace, "__annotations__", {}), *getattr(namespace, "_extras", [])]
    for name in declared:
        made.__dict__[name] = made.term(name)
    made.__dict__["_closed"] = bool(getattr(namespace, "_fail", False))
    return made


DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, VOID, XSD, ORG = (
    vocabulary(getattr(rdflib_namespaces, name))
    for name in ("DCAT", "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "TIME", "VOID", "XSD", "ORG"))
EKG = Vocabulary(ONTOLOGY)
SCHEMA = Vocabulary("https://schema.org/")
OA = Vocabulary("http://www.w3.org/ns/oa#")
ELI = Vocabulary("http://data.europa.eu/eli/ontology#")
WD = Vocabulary("http://www.wikidata.org/entity/")
SH = Vocabulary("http://www.w3.org/ns/shacl#")
QUDT = Vocabulary("http://qudt.org/schema/qudt/")
UNIT = Vocabulary("http://qudt.org/vocab/unit/")
CUR = Vocabulary("http://qudt.org/vocab/currency/")
# used by one output each, bound there where used (not in PREFIXES, which every graph gets)
SD = Vocabulary("http://www.w3.org/ns/sparql-service-description#")    # the endpoint's description
FORMATS = Vocabulary("http://www.w3.org/ns/formats/")                   # its result formats
QB = Vocabulary("http://purl.org/linked-data/cube#")                    # the Data Cube view
SDMX_DIMENSION = Vocabulary("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMX_MEASURE = Vocabulary("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTRIBUTE = Vocabulary("http://purl.org/linked-data/sdmx/2009/attribute#")

PREFIXES = {
    "ekg": EKG, "schema": SCHEMA, "prov": PROV, "org": ORG, "time": TIME, "oa": OA, "eli": ELI,
    "owl": OWL, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS, "dcterms": DCTERMS, "dcat": DCAT,
    "void": VOID, "wd": WD, "sh": SH, "qudt": QUDT, "unit": UNIT, "cur": CUR,
}


def bind_prefixes(graph, base: str = DEFAULT_BASE) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    graph.bind("id", Namespace(base), override=True)
