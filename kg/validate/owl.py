"""OWL reasoning over the KG with owlready2 and HermiT: is the data consistent with the
ontology, which classes are unsatisfiable, how many types does the ontology entail.

HermiT accepts only the OWL 2 datatype map, which lacks xsd:date and xsd:gYear (our period
bounds, publication dates and decree years), and the Pellet bundled with owlready2 needs a
newer Java than 17. So the reasoner never sees the published data itself but a *reasoning
copy*, built here and thrown away afterwards:

* the ontology (TBox), and any axioms the data brings along;
* the data's facts that use the ontology's terms: rdf:type with a class the axioms mention,
  object and datatype properties the ontology declares, owl:sameAs. A class or property
  no axiom mentions cannot take part in any entailment about the ontology's terms, so
  evidence selectors, article bodies, labels and the like stay out, which halves the copy;
* xsd:date retyped to xsd:dateTime and xsd:gYear to xsd:integer, in ranges and literals
  alike. The store and the exports keep their xsd:date and xsd:gYear.

When the copy is inconsistent, HermiT gives no explanation; `offenders` names the nodes that
are typed (directly, through subclasses, or through property domains and ranges) with two
disjoint classes, or that carry two values of a functional data property.
"""
from __future__ import annotations

import io
import os
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg.errors import KGError
from kg.resources import resource_dir

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RETYPED = {XSD + "date": XSD + "dateTime", XSD + "gYear": XSD + "integer"}
REASONING_ONTOLOGY = "https://w3id.org/ekspor-kg/reasoning-copy"
ONTOLOGY_NS = "https://w3id.org/ekspor-kg/ontology#"


class ReasonerError(KGError):
    """The reasoner could not run (Java missing, out of memory, unreadable input)."""


@dataclass
class Offender:
    node: str
    reason: str


@dataclass
class ReasoningResult:
    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    inferred_types: int = 0
    offenders: list[Offender] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    undefined: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable


# --- the reasoning copy ----------------------------------------------------------------------

def retype(term):
    """An OWL 2 datatype for the two XSD types HermiT rejects; any other term unchanged."""
    if isinstance(term, ox.Literal) and term.datatype.value in RETYPED:
        value = term.value + "T00:00:00" if term.datatype.value == XSD + "date" else term.value
        return ox.Literal(value, datatype=ox.NamedNode(RETYPED[term.datatype.value]))
    if isinstance(term, ox.NamedNode) and term.value in RETYPED:
        return ox.NamedNode(RETYPED[term.value])
    return term


@lru_cache(maxsize=1)
def ontology_triples() -> tuple:
    triples = []
    for path in sorted(resource_dir("ontology").glob("*.ttl")):
        with open(path, "rb") as handle:
            triples += [tuple(map(retype, (t.subject, t.predicate, t.object)))
                        for t in ox.parse(handle, ox.RdfFormat.TURTLE)]
    return tuple(triples)


@lru_cache(maxsize=1)
def declared() -> dict[str, str]:
    """IRI -> owl kind (Class, ObjectProperty, DatatypeProperty) for what the ontology declares."""
    return kinds_declared(ontology_triples())


def kinds_declared(triples) -> dict[str, str]:
    kinds = {}
    for s, p, o in triples:
        if p.value == RDF_TYPE and isinstance(s, ox.NamedNode) and o.value.startswith(OWL):
            kind = o.value[len(OWL):]
            if kind in ("Class", "ObjectProperty", "DatatypeProperty"):
                kinds[s.value] = kind
    return kinds


def is_schema(triple) -> bool:
    """An axiom rather than a fact: an RDFS/OWL predicate, or a declaration (rdf:type owl:...)."""
    _, p, o = triple
    if p.value == RDF_TYPE:
        return o.value.startswith(OWL)
    return p.value.startswith((OWL, RDFS)) and p.value not in (OWL + "sameAs", OWL + "differentFrom", RDFS + "label",
                                                              RDFS + "comment", RDFS + "seeAlso", RDFS + "isDefinedBy")


def in_signature(triple, kinds: dict[str, str]) -> bool:
    """Whether a fact uses only terms the axioms mention. A class or property that no axiom
    mentions cannot take part in any entailment about the ontology's terms, so facts about
    evidence selectors, article bodies, labels and the like are left out of the copy."""
    _, p, o = triple
    if p.value == RDF_TYPE:
        return kinds.get(o.value) == "Class"
    if isinstance(o, ox.Literal):
        return kinds.get(p.value) == "DatatypeProperty"
    return kinds.get(p.value) == "ObjectProperty" or p.value in (OWL + "sameAs", OWL + "differentFrom")


