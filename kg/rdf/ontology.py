"""The ontology and the shapes, loaded once from the packaged ontology/ and shapes/ folders,
and the class hierarchy that validation, the dataset description and the docs read from them."""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, URIRef

from kg.rdf.vocab import RDFS
from kg.resources import resource_dir


def turtle_folder(name: str) -> Graph:
    """Every Turtle file of a packaged folder (ontology/, shapes/) in one graph."""
    graph = Graph()
    for path in sorted(resource_dir(name).glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return turtle_folder("shapes")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    return turtle_folder("ontology")


@lru_cache(maxsize=1)
def class_hierarchy() -> Graph:
    """Only the rdfs:subClassOf triples between named classes: all that sh:targetClass and
    sh:class need from the ontology (the whole ontology made each validation ~30 ms slower)."""
    graph = Graph()
    for s, o in ontology_graph().subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            graph.add((s, RDFS.subClassOf, o))
    return graph


def subclasses(cls: URIRef) -> set[URIRef]:
    """cls and every class below it."""
    found, todo = {cls}, [cls]
    while todo:
        for sub in class_hierarchy().subjects(RDFS.subClassOf, todo.pop()):
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


@lru_cache(maxsize=None)
def superclasses(cls: URIRef) -> frozenset:
    """Every class above cls in the ontology."""
    found, todo = set(), [cls]
    while todo:
        for parent in class_hierarchy().objects(todo.pop(), RDFS.subClassOf):
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return frozenset(found)
