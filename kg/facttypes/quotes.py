"""Quotes: the words of a person an article quotes directly."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.facttypes.base import Builder, FactType
from kg.rdf.iris import DEFAULT, Iris
from kg.rdf.vocab import EKG, RDF, SCHEMA
from kg.rdf.terms import literal

if TYPE_CHECKING:
    from kg.model import Facts, Quote


def quote_iri(facts: Facts, quote: Quote, iris: Iris = DEFAULT) -> str:
    return iris.fact(facts.article.id, "quote", quote.evidence.start, quote.evidence.end)


def select(facts: Facts) -> list:
    return facts.quotes


def to_rdf(builder: Builder, quote: Quote) -> URIRef:
    node = URIRef(quote_iri(builder.f, quote, builder.iris))
    builder.g.add((node, RDF.type, EKG.Quote))
    builder.g.add((node, EKG.quotedText, literal(quote.text)))
    builder.g.add((node, SCHEMA.text, builder.text(quote.text)))  # the same words, tagged with their language
    builder.provenance(node, quote.speaker.organization if quote.speaker else None, quote.speaker)
    builder.evidence(node, quote.evidence.start, quote.evidence.end)
    return node


def to_record(facts: Facts, quote: Quote, iris: Iris = DEFAULT) -> dict:
    return {"type": "quote", "iri": quote_iri(facts, quote, iris),
            "speaker": quote.speaker.name if quote.speaker else None,
            "role": quote.speaker.role if quote.speaker else None, "text": quote.text,
            "evidence": {"text": quote.evidence.text, "start": quote.evidence.start, "end": quote.evidence.end}}


QUOTES = FactType(name="quote", record_types=("quote",), classes=(EKG.Quote,),
                  select=select, to_rdf=to_rdf, to_record=to_record, examples=(EKG.Quote,))
