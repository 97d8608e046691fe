"""Content negotiation: which of the formats a resource can be written in the client prefers,
from `?format=` (wins when given) or the `Accept` header (RFC 9110 media ranges with q-values).
Format names are the ones kg.query.results uses, so the CLI's --format and HTTP agree."""
from __future__ import annotations

from kg.errors import KGError

# media type -> format name (several media types name one format; the first is the canonical one)
MEDIA = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
}
CONTENT_TYPES = {
    "html": "text/html; charset=utf-8", "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml; charset=utf-8", "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8", "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples", "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld", "rdf": "rdfxml", "srj": "json", "srx": "xml"}


class NotAcceptable(KGError):
    """None of the formats the client accepts fits the answer (HTTP 406)."""

    exit_code = 2


def media_ranges(accept: str) -> list[tuple[str, float, int]]:
    """(media range, q, position) for each entry of an Accept header; malformed q counts as 0."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        quality = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((fields[0].lower(), quality, position))
    return ranges


def quality_of(fmt: str, ranges) -> tuple[float, int, int]:
    """How much the client wants `fmt`: (q, specificity, -position) of the best range naming it."""
    best = (0.0, -1, 0)
    for media, quality, position in ranges:
        if media in MEDIA and MEDIA[media] == fmt:
            key = (quality, 2, -position)
        elif media.endswith("/*") and any(m.startswith(media[:-1]) for m, f in MEDIA.items() if f == fmt):
            key = (quality, 1, -position)
        elif media == "*/*":
            key = (quality, 0, -position)
        else:
            continue
        if key[1] > best[1]:
            best = key
    return best


def choose(offered: tuple[str, ...], accept: str | None, requested=None) -> str:
    """The format to answer in: the first `requested` one (?format=: a name or a media type, or
    several, comma-separated or repeated, as SPARQLWrapper sends them) that is offered, else
    the offered format the Accept header ranks highest (ties go to the order of `offered`),
    else the first offered when there is no Accept header. NotAcceptable when nothing fits."""
    wanted = [requested] if isinstance(requested, str) else list(requested or [])
    names = [item.strip().lower() for value in wanted for item in value.split(",") if item.strip()]
    if names:
        for name in names:
            name = ALIASES.get(name, name)
            name = MEDIA.get(name, name)
            if name in offered:
                return name
        raise NotAcceptable(f"format {wanted[0]!r} does not fit this answer (use one of: {', '.join(offered)})")
    if not accept or not accept.strip():
        return offered[0]
    ranges = media_ranges(accept)
    scored = [(quality_of(fmt, ranges), -index, fmt) for index, fmt in enumerate(offered)]
    (quality, _, _), _, fmt = max(scored, key=lambda item: (item[0][0], item[0][1], item[0][2], item[1]))
    if quality <= 0:
        raise NotAcceptable(f"none of the accepted types fits this answer (it can be: "
                            f"{', '.join(CONTENT_TYPES[f].split(';')[0] for f in offered)})")
    return fmt
