"""Figures and targets: a number an article states, with its unit, period, place and source.

One module for both because they are one model object (`Figure`, whose `type` is 'figure' or
'target'), kept in one list in reading order, with one IRI scheme; what differs (the class,
`met` for targets, `kind` for figures) is a branch here rather than a second module.
"""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.facttypes.base import Builder, FactType
from kg.rdf.iris import DEFAULT, Iris
from kg.rdf import keys
from kg.rdf.keys import words
from kg.rdf.vocab import EKG, QUDT, RDF, XSD
from kg.rdf.terms import literal

if TYPE_CHECKING:
    from kg.model import Facts, Figure

# the class of each figure kind; a target's kind is 'target'
CLASSES = {
    "realization": EKG.Realization, "growth": EKG.GrowthRate, "share": EKG.Share,
    "projection": EKG.Projection, "difference": EKG.Difference, "target": EKG.Target,
}


def number(value: Decimal):
    """A JSON number: an int when the value is whole."""
    return int(value) if value == value.to_integral_value() else float(value)


def figure_key(figure: Figure) -> tuple:
    """What tells two figures of one article apart: the parts of its IRI."""
    return (figure.type, figure.evidence.start, figure.evidence.end, figure.unit, str(figure.value))


def figure_iri(facts: Facts, figure: Figure, iris: Iris = DEFAULT) -> str:
    return iris.fact(facts.article.id, figure.type, *figure_key(figure))


def select(facts: Facts) -> list:
    return facts.figures


def to_rdf(builder: Builder, figure: Figure, listed: bool = True) -> URIRef:
    """The figure's node and triples. `listed`: the figure is one of the article's facts (typed
    ekg:Fact by the builder), not only the far end of another's range, which gets no measure
    profile: timeline shows facts only (decision 0076)."""
    node, g = figure_node(builder, figure), builder.g
    g.add((node, RDF.type, CLASSES[figure.kind]))
    g.add((node, EKG.measureLabel, literal(figure.what)))
    if figure.measure:
        g.add((node, EKG.measure, literal(figure.measure)))
    measure_words = words(f"{figure.what} {figure.measure or ''}")
    for word in measure_words:
        # lookup keys precomputed for query speed (kg.rdf.keys, decision 0012), in the article's graph
        g.add((node, EKG.measureWord, literal(word)))
    g.add((node, EKG.value, literal(Decimal(figure.value), datatype=XSD.decimal)))
    g.add((node, EKG.unit, literal(figure.unit)))
    if unit := builder.unit(figure.unit):
        g.add((node, QUDT.unit, unit))
    add_bounds(g, node, figure, builder.links.approximate_tolerance)
    if figure.unit and len(figure.unit) == 3 and figure.unit.isupper():
        g.add((node, EKG.currency, literal(figure.unit)))
    g.add((node, EKG.qualifier, literal(figure.qualifier)))
    if figure.period:
        g.add((node, EKG.period, builder.period(figure.period)))
        # lookup key precomputed for query speed (decision 0012): the figures a template compares
        # (same unit and period) found by one index look-up
        g.add((node, EKG.comparisonKey, literal(comparison_key(figure.unit, figure.period))))
        # and with its class (decision 0018): the figures sources and target-vs-actual compare
        g.add((node, EKG.groupKey, literal(group_key(figure.kind, figure.unit, figure.period))))
    place = builder.place(figure.scope) if figure.scope else None
    if place is not None:
        g.add((node, EKG.scope, place))
    if listed and figure.period and measure_words:
        # lookup key precomputed for query speed (decision 0076): the figure's measure profile,
        # from which timeline chooses its page before it reads the figures
        builder.measure_profile(node, group_key(figure.kind, figure.unit, figure.period), figure.what,
                                figure.measure or None, place, measure_words)
    if figure.type == "target" and figure.met is not None:
        g.add((node, EKG.targetMet, literal(figure.met)))
    add_links(builder, node, figure)
    if not figure.plausible:
        g.add((node, EKG.plausible, literal(False)))
    elif figure.period and CLASSES[figure.kind] == EKG.Realization:
        # lookup key precomputed for query speed (decision 0069): the realisation's value profile,
        # which target-vs-actual scores in its place (an implausible realisation is never scored)
        builder.value_profile(node, group_key(figure.kind, figure.unit, figure.period), Decimal(figure.value),
                              figure.measure or figure.what, place)
    builder.provenance(node, figure.agency, figure.speaker)
    if figure.period:
        # lookup key precomputed for query speed (decision 0080): the figure's source profile, by
        # which sources ranks a group and chooses its page before it reads the figures
        builder.source_profile(node, group_key(figure.kind, figure.unit, figure.period), Decimal(figure.value),
                               figure.measure or figure.what, place,
                               builder.organization(figure.agency) if figure.agency else None)
    if figure.period and figure.agency:
        # the reporting body's years the period overlaps (decision 0033): figures of one agency
        # and year found by two look-ups and one index range
        builder.agency_years(node, builder.organization(figure.agency),
                             range(figure.period.start.year, figure.period.end.year + 1))
    builder.evidence(node, figure.evidence.start, figure.evidence.end)
    return node


