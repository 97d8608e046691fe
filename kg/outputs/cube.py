"""The statistics view: every reported figure read as a W3C Data Cube observation
(https://www.w3.org/TR/vocab-data-cube/), so statistical tools can load it.

A view, not stored triples (docs/decisions/0007): the observation *is* the figure (same IRI),
typed qb:Observation and put in a qb:DataSet per measure, kind and unit. Its components are the
figure's own properties, declared in the view's structure definitions:

* dimensions: ekg:scope (the reference area, sub-property of sdmx-dimension:refArea) and
  ekg:period (sdmx-dimension:refPeriod) when the figure has them, and ekg:evidence (the
  statement: the span of the article that states it), so that two articles stating the same
  figure are two observations, as two references of one Wikidata statement are, and so are
  two values one article gives under one measure label (a list the extractor could not tell
  apart): the view never merges what the articles say;
* measure: ekg:value (sdmx-measure:obsValue);
* attributes: qudt:unit (sdmx-attribute:unitMeasure), ekg:measureLabel and
  ekg:sourceArticle (required), the bounds ekg:lowerBound / ekg:upperBound (optional).

Data sets are per kind (realisation, target, growth ...), measure label and unit as written.

Since every dimension of a structure must have a value in each observation (integrity
constraint IC-11), a figure without a place or a period goes to a data set whose structure
leaves that dimension out: one structure per set of dimensions (four at most). A figure that
restates another of its article (ekg:restates), or is the upper end of a range (object of
ekg:rangeWith), is not an observation of its own. shapes/cube.ttl holds the integrity
constraints in SHACL; `kg validate` checks the view of the store and any file."""
from __future__ import annotations

import hashlib
import re

from rdflib import Graph, Literal, URIRef

from kg.rdf.vocab import (EKG, OA, QB, QUDT, RDF, RDFS, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, TIME, XSD,
                          bind_prefixes)
from kg.settings import Settings


# the figure's property, its SDMX super-property, its range (IC-4)
DIMENSIONS = {"area": (EKG.scope, SDMX_DIMENSION.refArea, EKG.Place),
              "period": (EKG.period, SDMX_DIMENSION.refPeriod, TIME.Interval)}
REPORT = (EKG.evidence, None, OA.SpecificResource)
MEASURE = (EKG.value, SDMX_MEASURE.obsValue)
ATTRIBUTES = [(QUDT.unit, SDMX_ATTRIBUTE.unitMeasure, True), (EKG.measureLabel, None, True),
              (EKG.sourceArticle, None, True), (EKG.lowerBound, None, False), (EKG.upperBound, None, False)]
COPIED = [EKG.scope, EKG.period, EKG.evidence, EKG.sourceArticle, EKG.value, QUDT.unit, EKG.unit,
          EKG.measureLabel, EKG.measure, EKG.lowerBound, EKG.upperBound]

FIGURES = """
PREFIX ekg: <https://w3id.org/ekspor-kg/ontology#>
SELECT ?figure ?kind ?measure ?unit WHERE {
  ?figure ekg:value ?value ; ekg:measureLabel ?measure ; ekg:evidence ?statement ; a ?kind .
  FILTER (?kind IN (ekg:Realization, ekg:GrowthRate, ekg:Share, ekg:Projection, ekg:Difference, ekg:Target))
  OPTIONAL { ?figure ekg:unit ?u }
  BIND (COALESCE(?u, "") AS ?unit)
  FILTER NOT EXISTS { ?figure ekg:restates ?earlier }
  FILTER NOT EXISTS { ?lower ekg:rangeWith ?figure }
}"""


