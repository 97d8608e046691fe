"""Lookup keys: the lower-cased words of a name or a measure, written at ingest as plain literals
(ekg:nameWord, ekg:measureWord) so that a template finds the few entities or facts whose name
holds a word by one index look-up, where `CONTAINS(LCASE(?label), ...)` has to read every label
in the KG (docs/decisions/0012-lookup-words.md). One tokeniser for both sides: the graph
builder writes `words(label)`, the template binder binds `lookup_word(parameter)`, so a word
the builder wrote is found by the same word typed as a parameter."""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal

WORD = re.compile(r"[^\W_]+")   # letters and digits; punctuation, spaces and '_' separate words


def words(text: str) -> list[str]:
    """The distinct lower-cased words of `text`, in order ('Kementerian Perindustrian (Kemenperin)'
    -> ['kementerian', 'perindustrian', 'kemenperin'])."""
    return list(dict.fromkeys(WORD.findall(text.lower())))


def lookup_word(text: str) -> str:
    """The word of a parameter a template looks up: its longest (the first of the longest), the
    most selective guess without statistics ('Kementerian Perindustrian' -> 'perindustrian':
    every ministry's name has 'kementerian'). "" when it has no word, which no name or measure
    has, so such a parameter matches nothing."""
    found = words(text)
    return max(found, key=len) if found else ""


def comparison_key(unit: str, span: str) -> str:
    """ekg:comparisonKey: a figure's unit and its period's span ('2023-01-01/2023-12-31', the
    period's label), which a target and its realisation, or two reports of one figure, share."""
    return f"{unit} {span}"


def group_key(figure_class: str, unit: str, span: str) -> str:
    """ekg:groupKey: a figure's class (its local name), unit and period's span
    ('Realization USD 2023-01-01/2023-12-31'): the figures that `sources` groups with a reference
    and `target-vs-actual` scores against a target (a Realization with the target's comparison
    key) share it. It is the comparison key with the class before it, so a template can build
    one from the other."""
    return f"{figure_class} {comparison_key(unit, span)}"


def agency_year(organization: str, year: int) -> str:
    """The IRI of an agency's year (ekg:AgencyYear, decision 0033): the body's IRI with
    '/year/2023' after it. A figure with a period and a reporting body points to one for each
    year its period overlaps (ekg:agencyYear), so `figures` of one agency and year finds them by
    two look-ups and one index range instead of reading each of the agency's figures. Minted
    from the body's IRI, so a store's upgrade (and a server's writer) mints the same IRIs from
    what it holds."""
    return f"{organization}/year/{year}"


def years_of(span: str) -> range:
    """The years a period's span ('2022-07-01/2023-06-30', the period's label and the last 21
    characters of a group key) overlaps: range(2022, 2024)."""
    return range(int(span[:4]), int(span[11:15]) + 1)


PROFILE_SEPARATOR = "\x1f"   # between the parts of a value profile's key (unit separator: in no label)


