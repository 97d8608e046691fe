"""Periods the figures refer to: years, month ranges, partial years, quarters and semesters,
multi-year spans and relative periods ('tahun lalu', 'periode yang sama tahun sebelumnya').

A mention is found with its offsets; relative mentions are resolved later against the period
of the figure they are compared with, or the publication date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon, fold, words_pattern
from kg.extract.text import CLAUSE_OR_SENTENCE_STOP, SENTENCE_STOP
from kg.model import Period

__all__ = ["Period", "PeriodMention", "PeriodGrammar", "find_periods"]

DAY_IN_BRACKETS = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)")
YEAR = r"(?:19[5-9]\d|20\d\d)"
# 'tahun sebelumnya', 'tahun berikutnya', 'setahun kemudian': counted from the period compared
# with, not from publication
ANCHORED_WORDS = ("sebelum", "berikut", "kemudian", "setelah")
LAST_PART = -1  # an ordinal meaning 'the last part of the year' ('semester akhir')
MONTH_RANGE = "month_range"  # the kind of a span of named months ('Januari-Maret'), also of 'antara Mei dan Agustus'
MONTHS_JOINED = "months_joined"  # two months in a row joined by 'dan' ('Januari dan Februari'): the span of both


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
    vague: bool = False               # 'awal 2020', 'pertengahan tahun': a time, but no bounds to give
    year: int | None = None           # 'periode yang sama tahun 2019': the anchor's months in that year
    so_far: int | None = None         # 'sepanjang 2018 ini': that year up to the publication date
    one_month: bool = False           # 'pada bulan tersebut': one month, the last of a span named before
    until_early: tuple[int, int] | None = None  # 'hingga awal Maret 2021': (year, month); see `resolve`
    months_so_far: int | None = None  # 'selama tujuh bulan ini': that many months of this year so far; see `resolve`
    counted: bool = False             # 'dalam tujuh bulan' (no 'ini'): a duration unless it counts the year so far
    part_months: int | None = None    # 'semester yang sama', 'triwulan tersebut': the size of the part it names
    day: int | None = None            # 'per 30 Juni' without a year: the day the months of `year_missing` end on
    week: int | None = None           # 'pekan ketiga Oktober': that week of the month (-1 the last); see `week_of`
    since_event: bool = False         # 'sejak gudang itu dibuka': counted from an event with no date (vague)

    def resolve(self, anchor: Period | None, published: dt.date | None) -> Period | None:
        """The calendar bounds, relative mentions against `anchor` (the reporting frame) or
        the publication date; None when the text does not allow it (never a guessed year)."""
        if self.relative == "previous_week":
            return last_week(published)
        if self.week and self.year_missing and not self.relative and anchor is None and published is not None:
            return recent_week(self.year_missing[1], self.week, published)  # no year named: the publication's
        period = self.resolve_months(anchor, published)
        return week_of(period, self.week) if self.week else period

    def resolve_months(self, anchor: Period | None, published: dt.date | None) -> Period | None:
        """`resolve` before a week narrows it: the months, the year or the span a mention names."""
        if self.vague:
            return None
        if self.so_far:
            return year_so_far(self.so_far, published)
        if self.months_so_far:
            return counted_months_so_far(self.months_so_far, anchor, published)
        if self.until_early:
            # 'hingga awal Maret 2021' published on 5 March 2021: January to the day of publication;
            # said of another month, that month (as 'Juni 2022' alone)
            year, month = self.until_early
            if published is not None and (published.year, published.month) == (year, month):
                return Period(dt.date(year, 1, 1), published)
            return Period.months(year, month, month)
        if self.period:
            return self.period
        if self.relative == "month_offset":
            return self.months_offset(anchor, published)
        if self.relative == "last_named_month" and published:
            # ('sampai akhir Maret lalu': January to that month of the year it falls in)
            _, first, last = self.year_missing
            return Period.months(last_named_month(last, published).end.year, first, last)
        reference_year = anchor.end.year if anchor and not self.this_year else (published.year if published else None)
        if self.year_missing and reference_year:
            kind, first, last = self.year_missing
            period = self.ending_on_day(Period.months(reference_year, first, last))
            if kind == "until_date" and anchor is None and published is not None and period is not None \
                    and period.end > published:
                # ('Hingga Senin (30/12), ...' in a report of 2 January: a day not yet come ends no span
                # reported on; it is the last such day before publication)
                return self.ending_on_day(Period.months(reference_year - 1, first, last))
            return period
        if self.relative == "same_period_previous_year":
            return anchor.shifted(-1) if anchor else (Period.year(published.year - 1) if published else None)
        if self.relative == "same_period_in_year":
            return anchor.shifted(self.year - anchor.end.year) if anchor and anchor.start.year == anchor.end.year \
                else Period.year(self.year)
        if self.relative == "previous_month":
            return previous_month(anchor)
        if self.relative == "month_before_publication":
            return self.month_before_publication(anchor, published)
        if self.relative == "previous_part":
            return previous_part(anchor)
        if self.relative in ("this_part", "last_part"):
            return this_part(self.part_months, published, back=self.relative == "last_part")
        if self.relative == "year_to_date":
            return Period(dt.date(anchor.end.year, 1, 1), anchor.end) if anchor else None
        if self.relative == "this_year_so_far":
            return this_year_so_far(anchor, published)
        if self.relative == "same_as_before":
            return last_month(anchor) if self.one_month else part_around(anchor, self.part_months, published)
        if self.relative == "offset":
            base = anchor.end.year if anchor and self.anchored else (published.year if published else None)
            return Period.year(base + self.offset) if base else None
        return None

    def ending_on_day(self, period: Period) -> Period | None:
        """The months read for a mention that names its last day ('hingga 10 Juli'), ending that day;
        None for a day the month of that year does not have ('per 29 Februari' in 2023)."""
        if self.day is None:
            return period
        try:
            return Period(period.start, period.end.replace(day=self.day))
        except ValueError:
            return None

    def month_before_publication(self, anchor: Period | None, published: dt.date | None) -> Period | None:
        """'ekspor bulan lalu mencapai ...' in a page of 4 March is February, unless the text
        reports on an older single month (its frame January): then the mention is what 'bulan
        sebelumnya' is, the month before the frame's, and keeps that month from this reading on
        (it is compared with and never becomes the frame; a second reading of the sentence against
        the month it gave would otherwise step back once more)."""
        if published is None:
            return None
        last = previous_month(Period.months(published.year, published.month, published.month))
        if anchor is not None and previous_month(anchor) is not None and anchor != last:
            self.relative, self.period = "previous_month", previous_month(anchor)
            return self.period
        return last

    def months_offset(self, anchor: Period | None, published: dt.date | None) -> Period | None:
        """'Maret tahun sebelumnya' (a year before the frame), 'Januari-Mei tahun ini' (the
        year of publication): None in undated text."""
        base = anchor.end.year if self.anchored and anchor else (published.year if published else None)
        if base is None:
            return None
        _, first, last = self.year_missing
        return Period.months(base + self.offset, first, last)

    @property
    def relative_to_frame(self) -> bool:
        """Said against the frame ('periode yang sama tahun lalu', 'bulan sebelumnya'): such a
        mention is a comparison period and never becomes the frame itself."""
        return self.relative in ("same_period_previous_year", "same_period_in_year", "previous_month", "previous_part",
                                 "same_as_before", "year_to_date", "this_year_so_far") or self.anchored


def week_of(period: Period | None, week: int) -> Period | None:
    """The `week`-th week of a month ('pekan kedua Mei': the 8th to the 14th; -1, 'pekan terakhir', its
    last seven days); a period that is no whole month (already the week, or a span) is left as it is."""
    if period is None or period != Period.months(period.start.year, period.start.month, period.start.month) \
            or period.end.month != period.start.month:
        return period
    if week == -1:
        return Period(period.end - dt.timedelta(days=6), period.end)
    first = period.start + dt.timedelta(days=7 * (week - 1))
    if first > period.end:
        return None
    return Period(first, min(first + dt.timedelta(days=6), period.end))


def recent_week(month: int, week: int, published: dt.date, ahead: bool = False) -> Period | None:
    """'pekan kedua Juni' (no year, none named in the text) in a page of 20 July 2024: that week of the publication
    year when it has begun by then, else of the year before (a week is told of the recent past). A week of the
    publication month, or one planned or projected (`ahead`), is of the publication year."""
    this = week_of(Period.months(published.year, month, month), week)
    if this is not None and (this.start <= published or ahead or month == published.month):
        return this
    return week_of(Period.months(published.year - 1, month, month), week)


def last_week(published: dt.date | None) -> Period | None:
    """'pekan lalu' in a page of Friday 14 March: Monday 3 to Sunday 9 March, the week before the
    publication date's; undated text gives no week."""
    if published is None:
        return None
    monday = published - dt.timedelta(days=published.weekday() + 7)
    return Period(monday, monday + dt.timedelta(days=6))