def comparison_key(unit: str, period) -> str:
    """ekg:comparisonKey of a figure ('USD 2023-01-01/2023-12-31'). Equal keys, equal unit and
    period: the period's IRI is minted from its two dates (kg.rdf.iris)."""
    return keys.comparison_key(unit, f"{period.start.isoformat()}/{period.end.isoformat()}")


def group_key(kind: str, unit: str, period) -> str:
    """ekg:groupKey of a figure ('Realization USD 2023-01-01/2023-12-31'): its class's local name
    before its comparison key. Equal keys, equal class, unit and period."""
    span = f"{period.start.isoformat()}/{period.end.isoformat()}"
    return keys.group_key(CLASSES[kind].rsplit("#", 1)[-1], unit, span)


def add_bounds(g, node: URIRef, figure: Figure, tolerance: Decimal) -> None:
    """Wikidata's quantity model (wikibase:quantityLowerBound / UpperBound): a range ('65
    hingga 70 miliar') is its two ends; 'lebih dari X' a lower bound, 'kurang dari X' an upper
    one; an approximate value ('sekitar X') X within `tolerance` either way (the width the
    consistency checks also allow an approximate value: links.yaml `approximate_tolerance`)."""
    value = Decimal(figure.value)
    lower = upper = None
    if figure.value_max is not None:
        lower, upper = value, Decimal(figure.value_max)
    elif figure.qualifier == "lower_bound":
        lower = value
    elif figure.qualifier == "upper_bound":
        upper = value
    elif figure.qualifier == "approx":
        lower, upper = value - abs(value) * tolerance, value + abs(value) * tolerance
    for prop, bound in ((EKG.lowerBound, lower), (EKG.upperBound, upper)):
        if bound is not None:
            g.add((node, prop, literal(bound, datatype=XSD.decimal)))


def figure_node(builder: Builder, figure: Figure) -> URIRef:
    return URIRef(figure_iri(builder.f, figure, builder.iris))


def add_links(builder: Builder, node: URIRef, figure: Figure) -> None:
    """The other figures of the article this one restates, spans a range with, or is the share
    of (part and whole)."""
    g = builder.g
    if figure.restates:
        g.add((node, EKG.restates, figure_node(builder, figure.restates)))
    if figure.range_with:
        g.add((node, EKG.rangeWith, figure_node(builder, figure.range_with)))
        if figure.value_max is not None:  # one fact in the article's list, two ends in the graph
            to_rdf(builder, figure.range_with, listed=False)
    if figure.part is not None and figure.whole is not None:
        g.add((node, EKG.part, figure_node(builder, figure.part)))
        g.add((node, EKG.whole, figure_node(builder, figure.whole)))


def to_record(facts: Facts, figure: Figure, iris: Iris = DEFAULT) -> dict:
    record = {
        "type": figure.type,
        "iri": figure_iri(facts, figure, iris),
        "what": figure.what,
        "measure": figure.measure,
        "scope": figure.scope,
        "value": number(figure.value),
        "unit": figure.unit,
        "period_start": figure.period.start.isoformat() if figure.period else None,
        "period_end": figure.period.end.isoformat() if figure.period else None,
        "agency": figure.agency,
        "speaker": figure.speaker.name if figure.speaker else None,
        "qualifier": figure.qualifier,
        "evidence": {"text": figure.evidence.text, "start": figure.evidence.start, "end": figure.evidence.end},
    }
    if figure.type == "figure":
        record["kind"] = figure.kind
    else:
        record["met"] = figure.met
    if figure.restates:
        record["restates"] = figure_iri(facts, figure.restates, iris)
    if figure.value_max is not None:
        record["value_max"] = number(figure.value_max)
    if figure.range_with:
        record["range_with"] = figure_iri(facts, figure.range_with, iris)
    if not figure.plausible:
        record["plausible"] = False
    return record


FIGURES = FactType(
    name="figure", record_types=("figure", "target"), classes=tuple(CLASSES.values()),
    select=select, to_rdf=to_rdf, to_record=to_record,
    examples=(EKG.Realization, EKG.Target),
    kind=lambda figure: figure.kind if figure.type == "figure" else figure.type,
)
