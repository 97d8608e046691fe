"""Stage 3b: validation reports. pyshacl checks one article's graph (with the descriptions of
the entities it mentions) against the shapes before anything is stored, so the cost does not
grow with the store."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from .resources import resource_dir
from .vocab import SH, bind_prefixes


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    graph = Graph()
    for path in sorted(resource_dir("shapes").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    graph = Graph()
    for path in sorted(resource_dir("ontology").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@dataclass
class Violation:
    focus: str
    path: str | None
    severity: str
    message: str
    shape: str | None
    value: str | None = None


@dataclass
class Report:
    conforms: bool
    violations: list[Violation]
    graph: Graph

    def summary(self) -> str:
        if self.conforms:
            return "conforms"
        return "; ".join(f"{v.focus} {v.path or ''}: {v.message}" for v in self.violations[:5])

    @property
    def has_violations(self) -> bool:
        return any(v.severity == "Violation" for v in self.violations)


@lru_cache(maxsize=1)
def class_hierarchy() -> Graph:
    """Only the rdfs:subClassOf triples between named classes. pyshacl mixes the ontology
    graph into a copy of the data on every call; the whole ontology (labels, comments,
    property axioms) made that cost ~30 ms an article, the hierarchy alone ~1 ms, and it is
    all that sh:targetClass ekg:Fact and sh:class need to reach the subclasses."""
    graph = Graph()
    for s, o in ontology_graph().subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            graph.add((s, RDFS.subClassOf, o))
    return graph


def validate_graph(data: Graph) -> Report:
    conforms, report_graph, _ = validate(
        data, shacl_graph=shapes_graph(), ont_graph=class_hierarchy(), inference="none",
        advanced=True, allow_warnings=True)
    return Report(conforms, violations_of(report_graph), report_graph)


def violations_of(report: Graph) -> list[Violation]:
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        get = lambda p: report.value(result, p)  # noqa: E731
        severity = get(SH.resultSeverity)
        found.append(Violation(
            focus=str(get(SH.focusNode)), path=str(get(SH.resultPath)) if get(SH.resultPath) else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            message=str(get(SH.resultMessage) or ""), shape=str(get(SH.sourceShape) or ""),
            value=str(get(SH.value)) if get(SH.value) is not None else None))
    return sorted(found, key=lambda v: (v.focus, v.path or ""))


def report_turtle(report: Report) -> str:
    bind_prefixes(report.graph)
    return report.graph.serialize(format="turtle")
