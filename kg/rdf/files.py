"""Reading an RDF file someone hands us, in any common syntax, safely.

Every graph counts: the file is parsed into an rdflib Dataset (TriG and N-Quads keep their
named graphs, which a plain Graph would silently drop), and callers take the union.

Reading a file never reaches out or blows up:
* JSON-LD: a remote @context (or @import) is refused before rdflib would fetch it;
* RDF/XML: a document that declares entities is refused before any expansion (a 561-byte
  "billion laughs" file would otherwise expand to gigabytes), so external entities are never
  resolved either;
* anything rdflib cannot parse (a malformed IRI, a truncated file) is one line, not a
  traceback.
"""
from __future__ import annotations

import json
import logging
from contextlib import contextmanager
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.term import _is_valid_uri

from kg.errors import KGError

SYNTAX_BY_SUFFIX = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".trig": "trig",
    ".nq": "nquads", ".nquads": "nquads", ".jsonld": "json-ld", ".json": "json-ld",
    ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".n3": "n3",
}
MAX_BYTES = 512 * 1024 * 1024


class RdfFileError(KGError):
    """An RDF file that cannot be read: missing, empty, malformed, or asking for something
    unsafe (a remote context, entity expansion)."""


def read_dataset(path: str | Path) -> Dataset:
    """Every graph of the file at `path` (see the module docstring)."""
    path = Path(path)
    data = read_bytes(path)
    syntax = SYNTAX_BY_SUFFIX.get(path.suffix.lower()) or sniff(data)
    if syntax == "json-ld":
        refuse_remote_contexts(path, data)
    if syntax == "xml":
        refuse_entities(path, data)
    dataset = Dataset()
    try:
        with quiet_rdflib_terms():
            dataset.parse(data=data, format=syntax, publicID=path.resolve().as_uri())
    except Exception as exc:  # rdflib's parsers raise many types (BadSyntax, SAXParseException, ValueError ...)
        raise RdfFileError(f"{path}: not readable as {syntax} ({exc.__class__.__name__}: {first_line(exc)})") from None
    return dataset


@contextmanager
def quiet_rdflib_terms():
    """rdflib logs its own warning on stderr for each malformed IRI it parses ('... does not look
    like a valid URI'); the file's first malformed IRI is reported as our one line
    (`refuse_malformed_iris`), so rdflib's term warnings are dropped while the file is parsed."""
    logger = logging.getLogger("rdflib.term")

    def errors_only(record: logging.LogRecord) -> bool:
        return record.levelno >= logging.ERROR

    logger.addFilter(errors_only)
    try:
        yield
    finally:
        logger.removeFilter(errors_only)


def read_union(path: str | Path) -> Graph:
    """The union of every graph of the file; a file without a triple is an error."""
    dataset = read_dataset(path)
    union = Graph()
    for prefix, namespace in dataset.namespaces():
        union.bind(prefix, namespace, override=False)
    for graph in dataset.graphs():
        for triple in graph:
            union.add(triple)
    if not len(union):
        raise RdfFileError(f"{path}: no triples in the file (nothing to validate)")
    refuse_malformed_iris(path, union)
    return union


def refuse_malformed_iris(path, graph: Graph) -> None:
    """rdflib's Turtle parser lets `<http://exa mple.org/>` through; RDF does not."""
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef) and not _is_valid_uri(term):
                raise RdfFileError(f"{path}: malformed IRI <{str(term)[:120]}>")


def read_bytes(path: Path) -> bytes:
    if not path.is_file():
        raise RdfFileError(f"{path}: not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise RdfFileError(f"{path}: the file is empty")
    if size > MAX_BYTES:
        raise RdfFileError(f"{path}: {size:,} bytes is more than the {MAX_BYTES:,} read at most")
    return path.read_bytes()


def sniff(data: bytes) -> str:
    """The syntax of a file without a telling suffix, from its first characters."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:200]
    if head[:1] in (b"{", b"["):
        return "json-ld"
    if head.startswith((b"<?xml", b"<rdf:RDF", b"<!DOCTYPE")):
        return "xml"
    return "trig"   # TriG reads Turtle and N-Triples too


def refuse_remote_contexts(path: Path, data: bytes) -> None:
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RdfFileError(f"{path}: not readable as JSON-LD ({first_line(exc)})") from None
    remote = remote_context(document)
    if remote:
        raise RdfFileError(f"{path}: refers to a remote JSON-LD context ({remote[:120]}), which is not fetched; "
                           f"inline the context in the file")


def remote_context(node) -> str | None:
    """The first context reference (an IRI to fetch) anywhere in a JSON-LD document."""
    if isinstance(node, list):
        return next((found for item in node if (found := remote_context(item))), None)
    if not isinstance(node, dict):
        return None
    for key, value in node.items():
        if key == "@context" and (found := context_reference(value)):
            return found
        if key == "@import" and isinstance(value, str):
            return value
        if (found := remote_context(value)):
            return found
    return None


def context_reference(value) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return next((v for v in value if isinstance(v, str)), None) or remote_context(value)
    return remote_context(value) if isinstance(value, dict) else None


def refuse_entities(path: Path, data: bytes) -> None:
    """Refuse an XML document that declares an entity, before anything expands it (expat
    reports the declaration when it reads it)."""
    from xml.parsers import expat

    class EntityDeclared(Exception):
        pass

    def declared(name, *_):
        raise EntityDeclared(name)

    parser = expat.ParserCreate()
    parser.EntityDeclHandler = declared
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except EntityDeclared as exc:
        raise RdfFileError(f"{path}: declares the XML entity {exc.args[0]!r}; entity declarations are refused "
                           f"(they can expand without bound or read other files)") from None
    except expat.ExpatError as exc:
        raise RdfFileError(f"{path}: not well-formed XML ({first_line(exc)})") from None


def first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:160] if lines else "no detail"

