"""Query templates: one SPARQL file per template in queries/, named by the file, with a
grlc-style `#+` YAML header (summary, description, params, columns). Parameters are
converted to rdflib terms and bound by the store as terms; their text never enters the query.

A template whose header has `paging: {size: N}` also takes `limit` and `offset` (decision
0017): the only text the binder adds to a query, a LIMIT and an OFFSET written from Python
integers it has validated. The shells (CLI, HTTP) ask for the first page of N rows unless told
otherwise (`limit=all`); the library returns every row unless given a limit. A paged template
may instead take its page inside a sub-select (decision 0030): one `#| page` line just after
that sub-select's ORDER BY, which the binder replaces by the LIMIT/OFFSET, so that the
sub-select chooses and orders the page's rows and the outer query reads the rest of each row for
those rows only; the outer query keeps its ORDER BY, and for every row the sub-select's ORDER
BY and the line are left out. Such a template whose header says `chunks: true` under `paging:`
is read, for every row or a page longer than the header's, in two steps (decision 0079): the
sub-select alone chooses and orders the rows, and the outer query reads the rest of them a
header's page at a time, given as a VALUES block in place of the sub-select's group.

A template may mark a UNION whose sides are the branches of one string parameter's value
(decision 0027): the union between a line `#| union check` and a line `#| end union`, each side
between `#| check = share` (the value it answers, a word: letters, digits, `_` and `-`) and
`#| end`, the sides separated by the keyword UNION alone (blanks and comments aside). When
`check` is given and names a side, the binder sends that side's group in place of the whole
union, so the sides not asked for go together with their UNION keywords; given another value,
or not given, the whole text is sent. The answer is the same either way because the loader
requires a form that gives a side not asked for no row on any engine: each side is one group
that starts with its own value, `{ VALUES ?check { "share" } ... }`, and the union stands
directly in a WHERE group, whose VALUES block binds ?check (kg.store.base.with_values). Every
row of the side "share" then has ?check = "share", and the join with the block's ?check =
"growth" drops it. (A filter such as `FILTER(?check = "share")` in a plain group is not
enough: the block is at the top of each WHERE, so ?check is unbound in a group without one,
and the filter lets every row through. Nor is a sub-select projecting `("share" AS ?check)`
on rdflib 7.6, whose lazy join keeps the outer value: see side_problem.) The engines do not
see that the other sides are empty (pyoxigraph evaluates them; rdflib's plan of the rest gets
ten times slower with a `{ FILTER(false) }` side, decision 0026), so a side may keep a filter
on the parameter in its sub-selects, to do no work when another value is asked. Only a string
parameter may name a branch, compared exactly with the term the binder binds, and its text
never enters the query: it chooses which of the template's own texts is sent. The markers are
comment lines, so the file stays valid SPARQL with every side in it. A template's lines are
its text split at each line feed (a carriage return before it dropped), where a SPARQL comment
ends, not wherever str.splitlines breaks (U+2028, U+0085, a form feed)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

import yaml
from rdflib import Literal, URIRef

from kg.errors import QueryParameterError, TemplateNotFound
from kg.rdf.keys import lookup_word
from kg.rdf.vocab import XSD
from kg.resources import resource_dir
from kg.store.base import ROWS, ROWS_LINE, QueryTimeout, Solutions, ValueRows

TYPES = ("iri", "string", "integer", "decimal", "date", "year", "boolean")
PAGING = ("limit", "offset")   # the paging parameters of a template with `paging:` in its header
EVERY_ROW = "all"             # limit=all: no page


@dataclass
class Param:
    name: str
    type: str = "string"
    required: bool = False
    default: object = None
    example: object = None
    description: str = ""
    lookup: str | None = None   # "word": also bound, as ?<name>Word, to its lookup word (kg.rdf.keys)

    @property
    def word_variable(self) -> str | None:
        """The variable the binder gives this parameter's lookup word, if it has one."""
        return f"{self.name}Word" if self.lookup == "word" else None


