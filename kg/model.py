"""The facts an article states, as plain data: no regular expressions, no RDF, no lexicon.

(`Article`, what was read, is still defined in kg.extract.read while the reading stage is being
reworked; it moves here next.)

The extractor (kg.extract) fills these in; the graph builder, the JSON records and the
outputs read them. Keeping them here, below both, lets each side change without the other,
and lets a worker process send them back whole (they pickle).
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol


@dataclass
class Evidence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @staticmethod
    def year(year: int) -> "Period":
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @staticmethod
    def months(year: int, first: int, last: int, end_year: int | None = None) -> "Period":
        end_year = end_year or year
        return Period(dt.date(year, first, 1), dt.date(end_year, last, calendar.monthrange(end_year, last)[1]))

    def shifted(self, years: int) -> "Period":
        return Period(_shift(self.start, years), _shift(self.end, years))


def _shift(date: dt.date, years: int) -> dt.date:
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # 29 February
        return date.replace(year=date.year + years, day=28)


def fold(text: str) -> str:
    """Case- and space-insensitive key for looking names up."""
    return " ".join(text.split()).casefold()


@dataclass
class Organization:
    """A body the lexicon knows, with what it knows about it."""
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "agency"
    head: str | None = None
    head_aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    parent: str | None = None
    # a regional office kind: the region levels at which '<parent> <region>' means this kind
    # ('Bea Cukai Riau' is the Kanwil), and whether its names say the region's kind
    # ('Kantor Wilayah ... Bea dan Cukai Riau', not '... Provinsi Riau')
    office_of_parent: list[str] = field(default_factory=list)
    region_kind_in_name: bool = True


@dataclass
class Place:
    """A place the lexicon knows."""
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    iso: str | None = None
    province: str | None = None


class Gazetteer(Protocol):
    """What the graph builder asks about names the facts use (a `kg.extract.lexicon.Lexicon`
    answers it): the facts carry the one they were extracted with."""

    def organization_named(self, name: str) -> Organization | None: ...

    def place(self, alias: str) -> Place | None: ...


@dataclass
class OrgMention:
    start: int
    end: int
    name: str                      # canonical
    kind: str = "agency"
    wikidata: str | None = None
    region: str | None = None
    parent: str | None = None


@dataclass
class Person:
    name: str
    role: str | None = None
    organization: str | None = None
    start: int = 0
    end: int = 0
    aliases: set = field(default_factory=set)

    def short_forms(self) -> set[str]:
        """The forms a later mention may use (kept with the name and aliases they were made
        from: every mention of a name asks it of each person introduced before; don't change
        the set returned)."""
        key = (self.name, frozenset(self.aliases))
        cached = self.__dict__.get("_short_forms")
        if cached is None or cached[0] != key:
            cached = self.__dict__["_short_forms"] = (key, self._make_short_forms())
        return cached[1]

    def _make_short_forms(self) -> set[str]:
        parts = self.name.split()
        forms = {fold(self.name)} | {fold(p) for p in parts if len(p) > 2}  # 'Wisnu' of 'Raden Wisnu Handoko'
        if len(parts) > 2:
            forms.add(fold(" ".join(parts[:2])))
            forms.add(fold(" ".join(parts[1:])))
        return forms | {fold(a) for a in self.aliases}


@dataclass
class Figure:
    type: str                 # 'figure' or 'target'
    what: str
    value: Decimal
    unit: str
    kind: str                 # realization, growth, share, projection, difference (targets: 'target')
    evidence: Evidence
    period: Period | None = None
    agency: str | None = None
    speaker: Person | None = None
    met: bool | None = None
    qualifier: str = "exact"
    measure: str | None = None
    scope: str | None = None
    range_with: "Figure | None" = field(default=None, repr=False)
    restates: "Figure | None" = field(default=None, repr=False)
    value_max: Decimal | None = None  # a range is one fact: its upper bound ('65 hingga 70 miliar'); range_with is that bound
    plausible: bool = True
    compared: bool = False    # the value another figure is compared with ('dibanding ... sebesar X')
    part: "Figure | None" = field(default=None, repr=False)    # of a share: the amount it is the share of ...
    whole: "Figure | None" = field(default=None, repr=False)   # ... and the total it is taken of
    why: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # a short named reason per decision ('period', 'speaker', 'agency', 'kind'), for `kg extract --explain`


@dataclass
class Quote:
    text: str
    speaker: Person | None
    evidence: Evidence
    why: dict[str, str] = field(default_factory=dict, repr=False, compare=False)  # e.g. {'speaker': 'named after the quote'}


@dataclass
class Team:
    name: str
    role: str | None = None            # steering, executing, ...
    chair_title: str | None = None     # 'Menteri Koordinator Bidang Perekonomian'
    chair_organization: str | None = None


@dataclass
class Decree:
    decree_type: str
    number: str
    year: int
    title: str | None
    establishes: str | None
    start: int
    end: int
    text: str
    teams: list[Team] = field(default_factory=list)


@dataclass
class Facts:
    article: Any              # a kg.extract.read.Article
    figures: list[Figure]
    quotes: list[Quote]
    decrees: list[Decree]
    people: list[Person]
    organizations: list[OrgMention]
    # the lexicon the facts were extracted with: the graph builder asks it about the bodies
    # and places the facts name (kind, Wikidata item, parent)
    lexicon: Gazetteer | None = field(default=None, repr=False, compare=False)
