"""The one converter between RDF term types: rdflib terms (what every layer above the store
speaks), pyoxigraph terms (what the embedded store and the SHACL-SPARQL engine speak) and
plain Python values (what `Rows` hand to Python callers).

Keeping the three conversions in one module means a new backend needs one pair of functions
here, not an edit in every caller that once unpacked pyoxigraph objects.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.rdf.vocab import XSD

INTEGER_TYPES = {str(XSD[t]) for t in ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                                       "negativeInteger", "int", "long", "short", "byte", "unsignedLong",
                                       "unsignedInt", "unsignedShort", "unsignedByte")}


def to_ox(term):
    """A pyoxigraph term for an rdflib term (None stays None: an unbound variable)."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


class OxTerms(dict):
    """rdflib term -> pyoxigraph term, each converted once (`terms[term]`). For one batch of
    articles, whose triples repeat the same predicates, classes and entities: made per batch
    and dropped with it, so it never grows with the input. Keys compare as rdflib terms do
    (lexical form, datatype, language tag without case), the distinctions pyoxigraph keeps
    (it lowercases language tags)."""

    def __missing__(self, term):
        made = self[term] = to_ox(term)
        return made

    @property
    def texts(self) -> "NTriplesTexts":
        """pyoxigraph term -> its N-Triples form (`str`), each written once for the batch."""
        texts = self.__dict__.get("_texts")
        if texts is None:
            texts = self.__dict__["_texts"] = NTriplesTexts()
        return texts


class NTriplesTexts(dict):
    """pyoxigraph term -> str(term), made once: pyoxigraph writes a term's N-Triples form anew
    on every `str` (about 0.4-0.6 µs), and a batch's N-Quads name the same predicates, classes
    and entities hundreds of times (kg.pipeline.nquads_text)."""

    def __missing__(self, term):
        made = self[term] = str(term)
        return made


def nquad_lines(triples, graph: str, texts: dict) -> list[str]:
    """The triples (pyoxigraph terms) as N-Quads lines in the graph named `graph`, each written from the terms'
    N-Triples forms (`texts`, an NTriplesTexts) as pyoxigraph writes a quad: the one writer of such lines for the
    batch's N-Quads (kg.pipeline.nquads_text) and the SHACL-SPARQL screen's store (kg.validate.shacl)."""
    end = f" <{graph}> .\n"
    return [f"{texts[s]} {texts[p]} {texts[o]}{end}" for s, p, o in triples]


def to_rdflib(term):
    """An rdflib term for a pyoxigraph term (None stays None). xsd:string literals come back
    without the explicit datatype: RDF 1.1 makes "x" and "x"^^xsd:string one term, but rdflib
    tells them apart, and the rest of the code writes plain strings."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value if term.datatype else None
        if datatype is None or datatype == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"not a pyoxigraph term: {term!r}")


def python_value(term):
    """A plain Python value: int, Decimal, float, bool for the numeric and boolean XSD types
    (decimals never pass through float), the lexical form for other literals, the IRI or
    blank node label as a string otherwise."""
    if term is None:
        return None
    if not isinstance(term, Literal):
        return str(term)
    datatype = str(term.datatype) if term.datatype else None
    lexical = str(term)
    try:
        if datatype in INTEGER_TYPES:
            return int(lexical)
        if datatype == str(XSD.decimal):
            return Decimal(lexical)
        if datatype in (str(XSD.double), str(XSD.float)):
            return float(lexical)
    except (ValueError, InvalidOperation):
        return lexical
    if datatype == str(XSD.boolean):
        return lexical in ("true", "1")
    return lexical


def plain(term):
    """"x"^^xsd:string as "x": the same RDF 1.1 term, which rdflib tells apart."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


LITERALS_KEPT = 16384      # the made literals kept for reuse; the dict is emptied when full
LONGEST_KEPT = 256         # characters: a longer string's literal is made every time, never kept
_literals: dict = {}


def literal(value, datatype=None, lang=None) -> Literal:
    """`Literal(value, datatype=..., lang=...)`, the same literal, made once for each distinct
    value of type str, int or bool and kept for reuse (a Literal never changes). The builder
    makes about 145 literals per article and most repeat across articles (measure words and
    labels, units, offsets, names, qualifiers); rdflib's constructor checks and casts each one
    (about 3-5 µs). Values of other types (Decimal, where 1.0 and 1.00 are equal but written
    differently; float, date) are made every time. The key holds the value's exact type, so 1,
    True and "1" are three keys.

    Bounded so that an ingest's memory does not grow with its length (decision 0073): emptied
    when it holds LITERALS_KEPT literals, and a string longer than LONGEST_KEPT characters
    (an article's body, a long quote or title: made once per article, nearly never again) is
    not kept. Kept, those were a sixth of the literals and three quarters of their memory, and
    the cache grew by about 5 MB per 1,000 articles up to about 50 MB at 10,000 (docs/scale.md,
    session 29)."""
    kind = type(value)
    if (kind is not str and kind is not int and kind is not bool) or (kind is str and len(value) > LONGEST_KEPT):
        return Literal(value, lang=lang, datatype=datatype)
    key = (kind, value, datatype, lang)
    made = _literals.get(key)
    if made is None:
        if len(_literals) >= LITERALS_KEPT:
            _literals.clear()
        made = _literals[key] = Literal(value, lang=lang, datatype=datatype)
    return made