def decimal_text(value) -> str:
    """The canonical lexical form of an xsd:decimal ('2510000000', '0.5', '5'), as pyoxigraph
    stores and STR() gives it whatever form was written ('5.0', '5.00'): a value profile's IRI
    and value are made from it, so the graph builder and a store's upgrade (by SPARQL, from
    what the store holds) mint the same IRI for the same value."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if number == 0:
        return "0"
    return format(number.normalize(), "f")


def value_profile_key(group: str, value: str, measure: str, scope: str | None) -> str:
    """What names a value profile (ekg:ValueProfile, decision 0069): a realisation's group key
    ('Realization USD 2023-01-01/2023-12-31'), its value's canonical text (decimal_text), its
    measure as target-vs-actual compares it (ekg:measure, else ekg:measureLabel) and its place's
    IRI ("" without one). The realisations of one group that target-vs-actual would score alike
    against any target from another article share it."""
    return PROFILE_SEPARATOR.join((group, value, measure, scope or ""))


def value_profile(base: str, group: str, value: str, measure: str, scope: str | None) -> str:
    """The IRI of a value profile: `base` + 'profile/' + the first 32 hexadecimal digits of the
    SHA-256 of its key (value_profile_key). A store's upgrade mints it in SPARQL with SHA256()
    over the same text (kg.store.skew.add_value_profiles)."""
    return f"{base}profile/{hashlib.sha256(value_profile_key(group, value, measure, scope).encode('utf-8')).hexdigest()[:32]}"


def measure_profile_key(group: str, label: str, measure: str | None, scope: str | None) -> str:
    """What names a measure profile (ekg:MeasureProfile, decision 0076): a figure's group key
    ('Realization USD 2023-01-01/2023-12-31'), its measure label, its normalised measure and its
    place's IRI, each of the last two after its own mark ('m', 's') when the figure has it, so
    that no part can stand for another. The figures timeline shows alike up to their article
    share it: the copies of one statement in many articles."""
    parts = [group, label]
    if measure is not None:
        parts.append("m" + measure)
    if scope is not None:
        parts.append("s" + scope)
    return PROFILE_SEPARATOR.join(parts)


def measure_profile(base: str, group: str, label: str, measure: str | None, scope: str | None) -> str:
    """The IRI of a measure profile: `base` + 'measure-profile/' + the first 32 hexadecimal
    digits of the SHA-256 of its key (measure_profile_key). A store's upgrade mints it in SPARQL
    with SHA256() over the same text (kg.store.skew.add_measure_profiles)."""
    digest = hashlib.sha256(measure_profile_key(group, label, measure, scope).encode("utf-8")).hexdigest()[:32]
    return f"{base}measure-profile/{digest}"


def source_profile_key(group: str, value: str, measure: str, scope: str | None, published: str | None,
                       official: bool) -> str:
    """What names a source profile (ekg:SourceProfile, decision 0080): a figure's group key, its
    value's canonical text (decimal_text), its measure as `sources` compares it (ekg:measure,
    else ekg:measureLabel), its place's IRI and its article's publication date, each of the last
    two after its own mark ('s', 'd') when there is one, and whether its reporting body is a
    government agency ('1' or '0'). The figures of one group that `sources` filters, orders
    (agreement, date) and ranks (official, date) alike, up to their IRI and article, share it:
    the copies of one statement in many articles."""
    parts = [group, value, measure, "1" if official else "0"]
    if scope is not None:
        parts.append("s" + scope)
    if published is not None:
        parts.append("d" + published)
    return PROFILE_SEPARATOR.join(parts)


def source_profile(base: str, group: str, value: str, measure: str, scope: str | None, published: str | None,
                   official: bool) -> str:
    """The IRI of a source profile: `base` + 'source-profile/' + the first 32 hexadecimal digits
    of the SHA-256 of its key (source_profile_key); a folder's upgrade mints it in Python from
    the store's rows (kg.store.skew.source_profile_quads), a server's in SPARQL."""
    digest = hashlib.sha256(source_profile_key(group, value, measure, scope, published, official).encode("utf-8")).hexdigest()[:32]
    return f"{base}source-profile/{digest}"


def statement_key(published: str | None, article: str, start: int, end: int, fact: str, fact_class: str) -> str:
    """ekg:statementKey (decision 0085): what who-said reads of a fact a person stated, for one of its
    classes, in one literal: `"PUBLISHED ARTICLE START FACT|CLASS|START|END"`. Before the first `|`
    (in no IRI: RFC 3987 leaves it out; a tab was lost in rdflib's parse of a query's VALUES block),
    the order of who-said's rows: the article's date (ISO, or nothing), the article's and
    the fact's IRIs and the evidence's start zero-padded to 10 digits, a space between the parts (no
    date or IRI holds one, and a space sorts before every character an IRI may hold, so an IRI that is
    the start of a longer one still comes first); after it the class's IRI and the evidence's start
    and end as their integers' text. A server's writer and a folder's upgrade build the same text in
    SPARQL (kg.store.skew.ADD_STATEMENT_KEYS)."""
    return f"{published or ''} {article} {start:010d} {fact}|{fact_class}|{start}|{end}"