def reasoning_copy(triples: Iterable) -> list[tuple]:
    """The ontology, the axioms the data brings (if any), and the data's facts that use the
    ontology's terms, with the datatypes HermiT rejects retyped."""
    data = [tuple(map(retype, t)) for t in triples]
    schema = [t for t in data if is_schema(t)]
    kinds = {**declared(), **kinds_declared(schema)}
    return list(ontology_triples()) + schema + [t for t in data if not is_schema(t) and in_signature(t, kinds)]


def undefined_terms(triples: Iterable, namespace: str) -> list[str]:
    """Classes and properties of our namespace that the data uses but the ontology does not
    define (a typo such as ekg:vlaue would otherwise escape the reasoner)."""
    known, used = declared(), set()
    for _, p, o in triples:
        used.add(p.value)
        if p.value == RDF_TYPE and isinstance(o, ox.NamedNode):
            used.add(o.value)
    return sorted(t for t in used if t.startswith(namespace) and t not in known)


def ntriples(triples: Iterable[tuple]) -> bytes:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples).encode("utf-8")


# --- running HermiT ------------------------------------------------------------------------

def reason(triples: Iterable) -> ReasoningResult:
    """Consistency, unsatisfiable classes and inferred types of the data with the ontology."""
    started = time.perf_counter()
    triples = list(triples)
    copy = reasoning_copy(triples)
    result = run_hermit(copy)
    if not result.consistent:
        result.offenders = offenders(copy)
    result.triples = len(copy)
    result.undefined = undefined_terms(triples, ONTOLOGY_NS)
    result.seconds = time.perf_counter() - started
    return result


def run_hermit(copy: list[tuple]) -> ReasoningResult:
    """HermiT through owlready2, in a world of its own (nothing persists between runs)."""
    import owlready2
    world = owlready2.World()
    try:
        world.get_ontology(REASONING_ONTOLOGY).load(fileobj=io.BytesIO(ntriples(copy)), format="ntriples")
        with world.get_ontology(REASONING_ONTOLOGY + "/inferred"):
            quiet(owlready2.sync_reasoner_hermit, world, debug=0)
        unsatisfiable = sorted(c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing)
        return ReasoningResult(True, unsatisfiable, inferred_type_count(world, copy))
    except owlready2.OwlReadyInconsistentOntologyError:
        return ReasoningResult(consistent=False)
    except (owlready2.OwlReadyJavaError, OSError) as exc:
        lines = str(exc).strip().splitlines() or ["unknown error"]
        raise ReasonerError(f"HermiT could not run: {lines[-1][:200]}") from None
    finally:
        world.close()


def quiet(function, *args, **kwargs):
    """owlready2 prints its progress on stderr even with debug=0; keep the CLI output clean."""
    import contextlib
    with open(os.devnull, "w") as sink, contextlib.redirect_stderr(sink):
        return function(*args, **kwargs)


def inferred_type_count(world, copy: list[tuple]) -> int:
    """(individual, named class) pairs the ontology entails but the data does not assert:
    superclasses of asserted types, and types HermiT derives from domains and ranges."""
    import owlready2
    types = defaultdict(set)
    for s, p, o in copy:
        if p.value == RDF_TYPE and isinstance(s, ox.NamedNode) and not o.value.startswith((OWL, RDFS)):
            types[s.value].add(o.value)
    asserted = sum(len(v) for v in types.values())
    inferred = world.get_ontology(REASONING_ONTOLOGY + "/inferred")
    for s, _, o in inferred.get_triples(None, owlready2.rdf_type, None):
        if not world._unabbreviate(o).startswith((OWL, RDFS)):
            types[world._unabbreviate(s)].add(world._unabbreviate(o))
    ancestors = {}
    for cls in set().union(*types.values()) if types else ():
        entity = world[cls]
        ancestors[cls] = {a.iri for a in entity.ancestors() if a is not owlready2.Thing} if entity is not None else {cls}
    return sum(len(set().union(*(ancestors[c] for c in classes))) for classes in types.values()) - asserted


# --- naming the offending nodes -----------------------------------------------------------------

@dataclass
class TBox:
    """What the offender search needs from the ontology, read once."""
    parents: dict = field(default_factory=lambda: defaultdict(set))
    disjoint: set = field(default_factory=set)
    domain: dict = field(default_factory=lambda: defaultdict(set))
    range: dict = field(default_factory=lambda: defaultdict(set))
    functional_data: set = field(default_factory=set)


@lru_cache(maxsize=1)
def tbox() -> TBox:
    triples = ontology_triples()
    box, lists = TBox(), rdf_lists(triples)
    datatype = {iri for iri, kind in declared().items() if kind == "DatatypeProperty"}
    for s, p, o in triples:
        key = p.value[len(RDFS):] if p.value.startswith(RDFS) else p.value[len(OWL):] if p.value.startswith(OWL) else None
        if key == "subClassOf" and isinstance(o, ox.NamedNode):
            box.parents[s.value].add(o.value)
        elif key == "disjointWith":
            box.disjoint.add(frozenset((s.value, o.value)))
        elif key == "members":
            box.disjoint |= {frozenset(pair) for pair in combinations(lists.get(o, []), 2)}
        elif key in ("domain", "range") and isinstance(o, ox.NamedNode):
            getattr(box, key)[s.value].add(o.value)
        elif p.value == RDF_TYPE and o.value == OWL + "FunctionalProperty" and s.value in datatype:
            box.functional_data.add(s.value)
    return box


