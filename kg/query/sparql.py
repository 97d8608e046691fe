"""Ad-hoc SPARQL, checked before it runs: the form of the query (so the output format can be
checked first), and the refusals that keep `kg sparql` from reaching out of the machine or
writing: updates (LOAD, INSERT, DROP ...) are refused, and SERVICE unless the caller allows it
(a SERVICE clause makes the engine send a request to any address in the query, which behind
an endpoint is a server-side request forgery).

The query is parsed with rdflib's SPARQL grammar and SERVICE is looked for in the parse tree,
so a string literal or an IRI that merely contains the word is not refused. A query that
rdflib's grammar does not accept (an engine extension) is scanned token by token instead,
with strings, IRIs and comments removed first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import KGError

FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


class RefusedQuery(KGError):
    """The query asks for something `kg sparql` does not do (updates, remote SERVICE calls)."""

    exit_code = 2


@dataclass(frozen=True)
class Checked:
    form: str | None          # SELECT, ASK, CONSTRUCT, DESCRIBE; None when rdflib cannot tell
    uses_service: bool
    declares_dataset: bool = False   # FROM or FROM NAMED: the query names the graphs it reads


def inspect(text: str) -> Checked:
    """The form of a query and whether it calls SERVICE; updates raise RefusedQuery."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    try:
        tree = parseQuery(text)
    except Exception:  # pyparsing's ParseException: not a query rdflib knows
        if parses(parseUpdate, text):
            raise RefusedQuery("kg sparql runs queries only: LOAD and updates (INSERT, DELETE, DROP ...) "
                               "are refused") from None
        code = code_only(text)
        return Checked(None, bool(re.search(r"\bSERVICE\b", code, re.I)), bool(re.search(r"\bFROM\b", code, re.I)))
    return Checked(FORMS.get(tree[1].name), has_service(tree), "datasetClause" in tree[1])


def check(text: str, allow_service: bool = False) -> Checked:
    checked = inspect(text)
    if checked.uses_service and not allow_service:
        raise RefusedQuery("the query calls SERVICE, which sends requests to other servers; "
                           "refused unless --allow-service is given")
    return checked


def parses(parser, text: str) -> bool:
    try:
        parser(text)
        return True
    except Exception:  # pyparsing's ParseException
        return False


def has_service(node) -> bool:
    """Whether a ServiceGraphPattern occurs anywhere in rdflib's parse tree."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue
    if isinstance(node, CompValue):
        return node.name == "ServiceGraphPattern" or any(has_service(v) for v in node.values())
    if isinstance(node, dict):
        return any(has_service(v) for v in node.values())
    if isinstance(node, (list, tuple, ParseResults)):
        return any(has_service(v) for v in node)
    return False


TOKENS_TO_DROP = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                            r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


def code_only(text: str) -> str:
    """The query without its strings, IRIs and comments (for the token scan)."""
    return TOKENS_TO_DROP.sub(" ", text)