def cube_view(graph: Graph, settings: Settings = Settings()) -> Graph:
    """The Data Cube view of a graph's figures: structures, data sets and observations."""
    cube = Graph()
    bind_prefixes(cube, settings.base)
    for prefix, ns in (("qb", QB), ("sdmx-dimension", SDMX_DIMENSION), ("sdmx-measure", SDMX_MEASURE),
                       ("sdmx-attribute", SDMX_ATTRIBUTE)):
        cube.bind(prefix, ns)
    add_components(cube)
    base = settings.base.rstrip("/") + "/cube/"
    for row in graph.query(FIGURES):
        figure = row.figure
        dims = tuple(name for name, (prop, _, _) in DIMENSIONS.items() if (figure, prop, None) in graph)
        structure = add_structure(cube, base, dims)
        dataset = add_dataset(cube, base, structure, row.kind, str(row.measure), str(row.unit), dims)
        cube.add((figure, RDF.type, QB.Observation))
        cube.add((figure, QB.dataSet, dataset))
        for prop in COPIED:
            for value in graph.objects(figure, prop):
                cube.add((figure, prop, value))
    return cube


def add_components(cube: Graph) -> None:
    """The component properties, typed and ranged as the integrity constraints require."""
    for prop, sdmx, rng in [*DIMENSIONS.values(), REPORT]:
        cube.add((prop, RDF.type, QB.DimensionProperty))
        cube.add((prop, RDFS.range, rng))
        if sdmx is not None:
            cube.add((prop, RDFS.subPropertyOf, sdmx))
    cube.add((MEASURE[0], RDF.type, QB.MeasureProperty))
    cube.add((MEASURE[0], RDFS.subPropertyOf, MEASURE[1]))
    cube.add((MEASURE[0], RDFS.range, XSD.decimal))
    for prop, sdmx, _ in ATTRIBUTES:
        cube.add((prop, RDF.type, QB.AttributeProperty))
        if sdmx is not None:
            cube.add((prop, RDFS.subPropertyOf, sdmx))


def add_structure(cube: Graph, base: str, dims: tuple[str, ...]) -> URIRef:
    """The structure of data sets whose observations have these dimensions (and the report)."""
    node = URIRef(base + "structure/" + ("-".join(dims) or "report-only"))
    if (node, RDF.type, QB.DataStructureDefinition) in cube:
        return node
    cube.add((node, RDF.type, QB.DataStructureDefinition))
    cube.add((node, RDFS.label, Literal("figures by " + (", ".join(dims) or "report") + (" and report" if dims else ""), lang="en")))
    components = [("dimension", DIMENSIONS[d][0], None) for d in dims] + [("dimension", REPORT[0], None)]
    components += [("measure", MEASURE[0], None)]
    components += [("attribute", prop, required) for prop, _, required in ATTRIBUTES]
    for order, (role, prop, required) in enumerate(components, start=1):
        spec = URIRef(f"{node}/component/{order}")
        cube.add((node, QB.component, spec))
        cube.add((spec, RDF.type, QB.ComponentSpecification))
        cube.add((spec, QB[role], prop))
        cube.add((spec, QB.order, Literal(order)))
        if required is not None:
            cube.add((spec, QB.componentRequired, Literal(required)))
    return node


def add_dataset(cube: Graph, base: str, structure: URIRef, kind: URIRef, measure: str, unit: str,
                dims: tuple[str, ...]) -> URIRef:
    """One data set per measure, kind, unit (and set of dimensions): its IRI is readable and
    stable ('cube/dataset/realization/ekspor-furnitur/usd/area-period-<hash>')."""
    kind_name = str(kind).rsplit("#", 1)[-1]
    key = "|".join((kind_name, measure, unit, *dims))
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    node = URIRef(f"{base}dataset/{slug(kind_name)}/{slug(measure)}/{slug(unit)}/"
                  f"{'-'.join(dims) or 'report-only'}-{digest}")
    if (node, RDF.type, QB.DataSet) not in cube:
        cube.add((node, RDF.type, QB.DataSet))
        cube.add((node, QB.structure, structure))
        cube.add((node, RDFS.label, Literal(f"{measure} ({kind_name}, {unit or 'no unit'})")))
    return node


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or "none"
