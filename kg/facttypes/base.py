"""What a fact type is, and the registry the builder, the JSON contract, the network and the
dataset description iterate.

A fact type says which model objects of a `Facts` it takes, how one of them becomes triples
of the article's graph, how it becomes a JSON record, and which ontology classes its fact
nodes carry. The graph builder types every node a fact type returns `ekg:Fact` as well, so
queries can ask for `?fact a ekg:Fact` instead of listing classes.

Registries are instances: `kg.facttypes.REGISTRY` holds the built-in types, and a caller (a
test, a plugin) that wants another set takes `REGISTRY.copy()` and registers into the copy,
so nothing leaks into the process-wide default.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Mapping, Protocol, Sequence

from rdflib import Graph, Literal, URIRef

from kg.errors import KGError
from kg.rdf.iris import Iris


class Builder(Protocol):
    """What a fact type may use of the graph builder (kg.build.graph.GraphBuilder): the two
    graphs, the article, the IRI minter, and the helpers shared by every fact type."""
    f: Any                 # the Facts being built
    iris: Iris
    article: URIRef        # the article, also the name of its graph
    g: Graph               # the article's named graph
    e: Graph               # the shared entities' graph
    links: Any             # kg.build.links.Links: links out, units, bounds' tolerance

    def evidence(self, fact: URIRef, start: int, end: int) -> URIRef: ...

    def provenance(self, fact: URIRef, agency: str | None, speaker) -> None: ...

    def period(self, period) -> URIRef: ...

    def agency_years(self, fact: URIRef, organization: URIRef, years: range) -> None: ...

    def value_profile(self, realisation: URIRef, group: str, value, measure: str, scope: URIRef | None) -> None: ...

    def measure_profile(self, figure: URIRef, group: str, label: str, measure: str | None,
                        scope: URIRef | None, measure_words: list[str]) -> None: ...

    def source_profile(self, figure: URIRef, group: str, value, measure: str, scope: URIRef | None,
                       reporter: URIRef | None) -> None: ...

    def place(self, name: str) -> URIRef | None: ...

    def person(self, name: str) -> URIRef: ...

    def organization(self, name: str, kind: str | None = None, wikidata: str | None = None,
                     parent: str | None = None) -> URIRef: ...

    def role(self, title: str) -> URIRef: ...

    def unit(self, unit: str | None) -> URIRef | None: ...

    def text(self, value: str) -> Literal: ...


@dataclass(frozen=True)
class FactType:
    """One kind of fact, from model object to RDF and JSON.

    name          the registry key
    record_types  the `type` values its JSON records carry ('figure', 'target', ...)
    classes       the ontology classes its fact nodes are typed with (each under ekg:Fact)
    select        the model objects of this type in a Facts, in reading order
    to_rdf        adds one object's triples through the builder; returns the fact node,
                  which the builder also types ekg:Fact
    to_record     one object's JSON record (the `kg extract --format json` contract)
    examples      classes the dataset description names an example resource of
    edges         network relations it adds: name -> SELECT yielding ?a ?b and optionally
                  ?fact ?type ?text ?article (see kg.outputs.network)
    kind          what the build summary counts one object as (default: the type's name)
    """
    name: str
    record_types: tuple[str, ...]
    classes: tuple[URIRef, ...]
    select: Callable[[Any], Sequence]
    to_rdf: Callable[[Builder, Any], URIRef]
    to_record: Callable[[Any, Any, Iris], dict]
    examples: tuple[URIRef, ...] = ()
    edges: Mapping[str, str] = field(default_factory=dict)
    kind: Callable[[Any], str] | None = None

    def kind_of(self, item) -> str:
        return self.kind(item) if self.kind else self.name


class FactTypeError(KGError):
    """A fact type registered twice, or one that is not registered."""


class Registry:
    """Fact types by name, in registration order (the order of the JSON records and of the
    triples built)."""

    def __init__(self, fact_types: Sequence[FactType] = ()):
        self._types: dict[str, FactType] = {}
        for fact_type in fact_types:
            self.register(fact_type)

    def register(self, fact_type: FactType) -> FactType:
        if fact_type.name in self._types:
            raise FactTypeError(f"fact type {fact_type.name!r} is already registered")
        self._types[fact_type.name] = fact_type
        return fact_type

    def unregister(self, name: str) -> FactType:
        try:
            return self._types.pop(name)
        except KeyError:
            raise FactTypeError(f"no fact type {name!r} is registered") from None

    def copy(self) -> "Registry":
        """An independent registry with the same types, to register more into."""
        return Registry(list(self))

    def __getitem__(self, name: str) -> FactType:
        try:
            return self._types[name]
        except KeyError:
            raise FactTypeError(f"no fact type {name!r} is registered") from None

    def __contains__(self, name: object) -> bool:
        return name in self._types

    def __iter__(self) -> Iterator[FactType]:
        return iter(list(self._types.values()))

    def __len__(self) -> int:
        return len(self._types)

    def classes(self) -> list[URIRef]:
        """Every fact class of every registered type."""
        return [cls for fact_type in self for cls in fact_type.classes]

    def examples(self) -> list[URIRef]:
        return [cls for fact_type in self for cls in fact_type.examples]

    def count(self, facts) -> Counter:
        """How many facts of each kind `facts` holds (the build summary's 'facts: ...' lines)."""
        return Counter(fact_type.kind_of(item) for fact_type in self for item in fact_type.select(facts))

    def edges(self) -> dict[str, str]:
        return {name: query for fact_type in self for name, query in fact_type.edges.items()}