def last_named_month(month: int, published: dt.date) -> Period:
    """'September lalu' written in November 2018 is September 2018; written in March 2019, it is
    September 2018 (the month of publication itself counts as this year's)."""
    year = published.year if month <= published.month else published.year - 1
    return Period.months(year, month, month)


def previous_month(anchor: Period | None) -> Period | None:
    """The month before a one-month frame ('dibanding bulan sebelumnya' in a report on
    September is August); unknown when the frame is not one month."""
    if anchor is None or (anchor.start.year, anchor.start.month) != (anchor.end.year, anchor.end.month):
        return None
    year, month = (anchor.start.year, anchor.start.month - 1) if anchor.start.month > 1 else (anchor.start.year - 1, 12)
    return Period.months(year, month, month)


def previous_part(anchor: Period | None) -> Period | None:
    """The quarter or half year before a frame that is one ('dibandingkan triwulan sebelumnya'
    in a report on the third quarter is the second); unknown when the frame is no quarter or
    half of a calendar year (a month, a year to date)."""
    if anchor is None or anchor.start.year != anchor.end.year or anchor.start.day != 1:
        return None
    months = anchor.end.month - anchor.start.month + 1
    if months not in (3, 6) or (anchor.start.month - 1) % months or anchor != Period.months(anchor.start.year, anchor.start.month, anchor.end.month):
        return None
    if anchor.start.month > months:
        return Period.months(anchor.start.year, anchor.start.month - months, anchor.start.month - 1)
    return Period.months(anchor.start.year - 1, 13 - months, 12)


def this_part(size: int | None, published: dt.date | None, back: bool = False) -> Period | None:
    """'semester ini' in a page of 20 October 2025: July-December 2025, the part of that size holding the
    publication date; in its first month, when nothing of it can be reported yet, the part just ended
    ('semester ini' on 17 July 2025: January-June). `back` ('triwulan lalu'): the part before the one
    holding the publication date. Undated text: None (decision 0043)."""
    if published is None or not size:
        return None
    first = (published.month - 1) // size * size + 1
    if back or published.month == first:
        first -= size
    year = published.year
    if first < 1:
        first, year = first + 12, year - 1
    return Period.months(year, first, first + size - 1)


def part_around(anchor: Period | None, size: int | None, published: dt.date | None = None) -> Period | None:
    """'pada triwulan yang sama' while the frame is May 2024 (a month said last): the quarter that
    holds it, April-June 2024; a frame that is no shorter than the part, or not inside one such part,
    or a part not over at publication (no data of it yet), is the period meant as it is."""
    if anchor is None or not size or anchor.start.year != anchor.end.year or anchor.start.day != 1:
        return anchor
    first = (anchor.start.month - 1) // size * size + 1
    part = Period.months(anchor.start.year, first, first + size - 1)
    if anchor.end > part.end or anchor.end.month - anchor.start.month + 1 >= size \
            or published is not None and part.end >= published:
        return anchor
    return part


def last_month(anchor: Period | None) -> Period | None:
    """'hingga Agustus 2022 ... pada bulan tersebut': the month that ends the span."""
    if anchor is None:
        return None
    return Period.months(anchor.end.year, anchor.end.month, anchor.end.month)


def this_year_so_far(anchor: Period | None, published: dt.date | None) -> Period | None:
    """'sepanjang tahun ini' in a report on August 2023: January to August 2023, the frame's
    year (undated text too: the year a report is on is its 'this year'); with a publication date
    in another year than the frame's, that year up to the last full month before publication."""
    if anchor is not None and (published is None or anchor.end.year == published.year):
        return Period(dt.date(anchor.end.year, 1, 1), anchor.end)
    return year_so_far(published.year, published) if published else None


def counted_months_so_far(count: int, anchor: Period | None, published: dt.date | None) -> Period | None:
    """'selama tujuh bulan ini' published in August 2024: January to July 2024, the
    months of the year so far, when they are that many (the month of publication itself counted or
    not), or when the frame, of one year (the publication year in dated text), ends with the last of
    them (data a month or two behind: 'Januari-Juli 2024 ... tujuh bulan ini' published in
    October). Any other count is the last months before now, whose bounds the text does not give: None."""
    if published is not None and count in (published.month - 1, published.month):
        return Period.months(published.year, 1, count)
    if anchor is not None and anchor.start.year == anchor.end.year and anchor.end.month == count \
            and (published is None or anchor.end.year == published.year and anchor.end < published):
        return Period.months(anchor.end.year, 1, count)
    return None


def year_so_far(year: int, published: dt.date | None) -> Period:
    """'sepanjang 2018 ini' written in May 2018: January to the last full month before
    publication (the data a report can hold); the whole year when the date is not that year."""
    if published is None or published.year != year or published.month == 1:
        return Period.year(year)
    return Period.months(year, 1, published.month - 1)