@dataclass(frozen=True)
class Page:
    """Which rows of the ordered answer to return: `limit` rows (None: all) after `offset`."""
    limit: int | None
    offset: int = 0

    def clause(self, extra: int = 0) -> str:
        """`LIMIT n OFFSET m`, written from the two validated integers; `extra` more rows let
        the caller tell whether another page follows."""
        limit = "" if self.limit is None else f"LIMIT {int(self.limit) + extra} "
        return f"{limit}OFFSET {int(self.offset)}" if self.offset else limit.strip()

    def end_binding(self, extra: int = 0) -> str | None:
        """`BIND(n AS ?pageEnd)`, n the number of rows up to the page's end (offset, limit and
        `extra`), written from the validated integers, for a `#| page end` line (decision 0076);
        None when the page has no end (every row after the offset)."""
        if self.limit is None:
            return None
        return f"BIND({int(self.offset) + int(self.limit) + extra} AS ?{PAGE_END})"

    def end_limit(self, extra: int = 0) -> str | None:
        """`LIMIT n`, n the number of rows up to the page's end (as end_binding), for a `#| page
        end limit` line (decision 0084): a sub-select ordered as the rows are, one of whose rows
        gives one row or more, keeps no more than the page needs. None for every row."""
        if self.limit is None:
            return None
        return f"LIMIT {int(self.offset) + int(self.limit) + extra}"

    def ended(self, lines: list[str], extra: int = 0) -> list[str]:
        """`lines` with each `#| page end` line made the binding of ?pageEnd and each `#| page
        end limit` line a LIMIT (when the page has an end; else left comments)."""
        return [(self.end_binding(extra) or line) if PAGE_END_MARK.fullmatch(line)
                else (self.end_limit(extra) or line) if PAGE_END_LIMIT_MARK.fullmatch(line) else line
                for line in lines]


