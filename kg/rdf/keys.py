"""Lookup keys: the lower-cased words of a name or a measure, written at ingest as plain literals
(ekg:nameWord, ekg:measureWord) so that a template finds the few entities or facts whose name
holds a word by one index look-up, where `CONTAINS(LCASE(?label), ...)` has to read every label
in the KG (docs/decisions/0012-lookup-words.md). One tokeniser for both sides: the graph
builder writes `words(label)`, the template binder binds `lookup_word(parameter)`, so a word
the builder wrote is found by the same word typed as a parameter."""
from __future__ import annotations

import re

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
