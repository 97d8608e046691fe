"""HTML for the web shell: one Jinja environment with autoescaping (every value from the store
or the request is escaped unless a function here marks it safe), and the helpers the page
templates share: a term as a link (IRIs under the served base become local paths, so a
visitor keeps browsing this server), and a label for an IRI."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from rdflib import BNode, Literal, URIRef
from starlette.responses import HTMLResponse

TEMPLATES = Path(__file__).resolve().parent / "templates"
# A page's scripts and styles come from this server only (no inline script, no CDN)
SECURITY_HEADERS = {"Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                               "base-uri 'none'; frame-ancestors 'none'",
                    "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}


@lru_cache(maxsize=None)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(term=term_html, local=local_path)
    return env


def page(name: str, status: int = 200, **context) -> HTMLResponse:
    """A page from templates/<name>, with the security headers every page carries."""
    html = environment().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status, headers={**SECURITY_HEADERS, "Vary": "Accept"})


def local_path(iri: str, base: str) -> str | None:
    """The path this server answers `iri` at, or None for an IRI outside the base."""
    if iri.startswith(base) and len(iri) > len(base):
        return "/" + iri[len(base):]
    return None


def term_html(term, base: str, label: str | None = None) -> Markup:
    """A term for a table cell: an IRI as a link (local under the base), a literal as text
    with its language or datatype shown small, a blank node as its label."""
    if term is None:
        return Markup("")
    if isinstance(term, URIRef):
        href = local_path(str(term), base) or str(term)
        text = label or short_iri(str(term), base)
        return Markup('<a href="{}" title="{}">{}</a>').format(href, str(term), text)
    if isinstance(term, BNode):
        return Markup("<code>_:{}</code>").format(str(term))
    if isinstance(term, Literal):
        suffix = ""
        if term.language:
            suffix = Markup(' <small class="dt">@{}</small>').format(term.language)
        return escape(str(term)) + suffix
    return escape(str(term))


def short_iri(iri: str, base: str) -> str:
    from kg.rdf.vocab import PREFIXES
    if iri.startswith(base):
        return iri[len(base):]
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)) and len(iri) > len(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return iri