@dataclass
class Template:
    name: str
    path: Path
    sparql: str
    summary: str
    description: str = ""
    params: list[Param] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    page_size: int | None = None   # the shells' default page (`#+ paging: {size: N}`); None: not paged
    unions: list["BranchUnion"] = field(default_factory=list)   # the marked unions (`#| union name`)
    pages_inside: bool = False   # the page's LIMIT/OFFSET go in place of its `#| page` line (decision 0030)
    in_chunks: bool = False   # `paging: {chunks: true}`: a page longer than the header's read in chunks (0079)
    by: str | None = None   # `paging: {by: article}`: a page read in batches of that parameter's articles (0089)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def bindings(self, values: dict[str, str]) -> dict[str, object]:
        """RDF terms for the given values (and defaults); one clear error per bad value."""
        accepted = {p.name for p in self.params} | (set(PAGING) if self.page_size else set())
        unknown = sorted(set(values) - accepted)
        if unknown:
            raise QueryParameterError(f"template {self.name!r} has no parameter {unknown[0]!r} "
                                      f"(it takes: {', '.join(sorted(accepted, key=self.order_of)) or 'none'})")
        bound = {}
        for param in self.params:  # limit and offset are not terms: see page()
            raw = values.get(param.name, param.default)
            if raw is None or raw == "":
                if param.required:
                    raise QueryParameterError(f"template {self.name!r} needs -p {param.name}=... ({param.type})")
                continue
            bound[param.name] = to_term(param, str(raw))
            if param.word_variable:
                # the word the template looks up in an index (ekg:nameWord, ekg:measureWord)
                bound[param.word_variable] = Literal(lookup_word(str(raw)))
        return bound

    def order_of(self, name: str) -> int:
        names = [p.name for p in self.params] + list(PAGING)
        return names.index(name)

    def page(self, values: dict[str, str], default: bool = False) -> Page | None:
        """The page `values` ask for (`limit`, `offset`), or with `default` the first page of
        the header's size when no limit is given; None for every row. A limit is a whole
        number >= 1 or `all`, an offset a whole number >= 0: nothing else reaches the query."""
        if not self.page_size:
            return None
        limit, offset = values.get("limit"), values.get("offset")
        size = whole(limit, "limit", 1) if limit not in (None, "", EVERY_ROW) else None
        if limit in (None, "") and default:
            size = self.page_size
        start = whole(offset, "offset", 0) if offset not in (None, "") else 0
        return Page(size, start) if size is not None or start else None

    def next_page(self, values: dict[str, str]) -> Page:
        """The page after the one `values` ask for (the shells' default page when they give no
        limit): what the CLI, the HTTP Link header and the form point to when more rows follow."""
        page = self.page(values, default=True)
        return Page(page.limit, page.offset + page.limit)

    def asked(self, values: dict[str, str], default_page: bool = False) -> "TemplateQuery":
        """What to send the store for `values`: the page they ask for (or with `default_page`,
        what the shells ask, the header's first page), read with one row more than its limit
        so that `TemplateQuery.cut` can tell whether another page follows; the parameters
        bound as terms. KG.run_template and bench/query_bench.py both ask this way."""
        page = self.page(values, default=default_page)
        bindings = self.bindings(values)
        extra = 1 if page is not None and page.limit is not None else 0
        if self.reads_in_chunks(page):
            chosen, rest = self.chosen_and_rest(page, extra, bindings)
            return TemplateQuery(chosen, bindings, page, rest, self.page_size)
        if self.reads_by_article(page, bindings):
            return TemplateQuery(self.query_text(None, 0, bindings), bindings, page, by=self.by)
        return TemplateQuery(self.query_text(page, extra, bindings), bindings, page)

    def reads_by_article(self, page: Page | None, bindings: dict) -> bool:
        """Whether `page` is read article by article (decision 0089): a template whose header
        asks for it (`paging: {by: article}`), asked for a page with an end and without the
        parameter. The engines build every row of every article before they can sort the
        first page (the order's first key is the article); bound to a few articles, the same
        text answers for those alone. Every row is still one query: it reads every article."""
        return self.by is not None and self.by not in bindings and page is not None and page.limit is not None

    def reads_in_chunks(self, page: Page | None) -> bool:
        """Whether `page` is read in two steps (decision 0079): a template whose header asks for
        it (`paging: {chunks: true}`, only beside a `#| page` line), asked for every row or for a
        page longer than its header's. Its outer reads after the sub-select are looked up row
        by row only while pyoxigraph's planner estimates the sub-select small: a LIMIT of 175 it
        is, 201 or none it is not, and then it plans a read of a three-step path as a hash join
        with a scan of the whole store (who-said's 414 rows at 10k: 25 ms as pages, 6 s as one
        query; 100k: over 120 s). So the sub-select's rows are read alone, in order, and the
        rest of them a page's worth at a time. A template without the trap is not asked to:
        a second query costs it more than it saves (timeline, decree-sources)."""
        return self.in_chunks and (page is None or page.limit is None or page.limit > self.page_size)

    def chosen_and_rest(self, page: Page | None, extra: int, bindings: dict) -> tuple[str, str]:
        """The two queries of a read in chunks (reads_in_chunks): the paged sub-select alone, with
        the template's prologue (PREFIXes) and the page's LIMIT/OFFSET, which chooses and orders
        the rows; and the template with that sub-select's group replaced by a group holding the
        line `ROWS_LINE`, where the store writes a chunk of the chosen rows as a VALUES block
        (kg.store.base.ValueRows). The sub-select's keys are the outer order's first keys and
        tell its rows apart (page_line_of), so the chunks' answers, each ordered by the outer
        ORDER BY, follow one another in that order: together they are the one query's answer."""
        lines = template_lines(self.branches_for(bindings))
        mark = next(n for n, line in enumerate(lines) if PAGE_MARK.fullmatch(line))
        ended = page.ended(lines, extra) if page else lines
        text = "\n".join(ended[:mark] + [page.clause(extra) if page else ""] + ended[mark + 1:])
        opened, closed = group_around(text, len("\n".join(ended[:mark])))
        chosen = text[:query_form_start(text)] + text[opened + 1:closed]
        rest = f"{text[:opened]}{{\n{ROWS_LINE}\n  }}{text[closed + 1:]}"
        return chosen, rest

    def query_text(self, page: Page | None, extra: int = 0, bindings: dict | None = None) -> str:
        """The SPARQL to run for `page`: the template's text (with only the side of each marked
        union that `bindings` ask for, see the module's docstring), and its LIMIT/OFFSET if paged:
        at the end, or in place of the template's `#| page` line (decision 0030); a `#| page end`
        line becomes the binding of ?pageEnd, the number of rows up to the page's end (decision
        0076), in a template paged outside too (decision 0080), and stays a comment for every row."""
        text = self.branches_for(bindings or {})
        if page is None:
            return without_page_order(text) if self.pages_inside else text
        if self.pages_inside:
            lines = page.ended(template_lines(text), extra)
            return "\n".join(page.clause(extra) if PAGE_MARK.fullmatch(line) else line for line in lines)
        text = "\n".join(page.ended(template_lines(text), extra))
        return f"{text.rstrip()}\n{page.clause(extra)}\n"

    def branches_for(self, bindings: dict[str, object]) -> str:
        """The template's text with each marked union whose parameter is bound to the value of
        one of its sides replaced by that side alone; every other line as written."""
        if not self.unions:
            return self.sparql
        lines = self.sparql.split("\n")   # the loader's lines (template_lines), as written
        kept, at = [], 0
        for union in self.unions:
            term = bindings.get(union.param)
            side = None if term is None else union.side(str(term))
            if side is None:
                continue
            kept += lines[at:union.first] + lines[side.first:side.last + 1]
            at = union.last + 1
        return self.sparql if at == 0 else "\n".join(kept + lines[at:])

    def inputs(self) -> set[str]:
        """The variables the binder may bind: the parameters, their lookup words, and ?pageEnd
        in a template with a `#| page end` line (decision 0076)."""
        page_end = {PAGE_END} if any(PAGE_END_MARK.fullmatch(line) for line in template_lines(self.sparql)) else set()
        return {p.name for p in self.params} | {p.word_variable for p in self.params if p.word_variable} | page_end


