"""The facts an article states, as plain data: no regular expressions, no RDF, no lexicon.

The extractor (kg.extract) fills these in; the graph builder, the JSON records and the
outputs read them. Keeping them here, below both, lets each side change without the other,
and lets a worker process send them back whole (they pickle).
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol


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
        """The same span `years` years away; a span of whole months (from a 1st to a month's last
        day) is of the same months there ('Januari-Februari 2021' a year earlier ends on 29 February
        2020); other spans keep their days (28 February stays the 28th)."""
        whole_months = self.start.day == 1 and _month_end(self.end)
        return Period(_shift(self.start, years), _shift(self.end, years, month_end=whole_months))


def _month_end(date: dt.date) -> bool:
    return date.day == calendar.monthrange(date.year, date.month)[1]


def _shift(date: dt.date, years: int, month_end: bool = False) -> dt.date:
    year = date.year + years
    if month_end:
        return date.replace(year=year, day=calendar.monthrange(year, date.month)[1])
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February
        return date.replace(year=year, day=28)


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
    # a regional office kind always named with its seat after it ('Pelabuhan Perikanan Pantai X')
    seated: bool = False
    # a regional office kind named so only until a year ('Kantor Bank Indonesia X' until 2013), read only in
    # texts published by then; and the provinces where the kind had no such office (the head office's)
    named_until: int | None = None
    no_office_in: list[str] = field(default_factory=list)
    # a regional office that is the government's own apparatus ('Sekretariat Daerah'): it speaks as
    # the government of its region ('Pemerintah Kabupaten X'), not as a body of its own
    of_government: bool = False


@dataclass
class Place:
    """A place the lexicon knows."""
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    iso: str | None = None
    province: str | None = None
    level: str | None = None  # a regency's: kabupaten, kota, or both (places.yaml `kind`)


class Gazetteer(Protocol):
    """What the graph builder asks about names the facts use (a `kg.extract.lexicon.Lexicon`
    answers it): the facts carry the one they were extracted with."""

    def organization_named(self, name: str) -> Organization | None: ...

    def place(self, alias: str, qualified: bool = False) -> Place | None: ...


@dataclass
class OrgMention:
    start: int
    end: int
    name: str                      # canonical
    kind: str = "agency"
    wikidata: str | None = None
    region: str | None = None
    parent: str | None = None
    written_alone: bool = False    # its kind word standing alone ('data dari kementerian'), not its name
    listed_as: str | None = None   # spelt out with words of its own: the listed name its short name would give


@dataclass
class Person:
    name: str
    role: str | None = None
    organization: str | None = None
    start: int = 0
    end: int = 0
    aliases: set = field(default_factory=set)
    # how the body was found when no list names it ('read from the title phrase'): for --explain
    organization_why: str = ""
    # where the text names the person again after introducing them ('Menteri X' ... 'X
    # menekankan'): a pronoun after a later mention refers to them, not to someone introduced
    # in between (a caption's bystander)
    mentions: list = field(default_factory=list)

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
        # a title it was introduced with, alone or before the name ('Kepala Bapenda Gumas Edison' written again whole)
        return forms | {fold(a) for a in self.aliases} | {fold(f"{a} {self.name}") for a in self.aliases}


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
    # the same amount as told a second time right after it, rounded or precise ('Rp 3.999.548.000 atau
    # Rp 4 miliar'): a later telling of either value is this fact
    told_as: Decimal | None = field(default=None, repr=False)
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


class OffsetMap(Protocol):
    """Maps offsets into a repaired body back into the original text (kg.extract.repair)."""

    def span(self, start: int, end: int) -> tuple[int, int]: ...


@dataclass
class Article:
    """What was read: the original text, the body the extractor reads (repaired, its offsets
    mapped back by `offsets`), and what the page says about itself."""
    text: str
    body: str
    source: str
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    author: str | None = None
    url: str | None = None
    dateline_place: str | None = None
    metadata: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)     # e.g. a date that could not be read
    offsets: "OffsetMap | None" = field(default=None, repr=False)  # body -> text, None when equal

    @property
    def id(self) -> str:
        """Stable identifier: the same text always gives the same article IRI, whatever its line
        endings and trailing whitespace (see `normalised_for_id`). Computed once per text: the
        graph builder asks for it for every fact node (about 12 times an article), and each time
        cost a normalisation and a hash of the whole text; kept beside the text it was computed
        from, and computed again if `text` is replaced."""
        kept = self.__dict__.get("_id_of_text")
        if kept is not None and kept[0] is self.text:
            return kept[1]
        made = hashlib.sha256(normalised_for_id(self.text).encode("utf-8")).hexdigest()[:16]
        self.__dict__["_id_of_text"] = (self.text, made)
        return made

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets into the body as offsets into the text."""
        return (start, end) if self.offsets is None else self.offsets.span(start, end)


def normalised_for_id(text: str) -> str:
    """The text with LF line endings, no trailing whitespace on any line, no blank lines at the
    start and one line end at the end: copies of one article that differ only there are the same
    article (and a text already in this form keeps the id it always had)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n") + "\n"


@dataclass
class Facts:
    article: Article
    figures: list[Figure]
    quotes: list[Quote]
    decrees: list[Decree]
    people: list[Person]
    organizations: list[OrgMention]
    # the lexicon the facts were extracted with: the graph builder asks it about the bodies
    # and places the facts name (kind, Wikidata item, parent)
    lexicon: Gazetteer | None = field(default=None, repr=False, compare=False)
