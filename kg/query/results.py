"""Query results in the W3C formats, for every query form, from the store's neutral results
(kg.store.base): SELECT and ASK as SPARQL 1.1 Query Results JSON and XML, SELECT also as CSV
and TSV; CONSTRUCT and DESCRIBE as Turtle, N-Triples, JSON-LD and RDF/XML. Plus `Rows`
(column -> Python value) for Python callers, convertible to a pandas DataFrame.

The serialisers are written here, not borrowed from an engine, so that every backend's
answers print the same:
  JSON  https://www.w3.org/TR/sparql11-results-json/
  XML   https://www.w3.org/TR/rdf-sparql-XMLres/
  CSV/TSV https://www.w3.org/TR/sparql11-results-csv-tsv/ (they define no boolean result)
"""
from __future__ import annotations

import json
import re
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import QueryParameterError
from kg.rdf.terms import python_value
from kg.rdf.vocab import XSD
from kg.store.base import Boolean, Solutions

SOLUTION_FORMATS = ("table", "json", "xml", "csv", "tsv")
BOOLEAN_FORMATS = ("table", "json", "xml")
GRAPH_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
FORMATS_BY_FORM = {"SELECT": SOLUTION_FORMATS, "ASK": BOOLEAN_FORMATS,
                   "CONSTRUCT": tuple(GRAPH_FORMATS), "DESCRIBE": tuple(GRAPH_FORMATS)}
DEFAULT_FORMAT = {"SELECT": "table", "ASK": "table", "CONSTRUCT": "turtle", "DESCRIBE": "turtle"}
ALL_FORMATS = tuple(dict.fromkeys(f for formats in FORMATS_BY_FORM.values() for f in formats))
MEDIA_TYPES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
               "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
               "ntriples": "application/n-triples", "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}


class Rows(list):
    """A list of dicts (column -> Python value) with the column order kept."""

    def __init__(self, columns, rows, more: bool = False):
        super().__init__(rows)
        self.columns = list(columns)
        self.more = more   # a page of a paged template, and further rows follow it

    def to_dataframe(self):
        import pandas as pd  # optional dependency
        return pd.DataFrame(list(self), columns=self.columns)


def to_rows(solutions: Solutions) -> Rows:
    columns = list(solutions.variables)
    return Rows(columns, [{c: python_value(t) for c, t in zip(columns, row)} for row in solutions.rows],
                solutions.more)


def form_of(result) -> str:
    """The query form a neutral result answers (CONSTRUCT stands for DESCRIBE too)."""
    if isinstance(result, Solutions):
        return "SELECT"
    if isinstance(result, Boolean):
        return "ASK"
    if isinstance(result, Graph):
        return "CONSTRUCT"
    raise TypeError(f"not a query result: {result!r}")


def check_format(form: str, fmt: str) -> None:
    """One clear line when a format does not fit the query form."""
    if fmt not in FORMATS_BY_FORM[form]:
        raise QueryParameterError(f"--format {fmt} does not fit a {form} query "
                                  f"(use one of: {', '.join(FORMATS_BY_FORM[form])})")


def serialize(result, fmt: str) -> str:
    """The result in a W3C format (any but 'table')."""
    check_format(form_of(result), fmt)
    if isinstance(result, Graph):
        return serialize_graph(result, fmt)
    if isinstance(result, Boolean):
        return boolean_json(result) if fmt == "json" else boolean_xml(result)
    return {"json": solutions_json, "xml": solutions_xml, "csv": solutions_csv, "tsv": solutions_tsv}[fmt](result)


# --- JSON ----------------------------------------------------------------------------------------

def term_json(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    found = {"type": "literal", "value": str(term)}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        found["datatype"] = str(term.datatype)
    return found


def solutions_json(solutions: Solutions) -> str:
    bindings = [{v: term_json(t) for v, t in zip(solutions.variables, row) if t is not None} for row in solutions.rows]
    return json.dumps({"head": {"vars": list(solutions.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1) + "\n"


def boolean_json(answer: Boolean) -> str:
    return json.dumps({"head": {}, "boolean": bool(answer)}) + "\n"


# --- XML -----------------------------------------------------------------------------------------

XML_HEAD = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'


def xml_text(text: str) -> str:
    """Escaped character data; characters XML 1.0 cannot carry at all are written as U+FFFD."""
    cleaned = "".join(c if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd")
                      or c >= "\U00010000" else "\ufffd" for c in text)
    return escape(cleaned)


def term_xml(term) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{xml_text(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{xml_text(str(term))}</bnode>"
    if term.language:
        attribute = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype is not None and term.datatype != XSD.string:
        attribute = f" datatype={quoteattr(str(term.datatype))}"
    else:
        attribute = ""
    return f"<literal{attribute}>{xml_text(str(term))}</literal>"


def solutions_xml(solutions: Solutions) -> str:
    lines = [XML_HEAD + "  <head>"]
    lines += [f"    <variable name={quoteattr(v)}/>" for v in solutions.variables]
    lines.append("  </head>\n  <results>")
    for row in solutions.rows:
        lines.append("    <result>")
        lines += [f"      <binding name={quoteattr(v)}>{term_xml(t)}</binding>"
                  for v, t in zip(solutions.variables, row) if t is not None]
        lines.append("    </result>")
    lines.append("  </results>\n</sparql>\n")
    return "\n".join(lines)


def boolean_xml(answer: Boolean) -> str:
    return XML_HEAD + f"  <head/>\n  <boolean>{'true' if answer else 'false'}</boolean>\n</sparql>\n"


# --- CSV and TSV ---------------------------------------------------------------------------------

def csv_field(term) -> str:
    """CSV gives the bare value (IRI, lexical form, _:label), quoted when RFC 4180 needs it."""
    if term is None:
        return ""
    text = f"_:{term}" if isinstance(term, BNode) else str(term)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def solutions_csv(solutions: Solutions) -> str:
    lines = [",".join(csv_field(Literal(v)) for v in solutions.variables)]
    lines += [",".join(csv_field(t) for t in row) for row in solutions.rows]
    return "".join(line + "\r\n" for line in lines)


TSV_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
NUMERIC = {XSD.integer: r"[+-]?\d+", XSD.decimal: r"[+-]?\d*\.\d+"}


def tsv_field(term) -> str:
    """TSV gives each term in Turtle syntax; integers and decimals in their short form."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    if term.datatype in NUMERIC and re.fullmatch(NUMERIC[term.datatype], text):
        return text
    quoted = '"' + "".join(TSV_ESCAPES.get(c, c) for c in text) + '"'
    if term.language:
        return f"{quoted}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{quoted}^^<{term.datatype}>"
    return quoted


def solutions_tsv(solutions: Solutions) -> str:
    lines = ["\t".join("?" + v for v in solutions.variables)]
    lines += ["\t".join(tsv_field(t) for t in row) for row in solutions.rows]
    return "".join(line + "\n" for line in lines)


# --- graphs --------------------------------------------------------------------------------------

def serialize_graph(graph: Graph, fmt: str) -> str:
    """A CONSTRUCT or DESCRIBE answer in an RDF syntax, with the project's prefixes."""
    from kg.rdf.vocab import bind_prefixes
    out = Graph()
    bind_prefixes(out)
    for triple in graph:
        out.add(triple)
    if fmt == "jsonld":
        return out.serialize(format="json-ld", auto_compact=True)
    return out.serialize(format=GRAPH_FORMATS[fmt])