@dataclass(frozen=True)
class TemplateQuery:
    """A template's query as sent to the store (Template.asked): its text, with LIMIT/OFFSET
    when paged, the parameters' terms, and the page. A page read in chunks (decision 0079,
    Template.reads_in_chunks) has two texts: `text` chooses the rows, `rest` reads the rest of
    `chunk` chosen rows at a time."""
    text: str
    bindings: dict[str, object]
    page: Page | None
    rest: str | None = None
    chunk: int = 0
    by: str | None = None   # the parameter the page is read by, article by article (decision 0089)

    def run(self, store, timeout: float | None) -> Solutions:
        """The answer from `store` (neutral Solutions) cut to the page, within `timeout` seconds
        for all its queries together. KG.run_template and bench/query_bench.py both run it, so
        the CLI, HTTP, the library and the benchmark read every page the same way."""
        if self.by is not None:
            return self.run_by_article(store, Deadline(timeout))
        if self.rest is None:
            return self.cut(store.query(self.text, self.bindings, timeout=timeout))
        clock = Deadline(timeout)
        chosen = store.query(self.text, self.bindings, timeout=clock.left())
        parts = [chosen.rows[at:at + self.chunk] for at in range(0, len(chosen.rows), self.chunk)] or [()]
        found, answer = [], None
        for part in parts:   # no row chosen: one query with no row of values, for the columns
            rows = ValueRows(chosen.variables, part)
            answer = store.query(self.rest, {**self.bindings, ROWS: rows}, timeout=clock.left())
            found += answer.rows
        return self.cut(Solutions(answer.variables, tuple(found)))

    def run_by_article(self, store, clock: "Deadline") -> Solutions:
        """The page read article by article (Template.reads_by_article): the text (every row,
        no LIMIT) with the parameter `by` bound to the store's first articles in IRI order, then
        to the next ones, until the rows reach the page's end and one row more. The answer is
        ordered by the article first, so each batch's rows follow the batch before's, and
        together they begin the whole answer. The batches' sizes are next_batch's."""
        articles = [URIRef(name) for name in store.article_graphs()]   # sorted by IRI
        end = self.page.offset + self.page.limit + 1
        found, answer, at, size = [], None, 0, BY_ARTICLE_FIRST
        while answer is None or (at < len(articles) and len(found) < end):
            batch = articles[at:at + size]
            answer = store.query(self.text, {**self.bindings, self.by: batch}, timeout=clock.left())
            found += answer.rows
            at += size
            size = next_batch(size, at, len(found), end)
        return self.cut(Solutions(answer.variables, tuple(found[self.page.offset:end])))

    def cut(self, found):
        """The store's answer (neutral Solutions) cut to the page: the extra row read past the
        limit is dropped and says that more rows follow (`more`)."""
        limit = None if self.page is None else self.page.limit
        if limit is None or len(found.rows) <= limit:
            return found
        return dataclasses.replace(found, rows=found.rows[:limit], more=True)


def header_of(text: str) -> dict:
    lines = [line[2:] for line in template_lines(text) if line.startswith("#+")]
    data = yaml.safe_load("\n".join(line[1:] if line.startswith(" ") else line for line in lines)) or {}
    return data if isinstance(data, dict) else {}


def load_template(path: Path) -> Template:
    text = path.read_text(encoding="utf-8")
    head = header_of(text)
    params = [Param(**{k: v for k, v in p.items() if k in Param.__dataclass_fields__}) for p in head.get("params") or []]
    for param in params:
        if param.type not in TYPES:
            raise ValueError(f"{path.name}: parameter {param.name} has unknown type {param.type!r}")
        if param.lookup not in (None, "word") or (param.lookup and param.type != "string"):
            raise ValueError(f"{path.name}: parameter {param.name}: lookup {param.lookup!r} needs type string and is 'word'")
    pages_inside = page_line_of(path, text, head)
    check_page_end_limits(path, text, head)
    return Template(path.stem, path, text, head.get("summary", ""), head.get("description", ""), params,
                    list(head.get("columns") or []), page_size_of(path, text, head, params),
                    unions_of(path, text, params), pages_inside, chunks_of(path, head, pages_inside),
                    by_of(path, text, head, params))


@dataclass(frozen=True)
class Branch:
    """One side of a marked union: the value it answers, its lines (from its `#| name = value`
    line to its `#| end` line, 0-based and inclusive)."""
    value: str
    first: int
    last: int


