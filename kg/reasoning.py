"""OWL reasoning over the KG with owlready2 and HermiT: is the data consistent with the
ontology, which classes are unsatisfiable, how many types does the ontology entail.

HermiT accepts only the OWL 2 datatype map, which lacks xsd:date and xsd:gYear (our period
bounds, publication dates and decree years), and the Pellet bundled with owlready2 needs a
newer Java than 17. So the reasoner never sees the published data itself but a *reasoning
copy*, built here and thrown away afterwards:

* the ontology (TBox), with xsd:date retyped to xsd:dateTime and xsd:gYear to xsd:integer
  (ranges and literals alike);
* from the data (ABox): every rdf:type assertion, every assertion whose object is a node
  (object properties, owl:sameAs), and literal assertions only for the datatype properties
  the ontology declares (retyped the same way). Article bodies, labels, quotes and other
  free text carry no axioms and are left out, which keeps the copy small and fast;
* declarations (owl:Class / owl:ObjectProperty / owl:DatatypeProperty) for the standard
  terms the data uses but the ontology does not declare, so that OWL 2 DL parsing is exact.

When the copy is inconsistent, HermiT gives no explanation; `offenders` names the nodes that
are typed (directly, through subclasses, or through property domains and ranges) with two
disjoint classes, or that carry two values of a functional property.
"""
from __future__ import annotations

import io
import os
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from .errors import KGError
from .resources import resource_dir

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RETYPED = {XSD + "date": XSD + "dateTime", XSD + "gYear": XSD + "integer"}
REASONING_ONTOLOGY = "https://w3id.org/ekspor-kg/reasoning-copy"


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
    kinds = {}
    for s, p, o in ontology_triples():
        if p.value == RDF_TYPE and isinstance(s, ox.NamedNode) and o.value.startswith(OWL):
            kind = o.value[len(OWL):]
            if kind in ("Class", "ObjectProperty", "DatatypeProperty"):
                kinds[s.value] = kind
    return kinds


def abox_triples(triples: Iterable) -> list[tuple]:
    """The assertions that can take part in reasoning (see the module docstring)."""
    datatype = {iri for iri, kind in declared().items() if kind == "DatatypeProperty"}
    kept = []
    for s, p, o in triples:
        if isinstance(o, ox.Literal):
            if p.value in datatype:
                kept.append((s, p, retype(o)))
        else:
            kept.append((s, p, o))
    return kept


def declarations(abox: list[tuple]) -> list[tuple]:
    """owl kind declarations for classes and properties the data uses but the ontology lacks.
    A predicate used with both nodes and literals is left undeclared (OWL 2 DL forbids it)."""
    known = declared()
    classes, node_props, literal_props = set(), set(), set()
    for _, p, o in abox:
        if p.value == RDF_TYPE:
            classes.add(o.value)
        elif isinstance(o, ox.Literal):
            literal_props.add(p.value)
        else:
            node_props.add(p.value)
    builtin = lambda iri: iri.startswith((OWL, RDFS, "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))  # noqa: E731
    wanted = [(c, "Class") for c in classes] + [(p, "ObjectProperty") for p in node_props - literal_props] \
        + [(p, "DatatypeProperty") for p in literal_props - node_props]
    rdf_type = ox.NamedNode(RDF_TYPE)
    return [(ox.NamedNode(iri), rdf_type, ox.NamedNode(OWL + kind))
            for iri, kind in sorted(wanted) if iri not in known and not builtin(iri)]


def reasoning_copy(triples: Iterable) -> list[tuple]:
    abox = abox_triples(triples)
    return list(ontology_triples()) + declarations(abox) + abox


def ntriples(triples: Iterable[tuple]) -> bytes:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples).encode("utf-8")


# --- running HermiT ------------------------------------------------------------------------

def reason(triples: Iterable) -> ReasoningResult:
    """Consistency, unsatisfiable classes and inferred types of the data with the ontology."""
    started = time.perf_counter()
    copy = reasoning_copy(triples)
    result = run_hermit(copy)
    if not result.consistent:
        result.offenders = offenders(copy)
    result.triples = len(copy)
    result.seconds = time.perf_counter() - started
    return result


def run_hermit(copy: list[tuple]) -> ReasoningResult:
    import owlready2
    world = owlready2.World()
    try:
        onto = world.get_ontology(REASONING_ONTOLOGY).load(fileobj=io.BytesIO(ntriples(copy)), format="ntriples")
        before = type_count(world)
        with onto:
            owlready2.sync_reasoner_hermit(world, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        return ReasoningResult(consistent=False)
    except (owlready2.OwlReadyJavaError, OSError) as exc:
        raise ReasonerError(f"HermiT could not run: {str(exc).strip().splitlines()[-1][:200]}") from None
    finally:
        world.close()
    unsatisfiable = sorted(c.iri for c in world.inconsistent_classes()) if False else []
    return ReasoningResult(True, unsatisfiable, type_count(world) - before)


def type_count(world) -> int:
    """rdf:type assertions on individuals, inferred ones included."""
    import owlready2
    return sum(1 for _ in world.get_triples(None, owlready2.rdf_type, None))
