"""Saved news pages (HTML) read through trafilatura, a maintained main-text extractor.

The article text of an HTML page is the text trafilatura extracts (navigation, footers and
markup left out); evidence offsets point into that text. A fragment (a `<div>`, or a page that
starts with a comment) is HTML too: text with markup is never stored as an article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.errors import ArticleError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
HTML_START = re.compile(
    r"\s*(?:<!--|<!doctype\s+html|<\?xml[^>]*>\s*<(?:!doctype\s+)?html|"
    r"<(?:html|head|body|div|article|section|main|header|p|span|table|meta|title|h[1-6]|ul|ol|figure|script|style|link)\b)",
    re.I)


@dataclass
class HtmlPage:
    text: str
    metadata: dict = field(default_factory=dict)


def looks_like_html(text: str) -> bool:
    return bool(HTML_START.match(text))


def read_html(html: str, source: str) -> HtmlPage:
    """The page's main text and what its markup says about it (title, author, date, URL)."""
    import trafilatura
    document = trafilatura.bare_extraction(html, favor_recall=True, with_metadata=True,
                                           include_comments=False, include_tables=True)
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        text = markup_text(html)
    if not text:
        raise ArticleError(f"{source}: HTML page with no readable text")
    return HtmlPage(text + "\n", page_metadata(document))


BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "blockquote")


def markup_text(html: str) -> str:
    """All the text of a fragment too small for trafilatura's main-text heuristics, one line per
    block element, without scripts and styles."""
    import lxml.html
    from lxml.etree import ParserError
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for element in list(root.iter("script", "style", "noscript", "template")):
        element.drop_tree()
    for element in root.iter(*BLOCKS):
        element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def page_metadata(document) -> dict:
    if document is None:
        return {}
    meta = {}
    for key, attribute in (("title", "title"), ("author", "author"), ("published", "date"), ("url", "url")):
        value = getattr(document, attribute, None)
        if value:
            meta[key] = str(value).strip()
    return meta