@dataclass(frozen=True)
class BranchUnion:
    """A UNION whose sides answer the values of one string parameter (`#| union name` ...
    `#| end union`; its lines from the first marker to the last, 0-based and inclusive)."""
    param: str
    first: int
    last: int
    sides: tuple[Branch, ...]

    def side(self, value: str) -> Branch | None:
        return next((b for b in self.sides if b.value == value), None)


DIRECTIVE = re.compile(r"^[ \t]*#\|(.*)$")
PAGE_MARK = re.compile(r"[ \t]*#\|[ \t]*page[ \t]*")   # where a paged sub-select takes the page (decision 0030)
# where a paged-inside template binds ?pageEnd, the rows up to the page's end (decision 0076)
PAGE_END_MARK = re.compile(r"[ \t]*#\|[ \t]*page end[ \t]*")
PAGE_END = "pageEnd"
# where a sub-select ordered as the rows are keeps the rows up to the page's end (decision 0084)
PAGE_END_LIMIT_MARK = re.compile(r"[ \t]*#\|[ \t]*page end limit[ \t]*")
UNION_OPEN = re.compile(r"union (\w+)")
SIDE_OPEN = re.compile(r"(\w+) = (.*)")
SIDE_VALUE = re.compile(r"[\w-]+")
# SPARQL's lexemes that may hold a brace, a `#` or a keyword without being one: strings (the
# long ones first), IRIs, and comments (a `#` outside a string or an IRI, to the end of its line).
LEXEMES = re.compile(r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
                     r'|"(?:[^"\\\r\n]|\\.)*"' r"|'(?:[^'\\\r\n]|\\.)*')"
                     r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)|(?P<comment>#[^\r\n]*)', re.S)


def template_lines(text: str) -> list[str]:
    """A template's lines: split at each line feed, a carriage return before it dropped."""
    return [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]


def without_comments(text: str, blank: bool = False) -> str:
    """The text with its SPARQL comments made blanks of the same length (a `#` in a string or
    an IRI starts no comment); with `blank`, the insides of strings and IRIs too, so that the
    braces and keywords left are the query's own. Positions stay those of `text`."""
    def lexeme(found):
        word = found.group(0)
        if found.group("comment") is not None:
            return " " * len(word)
        if not blank:
            return word
        edge = 3 if word[:3] in ('"""', "'''") else 1
        return word[:edge] + re.sub(r"[^\n]", " ", word[edge:-edge]) + word[-edge:]
    return LEXEMES.sub(lexeme, text)


def unions_of(path: Path, text: str, params: list[Param]) -> list[BranchUnion]:
    """The marked unions of a template's text (see the module's docstring), checked: each names
    a string parameter, stands directly in a WHERE group, holds two or more sides of distinct
    values, and has between its sides the keyword UNION only; each side is one group that starts
    with the side's value as the parameter's (`{ VALUES ?check { "share" } ... }`)."""
    lines = template_lines(text)
    unions, union, side = [], None, None

    def fail(number: int, why: str):
        raise ValueError(f"{path.name}, line {number + 1}: {why}")

    for number, line in enumerate(lines):
        found = DIRECTIVE.match(line)
        if not found:
            continue
        words = " ".join(found.group(1).split())
        if words in ("page", "page end", "page end limit"):
            continue   # page_line_of checks them
        if words == "end":
            if side is None:
                fail(number, "`#| end` closes no branch")
            union["sides"].append(Branch(side[0], side[1], number))
            side = None
        elif words == "end union":
            if union is None or side is not None:
                fail(number, "`#| end union` closes no union (or a branch is still open)")
            unions.append(closed_union(union, number, lines, fail))
            union = None
        elif UNION_OPEN.fullmatch(words):
            if union is not None:
                fail(number, "a marked union inside another")
            name = UNION_OPEN.fullmatch(words).group(1)
            param = next((p for p in params if p.name == name), None)
            if param is None or param.type != "string":
                fail(number, f"a union's branches name {name!r}, which is no string parameter")
            union = {"param": name, "first": number, "sides": []}
        elif SIDE_OPEN.fullmatch(words):
            name, value = SIDE_OPEN.fullmatch(words).groups()
            if union is None or side is not None:
                fail(number, "a branch must stand directly inside a marked union (`#| union name`)")
            if name != union["param"]:
                fail(number, f"a branch of {name!r} in a union of {union['param']!r}")
            if not SIDE_VALUE.fullmatch(value):
                fail(number, f"a branch's value is a word of letters, digits, _ and - (not {value!r})")
            if any(b.value == value for b in union["sides"]):
                fail(number, f"two branches for {name} = {value}")
            side = (value, number)
        else:
            fail(number, f"unknown directive {line.strip()!r}")
    if union is not None or side is not None:
        fail(len(lines) - 1, "a marked union or branch without its end (`#| end union`, `#| end`)")
    return unions


def closed_union(union: dict, last: int, lines: list[str], fail) -> BranchUnion:
    """The union's record, once its text is checked (unions_of)."""
    sides, param = union["sides"], union["param"]
    if len(sides) < 2:
        fail(union["first"], "a marked union needs two branches or more")

    def words(first: int, end: int) -> list[str]:
        """The words of lines first..end-1, comments left out."""
        return without_comments("\n".join(lines[first:end])).split()

    between = [words(union["first"] + 1, sides[0].first)]
    between += [words(a.last + 1, b.first) for a, b in zip(sides, sides[1:])]
    between += [words(sides[-1].last + 1, last)]
    if between[0] or between[-1] or any(found != ["UNION"] for found in between[1:-1]):
        fail(union["first"], "a marked union holds its branches separated by UNION and nothing else")
    if not in_a_where_group("\n".join(lines[:union["first"]])):
        fail(union["first"], "a marked union stands directly in a WHERE { ... } group "
                              "(whose VALUES block binds its parameter)")
    for side in sides:
        why = side_problem("\n".join(lines[side.first + 1:side.last]), param, side.value)
        if why:
            fail(side.first, f"the branch {side.value!r} {why}")
    return BranchUnion(param, union["first"], last, tuple(sides))


def in_a_where_group(before: str) -> bool:
    """Whether what follows `before` stands directly in a group opened by `WHERE {`."""
    code, opened = without_comments(before, blank=True), []
    for at, char in enumerate(code):
        if char == "{":
            opened.append(at)
        elif char == "}" and opened:
            opened.pop()
    return bool(opened) and re.search(r"\bWHERE\s*$", code[:opened[-1]], re.I) is not None


def side_problem(text: str, param: str, value: str) -> str | None:
    """Why a branch's text is not one group that starts with `VALUES ?param { "value" }`, or
    None: the form whose rows all carry ?param = value, so that the join with another value
    bound to ?param drops them, on any engine. (A sub-select projecting `("value" AS ?param)`
    gives such rows too, but rdflib 7.6 joins them with the outer VALUES block's other value:
    its lazy join lets the outer binding win; a side's own VALUES it evaluates as bound, and
    yields nothing.)"""
    blanked = without_comments(text, blank=True)
    start, end = len(blanked) - len(blanked.lstrip()), len(blanked.rstrip())
    if start == end or blanked[start] != "{":
        return "is not one group { ... }"
    depth = 0
    for at in range(start, end):
        depth += {"{": 1, "}": -1}.get(blanked[at], 0)
        if depth < 0 or (depth == 0 and at < end - 1):
            return "is not one group { ... }"
    if depth:
        return "is not one group { ... }"
    own = rf"\{{\s*VALUES\s+\?{re.escape(param)}\s*\{{\s*([\"']){re.escape(value)}\1\s*\}}"
    if not re.match(own, without_comments(text)[start:], re.I):
        return (f'does not start with its own value, {{ VALUES ?{param} {{ "{value}" }} ... }} '
                f"(else its rows need not drop when {param} names another value)")
    return None


def page_size_of(path: Path, text: str, head: dict, params: list[Param]) -> int | None:
    """The header's page size; a paged template must end with its ORDER BY and no LIMIT or
    OFFSET of its own (the binder adds them), and take no parameter named limit or offset."""
    paging = head.get("paging")
    if paging is None:
        return None
    size = paging.get("size") if isinstance(paging, dict) else None
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError(f"{path.name}: paging needs a size, a whole number >= 1")
    if any(p.name in PAGING for p in params):
        raise ValueError(f"{path.name}: a paged template cannot declare a parameter named limit or offset")
    code = without_comments(text, blank=True)
    tail = code[code.rindex("}") + 1:]
    if not re.search(r"\bORDER\s+BY\b", tail, re.I) or re.search(r"\b(LIMIT|OFFSET)\b", tail, re.I):
        raise ValueError(f"{path.name}: a paged template ends with ORDER BY and has no LIMIT or OFFSET of its own")
    return size


def page_line_of(path: Path, text: str, head: dict) -> bool:
    """Whether a paged template takes its page inside a sub-select (decision 0030): one
    `#| page` line, standing in a sub-select's group just after that sub-select's ORDER BY,
    which the binder replaces by the page's LIMIT/OFFSET (left a comment for every row). The
    outer query keeps its ORDER BY; the sub-select chooses the page's rows, so its order must
    be the outer order's first keys and tell its rows apart (see the template)."""
    lines = template_lines(text)
    marks = [n for n, line in enumerate(lines) if PAGE_MARK.fullmatch(line)]
    ends = [n for n, line in enumerate(lines) if PAGE_END_MARK.fullmatch(line)]
    if not marks:
        if ends and head.get("paging") is None:
            raise ValueError(f"{path.name}, line {ends[0] + 1}: a `#| page end` line in a template without paging")
        return False
    if head.get("paging") is None:
        raise ValueError(f"{path.name}: a `#| page` line in a template without paging")
    if len(marks) > 1:
        raise ValueError(f"{path.name}, line {marks[1] + 1}: one `#| page` line only")
    if not just_after_a_sub_selects_order(lines[:marks[0]]):
        raise ValueError(f"{path.name}, line {marks[0] + 1}: `#| page` stands in a sub-select, "
                         "just after its ORDER BY (and no LIMIT or OFFSET of its own)")
    return True


def check_page_end_limits(path: Path, text: str, head: dict) -> None:
    """Each `#| page end limit` line (decision 0084) stands in a paged template's sub-select,
    just after its ORDER BY (and no LIMIT or OFFSET of its own), as a `#| page` line does."""
    lines = template_lines(text)
    for number in (n for n, line in enumerate(lines) if PAGE_END_LIMIT_MARK.fullmatch(line)):
        if head.get("paging") is None:
            raise ValueError(f"{path.name}, line {number + 1}: a `#| page end limit` line in a template without paging")
        if not just_after_a_sub_selects_order(lines[:number]):
            raise ValueError(f"{path.name}, line {number + 1}: `#| page end limit` stands in a sub-select, "
                             "just after its ORDER BY (and no LIMIT or OFFSET of its own)")


def just_after_a_sub_selects_order(lines: list[str]) -> bool:
    """Whether what follows `lines` stands in a sub-select's group (two braces deep or more),
    just after that sub-select's ORDER BY, which has no LIMIT or OFFSET of its own."""
    before = without_comments("\n".join(lines), blank=True)
    depth = before.count("{") - before.count("}")
    tail = before[before.rindex("}") + 1:] if "}" in before else ""
    return depth >= 2 and bool(re.fullmatch(r"\s*ORDER\s+BY\b[^{}]*", tail, re.I)) \
        and not re.search(r"\b(LIMIT|OFFSET)\b", tail, re.I)


def by_of(path: Path, text: str, head: dict, params: list[Param]) -> str | None:
    """The header's `paging: {by: article}` (decision 0089): the IRI parameter whose variable is
    the first key of the template's (outer) ORDER BY, so that a page can be read article by
    article. The template promises that its rows for a set of articles are those it gives with
    the parameter bound to that set (the parameter is a join on the rows' variable, nothing
    else); the loader checks the parameter and the order, the tests the promise."""
    paging = head.get("paging")
    by = paging.get("by") if isinstance(paging, dict) else None
    if by is None:
        return None
    param = next((p for p in params if p.name == by), None)
    if param is None or param.type != "iri":
        raise ValueError(f"{path.name}: paging by {by!r} needs an iri parameter of that name")
    if paging.get("chunks") or page_line_of(path, text, head):
        raise ValueError(f"{path.name}: paging by {by!r} reads the whole text per batch: no `#| page` line, no chunks")
    code = without_comments(text, blank=True)
    tail = code[code.rindex("}") + 1:]
    if not re.match(rf"\s*ORDER\s+BY\s+\?{re.escape(by)}\b", tail, re.I):
        raise ValueError(f"{path.name}: paging by {by!r} needs ?{by} as the first key of the ORDER BY")
    return by


def chunks_of(path: Path, head: dict, pages_inside: bool) -> bool:
    """The header's `paging: {chunks: true}` (decision 0079): every row, or a page longer than
    the header's, is read as the paged sub-select's rows, then the rest of them in chunks of
    the header's size. Only a template that takes its page inside a sub-select can be read so."""
    paging = head.get("paging")
    chunks = paging.get("chunks", False) if isinstance(paging, dict) else False
    if not isinstance(chunks, bool):
        raise ValueError(f"{path.name}: paging's chunks is true or false")
    if chunks and not pages_inside:
        raise ValueError(f"{path.name}: paging in chunks needs a `#| page` line (the sub-select that chooses the rows)")
    return chunks


def group_around(text: str, at: int) -> tuple[int, int]:
    """The positions of the braces that open and close the innermost group holding position
    `at` of `text` (braces in comments, strings and IRIs are not the query's own)."""
    code, depth = without_comments(text, blank=True), 0
    opened = next(n for n in range(at - 1, -1, -1)
                  if (depth := depth + {"}": 1, "{": -1}.get(code[n], 0)) < 0)
    depth = 0
    closed = next(n for n in range(at, len(code))
                  if (depth := depth + {"{": 1, "}": -1}.get(code[n], 0)) < 0)
    return opened, closed


def query_form_start(text: str) -> int:
    """Where the query form (the outer SELECT) starts: before it stand the header's comments
    and the prologue (BASE and PREFIX declarations), which a part of the query needs too."""
    return re.search(r"\bSELECT\b", without_comments(text, blank=True), re.I).start()


BY_ARTICLE_FIRST = 8    # articles in a read by article's first batch (decision 0089)
BY_ARTICLE_MOST = 256   # and in its largest


def next_batch(size: int, read: int, rows: int, end: int) -> int:
    """How many articles the next batch of a read by article takes, after `read` articles gave
    `rows` of the `end` rows the page needs: the articles the rows so far say are missing and
    half as many more, when some rows came; else twice the batch before. At least one article,
    at most BY_ARTICLE_MOST. Each query costs its planning (a fifth to a third of a second for
    consistency's text) and each article read past the page's end its own rows (about 0.1 s at
    10k articles): docs/scale.md, session 34."""
    wanted = -(-3 * (end - rows) * read // (2 * rows)) if rows else 2 * size
    return max(1, min(wanted, BY_ARTICLE_MOST))


class Deadline:
    """What is left of one time limit shared by several queries (None: no limit)."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds if seconds and seconds > 0 else None
        self.end = None if self.seconds is None else time.monotonic() + self.seconds

    def left(self) -> float | None:
        if self.end is None:
            return None
        left = self.end - time.monotonic()
        if left <= 0:
            raise QueryTimeout(f"the query took longer than {self.seconds:g} s and was stopped "
                               f"(raise the limit with --timeout or KG_QUERY_TIMEOUT)")
        return left


def without_page_order(text: str) -> str:
    """For every row, the text without the paged sub-select's ORDER BY (from the sub-select's
    closing brace to its `#| page` line, which the loader checked holds that ORDER BY alone):
    the outer query orders the rows, and a second sort of every row cost up to a third more
    (decision 0030). The rows are the same: without a LIMIT or OFFSET the sub-select's order
    chooses nothing."""
    lines = template_lines(text)
    mark = next(n for n, line in enumerate(lines) if PAGE_MARK.fullmatch(line))
    before = "\n".join(lines[:mark])
    cut = without_comments(before, blank=True).rindex("}") + 1
    return "\n".join([before[:cut]] + lines[mark + 1:])


def whole(raw: str, name: str, least: int) -> int:
    """A paging parameter as an int (digits only: no sign, no spaces, no exponent)."""
    text = str(raw)
    if not re.fullmatch(r"[0-9]{1,9}", text) or int(text) < least:
        allowed = f"a whole number >= {least}" + (" or 'all'" if name == "limit" else "")
        raise QueryParameterError(f"parameter {name}={raw!r} is not {allowed}")
    return int(text)


@lru_cache(maxsize=None)
def templates(folder: str | None = None) -> dict[str, Template]:
    directory = Path(folder) if folder else resource_dir("queries")
    return {p.stem: load_template(p) for p in sorted(directory.glob("*.rq"))}


def get_template(name: str) -> Template:
    found = templates()
    if name not in found:
        raise TemplateNotFound(f"no query template {name!r}; `kg query --list` shows the {len(found)} there are")
    return found[name]


def to_term(param: Param, raw: str):
    """One rdflib term of the declared type; malformed input is a QueryParameterError. The
    store binds it as a term (each backend with its own serialiser), never as query text."""
    try:
        if param.type == "iri":
            if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|^`\\]*", raw):
                raise ValueError("not an absolute IRI")
            return URIRef(raw)
        if param.type == "integer":
            return Literal(str(int(raw)), datatype=XSD.integer)
        if param.type == "decimal":
            number = Decimal(raw.replace(",", "."))
            if not number.is_finite():
                raise ValueError("not a finite number")
            if param.name == "tolerance" and number < 0:
                raise ValueError("a tolerance cannot be negative")
            return Literal(str(number), datatype=XSD.decimal)
        if param.type == "date":
            return Literal(dt.date.fromisoformat(raw).isoformat(), datatype=XSD.date)
        if param.type == "year":
            year = int(raw)
            if not 1900 <= year <= 2200:
                raise ValueError("year out of range")
            return Literal(str(year), datatype=XSD.integer)
        if param.type == "boolean":
            if raw.lower() not in ("true", "false"):
                raise ValueError("expected true or false")
            return Literal(raw.lower(), datatype=XSD.boolean)
        return Literal(raw)
    except (ValueError, InvalidOperation) as exc:
        raise QueryParameterError(f"parameter {param.name}={raw!r} is not a valid {param.type} ({exc})") from None
