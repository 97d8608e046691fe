"""An article's text with spans marked: the evidence of one fact on a fact page, every
fact's evidence on an article page. Spans may overlap (a figure inside a quote, a person's
role inside the sentence of a figure), so the text is cut at every span boundary and each piece
is marked once, linked to the narrowest span covering it, with its depth as a class so that
overlaps show darker."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int           # character offsets into the text (code points, as oa:start / oa:end)
    end: int
    href: str | None = None
    title: str = ""
    current: bool = False  # the span the page is about (a fact page's own evidence)


def valid(span: Span, length: int) -> bool:
    return 0 <= span.start < span.end <= length


def highlight(text: str, spans: list[Span]) -> Markup:
    """`text` as HTML with each span in <mark> (linked when the span has an href)."""
    spans = [s for s in spans if valid(s, len(text))]
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= start and end <= s.end]
        pieces.append(piece(text[start:end], covering))
    return Markup("").join(pieces)


def piece(text: str, covering: list[Span]) -> Markup:
    if not covering:
        return escape(text)
    narrowest = min(covering, key=lambda s: (s.end - s.start, s.start))
    classes = f"depth-{min(len(covering), 3)}" + (" current" if any(s.current for s in covering) else "")
    titles = "; ".join(dict.fromkeys(s.title for s in covering if s.title))
    mark = Markup('<mark class="{}" title="{}">{}</mark>').format(classes, titles, text)
    if narrowest.href and not narrowest.current:
        return Markup('<a class="span" href="{}">{}</a>').format(narrowest.href, mark)
    return mark