class PeriodGrammar:
    """The period patterns of a lexicon, built once per lexicon (`lex.compiled(PeriodGrammar)`)."""

    def __init__(self, lex: Lexicon):
        self.months = {fold(k): int(v) for k, v in lex.mapping("months").items()}
        # a month name glued to the word before it by a lost space ('Januari hinggaNovember 2021')
        # starts where a lower-case letter meets a capital
        month = r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))" + words_pattern(self.months)
        parts = {fold(k): int(v) for k, v in (lex.mapping("quarters") or {"kuartal": 3, "triwulan": 3, "semester": 6}).items()}
        self.parts = parts
        # the last day of the first half of a month ('periode pertama April': 1-14 April): lexicon half_month_last_day
        self.half_month_ends = int(lex.words.get("half_month_last_day") or 14)
        # 'Maret dan April 2024 masing-masing sebesar ...': a value for each month, not one for both
        self.each_month = re.compile(r"[^.\n]{0,40}?\b" + words_pattern(lex.list("each_month_words")), re.I)
        part = words_pattern(parts)
        part_word = words_pattern(parts, suffix="")  # (its end is checked where it is used: 'Q3' has no word boundary)
        # a part word starts a word, or follows a preposition written glued to it ('ditriwulan II'): lexicon
        # period_glued_prepositions
        glued = [fold(w) for w in lex.list("period_glued_prepositions")]
        glued_before = "(?:(?<![^\\W\\d])" + "".join(rf"|(?<=\b{re.escape(w)})" for w in glued) + ")"
        # a bare abbreviated part ('Q2', 'TW 3', lexicon part_abbreviations) is a part of the year only with its year
        # after it or a period preposition before it ('pada Q2', 'selama TW III'; lexicon part_abbreviation_openers)
        self.part_abbreviations = {fold(w) for w in lex.list("part_abbreviations")}
        self.part_opener_before = re.compile(rf"\b{words_pattern(lex.list('part_abbreviation_openers'))}\s*$", re.I)
        self.glued_part_words = {w + p for w in glued for p in parts} | {w + p.split()[0] for w in glued for p in parts}
        # the n-th part: 'kuartal III', 'semester kedua', 'triwulan 2'
        self.part_numbers = {fold(str(k)): int(v) for k, v in {**lex.mapping("roman_numerals"), **lex.mapping("ordinals")}.items()}
        self.part_numbers.update({str(n): n for n in range(1, 5)})
        part_number = words_pattern(self.part_numbers)
        # 'tiga bulan pertama': the spelled-out counts, whole ones only ('setengah' is not a count of months)
        self.number_words = {fold(str(k)): v for k, v in lex.mapping("number_words").items() if isinstance(v, int)}
        # 'bertenor 8 bulan ini': a duration, not the months of the year so far (lexicon duration_nouns)
        self.duration_before = re.compile(rf"\b{words_pattern(lex.list('duration_nouns'))}\s*$", re.I)
        # 'mulai beroperasi pada Desember 2024', 'terhitung sejak kontrak diteken pada Oktober 2024': a start
        # with its own date, which months counted near it run from (lexicon start_point_words, since_words)
        self.own_start = re.compile(rf"\b{words_pattern(lex.list('start_point_words') + lex.list('since_words'))}"
                                    rf"(?:\s+[^\W\d]+){{0,5}}?\s+(?:{month}\s+)?{YEAR}", re.I)
        # "keenam", "kedua belas": ordinals of the month numbers ("bulan pertama" is left to
        # "tiga bulan pertama", the first months)
        self.month_ordinals = {"ke" + w: n for w, n in self.number_words.items() if 1 <= n <= 12}
        # 'sejak 12 tahun lalu', 'semenjak tiga tahun lalu', 'tujuh belas tahun lalu': a count right before
        # 'tahun lalu' counts years back (not last year)
        counts = [w for w, n in self.number_words.items() if n >= 2] + [fold(str(w)) for w in lex.mapping("number_word_multipliers")] \
            + [fold(str(w)) for w in lex.list("number_word_teens")]
        self.count_before = re.compile(rf"(?:\d|\b{words_pattern(counts)})\s*$", re.I)
        # ('tanggal 15 bulan itu', 'pekan ke-2 bulan itu': a day or an ordinal, no count of months)
        self.label_count_before = re.compile(rf"\b{words_pattern(lex.list('number_label_words'))}\s*(?:-\s*)?"
                                             rf"(?:\d+|{words_pattern(counts)})\s*$", re.I)
        # ('selisih harga antara Februari dan April': the months of a difference, lexicon difference_words)
        self.difference_before = re.compile(rf"\b{words_pattern(lex.list('difference_words'))}\s+(?:[^\W\d]+\s+){{0,3}}$", re.I)
        spelled_part = words_pattern([w for w, n in self.number_words.items() if 1 <= n <= 4])
        counted_part = words_pattern([w for w, n in self.number_words.items() if 2 <= n <= 4])
        # what a spelled number after a part word may count instead ('kuartal dua kali berturut-turut',
        # 'semester dua tahun terakhir'; 'semester dua tahun 2021' is the second half of 2021)
        count_nouns = "(?:" + words_pattern([w for w in lex.list("duration_words") if fold(w) != "tahun"] + lex.list("times_words")) \
            + r"|tahun\s+(?:terakhir|berturut))"
        to = r"\s*(?:-|–|—|s\.?/?d\.?|sampai(?:\s+dengan)?|hingga|sd)\s*"
        rel_year = r"tahun\s+(?P<rel>ini|lalu|sebelumnya|kemarin|berjalan)\b"
        vague = words_pattern(lex.list("vague_period_words"))
        early = words_pattern(lex.list("early_in_month_words"))
        # ('dari Rp X pada akhir Mei hingga awal Juni 2024 menjadi Rp Y': a month right before 'hingga'
        # starts a change from one time to another; 'hingga awal Juni' is then the time of the new value)
        self.month_before_until = re.compile(rf"{month}(?:\s+(?:tahun\s+)?{YEAR})?\s*$", re.I)
        whole_year = words_pattern(lex.list("whole_year_phrases"))
        # 'hingga Agustus ini', 'sampai akhir Mei tahun lalu': January to that month of that year
        # 'sampai dengan', 'hingga' (lexicon until_words), 's.d.', 's/d', a lowercase 'sd' (not 'SD', a school, nor
        # the end of 'bus/d'): up to; one spelling for every pattern below
        until_word = rf"(?:{words_pattern(lex.list('until_words'))}|{UNTIL_ABBREVIATION})"
        # 'data terakhir per 30 September 2018', 'data terakhir yaitu 30 September': the day the figures stand at
        as_of_data = words_pattern(lex.list("as_of_data_phrases"))
        weekday = words_pattern(lex.mapping("days"))
        self.weekday_words = {fold(w) for w in lex.mapping("days")}
        # what starts a span before its 'until' day ('mulai Senin (8/7) sampai ...', '1 Juli 2024 hingga ...',
        # 'sejak awal Juni hingga ...', 'sepekan terakhir hingga ...'): the span is not January to that day
        self.span_start_before = re.compile(rf"(?:\d\s*\)?|\b(?:{words_pattern(lex.list('since_words') + lex.list('span_start_words'))})\b[^.;!?]*)\s*$", re.I)
        # ('hingga akhir', 'hingga penghujung': lexicon month_end_words between the 'until' word and what it ends)
        end_word = rf"(?:{words_pattern(lex.list('month_end_words'), suffix='')})"
        until = rf"(?:(?P<until>{until_word})\s+(?:{end_word}\s+)?(?:bulan\s+)?)?"
        # 'hingga triwulan II 2023', 'per kuartal III': January to the end of that part (the
        # year so far), as 'hingga Agustus 2023' is January to August
        until_part = rf"(?:(?P<until>{until_word}|per)\s+(?:{end_word}\s+)?)?"
        # the currency signs written before an amount, as written ('US$', 'Rp'): case matters here
        currency_signs = words_pattern([t for cur in lex.words.get("currencies", []) or [] for t in cur.get("before", []) or []], suffix="")
        # 'kuartal satu dan dua 2023', 'semester I dan semester II 2022': the year said after the second
        # part is the first's too
        self.part_joined_year = re.compile(rf"\s+(?:dan|serta)\s+(?:{part}\s*)?(?:ke-?\s*)?(?:{spelled_part}|{part_number})\b"
                                           rf"\s+(?:tahun\s+)?(?P<y>{YEAR})\b", re.I)
        self.part_before_second = re.compile(rf"\b(?P<part>{part})\s*(?:ke-?\s*)?(?:{spelled_part}|{part_number})\s+(?:dan|serta)\s+$", re.I)
        week = words_pattern(lex.list("week_words"))
        self.week_words = {fold(w) for w in lex.list("week_words")}
        self.week_words |= {"se" + w for w in self.week_words}
        last_week_words = words_pattern(lex.list("last_week_words"))
        rolling = words_pattern(lex.list("rolling_week_words"))
        edge = words_pattern(lex.list("week_edge_words"))  # 'akhir pekan lalu': a time near a week's end, no bounds
        # the n-th week by a word or roman numeral ('pekan kedua', 'minggu IV'); by a digit only after 'ke-'
        # ('minggu ke-2'): 'Minggu 2 November' is a Sunday, not a week
        self.week_numbers = {k: v for k, v in self.part_numbers.items() if not k.isdigit()}
        self.week_numbers.update({fold(str(k)): int(v) for k, v in lex.mapping("week_ordinals").items()})
        self.week_numbers.update({str(v): v for v in list(self.week_numbers.values()) if v > 0})
        week_words_n = words_pattern([k for k in self.week_numbers if not k.isdigit()])
        week_digits = words_pattern([k for k in self.week_numbers if k.isdigit()])
        since = words_pattern(lex.list("since_words"))
        self.since_words = {w for p in lex.list("since_words") for w in fold(p).split()}
        # a start said after a cumulative word in its clause ('kumulatif sejak 2015'): counted since then
        self.since_after = re.compile(rf"[^.;,\n]{{0,60}}?\b{since}", re.I)
        # a cumulative word counts January to the frame's end only in a clause of a flow the frame reports; not
        # next to a duration ('dalam lima tahun terakhir') nor a stock or a running total ('utang kumulatif', 'total
        # kumulatif', 'kasus kumulatif'): those count since anything began (lexicon cumulative_*; see `cumulative_ytd`)
        self.cumulative_words = {fold(w) for w in lex.list("cumulative_words")}
        self.cumulative_bare = {fold(w) for w in lex.list("cumulative_bare_words")}
        self.cumulative_flow = re.compile(rf"\b{words_pattern(lex.list('cumulative_flow_measures'))}", re.I)
        self.cumulative_stock = re.compile(rf"\b{words_pattern(lex.list('cumulative_stock_words'))}", re.I)
        self.cumulative_duration = re.compile(rf"\b(?:{words_pattern(lex.list('duration_openers'))}\s+(?:\d+|{words_pattern(counts)})\s+"
                                              rf"{words_pattern(lex.list('duration_units'))}|{words_pattern(lex.list('rolling_span_words'))})", re.I)
        report = words_pattern(lex.list("report_time_verbs"))
        self.report_time_after = re.compile(rf"(?:\s+[^\W\d]+)?\s+{report}", re.I)
        self.report_time_before = re.compile(rf"\b{report}(?:\s+[^\W\d]+){{0,4}}\s+$", re.I)
        # ('bulan ke tiga belas', 'bulan ke dua kalinya': the spelled number goes on, or counts times)
        number_goes_on = words_pattern([fold(str(w)) for w in lex.mapping("number_word_multipliers")]
                                       + [fold(str(w)) for w in lex.list("number_word_teens")] + [fold(w) for w in lex.list("times_words")], suffix="")
        self.patterns = [
            # 'medio semester I tahun lalu', 'pertengahan triwulan III 2024': a time inside a part of a year, as
            # 'awal 2020' is: no bounds (not the whole part, which the 'part' pattern would read)
            ("vague_part", re.compile(rf"\b{vague}\s+(?:{part})\s*(?:ke-?\s*)?(?:{spelled_part}|{part_number})\b"
                                      rf"(?:\s*(?:[-–—/]\s*)?(?:tahun\s+)?{YEAR}\b|\s+{rel_year})?", re.I)),
            # 'sepanjang Januari hingga pekan lalu', 'sejak awal tahun sampai minggu lalu': a span whose end is
            # a week said relative to now, no date: no bounds (not the month it starts with)
            ("week_span_end", re.compile(rf"(?:\b{words_pattern(lex.list('week_span_openers'), suffix='')}\s+)?"
                                         rf"(?:(?:{words_pattern(lex.list('week_span_starts'), suffix='')}|(?:bulan\s+)?{month})\s+)?"
                                         rf"{words_pattern(lex.list('week_span_until'), suffix='')}\s+(?:{edge}\s+)?{week}\s+{last_week_words}", re.I)),
            # 'pekan pertama September', 'minggu ke-3 Oktober 2025', 'pekan terakhir Mei tahun ini': a week of a month
            ("week_of_month", re.compile(rf"\b{week}\s+(?:ke-?\s*(?P<n>{week_digits}|{week_words_n})|(?P<nw>{week_words_n}))\s+(?:(?:di\s+|pada\s+)?bulan\s+)?"
                                         rf"(?P<m1>{month})(?:\s+(?:tahun\s+)?(?P<y>{YEAR})\b|\s+{rel_year})?", re.I)),
            # 'sepekan terakhir', 'dua minggu belakangan', 'pekan ini', 'akhir pekan lalu', 'dua pekan lalu': a rolling
            # span or a time back, no dates
            ("rolling_week", re.compile(rf"\b(?:{edge}\s+{week}\s+(?:{last_week_words}|{rolling})|(?:\d+|{words_pattern(counts)})\s+{week}\s+(?:{rolling}|{last_week_words})"
                                        rf"|se{week}\s+(?:{rolling}|{last_week_words})|(?:{words_pattern(lex.list('rolling_week_openers'))}\s+)?{week}\s+{rolling})", re.I)),
            # 'pekan lalu', 'minggu kemarin': the week before the publication date's
            ("last_week", re.compile(rf"\b{week}\s+{last_week_words}", re.I)),
            # 'sejak gudang itu dibuka', 'semenjak program dimulai': since an event, no date: no bounds
            ("since_event", re.compile(rf"\b{since}\s+(?:(?!{month})[^\W\d]+\s+){{0,4}}?{words_pattern(lex.list('start_event_verbs'))}", re.I)),
            # 'antara Februari dan April tahun ini', 'antara bulan Juli dan September 2023': the months between, both in
            ("between_months", re.compile(rf"\bantara\s+(?:bulan\s+)?(?P<m1>{month})\s+dan\s+(?:bulan\s+)?(?P<m2>{month})"
                                          rf"(?:\s+(?:tahun\s+)?(?P<y>{YEAR})\b|\s+{rel_year})?", re.I)),
            # 'periode pertama April 2025', 'periode II Agustus 2025': half a month, as prices set twice a month are
            # (the first half the 1st to the 14th, the second the 15th to the month's end); not a number,
            # as 'periode 1 Januari 2024' (-ke: 'periode ke-2 Mei') is a date ('periode 2 Mei hingga 30 Juni')
            ("half_month", re.compile(rf"\bperiode\s+(?:(?:ke-?\s*)?(?P<h>pertama|kedua|satu|dua|I|II)|ke-?\s*(?P<hn>[12]))\s+(?:bulan\s+)?"
                                      rf"(?P<m1>{month})\s+(?:tahun\s+)?(?P<y>{YEAR})\b", re.I)),
            # 'Januari dan Februari 2019', 'Juli serta Agustus tahun ini': two months in a row joined, the span
            # of both (months apart, 'Maret dan Mei', are two periods: see `mention_of`)
            (MONTHS_JOINED, re.compile(rf"(?P<m1>{month})\s+(?:dan|serta)\s+(?:bulan\s+)?(?P<m2>{month})"
                                       rf"(?:\s+(?:tahun\s+)?(?P<y>{YEAR})\b|\s+{rel_year})?", re.I)),
            # 'Maret tahun yang sama', 'Agustus pada tahun yang sama': that month of the frame's year
            ("month_relative", re.compile(rf"{until}(?P<m1>{month})(?:{to}(?P<m2>{month}))?\s+"
                                          rf"(?:{rel_year}|(?:pada\s+|di\s+)?tahun\s+yang\s+(?P<same>sama)\b)", re.I)),
            # 'September lalu': the last such month before publication (not 'Maret tahun lalu', above)
            # ('sampai akhir Maret lalu': January to that month, as 'sampai akhir Maret 2025' is)
            ("month_last", re.compile(rf"{until}(?P<m1>{month})\s+(?:yang\s+)?lalu\b", re.I)),
            # 'bulan keenam tahun ini', 'bulan ke-3 2024': a month by its number
            # ('bulan ke delapan': the ordinal written apart; 'sampai dengan bulan ke-8 tahun ini': January to that month)
            ("nth_month", re.compile(rf"(?:\b(?P<until>{until_word})\s+(?:{end_word}\s+)?)?"
                                     rf"\bbulan\s+(?:ke-?\s*(?P<n>\d{{1,2}})|ke\s+(?P<nw2>{words_pattern(self.number_words)})(?!\s*{number_goes_on})"
                                     rf"|(?P<nw>{words_pattern(self.month_ordinals)}))"
                                     rf"(?:\s+(?:tahun\s+)?(?P<y>{YEAR})|\s+{rel_year})?", re.I)),
            # 'pada bulan April ini': that month of this year
            ("month_this", re.compile(rf"{until}(?P<m1>{month})(?:{to}(?P<m2>{month}))?\s+(?P<rel>ini)\b", re.I)),
            # 'sepanjang tahun ini', 'selama tahun berjalan': this year so far, January to the
            # end of the period reported on
            ("this_year_so_far", re.compile(r"\b(?:sepanjang|selama)\s+tahun\s+(?:ini|berjalan)\b", re.I)),
            ("same_part_year", re.compile(rf"\b(?:periode|triwulan|kuartal|semester|bulan)\s+(?:yang\s+)?sama\s+"
                                          rf"(?:pada\s+|di\s+)?(?:tahun\s+)?(?P<y>{YEAR})\b", re.I)),
            ("year_so_far", re.compile(rf"(?<![\d/.,])(?<!akhir\s)(?P<y>{YEAR})\s+ini\b", re.I)),  # ('sampai akhir 2019 ini': year_end)
            ("month_range_years", re.compile(rf"(?P<m1>{month})\s+(?P<y1>{YEAR}){to}(?P<m2>{month})\s+(?P<y2>{YEAR})", re.I)),
            # '12 hingga 17 April 2021', 'tanggal 11-17 Juli', '10 Juli sampai 17 Juli 2022': a span
            # of days (a week of shipments), before 'until_date' would read January to the last day;
            # '3 Maret 2021 sampai 20 Agustus 2021', '1 Desember 2023 - 31 Januari 2024': each day with its year
            ("day_range", re.compile(rf"(?<![\d.,])(?:tanggal\s+)?(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{month})(?:\s+(?:tahun\s+)?(?P<y1>{YEAR}))?)?{to}"
                                     rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{month})\s+(?:tahun\s+)?(?P<y>{YEAR})", re.I)),
            # 'hingga awal Maret 2021', 'hingga memasuki bulan Mei tahun 2023' (lexicon early_in_month_words)
            ("until_early_month", re.compile(rf"\b{until_word}\s+{early}\s+(?:bulan\s+)?"
                                             rf"(?P<m1>{month})\s+(?:tahun\s+)?(?P<y>{YEAR})\b", re.I)),
            # ('per 30 Juni', 'hingga 10 Juli', 'data terakhir yaitu 30 September 2018': the day without its year, which the frame or the
            # publication gives, as for a bare month; not before another number, 'hingga 10 Juli 15.00')
            # (not the end of a span of days, '8 hingga 10 Juli': a day said before 'hingga' starts it)
            ("until_date", re.compile(rf"(?<!\d\s)(?<!\d)(?:{until_word}|per|{as_of_data})\s+(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<m2>{month})"
                                      rf"(?:\s+(?:tahun\s+)?(?P<y>{YEAR})\b|\b(?!\s*(?:[-–/]\s*)?\d))", re.I)),
            # ('Hingga Selasa (12/7/2022)', 'sampai dengan Kamis (26/11)': the day by its weekday and its
            # numbers, as the press dates the day of a report; January to that day, as 'hingga 12 Juli')
            ("until_weekday_date", re.compile(rf"\b{until_word}\s+(?:hari\s+)?{weekday}\s*(?:,\s*)?\(\s*(?P<d>\d{{1,2}})\s*(?P<sep>[/-])\s*"
                                              rf"(?P<mn>\d{{1,2}})(?:\s*(?P=sep)\s*(?P<y>(?:19|20)?\d\d))?\s*\)", re.I)),
            ("date", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m1>{month})\s+(?P<y>{YEAR})", re.I)),
            # 'per Januari Oktober 2017': two month names side by side before a year, a range
            ("month_pair", re.compile(rf"(?P<m1>{month})\s+(?P<m2>{month})\s+(?:tahun\s+)?(?P<y>{YEAR})", re.I)),
            # ('(Maret–Juli) 2019': the span in brackets, its year right after them; '(Februari-Juni)
            # tahun 2020' is left to the sentence, as a year said apart)
            (MONTH_RANGE, re.compile(rf"(?:(?<=\()(?P<b>))?(?P<m1>{month}){to}(?P<m2>{month})"
                                     rf"(?:\s+(?:tahun\s+)?(?P<y>{YEAR})|(?(b)\s*\)\s*(?P<yb>{YEAR})))?", re.I)),
            ("partial_year", re.compile(rf"(?P<y>{YEAR})\s*\(\s*(?:{until_word}|per)\s+(?P<m2>{month})\s*\)", re.I)),
            ("until_month", re.compile(rf"{until_word}\s+(?:{end_word}\s+)?(?:bulan\s+)?(?P<m2>{month})(?:\s+(?P<y>{YEAR}))?", re.I)),
            # 'tiga kuartal pertama 2024', 'selama tiga triwulan 2024', 'dua kuartal awal tahun ini': the
            # first n parts counted together, January to the end of the n-th (not the n-th part alone,
            # and not the whole year); a count with neither 'pertama'/'awal' nor a year after it is
            # left alone ('dua kuartal terakhir', 'tiga kuartal berturut-turut'), as is one followed by
            # such words or by the parts it means ('dua kuartal 2023 berturut-turut', '..., yakni kuartal
            # III dan IV'); 'kedua kuartal' is no count
            ("first_parts", re.compile(rf"(?<![\w.,/])(?P<n>[2-4]|{counted_part})\s+(?P<part>{part})"
                                       rf"(?:\s+(?P<first>pertama|awal)\b)?(?:\s+(?:tahun\s+)?(?P<y>{YEAR})\b|\s+tahun\s+(?P<this>ini)\b)?"
                                       rf"(?!\s*(?:,\s*)?(?:berturut|terakhir|yakni|yaitu)\b)", re.I)),
            # ('triwulan ke tiga', 'kuartal ke-dua': the count spelled out after 'ke', apart; 'semester
            # satu', 'kuartal dua': the cardinal alone, not a count of other things, 'kuartal dua kali')
            # ('ditriwulan II 2022', 'disemester I/2024': a preposition glued to the part word, lexicon
            # period_glued_prepositions; 'kuartal-III 2023', 'TW-II', 'Q3 2023', 'Q-2': a dash, or nothing before a
            # digit, between the part word and its number; 'triwulan II (2) 2022', 'kuartal ketiga (Q3) 2023': the
            # number told again in brackets; 'kuartal III (2023)': the year in brackets)
            # 'triwulan I-III 2024', 'kuartal I sampai III 2024', 'semester I s.d. II 2023': parts from one to
            # another of a year, the part word said once
            ("part_range", re.compile(rf"\b(?P<part>{part_word})\s+(?P<n>{part_number})\s*(?:[-–]|{until_word}\s+)\s*(?:(?P=part)\s+)?(?P<n2>{part_number})\b"
                                      rf"\s*(?:[-–/]\s*)?(?:tahun\s+)?(?P<y>{YEAR})\b", re.I)),
            ("part", re.compile(rf"{until_part}{glued_before}(?P<part>{part_word})(?:\b|(?=\d))\s*(?:[-–]\s*)?"
                                rf"(?:(?:ke-?\s*)?(?P<nk>{spelled_part})\b(?!\s+{count_nouns})"
                                rf"|(?:ke-?\s*)?(?P<n>{part_number}))"
                                rf"(?:\s*\(\s*(?:{part_word}\s*(?:-\s*)?)?(?:{part_number}|{spelled_part}\b)\s*\))?"
                                rf"(?:\s*(?:[-–—/]\s*)?(?:tahun\s+)?(?P<y>{YEAR})|\s*\(\s*(?P<yb>{YEAR})\s*\)|\s+{rel_year})?", re.I)),
            # 'kuartal satu dan dua 2023': the second part, its part word said only before the first
            ("part_second", re.compile(rf"(?:(?<=\bdan\s)|(?<=\bserta\s))(?:ke-?\s*)?(?P<n2>{spelled_part}|{part_number})\b"
                                       rf"\s+(?:tahun\s+)?(?P<y>{YEAR})\b", re.I)),
            ("year_span", re.compile(rf"(?P<y1>{YEAR})\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?)\s*(?P<y2>{YEAR})", re.I)),
            # 'Agustus 2018', 'Agustus tahun 2018': the month, not the year the bare 'year' would read
            ("month_year", re.compile(rf"(?P<m1>{month})\s+(?:tahun\s+)?(?:(?P<y>{YEAR})|\(\s*(?P<yb>{YEAR})\s*\))", re.I)),
            # ('sampai akhir 2019': the year's end said with its number alone)
            ("year_end", re.compile(rf"(?:sampai|hingga)\s+akhir\s+(?:tahun(?:\s+(?P<y>{YEAR})|\s+ini)?|(?P<yn>{YEAR})\b(?!\s*(?:-|–|\d)))", re.I)),
            # ('dua bulan awal tahun 2013': 'awal' as 'pertama')
            ("first_months", re.compile(rf"(?P<n>\d{{1,2}}|{words_pattern(self.number_words)})\s+bulan\s+(?:pertama|awal)(?:\s+(?:tahun\s+)?(?P<y>{YEAR})|\s+tahun\s+ini)?", re.I)),
            # 'selama tujuh bulan ini', 'dalam 5 bulan tahun ini': the months of this year so far, counted
            # ('tiga bulan terakhir', 'delapan bulan itu' are not: the last months, the span named before)
            ("months_so_far", re.compile(rf"(?<![\w.,])(?P<n>\d{{1,2}}|{words_pattern(self.number_words)})\s+bulan\s+(?:tahun\s+)?ini\b", re.I)),
            # 'selama tujuh bulan tercatat X' (lexicon counted_months_openers, then counted_months_reported): the
            # months of the year so far, counted, as with 'ini', when a report of a value follows the count at once;
            # a count with no report after it ('dikerjakan selama enam bulan', 'lunas dalam lima bulan') is a duration
            ("months_counted", re.compile(rf"\b{words_pattern(lex.list('counted_months_openers'))}\s+"
                                          rf"(?P<n>\d{{1,2}}|{words_pattern(self.number_words)})\s+bulan\s+"
                                          rf"(?={words_pattern(lex.list('counted_months_reported'))}\b)", re.I)),
            ("bare_month", re.compile(rf"(?:pada|bulan|selama|sepanjang|di)\s+(?:bulan\s+)?(?P<m1>{month})(?!\s*(?:-|–|hingga|sampai|\d))", re.I)),
            # 'dibanding Mei yang tercatat X', 'dibandingkan posisi mei': a month compared with, as
            # written (any case, the short 'Mei' too), a word perhaps between (lexicon comparison_cues)
            ("compared_month", re.compile(rf"\b{words_pattern(lex.list('comparison_cues'), suffix='')}\s+(?:[^\W\d]+\s+)?"
                                          rf"(?P<m1>{month})\b(?!\s*(?:-|–|—|\d|hingga|sampai))", re.I)),
            ("same_part_last_year", re.compile(r"\b(?:periode|triwulan|kuartal|semester|bulan)\s+(?:yang\s+)?sama\s+"
                                               r"(?:pada\s+|di\s+)?tahun\s+(?:lalu|sebelumnya|kemarin)\b", re.I)),
            # 'Tahun kemarin di bulan yang sama porsinya 2,9 persen': the year first, then the same part of it,
            # one comparison period as 'periode yang sama tahun lalu' is (not the whole last year)
            ("last_year_same_part", re.compile(r"\btahun\s+(?:lalu|sebelumnya|kemarin)\s*(?:,\s*)?(?:pada\s+|di\s+)?"
                                               r"(?:periode|triwulan|kuartal|semester|bulan)\s+(?:yang\s+)?sama\b", re.I)),
            # 'awal 2020', 'pertengahan tahun': before 'year', which would read the whole year
            ("vague", re.compile(rf"\b{vague}\s+(?:tahun\b(?:\s+(?:{YEAR}|ini|lalu)\b)?|{YEAR}\b)", re.I)),
            ("whole_year", re.compile(rf"\b{whole_year}(?!\s*(?:\d|ini|lalu|sebelumnya|depan|kemarin|berjalan|mendatang|berikutnya))", re.I)),
            ("year", re.compile(rf"(?<![\d/.,])(?P<y>{YEAR})(?![\d/])", re.I)),
            # 'ekspor Maret turun': a capitalised month name with no preposition, last (the
            # patterns above take every month that comes with a year, a range or a preposition)
            # A capital after it is mostly a name ('Agustus Sutrisno'), but not a currency sign
            # ('Maret US$97,4 miliar, April US$95,1 miliar': a list of months with their values)
            # ('Mei', as short as an abbreviation, is taken only right before a currency sign)
            ("plain_month", re.compile(rf"(?<![\d\w])(?<!\d\s)(?P<m1>{self.capitalised_months()}\b"
                                       rf"(?!\s*(?:-|–|\d|(?!{currency_signs})[A-Z]))"
                                       rf"|{self.capitalised_months(3)}(?=\s*{currency_signs}))")),
        ]
        self.same_as_before = re.compile(r"\b(?:pada\s+|di\s+|selama\s+)?(?P<noun>bulan|periode|tahun|" + part
                                         + r")\s+(?:tersebut|itu|yang\s+sama)\b", re.I)
        relative = {fold(k): v for k, v in lex.mapping("relative_periods").items()}
        self.relative = relative
        # 'bulan lalu' said of what is measured ('ekspor bulan lalu mencapai ...') is the month
        # before publication; after a comparison cue ('naik dibanding bulan lalu') it stays the
        # month before the frame's
        self.before_publication = {fold(w) for w in lex.list("month_before_publication_words")}
        cues, froms = words_pattern(lex.list("comparison_cues"), suffix=""), words_pattern(lex.list("compared_from_words"), suffix="")
        self.compared_before = re.compile(rf"(?:\b{cues}\s+(?:[^\W\d]+\s+){{0,2}}|\b{froms}\s+)$", re.I)
        bounds = words_pattern(lex.list("month_span_bounds"), suffix="")
        self.bound_before = re.compile(rf"\b{bounds}\s+(?:[^\W\d]+\s+)?$", re.I)
        self.release_before = re.compile(rf"\b{words_pattern(lex.list('data_release_words'), suffix='')}\s+(?:\S+\s+){{0,2}}$", re.I)
        self.relative_re = re.compile(r"\b(?P<rel>" + words_pattern(relative) + r")", re.I) if relative else None
        self.month_words = set(self.months)
        self.counted_months_words = {fold(w) for w in lex.list("counted_months_openers")}
        self.vague_words = {fold(w) for w in lex.list("vague_period_words")}
        self.part_words = set(parts) | {w.split()[-1] for w in parts}  # 'tri wulan': the words are read one by one
        self.decree_year = re.compile(rf"(?:Nomor|No\.?)\s*\d+[\w/.-]*\s+Tahun\s+{YEAR}", re.I)
        # a plan document's years are part of its name ('RPJMD 2021-2026', 'Renstra Kementerian 2020-2024'), not a
        # period reported on or set (lexicon plan_document_words): right after the name, its short name in brackets
        # or capitalised words between ('Sesuai RPJMD, ... pada 2025-2026' is a period of its own)
        plans = words_pattern(lex.list("plan_document_words"), suffix="")
        self.plan_years = re.compile(rf"\b{plans}\b(?:[ \t]*\([^()\n]{{1,20}}\)|[ \t]+(?-i:[A-Z])[\w.-]*){{0,5}}[ \t]+"
                                     rf"(?:periode[ \t]+|tahun[ \t]+)?(?P<years>{YEAR}\s*[-–—/]\s*(?:{YEAR}|\d\d)(?!\d))", re.I)


    def capitalised_months(self, shortest: int = 4) -> str:
        """Full month names as written in running text ('Maret'), case-sensitive: the
        abbreviations ('Mar', 'Des') are too often other words (so is 'Mei', a name, unless
        `shortest` lets three letters in where the context says it is a month)."""
        return words_pattern([m.capitalize() for m in self.months if len(m) >= shortest], suffix="")

    def may_match(self, kind: str, words: set, has_year: bool) -> bool:
        """Skip a pattern whose key words are absent (regular expressions with many
        alternatives are slow; most sentences name no month or quarter)."""
        if kind in ("month_range_years", "day_range", "until_date", "until_early_month", "date", MONTH_RANGE, "month_pair", "partial_year", "until_month",
                    "month_year", "bare_month", "plain_month", "compared_month", "between_months"):
            return bool(words & self.month_words)
        if kind == "until_weekday_date":
            return bool(words & self.weekday_words)
        if kind == "vague_part":
            return bool(words & self.vague_words) and bool(words & self.part_words)
        if kind in ("week_span_end", "rolling_week", "last_week"):
            return bool(words & self.week_words)
        if kind == "week_of_month":
            return bool(words & self.week_words) and bool(words & self.month_words)
        if kind == "since_event":
            return bool(words & self.since_words)
        if kind == "half_month":
            return has_year and "periode" in words and bool(words & self.month_words)
        if kind == MONTHS_JOINED:
            return bool(words & {"dan", "serta"}) and len(words & self.month_words) >= 2
        if kind == "month_relative":
            return "tahun" in words and bool(words & self.month_words)
        if kind == "month_this":
            return "ini" in words and bool(words & self.month_words)
        if kind == "month_last":
            return "lalu" in words and bool(words & self.month_words)
        if kind == "nth_month":
            return "bulan" in words
        if kind == "same_part_year":
            return has_year and "sama" in words
        if kind == "this_year_so_far":
            return "tahun" in words and bool(words & {"sepanjang", "selama"})
        if kind == "year_so_far":
            return has_year and "ini" in words
        if kind == "vague":
            return bool(words & self.vague_words)
        if kind == "whole_year":
            return bool(words & {"tahun", "setahun"})
        if kind in ("part", "part_second"):
            return bool(words & (self.part_words | self.glued_part_words))
        if kind in ("year_span", "year"):
            return has_year
        if kind == "first_months":
            return "bulan" in words and ("pertama" in words or "awal" in words)
        if kind == "months_so_far":
            return "bulan" in words and "ini" in words
        if kind == "months_counted":
            return "bulan" in words and bool(words & self.counted_months_words)
        if kind == "first_parts":
            return bool(words & self.part_words) and (has_year or bool(words & {"pertama", "awal", "ini"}))
        if kind == "year_end":
            return "akhir" in words
        if kind in ("same_part_last_year", "last_year_same_part"):
            return "sama" in words
        return True


# 's.d.', 's.d', 's/d', 'S/D' and a lowercase 'sd' as a word of its own: 'until' (not 'SD' nor 'bus/d')
UNTIL_ABBREVIATION = r"(?<![\w/.])(?:s\.\s?d\b\.?|s/d\b|(?-i:sd)\b\.?)"


def cumulative_ytd(g: PeriodGrammar, phrase: str, text: str, match, start: int, end: int) -> bool:
    """A cumulative word (lexicon cumulative_words) reads January to the frame's end unless its clause has a
    duration ('selama sepuluh tahun', 'lima tahun terakhir') or a stock or running total ('utang', 'total',
    'kasus'); a bare one ('kumulatif', 'secara akumulasi', lexicon cumulative_bare_words) only in a clause with a
    flow measure ('kumulatif impor kopi', 'impor kumulatif provinsi ini')."""
    if phrase not in g.cumulative_words:
        return True
    lo = max([start] + [m.end() for m in CLAUSE_OR_SENTENCE_STOP.finditer(text, start, match.start())])
    stop = CLAUSE_OR_SENTENCE_STOP.search(text, match.end(), end)
    if stop and not text[match.end():stop.start()].strip():
        stop = CLAUSE_OR_SENTENCE_STOP.search(text, stop.end(), end)  # 'Secara akumulasi, ekspor ...': the clause it opens
    clause = text[lo:stop.start() if stop else end]
    if g.cumulative_duration.search(clause) or g.cumulative_stock.search(clause):
        return False
    return phrase not in g.cumulative_bare or bool(g.cumulative_flow.search(clause))


def one_month_named(mention: PeriodMention) -> bool | None:
    """Whether a mention names one month ('Juli 2022', a day of it: True) or more ('Januari-April 2022', 'semester I':
    False), by its period (as frame.one_month) or, with no year, its months; None when it tells neither."""
    if mention.period is not None:
        return (mention.period.start.year, mention.period.start.month) == (mention.period.end.year, mention.period.end.month)
    return mention.year_missing[1] == mention.year_missing[2] if mention.year_missing is not None else None


def report_time(match, g: PeriodGrammar) -> bool:
    """'Dinas itu pekan lalu merilis data penjualan ...', 'angka itu dilaporkan kantor statistik pekan lalu': a week
    next to a verb of reporting (lexicon report_time_verbs; at most one word before it, or it up to four words
    before in its clause) is when the figure was made known, not the figure's period."""
    text = match.string
    if g.report_time_after.match(text, match.end()):
        return True
    return g.report_time_before.search(text, max(0, match.start() - 80), match.start()) is not None


def counted_from_elsewhere(match, g: PeriodGrammar) -> bool:
    """'bertenor 8 bulan ini' (a duration: lexicon duration_nouns), 'mulai beroperasi pada Desember 2024.
    Dalam sembilan bulan ini, ...', 'selama delapan bulan ini, terhitung sejak Oktober 2024': months
    counted from a start said with its date, in the sentence or the one before it, are no months of
    this year so far."""
    text = match.string
    if g.duration_before.search(text, max(0, match.start() - 30), match.start()):
        return True
    paragraph = text.rfind("\n", 0, match.start()) + 1
    before = [m.end() for m in re.finditer(r"[.!?]\s", text[paragraph:match.start()])]
    lo = paragraph + (before[-2] if len(before) > 1 else 0)
    end = SENTENCE_STOP.search(text, match.end())
    return bool(g.own_start.search(text, lo, end.start() if end else len(text)))


def find_periods(lex: Lexicon, text: str, start: int, end: int) -> list[PeriodMention]:
    """Period mentions in text[start:end], longest first where they overlap."""
    g = lex.compiled(PeriodGrammar)
    taken = [(m.start(), m.end()) for m in g.decree_year.finditer(text, start, end)]
    taken += [m.span("years") for m in g.plan_years.finditer(text, start, end)]
    bracket_days = [(m.start(), m.end()) for m in DAY_IN_BRACKETS.finditer(text, start, end)]
    taken += bracket_days
    found: list[PeriodMention] = []
    words = set(re.findall(r"[a-z]+", text[start:end].casefold()))
    has_year = bool(re.search(YEAR, text[start:end]))
    for kind, pattern in g.patterns:
        if not g.may_match(kind, words, has_year):
            continue
        for match in pattern.finditer(text, start, end):
            if any(a < match.end() and match.start() < b for a, b in taken
                   if kind != "until_weekday_date" or (a, b) not in bracket_days):
                continue  # (a day in brackets is a time of speaking, unless an 'until' word makes it a period's end)
            if kind == "until_weekday_date" and g.span_start_before.search(text, max(start, match.start() - 60), match.start()):
                continue  # 'mulai Senin (8/7/2024) sampai Rabu (10/7)', 'sejak awal Juni hingga Jumat (12/7)': its own start
            if kind == "year_so_far" and after_month(text, match.start(), g):
                continue  # 'Agustus 2022 ini' is that month, not the year so far
            if kind == "until_early_month" and g.month_before_until.search(text, max(start, match.start() - 30), match.start()):
                continue  # 'pada akhir Mei hingga awal Juni 2024': the end point of a change, that month
            if kind in ("between_months", MONTHS_JOINED) and g.difference_before.search(text, max(start, match.start() - 40), match.start()):
                continue  # 'selisih harga antara Februari dan April': a difference of two months, not a span
            mention = mention_of(kind, match, g)
            if mention and kind == "part" and mention.year_missing is not None and not match.group("until") \
                    and fold(match.group("part")) in g.part_abbreviations \
                    and not g.part_opener_before.search(text, max(start, match.start() - 30), match.start()):
                continue  # 'gudang Q2 miliknya', 'pesawat TW3': a name, no part of a year without its year or a preposition
            if mention:
                taken.append((match.start(), match.end()))
                if mention.period or mention.year_missing or mention.relative or mention.vague or mention.so_far \
                        or mention.until_early or mention.months_so_far:
                    found.append(mention)
    if g.relative_re:
        for match in g.relative_re.finditer(text, start, end):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            if g.count_before.search(text, max(start, match.start() - 20), match.start()):
                continue  # 'sejak 12 tahun lalu sampai kini': twelve years back, not last year
            phrase = fold(match.group("rel"))
            value = g.relative[phrase]
            if isinstance(value, int):
                mention = PeriodMention(match.start(), match.end(), relative="offset", offset=value,
                                        anchored=any(w in phrase for w in ANCHORED_WORDS))
            elif value == "previous_month" and phrase in g.before_publication and not compared_or_released(g, text, start, match):
                mention = PeriodMention(match.start(), match.end(), relative="month_before_publication")
            elif value in ("same_period_previous_year", "previous_month", "previous_part"):
                mention = PeriodMention(match.start(), match.end(), relative=value)
            elif value == "last_part" and compared_or_released(g, text, start, match):
                mention = PeriodMention(match.start(), match.end(), relative="previous_part")  # 'naik dibanding triwulan lalu'
            elif value in ("this_part", "last_part"):
                mention = PeriodMention(match.start(), match.end(), relative=value, part_months=g.parts.get(phrase.split()[0]))
            elif value == "ytd":  # 'secara kumulatif': January to the end of the frame
                if g.since_after.match(text, match.end()):
                    continue  # 'total kumulatif sejak 2015 mencapai X': counted since then, not since January
                if any(one_month_named(m) is False and not text[match.end():m.start].strip(" (") for m in found):
                    continue  # 'kumulatif Januari-April 2022': the span said right after names the months itself
                if not cumulative_ytd(g, phrase, text, match, start, end):
                    continue  # 'utang kumulatif', 'kumulatif dalam lima tahun terakhir': since anything began
                mention = PeriodMention(match.start(), match.end(), relative="year_to_date")
            else:
                continue  # yoy, mom qualify a figure; they are not periods
            found.append(mention)
            taken.append((match.start(), match.end()))
    for match in g.same_as_before.finditer(text, start, end):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            before = year_of_month_before(found, text, match)
            if before:
                # 'bulan sebelumnya pada tahun yang sama': the year only qualifies the month said
                # right before it (the month before the frame's), it is no period of its own
                before.end = match.end()
                taken.append((match.start(), match.end()))
                continue
            # ('sepuluh bulan itu', '3 bulan tersebut': the months counted are the span named before, not its last month)
            counted = bool(g.count_before.search(text, max(start, match.start() - 20), match.start())) \
                and not g.label_count_before.search(text, max(start, match.start() - 30), match.start())
            found.append(PeriodMention(match.start(), match.end(), relative="same_as_before",
                                       part_months=g.parts.get(fold(match.group("noun"))),
                                       one_month="bulan" in match.group().casefold() and not counted))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def compared_or_released(g: PeriodGrammar, text: str, start: int, match) -> bool:
    """'bulan lalu' after a comparison cue ('naik dibanding bulan lalu'), a word of a data
    release ('hasil rilis BPS bulan lalu': when the data came out) or a bound of a span ('hingga
    bulan lalu', 'sejak bulan lalu'): the month before the frame's, as 'bulan sebelumnya',
    not the month before publication."""
    before = max(start, match.start() - 40)
    return any(p.search(text, before, match.start()) for p in (g.compared_before, g.release_before, g.bound_before))


def year_of_month_before(found: list[PeriodMention], text: str, match) -> PeriodMention | None:
    """The mention of a month without its year ('bulan sebelumnya') that ends right before a
    'pada tahun yang sama' / 'tahun itu' (nothing but spaces between): that year phrase is the
    month's year, not a period of its own."""
    if "tahun" not in fold(match.group()).split():
        return None
    for mention in found:
        if mention.relative == "previous_month" and not text[mention.end:match.start()].strip():
            return mention
    return None


def after_month(text: str, at: int, g: PeriodGrammar) -> bool:
    """The year is said right after a month or a span of months ('Agustus 2022 ini',
    'Januari-Oktober 2020 ini') or a part of the year ('semester I 2020 ini'): with 'ini' it
    names those months of this year, not the year so far."""
    # ('kuartal III-2021 ini', 'kuartal II – 2022 ini': the dash between the part and its year
    # is no word of its own)
    words = text[max(0, at - 30):at].rstrip(" -–—/").split()
    if words and fold(words[-1]) == "tahun":
        words = words[:-1]  # 'triwulan II tahun 2021 ini', 'Agustus tahun 2022 ini'
    if not words:
        return False
    last = re.split(r"[-–—]", fold(words[-1]))[-1]
    return last in g.months or (len(words) >= 2 and fold(words[-2]) in g.parts and fold(words[-1]) in g.part_numbers)


def relative_months(match, kind: str, first: int, last: int, rel: str) -> PeriodMention:
    """Months of a year named relative to the frame ('Maret tahun lalu', 'paruh pertama tahun
    ini'): this year for 'ini'/'berjalan', the year before otherwise; 'sebelumnya' counts from
    the frame, not from publication."""
    offset = 0 if rel in ("ini", "berjalan", "sama") else -1
    return PeriodMention(match.start(), match.end(), relative="month_offset", year_missing=(kind, first, last),
                         offset=offset, anchored=rel in ("sebelumnya", "sama"))


def months_of_a_year(match, kind: str, tag: str, first: int, last: int, rel: str | None,
                     year: int | None) -> PeriodMention:
    """Months `first`..`last` of a year named relative to the frame ('Maret tahun lalu'), of a year
    still to be found (`tag` says how to find it), or of the year the text names."""
    if rel:
        return relative_months(match, kind, first, last, fold(rel))
    if year is None:
        return PeriodMention(match.start(), match.end(), year_missing=(tag, first, last))
    return PeriodMention(match.start(), match.end(), period=Period.months(year, first, last))


def day_span(match, year: int, first_month: int, last_month: int, first_year: int | None = None) -> PeriodMention | None:
    """'12 hingga 17 April 2021': the days from the first to the last, both included (the first in
    `first_year` when it is said with its own, '1 Desember 2023 - 31 Januari 2024'); None
    when the days are not in calendar order (then the text is not a span of days)."""
    try:
        first = dt.date(first_year or year, first_month, int(match.group("d1")))
        last = dt.date(year, last_month, int(match.group("d2")))
    except ValueError:
        return None
    if last <= first:
        return None
    return PeriodMention(match.start(), match.end(), period=Period(first, last))


def mention_of(kind: str, match, g: PeriodGrammar) -> PeriodMention | None:
    get = match.groupdict()
    month = lambda key: g.months[fold(get[key])]  # noqa: E731
    year = int(get["y"]) if get.get("y") else int(get["yb"]) if get.get("yb") else None  # ('Mei (2017)')
    if kind in ("same_part_last_year", "last_year_same_part"):
        return PeriodMention(match.start(), match.end(), relative="same_period_previous_year")
    if kind == "same_part_year":
        return PeriodMention(match.start(), match.end(), relative="same_period_in_year", year=year)
    if kind == "this_year_so_far":
        return PeriodMention(match.start(), match.end(), relative="this_year_so_far")
    if kind == "until_early_month":
        return PeriodMention(match.start(), match.end(), until_early=(year, month("m1")))
    if kind == "year_so_far":
        return PeriodMention(match.start(), match.end(), so_far=year)
    if kind in ("vague", "vague_part", "week_span_end", "rolling_week", "since_event"):
        return PeriodMention(match.start(), match.end(), vague=True, since_event=kind == "since_event")
    if kind == "last_week":
        if report_time(match, g):
            return None
        return PeriodMention(match.start(), match.end(), relative="previous_week")
    if kind == "week_of_month":
        mention = months_of_a_year(match, kind, kind, month("m1"), month("m1"), get.get("rel"), year)
        mention.week = g.week_numbers[fold(get["n"] or get["nw"])]
        return mention
    if kind == "months_so_far":
        count = int(get["n"]) if get["n"].isdigit() else g.number_words[fold(get["n"])]
        if not 2 <= count <= 12 or counted_from_elsewhere(match, g):
            return None
        return PeriodMention(match.start(), match.end(), months_so_far=count)
    if kind == "months_counted":  # (frame.py drops it when it does not count the months so far: a duration)
        count = int(get["n"]) if get["n"].isdigit() else g.number_words[fold(get["n"])]
        if not 2 <= count <= 12 or counted_from_elsewhere(match, g):
            return None
        return PeriodMention(match.start(), match.end(), months_so_far=count, counted=True)
    if kind == "whole_year":
        return PeriodMention(match.start(), match.end(), year_missing=(kind, 1, 12))
    if kind == "between_months":
        first, last = month("m1"), month("m2")
        if first >= last:
            return None
        return months_of_a_year(match, kind, MONTH_RANGE, first, last, get.get("rel"), year)
    if kind == "half_month":
        whole = Period.months(year, month("m1"), month("m1"))
        first = fold(get["h"] or get["hn"]) in ("pertama", "satu", "i", "1")
        return PeriodMention(match.start(), match.end(), period=Period(whole.start, whole.start.replace(day=g.half_month_ends))
                             if first else Period(whole.start.replace(day=g.half_month_ends + 1), whole.end))
    if kind == MONTHS_JOINED:
        first, last = month("m1"), month("m2")
        if last != first + 1:
            return None  # 'Maret dan Mei': two months apart, each a period of its own
        if g.each_month.match(match.string, match.end()):
            return None  # 'Maret dan April masing-masing ...': each month its own value
        return months_of_a_year(match, kind, MONTH_RANGE, first, last, get.get("rel"), year)
    if kind in ("month_relative", "month_this"):
        first, last = month("m1"), month("m2") if get.get("m2") else month("m1")
        if get.get("until") and not get.get("m2"):
            first = 1  # 'hingga Agustus ini': cumulative, as 'hingga Agustus 2024' is
        if first > last:
            return None
        return relative_months(match, kind, first, last, fold(get["rel"] or get["same"]))
    if kind == "nth_month":
        n = int(get["n"]) if get.get("n") else g.number_words[fold(get["nw2"])] if get.get("nw2") \
            else g.month_ordinals[fold(get["nw"])]
        if not 1 <= n <= 12:
            return None
        return months_of_a_year(match, kind, kind, 1 if get.get("until") else n, n, get.get("rel"), year)
    if kind == "month_last":  # undated text: the month in the year of the frame, as a bare month
        return PeriodMention(match.start(), match.end(), relative="last_named_month",
                             year_missing=(kind, 1 if get.get("until") else month("m1"), month("m1")))
    if kind == "plain_month":
        return PeriodMention(match.start(), match.end(), year_missing=(kind, month("m1"), month("m1")))
    if kind == "day_range":
        return day_span(match, year, month("m1") if get.get("m1") else month("m2"), month("m2"),
                        int(get["y1"]) if get.get("y1") else None)
    if kind == "until_weekday_date":
        day, number = int(get["d"]), int(get["mn"])
        if not 1 <= number <= 12 or not 1 <= day <= calendar.monthrange(2000, number)[1]:
            return None
        if get.get("y"):
            year = int(get["y"]) + (2000 if len(get["y"]) == 2 else 0)
        if year is None:
            return PeriodMention(match.start(), match.end(), year_missing=("until_date", 1, number), day=day)
        try:
            return PeriodMention(match.start(), match.end(), period=Period(dt.date(year, 1, 1), dt.date(year, number, day)))
        except ValueError:
            return None
    if kind == "until_date":
        day = int(get["d"])
        if year is None:
            if not 1 <= day <= calendar.monthrange(2000, month("m2"))[1]:
                return None
            return PeriodMention(match.start(), match.end(), year_missing=(kind, 1, month("m2")), day=day)
        try:
            return PeriodMention(match.start(), match.end(), period=Period(dt.date(year, 1, 1), dt.date(year, month("m2"), day)))
        except ValueError:
            return None
    if kind == "date":
        return PeriodMention(match.start(), match.end())  # a day is when something was said, not a period
    if kind == "bare_month":
        return PeriodMention(match.start(), match.end(), year_missing=(kind, month("m1"), month("m1")))
    if kind == "compared_month":  # the month alone: the cue before it is read as a comparison's
        return PeriodMention(match.start("m1"), match.end("m1"), year_missing=(kind, month("m1"), month("m1")))
    if kind == "month_range_years":
        period = Period.months(int(get["y1"]), month("m1"), month("m2"), int(get["y2"]))
    elif kind == "month_pair":
        if month("m1") >= month("m2"):
            return None
        period = Period.months(year, month("m1"), month("m2"))
    elif kind == MONTH_RANGE:
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
        months = months_of_part(size, g.part_numbers[fold(get["n"])] if get.get("n") else g.number_words[fold(get["nk"])])
        if months is None:
            return None
        first, last = months
        if get.get("until"):
            first = 1  # 'hingga triwulan II': the year so far, to the end of that part
        if year is None and not get.get("rel") and (joined := g.part_joined_year.match(match.string, match.end())):
            year = int(joined.group("y"))
        if get.get("rel"):  # 'paruh pertama tahun ini', 'semester II tahun lalu'
            return relative_months(match, kind, first, last, fold(get["rel"]))
        if year is None:
            return PeriodMention(match.start(), match.end(), year_missing=(kind, first, last))
        period = Period.months(year, first, last)
    elif kind == "part_range":
        size = g.parts[fold(get["part"])]
        first_months = months_of_part(size, g.part_numbers[fold(get["n"])])
        last_months = months_of_part(size, g.part_numbers[fold(get["n2"])])
        if first_months is None or last_months is None or first_months[0] >= last_months[1]:
            return None
        period = Period.months(year, first_months[0], last_months[1])
    elif kind == "part_second":
        first_part = g.part_before_second.search(match.string, max(0, match.start() - 40), match.start())
        if first_part is None:
            return None
        size = g.parts[fold(first_part.group("part"))]
        n2 = fold(get["n2"])
        months = months_of_part(size, g.part_numbers[n2] if n2 in g.part_numbers else g.number_words[n2])
        if months is None:
            return None
        period = Period.months(year, *months)
    elif kind == "year_span":
        y1, y2 = int(get["y1"]), int(get["y2"])
        if y2 <= y1:
            return None
        period = Period(dt.date(y1, 1, 1), dt.date(y2, 12, 31))
    elif kind == "year_end":
        if get.get("yn"):  # 'sampai akhir 2019': the year, as the bare year would read it
            return PeriodMention(match.start("yn"), match.end(), period=Period.year(int(get["yn"])))
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
    elif kind == "first_parts":
        if not (get.get("first") or get.get("y") or get.get("this")):
            return None
        count = int(get["n"]) if get["n"].isdigit() else g.number_words[fold(get["n"])]
        last = count * g.parts[fold(get["part"])]
        if last > 12:
            return None
        if year is None:
            return PeriodMention(match.start(), match.end(), year_missing=(kind, 1, last), this_year=bool(get.get("this")))
        period = Period.months(year, 1, last)
    elif kind == "month_year":
        period = Period.months(year, month("m1"), month("m1"))
    else:
        period = Period.year(year)
    return PeriodMention(match.start(), match.end(), period=period)


def months_of_part(size: int, n: int) -> tuple[int, int] | None:
    """The first and last month of the n-th part of a year cut into parts of `size` months
    ('triwulan III': 7-9; LAST_PART, 'semester akhir', is the last); None when the year has no
    such part ('triwulan V')."""
    n = 12 // size if n == LAST_PART else n
    return None if n * size > 12 else ((n - 1) * size + 1, n * size)