def rdf_lists(triples) -> dict:
    """Head node -> IRIs of an RDF collection (owl:members of AllDisjointClasses)."""
    first = {s: o.value for s, p, o in triples if p.value.endswith("#first")}
    rest = {s: o for s, p, o in triples if p.value.endswith("#rest")}
    lists = {}
    for head in first:
        items, node = [], head
        while node in first:
            items.append(first[node])
            node = rest.get(node)
        lists[head] = items
    return lists


def superclasses(cls: str, box: TBox, seen: set | None = None) -> set:
    seen = set() if seen is None else seen
    if cls not in seen:
        seen.add(cls)
        for parent in box.parents.get(cls, ()):
            superclasses(parent, box, seen)
    return seen


def offenders(copy: list[tuple]) -> list[Offender]:
    """Nodes typed with two disjoint classes, carrying two values of a functional data
    property, or a literal outside its property's range. owl:sameAs merges nodes first, as
    the reasoner does."""
    box, same = tbox(), SameAs()
    for s, p, o in copy:
        if p.value == OWL + "sameAs" and not isinstance(o, ox.Literal):
            same.union(str(s), str(o))
    types, values, found = defaultdict(set), defaultdict(set), []
    for s, p, o in copy:
        subject = same.find(str(s))
        if p.value == RDF_TYPE:
            types[subject].add(o.value)
        types[subject] |= box.domain.get(p.value, set())
        if not isinstance(o, ox.Literal):
            types[same.find(str(o))] |= box.range.get(p.value, set())
            continue
        if p.value in box.functional_data:
            values[(subject, p.value)].add(literal_value(o))
        found += wrong_datatype(s, p, o, box)
    for node, classes in sorted(types.items()):
        closure = set().union(*(superclasses(c, box) for c in classes))
        for pair in sorted(tuple(sorted(p)) for p in box.disjoint if p <= closure):
            found.append(Offender(node.strip("<>"), f"is both {short(pair[0])} and {short(pair[1])}, which are disjoint"))
    for (node, prop), vals in sorted(values.items()):
        if len(vals) > 1:
            found.append(Offender(node.strip("<>"), f"has {len(vals)} values of the functional property {short(prop)}"))
    return found


INTEGERS = {XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                               "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
                               "unsignedShort", "unsignedByte")}


def wrong_datatype(s, p, o: ox.Literal, box: TBox) -> list[Offender]:
    """A literal outside the declared range of its property (HermiT: inconsistent)."""
    for expected in box.range.get(p.value, ()):
        given = o.datatype.value
        if given == expected or expected == RDFS + "Literal" \
                or (expected in (XSD + "decimal", XSD + "integer") and given in INTEGERS):
            continue
        return [Offender(str(s).strip("<>"), f"has {short(p.value)} {o}, outside its range {short(expected)}")]
    return []


def literal_value(literal: ox.Literal):
    from decimal import Decimal, InvalidOperation
    try:
        return Decimal(literal.value) if literal.datatype.value in (XSD + "decimal", XSD + "integer") else literal.value
    except InvalidOperation:
        return literal.value


class SameAs:
    """Union-find over owl:sameAs."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        while self.parent.get(node, node) != node:
            node = self.parent[node]
        return node

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def short(iri: str) -> str:
    from kg.rdf.vocab import PREFIXES
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return iri


# --- inputs ----------------------------------------------------------------------------------

def store_triples(store) -> Iterable[tuple]:
    """The union graph of a store (every named graph), as triples."""
    from kg.rdf.terms import to_ox
    for s, p, o, _ in store.quads():
        yield to_ox(s), to_ox(p), to_ox(o)


def file_triples(path: str | Path) -> list[tuple]:
    """Triples of an RDF file in any syntax pyoxigraph knows by its extension, else rdflib's."""
    path = Path(path)
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) if path.suffix else None
    try:
        if fmt is not None:
            with open(path, "rb") as handle:
                return [(q.subject, q.predicate, q.object) for q in ox.parse(handle, fmt)]
        return rdflib_triples(path)
    except (SyntaxError, ValueError, OSError) as exc:
        raise ReasonerError(f"{path}: not readable RDF ({str(exc).splitlines()[0][:160]})") from None


def rdflib_triples(path: Path) -> list[tuple]:
    from rdflib import Graph
    from kg.rdf.terms import to_ox
    graph = Graph()
    graph.parse(str(path))
    return [(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph]
