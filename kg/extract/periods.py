"""Periods the figures refer to: years, month ranges, partial years, quarters and semesters,
multi-year spans and relative periods ('tahun lalu', 'periode yang sama tahun sebelumnya').

A mention is found with its offsets; relative mentions are resolved later against the period
of the figure they are compared with, or the publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon, fold, words_pattern
from kg.model import Period

__all__ = ["Period", "PeriodMention", "PeriodGrammar", "find_periods"]

DAY_IN_BRACKETS = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)")
YEAR = r"(?:19[5-9]\d|20\d\d)"
LAST_PART = -1  # an ordinal meaning 'the last part of the year' ('semester akhir')


@dataclass
class PeriodMention:
    start: int
    end: int
    period: Period | None = None
    relative: str | None = None       # 'offset' (years from a reference) or 'same_period_previous_year'
    year_missing: tuple | None = None  # (kind, first, last) when the text gives no year
    this_year: bool = False            # '... tahun ini': the year of publication, whatever came before
    offset: int = 0
    anchored: bool = False            # 'tahun sebelumnya' counts from the compared period, 'tahun lalu' from publication

    def resolve(self, anchor: Period | None, published: dt.date | None) -> Period | None:
        if self.period:
            return self.period
        reference_year = anchor.end.year if anchor and not self.this_year else (published.year if published else None)
        if self.year_missing and reference_year:
            kind, first, last = self.year_missing
            return Period.months(reference_year, first, last)
        if self.relative == "same_period_previous_year":
            return anchor.shifted(-1) if anchor else (Period.year(published.year - 1) if published else None)
        if self.relative == "same_as_before":
            return anchor
        if self.relative == "offset":
            base = anchor.end.year if anchor and self.anchored else (published.year if published else None)
            return Period.year(base + self.offset) if base else None
        return None


class PeriodGrammar:
    """The period patterns of a lexicon, built once per lexicon (`lex.compiled(PeriodGrammar)`)."""

    def __init__(self, lex: Lexicon):
        self.months = {fold(k): int(v) for k, v in lex.mapping("months").items()}
        month = r"\b" + words_pattern(self.months)
        parts = {fold(k): int(v) for k, v in (lex.mapping("quarters") or {"kuartal": 3, "triwulan": 3, "semester": 6}).items()}
        self.parts = parts
        part = words_pattern(parts)
        # the n-th part: 'kuartal III', 'semester kedua', 'triwulan 2'
        self.part_numbers = {fold(str(k)): int(v) for k, v in {**lex.mapping("roman_numerals"), **lex.mapping("ordinals")}.items()}
        self.part_numbers.update({str(n): n for n in range(1, 5)})
        part_number = words_pattern(self.part_numbers)
        # 'tiga bulan pertama': the spelled-out counts, whole ones only ('setengah' is not a count of months)
        self.number_words = {fold(str(k)): v for k, v in lex.mapping("number_words").items() if isinstance(v, int)}
        to = r"\s*(?:-|–|—|s\.?/?d\.?|sampai(?:\s+dengan)?|hingga|sd)\s*"
        self.patterns = [
            ("month_range_years", re.compile(rf"(?P<m1>{month})\s+(?P<y1>{YEAR}){to}(?P<m2>{month})\s+(?P<y2>{YEAR})", re.I)),
            ("until_date", re.compile(rf"(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|per)\s+(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<m2>{month})\s+(?P<y>{YEAR})", re.I)),
            ("date", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m1>{month})\s+(?P<y>{YEAR})", re.I)),
            ("month_range", re.compile(rf"(?P<m1>{month}){to}(?P<m2>{month})(?:\s+(?:tahun\s+)?(?P<y>{YEAR}))?", re.I)),
            ("partial_year", re.compile(rf"(?P<y>{YEAR})\s*\(\s*(?:sampai|hingga|s\.?d\.?|per)\s+(?P<m2>{month})\s*\)", re.I)),
            ("until_month", re.compile(rf"(?:sampai|hingga|s\.?d\.?)\s+(?:akhir\s+)?(?:bulan\s+)?(?P<m2>{month})(?:\s+(?P<y>{YEAR}))?", re.I)),
            ("part", re.compile(rf"(?P<part>{part})\s*(?:ke-?)?\s*(?P<n>{part_number})(?:\s*[-/]?\s*(?:tahun\s+)?(?P<y>{YEAR}))?", re.I)),
            ("year_span", re.compile(rf"(?P<y1>{YEAR})\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?)\s*(?P<y2>{YEAR})", re.I)),
            ("month_year", re.compile(rf"(?P<m1>{month})\s+(?P<y>{YEAR})", re.I)),
            ("year_end", re.compile(rf"(?:sampai|hingga)\s+akhir\s+tahun(?:\s+(?P<y>{YEAR})|\s+ini)?", re.I)),
            ("first_months", re.compile(rf"(?P<n>\d{{1,2}}|{words_pattern(self.number_words)})\s+bulan\s+pertama(?:\s+(?:tahun\s+)?(?P<y>{YEAR})|\s+tahun\s+ini)?", re.I)),
            ("bare_month", re.compile(rf"(?:pada|bulan|selama|sepanjang|di)\s+(?:bulan\s+)?(?P<m1>{month})(?!\s*(?:-|–|hingga|sampai|\d))", re.I)),
            ("same_part_last_year", re.compile(r"\b(?:periode|triwulan|kuartal|semester|bulan)\s+(?:yang\s+)?sama\s+"
                                               r"(?:pada\s+)?tahun\s+(?:lalu|sebelumnya|kemarin)\b", re.I)),
            ("year", re.compile(rf"(?<![\d/.,])(?P<y>{YEAR})(?![\d/])", re.I)),
        ]
        self.same_as_before = re.compile(r"\b(?:pada\s+|di\s+|selama\s+)?(?:bulan|periode|tahun|kuartal|triwulan|semester)\s+(?:tersebut|itu|yang\s+sama)\b", re.I)
        relative = {fold(k): v for k, v in lex.mapping("relative_periods").items()}
        self.relative = relative
        self.relative_re = re.compile(r"\b(?P<rel>" + words_pattern(relative) + r")", re.I) if relative else None
        self.month_words = set(self.months)
        self.part_words = set(parts)
        self.decree_year = re.compile(rf"(?:Nomor|No\.?)\s*\d+[\w/.-]*\s+Tahun\s+{YEAR}", re.I)


    def may_match(self, kind: str, words: set, has_year: bool) -> bool:
        """Skip a pattern whose key words are absent (regular expressions with many
        alternatives are slow; most sentences name no month or quarter)."""
        if kind in ("month_range_years", "until_date", "date", "month_range", "partial_year", "until_month",
                    "month_year", "bare_month"):
            return bool(words & self.month_words)
        if kind == "part":
            return bool(words & self.part_words)
        if kind in ("year_span", "year"):
            return has_year
        if kind == "first_months":
            return "pertama" in words
        if kind == "year_end":
            return "akhir" in words
        if kind == "same_part_last_year":
            return "sama" in words
        return True


def find_periods(lex: Lexicon, text: str, start: int, end: int) -> list[PeriodMention]:
    """Period mentions in text[start:end], longest first where they overlap."""
    g = lex.compiled(PeriodGrammar)
    taken = [(m.start(), m.end()) for m in g.decree_year.finditer(text, start, end)]
    taken += [(m.start(), m.end()) for m in DAY_IN_BRACKETS.finditer(text, start, end)]
    found: list[PeriodMention] = []
    words = set(re.findall(r"[a-z]+", text[start:end].casefold()))
    has_year = bool(re.search(YEAR, text[start:end]))
    for kind, pattern in g.patterns:
        if not g.may_match(kind, words, has_year):
            continue
        for match in pattern.finditer(text, start, end):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            mention = mention_of(kind, match, g)
            if mention:
                taken.append((match.start(), match.end()))
                if mention.period or mention.year_missing or mention.relative:
                    found.append(mention)
    if g.relative_re:
        for match in g.relative_re.finditer(text, start, end):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            phrase = fold(match.group("rel"))
            value = g.relative[phrase]
            if isinstance(value, int):
                mention = PeriodMention(match.start(), match.end(), relative="offset", offset=value,
                                        anchored="sebelum" in phrase or "berikut" in phrase)
            elif value == "same_period_previous_year":
                mention = PeriodMention(match.start(), match.end(), relative=value)
            else:
                continue  # yoy, mom, ytd qualify a figure; they are not periods
            found.append(mention)
            taken.append((match.start(), match.end()))
    for match in g.same_as_before.finditer(text, start, end):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            found.append(PeriodMention(match.start(), match.end(), relative="same_as_before"))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def mention_of(kind: str, match, g: PeriodGrammar) -> PeriodMention | None:
    get = match.groupdict()
    month = lambda key: g.months[fold(get[key])]  # noqa: E731
    year = int(get["y"]) if get.get("y") else None
    if kind == "same_part_last_year":
        return PeriodMention(match.start(), match.end(), relative="same_period_previous_year")
    if kind == "until_date":
        try:
            return PeriodMention(match.start(), match.end(),
                                 period=Period(dt.date(year, 1, 1), dt.date(year, month("m2"), int(get["d"]))))
        except ValueError:
            return None
    if kind == "date":
        return PeriodMention(match.start(), match.end())  # a day is when something was said, not a period
    if kind == "bare_month":
        return PeriodMention(match.start(), match.end(), year_missing=(kind, month("m1"), month("m1")))
    if kind == "month_range_years":
        period = Period.months(int(get["y1"]), month("m1"), month("m2"), int(get["y2"]))
    elif kind == "month_range":
        if month("m1") > month("m2"):
            return None
        if year is None:
            return PeriodMention(match.start(), match.end(), year_missing=(kind, month("m1"), month("m2")))
        period = Period.months(year, month("m1"), month("m2"))
    elif kind in ("partial_year", "until_month"):
        if year is None:
            return PeriodMention(match.start(), match.end(), year_missing=(kind, 1, month("m2")))
        period = Period.months(year, 1, month("m2"))
    elif kind == "part":
        size = g.parts[fold(get["part"])]
        n = g.part_numbers[fold(get["n"])]
        n = 12 // size if n == LAST_PART else n
        if n * size > 12:
            return None
        first, last = (n - 1) * size + 1, n * size
        if year is None:
            return PeriodMention(match.start(), match.end(), year_missing=(kind, first, last))
        period = Period.months(year, first, last)
    elif kind == "year_span":
        y1, y2 = int(get["y1"]), int(get["y2"])
        if y2 <= y1:
            return None
        period = Period(dt.date(y1, 1, 1), dt.date(y2, 12, 31))
    elif kind == "year_end":
        if year is None:
            return PeriodMention(match.start(), match.end(), year_missing=(kind, 1, 12))
        period = Period.year(year)
    elif kind == "first_months":
        count = int(get["n"]) if get["n"].isdigit() else g.number_words[fold(get["n"])]
        if not 1 <= count <= 12:
            return None
        if year is None:
            return PeriodMention(match.start(), match.end(), year_missing=(kind, 1, count),
                                 this_year=match.group().casefold().endswith("ini"))
        period = Period.months(year, 1, count)
    elif kind == "month_year":
        period = Period.months(year, month("m1"), month("m1"))
    else:
        period = Period.year(year)
    return PeriodMention(match.start(), match.end(), period=period)
