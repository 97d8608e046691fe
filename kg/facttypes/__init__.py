"""Fact types: one module per kind of fact (figures and targets, quotes, decree citations),
each saying how its model objects become triples and JSON records, and which classes they
carry; `REGISTRY` lists the built-in ones for the graph builder (kg.build.graph), the JSON
contract (kg.build.records), the network (kg.outputs.network) and the dataset description
(kg.outputs.void).

A new fact type is a module here with a `FactType`, registered below (or, for a plugin or a
test, into `REGISTRY.copy()` passed to those functions), plus its extractor, its ontology
class under ekg:Fact and its shapes. The templates find it as `?fact a ekg:Fact`.
"""
from kg.facttypes.base import Builder, FactType, FactTypeError, Registry
from kg.facttypes.decrees import DECREES
from kg.facttypes.figures import FIGURES
from kg.facttypes.quotes import QUOTES

# order = the order of the JSON records and of the triples built
REGISTRY = Registry([FIGURES, QUOTES, DECREES])

__all__ = ["Builder", "FactType", "FactTypeError", "Registry", "REGISTRY"]
