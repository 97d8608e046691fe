"""When: the reporting frame of an article and the period of each of its figures.

A news report is about one period (the frame: 'Januari-Oktober 2023', 'September 2020') and
compares it with others ('dibanding periode yang sama tahun lalu', 'naik dari 3,1 miliar pada
Agustus'). The frame is set by the sentences that name the period reported on; a comparison
period never becomes the frame. It carries from sentence to sentence and paragraph to
paragraph until another sentence names a new one, so that counts and sub-figures stated
without a period ('udang windu sebanyak 712 ton') keep it.

Every figure's period is chosen in one place, `FrameTracker.period_of`, which returns the
period with a short named reason (kept in `figure.why["period"]`, shown by
`kg extract --explain`):

- a base value (the value compared with: 'dari 3,1 miliar pada Agustus', 'dibanding ...
  sebesar X') gets the comparison period;
- any other value gets a period named for it in its clause, else the one its sentence names
  for the frame, else the frame; a growth rate never takes the period it is compared with;
- a vague span ('awal 2020', 'pertengahan tahun') gives no period rather than the whole year,
  and undated text never gets a guessed year.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kg.extract.amounts import Amount, is_money_unit
from kg.extract.lexicon import Lexicon, fold, words_pattern
from kg.extract.periods import DAY_IN_BRACKETS, MONTH_RANGE, YEAR, PeriodGrammar, PeriodMention, find_periods, last_month, one_month_named, previous_month, recent_week, week_of
from kg.extract.read import introducing_line
from kg.extract.text import CLAUSE_STOP, SENTENCE_STOP, Segment, clause_start, paragraphs
from kg.model import Figure, Period

__all__ = ["Frame", "FrameTracker", "SentencePeriods"]

FUTURE_KINDS = ("target", "projection")
INHERITED = ("target:", "frame", "projection", "no period", "upper bound", "restates")
BASE_VALUE = "base value"  # how the reason of a value compared with begins (base_period)
# the few words between a value and the period that is its own ('3,1 miliar pada Agustus')
# (no two whitespace runs side by side: a long run of spaces must not make them backtrack)
# ('142,2 juta dolar AS hingga akhir 2018': until the end of that year, the whole year)
OWN_AFTER = re.compile(r"\s*(?:(?:\(|pada|di|selama|sepanjang|tahun|per|hingga|sampai|untuk)\s*)?(?:akhir\s+)?(?:bulan\s+|tahun\s*)?", re.I)
BASE_OWN_AFTER = re.compile(r"\s*(?:(?:pada|di|tahun|selama|sepanjang|\()\s*)?(?:akhir\s+)?(?:bulan\s+|tahun\s*)?", re.I)
# 'naik dari 2.400 ton per akhir Agustus menjadi ...': an as-of word between a base value and its period, only
# where the value it changed to comes after (`from_to`); after 'menjadi A dari B', 'per September 2025' and
# 'posisi Agustus 2025' date the whole statement ('tumbuh 6 persen yoy menjadi A dari B per September 2025')
BASE_AS_OF_AFTER = re.compile(r"\s*(?:per|posisi)\s+(?:akhir\s+)?(?:bulan\s+|tahun\s*)?", re.I)
# words that end a value's noun phrase: what follows them is no longer said of the value (with the
# lexicon's clause openers and passing-mention words, joined in FrameWords.own_after_phrase)
PHRASE_ENDS = r"(?:pada|di|mana|menjadi|jadi|dan|atau|yang|dari|ke|hingga|sampai|terhadap|dengan|dibanding\w*|sedangkan|sementara)\b"
YEAR_WORD = re.compile(rf"(?<![\d/.,]){YEAR}(?![\d/])")  # 'sepanjang 2017': a year names a period without a time word
BARE_YEAR = re.compile(rf"(?:tahun\s+)?{YEAR}", re.I)  # a year said alone: '2016', 'tahun 2016'


def bare_year_named(name: str) -> str:
    """BARE_YEAR's pattern with the year as the group `name`."""
    return BARE_YEAR.pattern.replace(YEAR, f"(?P<{name}>{YEAR})", 1)


WORD = r"[^\W\d]+(?:-[^\W\d]+)*"  # a word of letters, hyphenated ones included ('non-migas', 'barang-barang')
NO_PERIOD = ": no period"  # how the reason of a value the text gives no period ends
NO_FRAME = "no period named before"  # the reason of a value said before any period was named
LEVEL_HELD_NOW = "a level held now"  # a stock said as of now in a dated text: the publication day (decision 0062)
SAID_AFTER = "named after it, in a sentence of its own"  # how the reason of a value dated by `date_just_said` begins
SAID_JUST_BEFORE = 2  # the most paragraphs back a period said in a sentence of its own reaches
NAMED_AFTER_MONTHS = 2  # undated text: the most paragraphs on a span with its year still names the year of months said before it
# how the reasons of the periods a sentence names for its own values begin (written below and
# read by the release frame: one constant for both)
NAMED_AFTER, NAMED_BEFORE, SENTENCE_NAMES = "named after the value", "named before the value", "sentence names"
GOES_WITH = "as the value it goes with, named after"
DATED_HERE = (NAMED_AFTER, NAMED_BEFORE, SENTENCE_NAMES, GOES_WITH)
REALISED_SO_FAR = "realised so far"  # said as of now against a target: January to the publication day


class Standing(str):
    """The reason of a value with no period because it is stated as of now or is what stands, marked by the rule that
    gives it (`standing_count`, `timeless`, `members_of_a_body`, `part_of_standing_whole`): `whole` is 'part' for a
    part already told of a whole, 'measure' for a stock (whose parts are not chained), '' for any other whole (a count
    or a share stated as of now, of what stands, of members). See `part_of_standing_whole`."""
    whole: str

    def __new__(cls, reason: str, whole: str = "") -> "Standing":
        marked = super().__new__(cls, reason)
        marked.whole = whole
        return marked

    def __reduce__(self):  # outside the tracker (another process, a copy) it is the reason alone
        return str, (str(self),)


PART_OF_STANDING = "a part of a whole stated as of now"
ARTICLE_TARGET_PERIOD = "target: the article's target period"  # how a default target period's reason begins
PUBLICATION_YEAR_TARGET = "target with no period named: the year of publication"
# between two counts, words that go on describing the first ('143 pembeli dari 27 negara', '18 titik di 62 kota')
BRACKET_OPEN = re.compile(r"\s*\(\s*")
SUBJECT_GAP = re.compile(r"(?:\s+[^\W\d]+){1,8}\s+")  # the words of a subject alone: no number, no comma
COMMA_AT_MOST = re.compile(r"\s*(?:,\s*)?")  # two mentions said as one: 'Tahun lalu, setahun penuh', '2023 sepanjang tahun'
BRACKET_BEFORE = re.compile(r"\s*\(\s*$")  # what stands between a value in brackets and the words before it
ESTIMATE_GAP = re.compile(r"\s*(?:yang\s+)?(?:(?:sebesar|senilai|mencapai)\s*)?", re.I)  # 'tahun 2022 sebesar 4,8%'
PERIOD_BEFORE_CUE = re.compile(rf"(?<![\d/.,]){YEAR}\s*$")  # 'Juni 2023 terhadap Mei 2023': period against period
PARALLEL_RATE = re.compile(r"\s*(?:,\s*)?dan\s+(?:[^\W\d]+(?:-[^\W\d]+)*\s+){1,2}(?:sebesar\s+)?", re.I)  # ' dan q-to-q sebesar '
OTHER_CURRENCY = re.compile(r"\s*(?:per\s+[^\W\d]+\s+)?atau\s+(?:sekitar\s+|setara\s+(?:dengan\s+)?)?", re.I)
# 'dari periode sebelumnya pada 1 hingga 15 April': a span after 'pada' is when what 'dari' names was, the
# span compared with, not 'from ... to ...'
FROM_THEN_AT = re.compile(r"\bdari\s+(?:[^\W\d]+\s+){1,2}pada\s+$", re.I)
APPOSITION = re.compile(r"\s*,\s*(?:(?:kumulatif|yaitu|yakni|periode)\s+)*", re.I)  # ', yaitu Januari-April 2022'
COUNT_GOES_ON = re.compile(r"[^.;,]{0,40}?\b(?:dari|di)\s+")
CUMULATIVE_GAP = re.compile(r"[^\d.;]{0,30}")  # between 'secara kumulatif' and the month it runs to
SET_AHEAD_DAYS = 31  # a value fixed ahead (a reference price) is for a period of a month at most, a month ahead at most
RECENT_DAYS = 124  # a monthly report is news for about four months after its month begins
REPORT_LAG_DAYS = 92  # a release on months of the year so far comes out within about three months of their end
FROM_FRAME_YEAR = "undated text: counted from the year of the frame "
YEAR_NAMED_FOR_MONTHS = "undated text: the year it names for those months "
OWN_GAP = 40  # the most text between a value and a period said for it
QUOTE_MARKS = "“\""  # the marks a quote opens with (as kg/extract/quotes.py reads them)
CLOSING_QUOTES = ("”", "’’", ",\"", ".\"", "?\"", "!\"")  # the marks a quote closes with
TARGET_NEAR = 30  # the most text between a target word and a period said with it ('target semester I')
AS_OF_REACH = 24  # the most text 'per <month>' may take before the month ('per akhir bulan ', 'posisi akhir ')
YEAR_THEN_MONTHS = re.compile(r"[^\d.;]{0,20}")  # between a year and the months said for it ('2021, sampai dengan Agustus')
DIGIT = re.compile(r"\d")
# how far before a value a level word ('stok', 'cadangan': lexicon as_of_level_words) may head what it measures
# (a long subject: 'Persediaan jagung pakan milik gabungan kelompok tani di tiga kecamatan sentra produksi
# per 15 Mei sebanyak X')
LEVEL_REACH = 160
CLAUSE_BREAK = re.compile(r"[,;:]")  # between a target word and a period: another clause
LEAD_WORDS = re.compile(r"(?:[^\W\d]+\s+){0,3}")  # 'dari capaian pada periode ...', 'dari periode sebelumnya pada ...': words before the period compared with
UNTIL_BEFORE = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?)\s+akhir\s+$", re.I)  # 'mulai Maret sampai akhir 2019'
LINK_WORDS = re.compile(r"\s*(?:,\s*)?(?:[^\W\d]+\s+){0,4}")  # 'periode ... tahun 2018 lalu yang sebesar X', '..., yaitu sebesar X': words up to the value
PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n|[.!?\"”:][^\S\n]*\n")  # a blank line, or a line ending a sentence
SPACES = re.compile(r"\s*")
DIGIT = re.compile(r"\d")
NEXT_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")  # roughly where the sentence after a sentence ends
SPANS_OF_NAMED_MONTHS = (MONTH_RANGE, "until_month", "partial_year")  # the period grammar's kinds naming months
RANGE_INSIDE = re.compile(r"-|–|—|\bhingga\b|\bsampai\b|\bs\.?/?d\b", re.I)


@dataclass
class Frame:
    """The period being reported on, with the words that set it and where."""
    period: Period | None = None
    said: str = ""            # the words that named it ('Januari-Oktober 2023')
    paragraph: int = -1       # the paragraph that named it; -1 for the title
    sentence_start: int = -1
    event: bool = False       # a shipment released ('melepas ekspor ...'): one event, no period
    level_now: str = ""       # a level held now set it, in this unit: the publication day (see `FrameTracker.level_now_frame`)
    reporter: str | None = None  # the body (else the person) the sentence that named it reports for
    resumed: str = ""         # why an earlier frame stands again ('BPS reports again, ...')
    kept: str = ""            # why a later sentence's period did not replace it (see `FrameTracker.year_not_over`)
    set_by: str = ""          # the word that let a sentence without figures set it ('mengekspor', 'survei')
    # a value set ahead for a coming period (see `FrameTracker.set_ahead`): the frame it replaced,
    # which stands again at the first later sentence that does not refer back to that value
    ahead_of: Frame | None = None
    speaker: str | None = None  # who had the floor in the sentence that named it
    # a past year looked back on (see `FrameTracker.looks_back`): the frame it stepped back from,
    # which stands again when a later paragraph gives the floor to another speaker
    looked_back_from: Frame | None = None
    # set by a sentence without figures that says a target met or missed by a time (see `FrameTracker.update`): the
    # frame it replaced, which stands again after the paragraph ends (`FrameTracker.met_target_frame_ends`)
    in_paragraph_of: Frame | None = None

    def reason(self, seg: Segment) -> str:
        if not self.said:
            return NO_FRAME
        if self.resumed:
            return f"frame: {self.resumed}"
        if self.event:
            return f"the text goes on about one shipment released ('{self.said}'), no period"
        if self.period is None:
            return f"frame unknown: '{self.said}' gives no bounds"
        if self.paragraph == -1:
            where = "title"
        elif self.sentence_start == seg.start:
            where = "sentence"
        elif self.paragraph == seg.paragraph:
            where = "paragraph"
        else:
            where = "earlier paragraph"
        kept = f" (kept: {self.kept})" if self.kept else ""
        by = f" (a sentence without figures that reports with '{self.set_by}')" if self.set_by else ""
        return f"frame: {where} names '{self.said}'{by}{kept}"


@dataclass
class SentencePeriods:
    """The period mentions of one sentence, sorted into those that may set the frame and those
    that name a comparison (cue-marked, or the own period of a base value)."""
    mentions: list[PeriodMention]
    comparison: set[int] = field(default_factory=set)       # id() of comparison mentions
    base: set[int] = field(default_factory=set)             # indexes of the amounts that are base values
    claimed: dict[int, PeriodMention] = field(default_factory=dict)  # base amount index -> its own period
    start_points: set[int] = field(default_factory=set)     # id() of 'sejak ... Januari': when something began
    # id() of a cumulative mark in brackets right after a value ('0,84 persen (ytd)') -> that value's index: said of
    # it alone, not of the sentence's other values ('inflasi 0,84 persen (ytd) dan 2,16 persen (yoy)')
    marked: dict[int, int] = field(default_factory=dict)
    decided: dict[int, tuple[Period | None, str]] = field(default_factory=dict)  # amount index -> its period, why


class FrameWords:
    """The cue patterns of a lexicon, built once per lexicon (`lex.compiled(FrameWords)`)."""

    def __init__(self, lex: Lexicon):
        cues = words_pattern(lex.list("comparison_cues"), suffix="")
        base_cues = words_pattern(lex.list("base_value_cues"), suffix="")
        change = words_pattern(lex.list("growth_up_words") + lex.list("growth_down_words"), suffix=r"(?:nya)?\b")  # -nya: "turunnya"
        # 'dibanding Mei 2023', 'dibandingkan dengan periode yang sama ...': up to four words between
        self.future_tense = re.compile(rf"\b{words_pattern(lex.list('future_tense_words'), suffix='')}\b", re.I)
        # 'dari 531 ribu ton per tahun pada 2010', '12.500 izin usaha pada 2019': a value's own
        # period said after the rest of its noun phrase (lower-case words, a rate) and a preposition
        # ('akan beroperasi pada 2019': a future word makes the period when something is to happen)
        # ('turun menjadi 300 ton karena pada Mei ...', '... serta impor pada Mei', 'direncanakan
        # beroperasi pada 2022': a clause word or a word of plans ends the phrase: the period is another's)
        future = words_pattern(lex.list("future_tense_words") + lex.list("plan_words"), suffix=r"\b")
        clause = words_pattern(lex.list("causal_clause_openers") + lex.list("result_clause_openers")
                               + lex.list("concessive_words") + lex.list("passing_mention_words")
                               + lex.list("clause_joining_words"), suffix=r"\b")
        self.own_after_phrase = re.compile(
            rf"\s*(?-i:(?!{PHRASE_ENDS}|{future}|{clause})[a-z]+\s+){{1,3}}?(?:pada|di)\s+(?:bulan\s+|tahun\s*)?", re.I)
        # 'Rp 46 miliar selama delapan bulan itu', 'X dalam dua triwulan tersebut': a value's own period said
        # after it as the months of the span named before, counted (lexicon number_words) and pointed back to
        self.number_words = {fold(str(w)): n for w, n in lex.mapping("number_words").items() if isinstance(n, int) and n >= 2}
        self.counted_span_after = re.compile(rf"\s*(?:dalam|selama|sepanjang|pada)\s+(?P<n>\d{{1,2}}|{words_pattern(self.number_words, suffix=r'')})\s+",
                                             re.I)
        # (hyphenated words count as one: 'dibanding ekspor non-logam pada Maret 2021')
        # (an aside in brackets may stand among the words: 'bila dibanding (secara bulanan) dengan Mei 2019')
        self.cue_before = re.compile(rf"\b{cues}\s+(?:(?:{WORD}|\((?:\s*{WORD}){{1,3}}\s*\))\s+){{0,8}}$", re.I)
        # 'naik 5 persen dari Maret', 'turun dari posisi Agustus'
        # (the lead word and the nouns after it from base_value_cues: 'dari posisi', 'dari pencapaian';
        # realization_nouns and compared_period_nouns: 'dari realisasi bulan Mei', 'dari periode Agustus')
        base_cue_words = [c.split() for c in lex.list("base_value_cues") if len(c.split()) > 1]
        from_lead = words_pattern({w[0] for w in base_cue_words})
        from_nouns = words_pattern({w[1] for w in base_cue_words} | set(lex.list("realization_nouns"))
                                   | set(lex.list("compared_period_nouns")))
        from_words = rf"(?:{from_nouns}\s+){{0,2}}(?:pada\s+)?$"  # ('dari periode sebelumnya pada 1-15 April')
        self.from_before = re.compile(rf"\b{from_lead}\s+" + from_words, re.I)
        # ('tumbuh 7 persen dari impor bulan Mei': a measure of the lexicon may stand between, but only
        # when a change word and its amount stand right before 'dari', see `FrameTracker.from_compared`;
        # '40 persen dari impor bulan Mei' is a share of May's imports)
        measure = words_pattern(lex.list("measures"))
        self.from_measure_before = re.compile(rf"\b{from_lead}\s+{measure}\s+" + from_words, re.I)
        self.change_then_amount = re.compile(rf"\b{change}\s+(?:(?:sebesar|sekitar|hampir)\s+)?"
                                             r"(?:(?:[^\s\d;,.]{1,4}\s*)?\d[\d.,]*\s*(?:[^\W\d]+\s+){0,2})?$", re.I)
        # 'naik dari 2,1 juta ton pada Maret 2023': the period of the base value after 'dari'
        self.from_value_before = re.compile(r"\bdari\s+(?:[^\W\d]+\s*)?[^\s;]*\d[^\s;]*\s+(?:[^\W\d]+\s+){0,4}$", re.I)
        # the value compared with: 'dibanding ... sebesar X', 'dari sebelumnya X', 'naik dari X'
        self.base_cue = re.compile(rf"(?P<cue>\b{cues}|\b{base_cues})\s+(?:[^\s;]+\s+){{0,12}}$", re.I)
        # the comparison cue and the words that may lead to the period compared with ('dibanding', 'dibandingkan
        # dengan periode'), at the end of what is read: see FrameTracker.in_brackets_after_compared
        # 'setahun terakhir': a whole year counted back from now, not a calendar year said whole
        self.counted_back_after = re.compile(r"\s*" + words_pattern(lex.list("counted_back_words")), re.I)
        self.cue_then_lead = re.compile(rf"\b{cues}\s+(?:[^\W\d]+\s+){{0,3}}$", re.I)
        # 'naik dari realisasi 2023 yang sekitar X', 'turun 5 persen dari X': 'dari' after a change word
        # (not the 'dari' of a bound, 'naik lebih dari 450 ribu ton': the change itself)
        bound_dari = "".join(rf"(?<!\b{re.escape(p.split()[-2])}\s)" for p in lex.mapping("approximation_words")
                             if len(p.split()) >= 2 and p.split()[-1] == "dari")
        # (nor the 'dari' of what goods are made of: 'produk dari kayu jati senilai X', lexicon made_of_nouns)
        bound_dari += "".join(rf"(?<!\b{re.escape(w)}\s)" for w in lex.list("made_of_nouns"))
        # ('melambat dari tahun 2018 yang mampu naik X': a slower change than that of the period after 'dari')
        change_or_slower = words_pattern(lex.list("growth_up_words") + lex.list("growth_down_words") + lex.list("slowing_words"),
                                         suffix=r"(?:nya)?\b")
        def from_change(reach: str, comma: str = "") -> re.Pattern:
            return re.compile(rf"\b{change_or_slower}(?:[^,;.]|[,.](?=\d)){{0,60}}?{bound_dari}\bdari\s+(?P<after>(?:[^\s,;]+{comma}\s+){{{reach}}})$", re.I)
        self.from_value = from_change("0,5")
        # ... and further, when the period compared with stands between ('menurun 23 persen dari periode
        # yang sama tahun 2018 lalu yang sebesar X', '... pada April 2024, yaitu sebesar X': see
        # `FrameTracker.compared_period_then_value`)
        self.from_far = from_change("6,12", ",?")
        # 'sejak akhir 2019', 'mulai Januari 2024': when something began, not the period reported on
        self.start_point = re.compile(r"\b" + words_pattern(lex.list("start_point_words")) + r"\s*(?:[^\W\d]+\s+){0,4}$", re.I)
        # 'sejak Januari', 'sejak awal tahun': since the year began, up to now (no year, no end after it; not
        # the start of another year, 'sejak awal tahun lalu', 'awal tahun tersebut': the words after 'tahun' in the
        # lexicon's relative_periods that count a year away from now, and year_back_demonstratives)
        other_year = [key.split(None, 1)[1] for key, offset in lex.mapping("relative_periods").items()
                      if key.startswith("tahun ") and isinstance(offset, int) and offset != 0] \
            + lex.list("year_back_demonstratives")
        # 'selama 2023 sampai saat ini', 'Tahun 2021 ini': undated text saying the year it is written in
        # (FrameTracker.year_of_writing_said); 'before' is the word before '[tahun] YEAR ini', no month or part of a
        # year ('Desember 2024 ini', 'akhir 2019 ini'); year_from, a from-word earlier in the clause ('sejak');
        # (the second year, 'y2', is BARE_YEAR too, with no digit or date mark right before it)
        self.year_to_now = re.compile(
            rf"\b{words_pattern(lex.list('year_to_now_openers'))}\s+{bare_year_named('y')}\s+"
            rf"{words_pattern(lex.list('year_to_now_words'))}"
            rf"|(?:\b(?P<before>[^\W\d]+)\s+)?(?:tahun\s+)?(?<![\d/.,])(?P<y2>{YEAR})\s+ini\b", re.I)
        self.year_ini_not_after = {fold(w) for w in lex.list("year_ini_not_after") + list(lex.mapping("months"))}
        self.year_from = re.compile(rf"\b{words_pattern(lex.list('year_to_now_not_after'))}", re.I)
        self.since_year_start = re.compile(rf"\b{words_pattern(lex.list('since_words'))}\s+{words_pattern(lex.list('year_start_phrases'))}"
                                           rf"(?!\s*(?:{RANGE_INSIDE.pattern}|/|\d|tahun\b|{words_pattern(other_year)}\b))", re.I)
        # 'khususnya di semester II 2021': a part singled out of what was reported (a preposition may stand between)
        self.singled_out = re.compile(r"\b" + words_pattern(lex.list("singling_out_words")) + r"\s+(?:(?:di|pada|dalam|selama)\s+)?$", re.I)
        # ('turun dibandingkan 2019 atau tinggal 53.585 ton': the level left after the change, lexicon
        # level_left_words, is the new value like one after 'menjadi')
        left = words_pattern(lex.list("level_left_words"))
        self.not_base = re.compile(r"\b(?:menjadi|jadi|ke\s+level|ke\s+posisi|ke\s+angka)\b|\b(?:dari|terhadap)\s+(?:total|keseluruhan|seluruh|target|pagu)\b"
                                   rf"|\b{left}", re.I)
        self.change = re.compile(rf"\b{change}", re.I)
        # 'masing-masing', 'berturut-turut': values listed after it pair with what was listed before it
        # (FrameTracker.respective_period; lexicon respectively_words, list_joining_words, list_lead_words)
        joins = words_pattern(lex.list("list_joining_words"), suffix="")
        self.respectively = re.compile(r"\b" + words_pattern(lex.list("respectively_words"), suffix=r"(?![\w-])"), re.I)
        self.list_gap = re.compile(rf"\s*+(?:,\s*+)?(?:(?:{joins})\s++)?(?:{words_pattern(lex.list('list_lead_words'), suffix='')}\s++)?", re.I)
        self.period_list_gap = re.compile(rf"\s*+(?:,\s*+)?(?:(?:{joins})\s++)?"
                                          rf"(?:{words_pattern(lex.list('period_list_words'), suffix='')}\s++)?", re.I)
        # 'selama', 'sepanjang' right before the first period listed: the periods make one span (lexicon span_openers)
        self.span_before_list = re.compile(rf"\b{words_pattern(lex.list('span_openers'))}\s*$", re.I)
        # a list of other things before the periods ('kopi dan kakao', 'Sulawesi Selatan dan Sulawesi Tenggara')
        self.other_list = re.compile(rf"\s(?:{joins})\s|,\s", re.I)
        self.list_lead = re.compile(rf"\s*+,?\s*+(?:(?:{words_pattern(lex.list('list_lead_words'), suffix='')})\s++)?", re.I)
        # 'untuk April sebesar X, Mei sebesar Y, Juni Z dan Juli 2019 W': a list whose items each open with a month
        # (FrameTracker.month_headed_list; lexicon months, list_lead_words, list_joining_words, period_list_words)
        grammar_months = words_pattern(lex.compiled(PeriodGrammar).months)
        head = rf"(?P<m>{grammar_months})(?:\s+(?:tahun\s+)?(?P<y>{YEAR}))?\s+(?:{words_pattern(lex.list('list_lead_words'), suffix='')}\s+)?"
        self.year_opener = re.compile(rf"\W*(?:{words_pattern(lex.list('period_list_words') + lex.list('span_openers'), suffix='')}\s+)?", re.I)
        self.month_item_first = re.compile(rf"(?<![\w-]){head}$", re.I)
        # ('Januari hingga Mei 2024 sebesar X, Juni Y': the first value is the span's, no month of a list; lexicon
        # until_words, and a dash)
        self.span_end_before = re.compile(rf"(?:[-–—]|\b{words_pattern(lex.list('until_words'))}|\bs\.?/?d\.?)\s*$", re.I)
        self.month_item_next = re.compile(rf"(?:\s+[^\W\d]+){{0,2}}?\s*(?:,\s*)?(?:(?:{joins})\s+)?"
                                          rf"(?:{words_pattern(lex.list('period_list_words'), suffix='')}\s+)?{head}", re.I)
        # 'melambat dari tahun 2018 yang mampu naik 18,4%': a change said in a relative clause right after the period
        # compared with is that period's own change (see `FrameTracker.compared_period_then_value`)
        self.own_change_of_compared = re.compile(rf"\s*(?:,\s*)?{words_pattern(lex.list('relative_pronouns'))}"
                                                 rf"(?:\s+[^\W\d]+){{0,2}}?\s+{change}[^\W\d]*\s+(?:[^\W\d]+\s+)?", re.I)
        # 'Harga referensi ... ditetapkan sebesar X': a value set for a coming period (lexicon set_ahead_words)
        self.set_value = re.compile(r"\b" + words_pattern(lex.list("set_ahead_words")), re.I)
        # 'Nilai ini naik X', '... dari periode sebelumnya': a sentence about the value just set
        self.set_value_back = re.compile(
            rf"\b{words_pattern(lex.list('set_value_nouns'), suffix='(?:nya)?')}\s+(?:ini|itu|tersebut)\b"
            rf"|\b{words_pattern(lex.list('previous_period_phrases'))}", re.I)
        # 'Kenaikan ekspor itu didorong oleh ...': the change just reported, pointed back at
        self.change_pointed_back = re.compile(rf"\b{words_pattern(lex.list('change_nouns'))}(?:\s+[^\W\d]+){{0,3}}?\s+(?:tersebut|itu)\b", re.I)
        # between the period compared with and its value: words that point back ('yang sebesar'), and
        # words of the value reached after the change ('hingga mencapai X'), which is no base
        self.base_link = re.compile(r"\b" + words_pattern(lex.list("compared_base_links")), re.I)
        # ('turun dibanding Oktober yaitu sebesar 5 persen': the links of compared_base_links that name
        # the change just said, lexicon change_size_links, before the value; not after 'yang')
        self.change_size_link = re.compile(rf"\b{words_pattern(lex.list('change_size_links'))}\s+"
                                           rf"(?:{words_pattern(lex.list('change_size_fillers'))}\s+)?$", re.I)
        self.relative_pronoun = re.compile(rf"\b{words_pattern(lex.list('relative_pronouns'))}", re.I)
        # '... yang sebesar ', '... yang mencapai ': a value said in a relative clause, right before it
        # 'dari Mei yang minus 6 persen', 'dibanding Mei yang turun 2 persen': a value said of the period right before
        self.month_own_value = re.compile(rf"\s*(?:,\s*)?{words_pattern(lex.list('relative_pronouns'))}(?:\s+[^\W\d]+){{0,3}}\s*", re.I)
        self.relative_link = re.compile(rf"\b{words_pattern(lex.list('relative_pronouns'))}\s+"
                                        rf"(?:{words_pattern(lex.list('relative_value_words'))}\s+){{1,2}}$", re.I)
        self.arrival = re.compile(r"\b" + words_pattern(lex.list("arrival_words")), re.I)
        self.whole_cue = re.compile(r"\W*" + words_pattern(lex.list("share_whole_cues")), re.I)
        self.share = re.compile(r"\b" + words_pattern(lex.list("share_words")), re.I)
        # a clause of its own after a comparison: ', sedangkan ...', '; sementara ...'
        self.recall = re.compile(r"\W*" + words_pattern(lex.list("recall_sentence_openers")), re.I)
        # 'Sampai akhir April, sudah X': where things stand now (FrameTracker.so_far_this_year)
        self.so_far = re.compile(r"\b" + words_pattern(lex.list("standing_now_words")), re.I)
        self.year_word = re.compile(r"\b" + words_pattern(lex.list("year_nouns")) + rf"|(?<![\d/.,]){YEAR}(?![\d/])", re.I)
        self.new_clause = re.compile(r"[,;]\s*+" + words_pattern(lex.list("contrast_clause_openers")), re.I)
        # 'Dari segi perizinan, ...': a paragraph on another side of the matter (not 'Di sisi lain')
        # (a contrast, lexicon contrast_clause_openers 'di sisi lain', opens no other side)
        self.topic_opener = re.compile(r"\W{0,3}(?!" + words_pattern(lex.list("contrast_clause_openers")) + ")"
                                       + words_pattern(lex.list("topic_openers")) + r"\s+[^\W\d]+", re.I)
        # 'capaian itu belum menyentuh target X': the target the reported value is measured against
        met_or_missed = lex.list("target_met_phrases") + lex.list("target_missed_phrases")  # (as facts.py met_regexes)
        self.met = re.compile(r"\b" + words_pattern(met_or_missed + lex.list("target_measured_phrases")), re.I)
        self.compared = re.compile(rf"\b{cues}\b", re.I)
        # 'melewati target 40 ton': a target said to be met, right before its value
        # 'Sampai Mei 2024 koperasi sudah melampaui target': a sentence without figures that says a target met or
        # missed reports the value reached by then (FrameTracker.update)
        # (not a hope or what is to come: 'berharap sebelum triwulan II berakhir sudah melampaui target', lexicon
        # confidence_words, hope_words, future_tense_words)
        self.met_or_missed = re.compile(r"\b" + words_pattern(met_or_missed), re.I)
        # after a target's value, words saying it met, missed or realised ('namun hanya terealisasi Y', 'tidak
        # tercapai'): the target is of the year reported on (FrameTracker.target_of_an_earlier_year)
        self.target_outcome = re.compile(r"\b" + words_pattern(met_or_missed + lex.list("target_fulfilled_words")
                                                               + lex.list("target_outcome_nouns"), suffix=r"(?:nya)?\b"), re.I)
        self.time_anew = re.compile(r"\b" + words_pattern(lex.list("time_anew_words")), re.I)
        self.not_yearly = re.compile(r"\b" + words_pattern(lex.list("target_not_yearly_words"), suffix=r"(?:nya)?\b"), re.I)
        self.hoped = re.compile(r"\b" + words_pattern(lex.list("confidence_words") + lex.list("hope_words") + lex.list("future_tense_words")), re.I)
        self.met_before_value = re.compile(r"\b" + words_pattern(lex.list("target_met_phrases")) + r"\s+(?:sebesar\s+)?$", re.I)
        self.cue_near = re.compile(rf"\b{cues}\s+(?:[^\W\d]+\s+){{0,3}}$", re.I)
        self.compares = re.compile(rf"\b{cues}\s", re.I)  # a comparison cue anywhere ('turun dibanding tahun lalu')
        # 'yaitu dari US$ 832,86 juta menjadi US$ 391,66 juta': the value before 'menjadi'
        # ... and 'Semula hanya mencapai X, kini menjadi Y': what the value was at first
        # ('turun 7,76 persen dengan nilai US$ 658,20 juta menjadi US$ 607,12 juta': with 'menjadi' after it, the value
        # the change started from)
        # ('dari yang sebelumnya X, saat ini menjadi Y': 'yang' before 'sebelumnya')
        self.from_before_value = re.compile(r"(?:\bdari\s+(?:(?:yang\s+)?(?:sebelumnya|semula)\s+|(?:posisi|angka|level)\s+)?"
                                            r"|\bdengan\s+nilai\s+"
                                            r"|\b(?:semula|awalnya)\s+(?:hanya\s+)?(?:mencapai\s+|tercatat\s+)?)"
                                            r"(?:sebesar\s+|senilai\s+)?$", re.I)
        # (the value's own period may stand between: 'dari X pada 2022 menjadi Y')
        # ('dari angka X, meningkat ke Y': a change word and 'ke' say it as 'menjadi' does)
        self.to_after_value = re.compile(rf"^(?:[^.;!?\d]|(?<![\d.,]){YEAR}(?!\d)){{0,40}}?\b(?:menjadi|jadi|{change}\s+ke)\s+\S{{0,5}}\s*$", re.I)
        # 'per Februari 2021', 'per akhir Mei': where a span stands at a month's end
        as_of_words = words_pattern(lex.list("as_of_words"))
        self.as_of = re.compile(rf"\b{as_of_words}\s+(?:{words_pattern(lex.list('month_end_words'))}\s+)?(?:bulan\s+)?$", re.I)
        # what may be widened to the span of months 'per <month>' ends: a flow of money or of a measure
        self.measure_units = {fold(str(u)) for u in lex.list("measure_units") + list(lex.mapping("unit_canonical").values())}
        # 'Selain itu, ...', 'Kemudian, ...': a sentence that goes on with the list before it (lexicon list_continuation_openers)
        self.list_goes_on = re.compile(r"\W{0,3}" + words_pattern(lex.list("list_continuation_openers")) + r"\b", re.I)
        # 'akhir Maret 2021', 'per akhir Agustus 2022', 'posisi Mei': the end of a month, a point in time
        month_end = words_pattern(lex.list("month_end_words"))
        self.month_end_before = re.compile(rf"(?:\b{as_of_words}\s+(?:{month_end}\s+)?|\b{month_end}\s+)(?:bulan\s+)?$", re.I)
        # 'pada tahun itu', 'tahun tersebut': the year just named (lexicon year_back_demonstratives)
        self.month_end_after = re.compile(rf"\s*(?:[^\W\d]+\s+)?{month_end}\s+", re.I)  # ' pada akhir ' after a value
        self.that_year = re.compile(r"\btahun\s+" + words_pattern(lex.list("year_back_demonstratives")) + r"\b", re.I)
        # 'dari tahun itu', 'dibanding tahun tersebut': the year pointed back at is the one compared with
        self.compared_before = re.compile(r"\b" + words_pattern(lex.list("compared_from_words") + lex.list("comparison_cues"))
                                          + r"\s+$", re.I)
        # 'saat itu', 'kala itu': the time just told of (lexicon time_back_references)
        self.time_back = re.compile(r"\b" + words_pattern(lex.list("time_back_references")), re.I)
        # 'Nilai tersebut tumbuh 6 persen': the value just named, pointed back at (lexicon value_back_references)
        self.demonstrative_after = re.compile(r"\s+" + words_pattern(lex.list("demonstratives")) + r"\b", re.I)
        self.value_linkers = {fold(w) for w in lex.list("relative_value_words")}  # 'sebesar', 'senilai'
        self.value_back = re.compile(r"\b" + words_pattern(lex.list("value_back_references")) + r"\b", re.I)
        # 'Dari jumlah itu', 'Puncak ...', 'terendah': a sentence breaking down the total just told (lexicon told_total_parts;
        # told_total_openers before whole_back_references)
        self.told_total_part = re.compile(r"\b" + words_pattern(
            [f"{opener} {whole}" for opener in lex.list("told_total_openers") for whole in lex.list("whole_back_references")]
            + lex.list("told_total_parts")), re.I)
        # 'penerimaan itu', 'proyek-proyek tersebut': a noun pointed back at (a noun told before: see `points_back`)
        self.noun_pointed_back = re.compile(r"\b(?P<noun>[^\W\d]+)(?:-[^\W\d]+)?\s+(?P<this>"
                                            + words_pattern(lex.list("year_back_demonstratives")) + ")", re.I)
        self.contrast_openers = {fold(" ".join(w.split())) for w in lex.list("contrast_clause_openers")}
        self.singled_after = re.compile(r"\s+" + words_pattern(lex.list("singled_out_after_words")) + r"\b", re.I)
        self.ago = re.compile(r"\blalu\b", re.I)
        # 'awal Februari lalu', 'akhir Februari lalu': a part of the month, not the month a year before
        self.month_part_before = re.compile(r"\b(?:" + words_pattern(lex.list("month_end_words") + ["awal", "pertengahan", "medio"])
                                            + r")\s+(?:bulan\s+)?$", re.I)
        # 'secara tahunan', 'yoy', 'secara bulanan': a rate's own basis (lexicon relative_periods yoy, mom, qoq)
        # between a rate's basis and its value, only these ('atau secara YoY mencapai sebesar 51,94%'; lexicon
        # rate_basis_links): 'secara yoy LDR tercatat 88,5 persen' names another measure
        self.rate_basis_link = re.compile(r"(?:[ \t]+" + words_pattern(lex.list("rate_basis_links")) + r"){0,3}[ \t]*", re.I)
        self.rate_basis = re.compile(r"\b" + words_pattern([k for k, v in lex.mapping("relative_periods").items()
                                                            if v in ("yoy", "mom", "qoq")]) + r"(?!\w)", re.I)
        # 'Maret sampai Mei 2022 atau kuartal ketiga': a period told again another way (see `FrameTracker.without_retold`)
        self.period_restated = re.compile(rf"\s*(?:,\s*)?{words_pattern(lex.list('period_restating_links'))}\s*(?:{words_pattern(lex.list('period_restating_prepositions'), suffix='')}\s+)?", re.I)
        # ('Saat ini cadangannya X': the word with the '-nya' clitic, as the bare word)
        self.level_held = re.compile(r"\b" + words_pattern(lex.list("as_of_level_words"), suffix=r"(?:nya)?\b"), re.I)
        # 'penyaluran cadangan', 'realisasi penjualan stok': a process noun (pe-...-an, lexicon realization_nouns)
        # right before the level word makes the phrase a flow out of or into the level, not the level
        self.flow_of_level = re.compile(r"\b(?:pe[^\W\d]+an|" + words_pattern(lex.list("realization_nouns")) + r")\s+$", re.I)
        # 'penyerapan gabah untuk stok', 'dipindahkan ke cadangan': the level as where a flow goes or comes
        # from (lexicon level_flow_prepositions right before the level word)
        self.flow_into_level = re.compile(r"\b" + words_pattern(lex.list("level_flow_prepositions")) + r"\s+$", re.I)
        # ... unless a word before the preposition says the level is made of its parts ('terdiri dari cadangan X')
        self.made_up_of = re.compile(r"\b" + words_pattern(lex.list("made_up_of_words")) + r"\s+$", re.I)
        # 'hasil sepanjang 2020', 'penjualan selama 2020': a year said as a whole (lexicon reported_year_openers)
        # 'pada akhir 2024', 'per akhir tahun 2024': a year's end (lexicon month_end_words), the year as a whole
        self.year_end_before = re.compile(r"\b" + words_pattern(lex.list("month_end_words")) + r"\s+(?:tahun\s+)?$", re.I)
        self.whole_year_before = re.compile(r"\b" + words_pattern(lex.list("reported_year_openers")) + r"\s+$", re.I)
        self.year_part_before = re.compile(r"\b" + words_pattern(lex.list("year_part_nouns"))
                                           + r"(?:\s+[^\W\d]+){0,3}\s+$", re.I)
        # 'per Maret 2022 realisasi kredit mikro sebesar X', 'realisasi investasi per Juni 2023': a realisation
        # said as of a month is what was realised so far that year (lexicon realization_nouns), next to the month
        realized = words_pattern(lex.list("realization_nouns"))
        self.realized_after = re.compile(rf"\W{{0,3}}{realized}", re.I)
        self.flow_count = re.compile(r"\b" + words_pattern(lex.list("flow_count_verbs")), re.I)
        self.monthly = re.compile(r"\b" + words_pattern(lex.list("monthly_words")), re.I)
        self.realized_before = re.compile(rf"\b{realized}\s+(?:[^\W\d]+\s+){{0,4}}$", re.I)
        self.present = re.compile("".join(rf"(?<!\b{re.escape(w)}\s)" for w in lex.list("provisional_nouns"))
                                  + r"\b" + words_pattern(lex.list("present_period_words")), re.I)
        # 'lazimnya', 'dulu': a value said after one of these is of another time than now (FrameTracker.other_time_than_now)
        self.other_time = re.compile(r"\b" + words_pattern(lex.list("other_time_words")), re.I)
        self.average = re.compile(r"\b" + words_pattern(lex.list("average_words")), re.I)  # 'stok rata-rata bulanan
        # 'persediaan jagung sekarang X ton': the words of now that date a level held to the publication day (level_held_now)
        # (lexicon present_period_words, less the provisional and the all-along ones)
        not_now = set(lex.list("provisional_words") + lex.list("all_along_words"))
        self.level_now = re.compile(r"\b" + words_pattern([w for w in lex.list("present_period_words") if w not in not_now]), re.I)
        # 'kini ditambah X ton', 'menyalurkan X ton', 'berencana menambah stok', 'dengan anggaran Rp X': a flow into or
        # out of a level, a plan, or another measure, not the level that stands (FrameTracker.not_the_level_now)
        # (not after a word of purpose: 'stok untuk penjualan eceran X ton' is the level kept for a sale); for the level
        # itself, `level_subject` has checked the flow verbs and the process nouns of its clause: only a value under the
        # level's day is also checked for those (lexicon flow_count_verbs, realization_nouns: not_of_level_day)
        not_purpose = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in lex.list("level_purpose_words"))
        level_flows = lex.list("level_now_flow_words") + lex.list("plan_words") + lex.list("level_now_other_measures")
        self.not_level_now = re.compile(not_purpose + r"\b" + words_pattern(level_flows), re.I)
        self.not_of_level_day = re.compile(not_purpose + r"\b" + words_pattern(level_flows + lex.list("flow_count_verbs")
                                                                                + lex.list("realization_nouns")), re.I)
        # 'saat ini 420 perusahaan, bertambah 35 perusahaan dibanding akhir 2023': a change told right after a value as of now
        self.change_right_after = re.compile(rf"\s*(?:,\s*)?{change}\s*", re.I)
        approx = words_pattern(list(lex.mapping("approximation_words")) + ["sebanyak", "sejumlah"])
        # 'tengah memfasilitasi 17 perusahaan' (before the count), '4 pabrik baru yang sedang dibangun' (after it)
        progressive = r"(?-i:\b" + words_pattern(lex.list("progressive_words")) + r")\s+(?:me|di|ber|ter|pe)[^\W\d]+"
        self.progressive_before = re.compile(progressive + r"\s+(?:[^\W\d]+\s+){0,2}$", re.I)
        self.progressive_after = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+yang\s+" + progressive, re.I)
        # '57 koperasi yang beroperasi', '4.310 nelayan yang terdata': a count of units in a state (lexicon
        # standing_state_words), not new ones ('33 pedagang baru yang terdaftar')
        # (the state word ends the clause: no verb after it, '31 eksportir yang aktif mengirim kopi')
        new_unit = words_pattern(lex.list("new_unit_words"))
        self.state_after = re.compile(rf"(?:\s+(?!{new_unit}\b)[^\W\d]+){{0,3}}?\s+yang\s+"
                                      rf"(?:{words_pattern(lex.list('state_adverbs'))}\s+)?"
                                      + words_pattern(lex.list("standing_state_words"))
                                      + rf"\b(?!\s+(?!{words_pattern(lex.list('verb_shaped_prepositions'))}\b)(?:me|ber|di)[^\W\d]{{2,}})", re.I)
        self.span_opener = re.compile(r"\b" + words_pattern(lex.list("reported_year_openers")) + r"\b", re.I)
        self.exists_before = re.compile(r"\b" + words_pattern(lex.list("existence_words")) + rf"\s+(?:{approx}\s+)*$", re.I)
        self.designating = re.compile(r"\b" + words_pattern(lex.list("designating_count_cues")) + rf"\s+(?:{approx}\s+)*$", re.I)
        self.so_far_count = re.compile(r"\b" + words_pattern(lex.list("so_far_count_words")) + r"\b", re.I)
        self.standing = re.compile(r"\b" + words_pattern(lex.list("standing_count_cues")) + rf"\s+(?:{approx}\s+)*$", re.I)
        # '23 perusahaan roti anggotanya', '15 persen anggota paguyuban': members of a body (lexicon member_nouns)
        members = words_pattern(lex.list("member_nouns"), suffix=r"(?:nya)?\b")
        breaks = words_pattern(lex.list("member_phrase_breaks"))
        verb_shape = words_pattern(lex.list("verb_shape_prefixes"), suffix="")
        self.members_after_count = re.compile(rf"(?:\s+(?!{breaks}|{verb_shape}[^\W\d]{{2,}})[^\W\d]+){{0,3}}?\s+{members}", re.I)
        self.member_flow_before = re.compile(r"\b" + words_pattern(lex.list("member_flow_prepositions"))
                                             + rf"\s+(?:{approx}\s+)*$", re.I)
        self.members_after_share = re.compile(rf"\s+(?:{words_pattern(lex.list('member_share_links'))}\s+){{0,2}}{members}", re.I)
        # 'anggota baru', '6 di antaranya baru ...': members or parts new in the period (lexicon member_newness_words)
        newness = words_pattern(lex.list("member_newness_words"))
        self.member_newness_after = re.compile(r"\s+" + newness, re.I)
        self.newness_after_value = re.compile(rf"(?:\s+[^\W\d]+){{0,3}}?\s+{newness}", re.I)
        # '11 di antaranya', '9 lainnya': a value marked as a part of a whole told before it (lexicon part_markers)
        self.part_marked = re.compile(r"\s+" + words_pattern(lex.list("part_markers")), re.I)
        # a me-/di- verb between a whole and a value after it ('45 toko yang mengirim 900 ton'; lexicon actor_verb_prefixes,
        # passive_verb_prefixes): another clause's value; not the words of that shape that are no verb (not_active_verbs)
        # nor the list introducers ('meliputi')
        self.verb_between = re.compile(r"\b(?!" + words_pattern(lex.list("not_active_verbs") + lex.list("list_introducer_closers")
                                                               + lex.list("part_markers")) + r")"
                                       + words_pattern(lex.list("actor_verb_prefixes") + lex.list("passive_verb_prefixes"), suffix="")
                                       + r"[^\W\d]{3,}", re.I)
        # after members, in their clause: a verb of the flow or of a part's contribution to it ('6 toko anggota mengirim
        # ...', '20 persen anggota menyumbang penjualan itu'; lexicon flow_count_verbs, member_flow_verbs)
        self.member_flow_after = re.compile(r"\b" + words_pattern(lex.list("flow_count_verbs")
                                                                 + lex.list("member_flow_verbs")), re.I)
        # 'mampu menampung 1,32 juta tenaga kerja', 'mampu menyerap tenaga kerja 787.364 orang': what a
        # sector can hold, with the counted noun perhaps before the number
        self.capacity = re.compile(r"\b(?P<cue>" + words_pattern(lex.list("capacity_cues")) + rf")\s+(?:[^\W\d]+\s+){{0,3}}?(?:{approx}\s+)*$", re.I)
        self.capacity_nouns = {fold(str(w)) for w in lex.list("capacity_counted_nouns")}
        self.area_units = {fold(str(u)) for u in lex.list("area_units")}
        self.standing_units = {fold(str(u)) for u in lex.list("standing_units")}
        # 'KEK itu memiliki luas lahan 59 hektare': an area a place is said to have (lexicon holding_words)
        self.holding = re.compile(r"\b" + words_pattern(lex.list("holding_words")) + r"\s+(?:[^\W\d]+\s+){0,4}$", re.I)
        self.area_flow = re.compile(r"\b" + words_pattern(lex.list("area_flow_words")), re.I)
        # 'per bulannya', 'setiap harinya': the -nya clitic does not change the rate; a counted
        # noun may stand between ('40 sertifikat setiap harinya')
        # '4,1 ton senilai Rp52 miliar': the second value goes with the first (a few words may stand
        # between: the counted noun, the measure)
        self.companion = re.compile(r"[^\d.;,]{0,20}?\b" + words_pattern(lex.list("companion_value_links"))
                                    + r"\s*(?:(?:sebesar|senilai|mencapai|sebanyak)\s+)?\S{0,4}\s*", re.I)
        # 'sebanyak 11 kilogram dengan total nilai Rp 181 juta', '12,73 ribu ton dengan perolehan nilai
        # ekonomi Rp 261 miliar': 'dengan', a word or two, and the noun of what the second value measures
        self.recipients = re.compile(rf"\s*{words_pattern(lex.list('recipient_count_links'))}\s+", re.I)
        self.companion_noun = re.compile(r"[^\d.;,]{0,20}?\bdengan\s+(?:[^\W\d]+\s+){0,2}?"
                                         + words_pattern(lex.list("companion_value_nouns"))
                                         + r"(?:\s+[^\W\d]+)?\s*(?:(?:sebesar|senilai|mencapai|sebanyak)\s+)?\S{0,4}\s*", re.I)
        # 'US$ 1.159,55 juta atau 66,44 persen': the value before told again as a part of a whole
        self.share_restated = re.compile(r"\s*atau\s+(?:(?:sekitar|sebesar|setara)\s+)?", re.I)
        self.stock = re.compile(r"\b" + words_pattern(lex.list("stock_measure_words")), re.I)
        # 'US$ 1,1 miliar per tahun', '120 ribu ton/tahun': a rate said after the value
        self.rate = re.compile(r"^\W{0,3}(?:(?:[^\W\d]+\s+)?" + words_pattern(lex.list("rate_period_words"), suffix=r"(?:nya)?\b")
                               + r"|(?:[^\W\d]+)?\s*/\s*" + words_pattern(lex.list("duration_words")) + ")", re.I)
        # 'setiap hari rata-rata mencapai 113 sertifikat', 'Setiap misi dagang, sebanyak 25 orang': said before it
        self.price = re.compile(r"\b" + words_pattern(lex.list("price_words")), re.I)
        self.going_rate = re.compile(r"\b" + words_pattern(lex.list("going_rate_words")), re.I)
        self.rate_before = re.compile(r"\b(?:" + words_pattern(lex.list("rate_period_words"), suffix=r"(?:nya)?\b") + "|"
                                      + words_pattern(lex.list("distributive_words")) + r"\s+[^\W\d]+)", re.I)
        # 'target tahun ini', 'ditargetkan pada 2025': the period of a target, not of the report
        # ('target Anggaran Pendapatan dan Belanja Negara (APBN) 2026': a document's name spelt out with its short form
        # in brackets stands for the few words 'target APBN 2026' would take)
        self.future_before = re.compile(r"\b" + words_pattern(lex.list("target_words") + lex.list("projection_words"))
                                        + r"\s*(?:(?:[^\W\d]+\s+){0,3}|(?:[^\W\d]+\s+){1,8}\([^\W\d]{2,12}\)\s*)$", re.I)
        # '..." ujarnya dalam rapat evaluasi semester I 2023': after a
        # quote, the speech tag names the occasion, whose period is not what was reported on
        self.speech_tag = re.compile(r"(?:”|[,.!?]\")\s*(?:,\s*)?\b" + words_pattern(lex.list("attribution_verbs_after_quote"),
                                                                       suffix=r"(?:nya)?\b") + r"[^”\"“]*$", re.I)
        self.record = re.compile(r"\b" + words_pattern(lex.list("record_words")) + r"[^.;!?]{0,50}$", re.I)
        self.record_word = re.compile(r"\b" + words_pattern(lex.list("record_words")), re.I)
        # 'susut 3 persen, sebab pasokan seret pada Mei': a reason's clause
        self.cause = re.compile(r"\b" + words_pattern(lex.list("causal_clause_openers")), re.I)
        self.cause_phrase = re.compile(r"\b" + words_pattern(lex.list("cause_phrases")), re.I)
        self.realised_against_target = re.compile(r"\W*" + words_pattern(lex.list("realised_against_target_openers")), re.I)
        self.reached = re.compile(r"\b" + words_pattern(lex.list("reached_against_target_words"), suffix=r"(?:nya)?\b"), re.I)
        # 'biaya renovasi Rp 9 miliar ... dan dijadwalkan dibuka tahun 2027': when another event is planned to happen,
        # a plan word and the verb of that event right before the period (lexicon plan_words, planned_event_verbs,
        # event_date_words; not the value's own event, 'dana X dijadwalkan cair pada Desember')
        self.planned_event = re.compile(rf"\b{words_pattern(lex.list('plan_words'))}\s+{words_pattern(lex.list('planned_event_verbs'))}"
                                        rf"\s+(?:{words_pattern(lex.list('event_date_words'))}\s+)*$", re.I)
        # 'melepas ekspor 14 kontainer', 'ekspor ikan kerapu kali ini': one shipment let go
        self.release = re.compile(r"\b(?:(?P<clearance>" + words_pattern(lex.list("shipment_clearance_words")) + r")|"
                                  + words_pattern(lex.list("shipment_release_words")) + r"|"
                                  + words_pattern(lex.list("shipment_nouns")) + r"\s+(?:[^\W\d]+\s+){0,3}?"
                                  + words_pattern(lex.list("shipment_occasion_words")) + r")", re.I)
        # 'saat pelepasan ekspor', 'usai melepas ekspor': the event only names when something else happened
        self.passing = re.compile(r"\b" + words_pattern(lex.list("passing_mention_words")) + r"\s+(?:[^\W\d]+\s+){0,2}$", re.I)
        grammar = lex.compiled(PeriodGrammar)
        # 'Pada Selasa, 4 Juli 2023, harga cabai turun ...': a sentence that opens with the day prices were
        # observed on (a market watch): that day is the period of the prices that follow (lexicon price_words)
        weekday = words_pattern(lex.mapping("days"))
        # (after a dateline, 'KOTA, Koran - Pada ...')
        self.day_opening = re.compile(rf"\W{{0,3}}(?:[^\W\d][^.;\n\d]{{0,60}}?\s[–—-]\s*)?pada\s+(?:{weekday}\s*(?:,\s*)?)?(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+"
                                      rf"(?P<m>{words_pattern(grammar.months)})\s+(?P<y>{YEAR})\b", re.I)
        self.months = grammar.months
        # 'Per 4 Juli 2023 sudah ada 120 gerai': a count said as of a day is that day's (a flow 'hingga' a day runs from January)
        # ('data terakhir yaitu 30 April': the day the latest data stand at, as 'per 30 April'; lexicon as_of_data_phrases)
        self.as_of_day = re.compile(r"(?:per|" + words_pattern(lex.list("as_of_data_phrases"), suffix="") + r")\s+(?:tanggal\s+)?\d", re.I)
        # 'stok ... hingga 28 Februari 2025 mencapai X', 'cadangan ... sampai 30 Juni': a level held, said up to
        # a day with any of these words, stood on that day (lexicon level_as_of_day_words)
        self.level_as_of_day = re.compile(words_pattern(lex.list("level_as_of_day_words") + lex.list("as_of_data_phrases"))
                                          + r"\s+(?:tanggal\s+)?\d", re.I)
        # a sentence without digits names a period only with one of these words
        self.time_words = grammar.month_words | {"tahun", "setahun", "bulan", "periode", "kuartal", "triwulan", "semester"}
        self.target_word = re.compile(r"\b" + words_pattern(lex.list("target_words")), re.I)
        self.realised_verb = re.compile(r"\b" + words_pattern(lex.list("realised_so_far_verbs")), re.I)
        # 'Khusus kuartal ini kita pasang paling sedikit Rp X': the bare verb of proposing, placing or revising a value right
        # after the period sets the value for that period, like a target word (lexicon proposal_verbs, placing_verbs,
        # revising_verbs; facts.proposed_target)
        self.value_setting_verb = re.compile(r"\b" + words_pattern(lex.list("proposal_verbs") + lex.list("placing_verbs")
                                                                   + lex.list("revising_verbs")) + r"\b", re.I)
        # '41,2% dari target Rp 90 miliar', '57 persen dari keseluruhan target tahun ini': a share of a target, right after it
        # (lexicon target_measured_phrases, a word of the whole (whole_amount_words) perhaps before their last word)
        whole = words_pattern(lex.list("whole_amount_words"))
        measured = "|".join(r"\s+".join(map(re.escape, p.split()[:-1])) + rf"\s+(?:{whole}\s+)?" + re.escape(p.split()[-1])
                            for p in lex.list("target_measured_phrases") if len(p.split()) > 1)
        self.of_target = re.compile(rf"\W{{0,3}}(?:{measured})\b(?P<rest>[^.;:!?]{{0,60}})", re.I)
        self.same_time = re.compile(r"\W*" + words_pattern(lex.list("same_time_words")) + r"\b", re.I)
        self.data_before = re.compile(r"\b" + words_pattern([fold(m) for m in lex.list("measures")] + lex.list("realization_nouns")
                                                           + lex.list("performance_nouns")) + r"(?:\s+[^\W\d]+)?\s*$")
        self.allocation = re.compile(r"\b" + words_pattern(lex.list("allocation_nouns")) + r"\b", re.I)
        self.sale_price = re.compile(rf"\b{words_pattern(lex.list('sale_verbs'))}(?:\s+[^\W\d]+){{0,4}}?\s+"
                                     rf"{words_pattern(lex.list('sale_price_words'))}\s*(?:{approx}\s+)?$", re.I)
        self.cohort_before = re.compile(r"\b" + words_pattern(lex.list("cohort_nouns")) + r"(?:\s+[^\W\d]+){0,3}\s+$", re.I)
        self.target_progress = re.compile(r"\b" + words_pattern(lex.list("target_progress_words")) + r"\b", re.I)
        self.target_period_link = re.compile(r"\b" + words_pattern(lex.list("target_period_links")) + r"\b", re.I)
        # a sentence about what is aimed at or expected ('ditargetkan', 'memperkirakan'): its period is not what was reported
        self.aim = re.compile(r"\b" + words_pattern(lex.list("target_words") + lex.list("projection_words")), re.I)
        self.measures = re.compile(r"\b" + words_pattern([fold(m) for m in lex.list("measures")]))
        self.measure_verb = re.compile(r"\b" + words_pattern([fold(m) for m in lex.list("measure_verbs")]))


class FrameTracker:
    """The frame as the article unfolds: `sentence()` sorts a sentence's period mentions,
    `period_of()` decides each figure's period, `update()` lets the sentence set the frame."""

    def __init__(self, lex: Lexicon, body: str, published: dt.date | None, title: str | None = None,
                 reported_days=()):
        self.lex, self.body, self.published = lex, body, published
        # (offset, day) of the days the text reports from, named with a weekday just before publication (read.py
        # reporting_days): 'now' said in such a day's paragraph is that day (`now_day`)
        self.reported_days = tuple(reported_days)
        # the period compared with, named again in a sentence without becoming the frame (`restates_comparison`), with
        # the paragraph it was named in: what the next sentence tells of 'saat itu' is of that period (`told_of_then`)
        self.restated: tuple[Period, str, int] | None = None
        self.words: FrameWords = lex.compiled(FrameWords)
        self.frame = Frame()
        self.projection: Period | None = None   # the last period a projection was stated for
        self.target: tuple[Period, str] | None = None  # the article's target period and the words naming it
        # the last comparison period named, with the frame it was named against ('dibanding
        # Agustus 2020. Yaitu dari X menjadi Y': X is August's value)
        self.comparison: tuple[Period, str, Period | None] | None = None
        # every period named as a comparison -> the frame it was compared with ('naik pada
        # Agustus dibandingkan dengan Juli': July -> August)
        self.compared_frames: dict[Period, Period | None] = {}
        self.months_named: dict[int, tuple] = {}  # month number -> ((where, period), ...) each named with its year
        # the last sentence asked about (its start), its release words, and whether they only clear
        # a shipment ('memfasilitasi ekspor') rather than let one go at a ceremony (see `release`)
        self.released: tuple[int, str | None, bool] = (-1, None, False)
        self.main: Frame | None = None  # the first frame, when it is one month: what a monthly report is on
        self.turn_decided: tuple[Frame, int] | None = None  # the frame and paragraph `back_to_main` last decided for
        # undated text that names its year ('Tahun 2023 ini, ...'): the year of writing
        self.this_year: int | None = None if published is not None else self.year_of_writing_said()
        self.reporter: str | None = None  # who the sentence being read reports for (see `hear`)
        self.speaker: str | None = None  # who has the floor in the sentence being read
        # undated text reported on a span counted from now, with no year ('hingga akhir Agustus')
        self.unbounded_report = False
        self.reports: dict[str, Frame] = {}  # each reporter's last frame
        # the reported values said since the last one with a period, none of them given one, with
        # their paragraphs: a sentence of its own may name their period next (see `date_just_said`)
        self.just_said: list[tuple[Figure, int]] = []
        # the period of the value the last sentence with one reported (None for a projection or target) and where
        # that sentence ended (see the growth rule in `chosen_period`, lexicon value_back_references)
        self.last_value: tuple[Period | None, int] | None = None
        # why the last reported value of the last sentence with one had no period as what stands (a `Standing` reason),
        # its unit and where that sentence ended; None when it had another reason (see `part_of_standing_whole`)
        self.last_standing: tuple[Standing, str | None, int] | None = None
        # each reported amount (abs value, unit) -> the period, the words of its sentence up to it and the paragraph of its
        # latest telling (see `told_again`)
        self.told_values: dict[tuple, tuple[Period, set[str], int]] = {}
        self.dated_spans: list[tuple[Period, str, int]] | None = None  # undated text: the months it names with a year, and where
        self.paragraph_starts: list[int] | None = None  # where each paragraph of the body starts (text.paragraphs), read when needed
        # the start of each line that states a reported value -> the period of the last one and why
        # (the line may introduce a list whose items are parts of it: see `as_its_list_introduced`)
        self.reported_lines: dict[int, tuple[Period | None, str]] = {}
        self.held_now_words: dict[int, str] = {}  # a level held now: where its value starts -> the now-word said (level_now_frame)
        # the period only the last sentence's targets were stated for, when it is over, where that sentence ended and
        # the targets' (value, unit) (see `realised_against_told_target`)
        self.target_told: tuple[PeriodMention, Period, int, list[tuple]] | None = None
        if title:
            self.frame_from_title(title)

    def year_of_writing_said(self) -> int | None:
        """Undated text that says anywhere which year it is written in ('sepanjang 2023 hingga kini', 'Tahun 2023
        ini'; lexicon year_to_now_openers, year_to_now_words): that year, when it names only one such; what it says
        of 'tahun ini', also before, is of that year (decision 0041: 'tahun ini' is the year the text reports on).
        Not a month or a part of a year before it ('Maret 2020 hingga kini', 'akhir 2019 ini'; year_ini_not_after),
        nor a span from a year to now, a from-word earlier in the clause ('sejak awal 2021 hingga sekarang',
        'Periode 2020 hingga kini'; year_to_now_not_after)."""
        years = set()
        for m in self.words.year_to_now.finditer(self.body):
            if m.group("before") and fold(m.group("before")) in self.words.year_ini_not_after:
                continue
            clause = clause_start(self.body, m.start(), ".;:!?\n,")
            if not self.words.year_from.search(self.body, clause, m.start("y") if m.group("y") else m.start("y2")):
                years.add(int(m.group("y") or m.group("y2")))
        return years.pop() if len(years) == 1 else None

    def install(self, frame: Frame) -> None:
        """`frame` becomes the frame; the first one the article sets is its main frame when it is one month."""
        self.frame = frame
        self.restated = None
        if frame.reporter is not None and not frame.event and frame.looked_back_from is None:
            self.reports[frame.reporter] = frame
        if self.main is None and frame.period is not None and frame.period.start != frame.period.end:
            # (a day's frame, prices observed that day, leaves the main frame to the first span named)
            self.main = frame if one_month(frame.period) else Frame()

    def back_to_main(self, seg: Segment, amounts: list[Amount] | None = None) -> None:
        """A monthly report ('Oktober 2022') that turns to the year so far ('Selama Januari-Oktober
        2022, ...') does so for that paragraph: the next paragraph reports on the month again,
        unless it names the cumulative span itself or refers back to it ('sepanjang periode itu').
        Decided at the first sentence that states values (`amounts`; a line without any, 'Baca
        Juga', turns nothing), and not when that sentence opens with a share ('porsi terbesar disumbang
        mesin sebesar 38%', lexicon share_words before its first value, a percentage):
        the composition of the total just reported, the span's. Decided once a paragraph: the
        paragraph's later sentences ('Sisanya sebesar X') go on as its first one went."""
        main, frame = self.main, self.frame
        if main is None or main.period is None or frame.period is None or frame.paragraph in (-1, seg.paragraph) \
                or not amounts:
            return
        if self.turn_decided is not None and self.turn_decided[0] is frame and self.turn_decided[1] == seg.paragraph:
            return
        self.turn_decided = (frame, seg.paragraph)
        if self.opens_with_quote(seg):
            return  # '"Lewat pelabuhan X ada sepertiganya," ujarnya.': the speaker goes on about the span just named
        if amounts[0].unit == "percent" and (self.words.share.search(self.body, seg.start, amounts[0].start)
                                             or self.words.list_goes_on.match(self.body, seg.start, amounts[0].start)
                                             and sum(a.unit == "percent" for a in amounts) >= 2
                                             and not self.words.change.search(fold(self.body[seg.start:amounts[0].start]))):
            # 'porsi terbesar disumbang impor mesin sebesar 38%': a share of the span's total; 'Selain itu, kopi
            # 12,4 persen, teh 8 persen' (lexicon list_continuation_openers, a list of two or more percentages), no
            # change word before it: the span's shares go on ('Selain itu, tingkat penghunian hotel 55,3 persen',
            # a single rate of something else, is the month's)
            return
        if frame.period.start == dt.date(main.period.start.year, 1, 1) and frame.period.end == main.period.end \
                and frame.period != main.period and not self.refers_back(seg):
            self.frame = main

    def hear(self, seg: Segment, reporter: str | None, speaker: str | None = None, named: bool = False) -> None:
        """Who the sentence reports for (its body, else its speaker; `speaker` has the floor,
        `named` in this very sentence). A body that reported on one
        period, interrupted by another body's report on another period ('Dinas X mencatat
        selama 2013 ...'), reports on its own period again when a later paragraph gives it the
        floor back ('Kepala BPS menambahkan, lima negara utama ...'): the other body's period
        was that body's, not the article's."""
        self.reporter = reporter
        self.speaker = speaker
        self.met_target_frame_ends(seg)
        frame, own = self.frame, self.reports.get(reporter) if reporter else None
        if own is None or own is frame or frame.reporter in (None, reporter) or frame.paragraph in (-1, seg.paragraph) \
                or own.period is None or own.period == frame.period:
            self.look_back_ends(seg, speaker, named)
            return
        self.frame = replace(own, resumed=f"{reporter} reports again, on '{own.said}' (not '{frame.said}', "
                                          f"which {frame.reporter} reported)")

    def met_target_frame_ends(self, seg: Segment) -> None:
        """A frame set by a sentence saying a target met or missed by a time ('Hingga akhir Mei 2024 dinas telah
        memenuhi target.') frames the values after it in its paragraph only: after a blank line or a line that ends a
        sentence the frame before it stands again (a line broken inside a sentence goes on)."""
        frame = self.frame
        if frame.in_paragraph_of is not None and PARAGRAPH_END.search(self.body, frame.sentence_start, seg.start):
            self.frame = frame.in_paragraph_of

    def look_back_ends(self, seg: Segment, speaker: str | None, named: bool) -> None:
        """'Pada 2022, kantor itu membukukan X.' told as background in a report on this year: the
        look back is the speaker's who told it. A later paragraph whose first sentence gives the
        floor to another speaker, named there ('Kepala Bidang Y menuturkan ...'; a look back the
        narrator told is the report's, as another body's period is), or opens on
        another side of the matter (lexicon topic_openers: 'Di bidang pelayanan, ...'), is back on
        what the report was on before, unless it refers back to the period just named ('pada
        tahun itu', 'periode tersebut')."""
        frame = self.frame
        if frame.looked_back_from is None or seg.paragraph == frame.paragraph or not self.first_of_paragraph(seg):
            return
        if self.points_back(seg, frame):
            if named and speaker is not None:
                self.frame = replace(frame, speaker=speaker)  # who takes up the look back goes on with it
            return
        another = named and speaker is not None and frame.speaker is not None and speaker != frame.speaker
        if not another and not self.words.topic_opener.match(self.body, seg.start, seg.end):
            return
        before = frame.looked_back_from
        turn = f"{speaker} has the floor" if another else "the paragraph turns to another side"
        self.frame = replace(before, resumed=f"{turn}, after '{frame.said}' was looked back on: "
                                             + (f"'{before.said}' again" if before.said else "no period named before it"))

    def points_back(self, seg: Segment, frame: Frame) -> bool:
        """The sentence speaks of what was told since `frame` was named: of its period ('pada tahun itu',
        'sepanjang tahun tersebut', 'saat itu'; lexicon time_back_references, year_back_demonstratives), or of
        a thing named there, its noun with a demonstrative after it ('penjualan itu', 'kapal-kapal tersebut';
        not a connective, lexicon contrast_clause_openers: 'Sementara itu')."""
        body = self.body
        if self.refers_back(seg) or self.words.that_year.search(body, seg.start, seg.end) \
                or self.words.time_back.search(body, seg.start, seg.end):
            return True
        told = body[body.rfind("\n", 0, max(frame.sentence_start, 0)) + 1:seg.start]
        told_words = {fold(w) for w in re.findall(r"[^\W\d]+", told)}
        return any(fold(m.group("noun")) in told_words
                   and fold(f"{m.group('noun')} {m.group('this')}") not in self.words.contrast_openers
                   for m in self.words.noun_pointed_back.finditer(body, seg.start, seg.end))

    def paragraph_before(self, seg: Segment) -> str:
        """The paragraph's text before the sentence."""
        return self.body[self.body.rfind("\n", 0, seg.start) + 1:seg.start]

    def first_of_paragraph(self, seg: Segment) -> bool:
        return not self.paragraph_before(seg).strip()

    def looks_back(self, period: Period) -> bool:
        """A whole year named after the report was on a later period ('Januari-Agustus 2023 ...
        Pada 2021, ...'), or, in undated text, after it reported on a span counted from now with no
        year ('hingga akhir Agustus ... Pada 2022, ...'; a report on this year names it 'tahun ini'):
        a past year looked back on, background to the report."""
        if period != Period.year(period.start.year):
            return False
        before = self.frame.period
        if before is not None:
            return before.start > period.end
        return self.published is None and self.unbounded_report and not self.frame.said

    def observed_on_day(self, seg: Segment, amounts: list[Amount]) -> bool:
        """'Pada Selasa, 4 Juli 2023, harga bawang turun ... Rp 30.000 per kg': a sentence that opens with a day and
        speaks of prices (lexicon price_words) with a price value in it (an amount per unit) reports prices observed
        that day, which becomes the frame; so does one with no value at all that compares the prices with a time
        before (lexicon comparison_cues: 'harga ... turun dibandingkan bulan sebelumnya'). A day's remark on prices
        ('menyebut harga CPO sedang melemah') does not. True if it did."""
        opening = self.words.day_opening.match(self.body, seg.start, seg.end)
        price = opening and self.words.price.search(self.body, opening.end(), seg.end)
        if not price or not any(a.unit and "/" in a.unit for a in amounts) \
                and (amounts or not self.words.compared.search(self.body, price.end(), seg.end)):
            return False
        try:
            day = dt.date(int(opening.group("y")), self.words.months[fold(opening.group("m"))], int(opening.group("d")))
        except ValueError:
            return False
        if self.published is not None and day > self.published:
            return False
        said = " ".join(self.body[opening.start("d"):opening.end()].split())
        self.install(Frame(Period(day, day), said, seg.paragraph, seg.start, reporter=self.reporter))
        return True

    def opens_with_quote(self, seg: Segment) -> bool:
        """The sentence's paragraph opens with a quotation mark: a quote that continues what the
        paragraph before it reported, not a new turn of the report."""
        opening = (self.paragraph_before(seg) + self.body[seg.start:seg.end]).lstrip()
        return opening[:1] != "" and opening[:1] in QUOTE_MARKS

    def refers_back(self, seg: Segment) -> bool:
        """'sepanjang periode itu', 'pada periode tersebut': the sentence speaks of the period just
        named; so does one compared with 'periode yang sama di tahun 2022' (the same months as
        the span just named, of another year), and one that points back at the change just reported
        before its first value ('Kenaikan ekspor itu didorong oleh ...')."""
        first = re.search(r"\d", self.body[seg.start:seg.end])
        if self.words.change_pointed_back.search(self.body, seg.start, seg.start + first.start() if first else seg.end):
            return True
        return any(m.relative in ("same_as_before", "same_period_previous_year", "same_period_in_year")
                   for m in find_periods(self.lex, self.body, seg.start, seg.end))

    def state(self) -> tuple:
        """What the discourse so far has set, to be put back after an aside (a photo caption).
        The main frame too: a caption's period ('hingga November', under a photo) is never what
        a monthly report is on."""
        return self.frame, self.projection, self.target, self.comparison, dict(self.months_named), self.main, \
            dict(self.compared_frames), dict(self.reports)

    def restore(self, state: tuple) -> None:
        self.frame, self.projection, self.target, self.comparison, self.months_named, self.main, self.compared_frames, \
            self.reports = state

    # --- reading a sentence ------------------------------------------------------------

    def frame_from_title(self, title: str) -> None:
        mentions = [m for m in find_periods(self.lex, title, 0, len(title)) if not m.relative_to_frame]
        for mention in mentions:
            period = mention.resolve(None, self.published)
            if self.words.start_point.search(title[max(0, mention.start - 50):mention.start]) and not self.closed_span(mention, title):
                continue  # '4 ribu ton lada diekspor sejak Maret 2023': when it began, not the period reported on
            if period and not self.future(period):
                self.install(Frame(period, title[mention.start:mention.end], -1))

    def sentence(self, seg: Segment, amounts: list[Amount]) -> SentencePeriods:
        """The sentence's period mentions, which of them are comparisons and which amounts
        are base values (with the period said right after them, if any)."""
        body, words = self.body, self.words
        self.end_set_ahead(seg)
        self.back_to_main(seg, amounts)
        if amounts:
            self.observed_on_day(seg, amounts)
        # ('sisa target harus dicapai dalam tujuh bulan': months counted that are not the year so far are a duration)
        found = SentencePeriods(self.without_retold([m for m in find_periods(self.lex, body, seg.start, seg.end)
                                                     if not m.counted or self.resolve(m, self.frame.period) is not None]))
        if self.published is None and self.this_year is None:
            self.this_year = next((m.so_far for m in found.mentions if m.so_far), None)
        for index, amount in enumerate(amounts):
            if self.is_base(seg, amounts, index):
                found.base.add(index)
                own = self.right_after(found.mentions, amount, amounts, index, seg, BASE_OWN_AFTER, limit=14) \
                    or self.right_after(found.mentions, amount, amounts, index, seg, self.words.own_after_phrase)
                if own is None and self.from_to(amounts, index, amounts[index - 1].end if index else seg.start):
                    own = self.right_after(found.mentions, amount, amounts, index, seg, BASE_AS_OF_AFTER, limit=20)
                if own:
                    found.claimed[index] = own
                    found.comparison.add(id(own))
        for index, amount in enumerate(amounts):
            mark = self.right_after(found.mentions, amount, amounts, index, seg, BRACKET_OPEN)
            if mark is not None and mark.relative == "year_to_date":
                found.marked[id(mark)] = index
        previous = None
        for mention in found.mentions:
            prior = previous
            if previous is not None and self.restates_compared(previous, mention, found, amounts):
                found.comparison.add(id(mention))  # 'dibanding setahun lalu, yaitu Januari-April 2022'
            if previous is not None and BRACKET_OPEN.fullmatch(body[previous.end:mention.start]) \
                    and (id(previous) in found.comparison or previous.relative_to_frame and previous.relative != "year_to_date"):
                # ('secara kumulatif (Januari-Juli 2023)' names the span reported on, no comparison)
                found.comparison.add(id(mention))  # 'dibanding bulan sebelumnya (Juni 2023)': the same comparison
            previous = mention
            if words.start_point.search(body[max(seg.start, mention.start - 50):mention.start]) \
                    and not self.closed_span(mention):
                found.start_points.add(id(mention))
            lo = max([seg.start] + [a.end for a in amounts if a.end <= mention.start])
            before = body[max(lo, mention.start - 60):mention.start]
            cue = words.cue_before.search(before)
            if cue and not self.whole_of_a_share(seg, mention.start - len(before) + cue.start()):
                cue_at = mention.start - len(before) + cue.start()
                found.comparison.add(id(self.earlier_compared(prior, mention, found, cue_at)))
            elif self.from_compared(before, mention.start, seg.start) and words.change.search(body, seg.start, mention.start) \
                    and (not RANGE_INSIDE.search(body[mention.start:mention.end]) or self.frame_a_year_before(mention)
                         or FROM_THEN_AT.search(before)):
                found.comparison.add(id(mention))
        self.remember_months(found)
        self.realised_against_told_target(seg, found, amounts)
        return found

    def realised_against_told_target(self, seg: Segment, found: SentencePeriods, amounts: list[Amount]) -> None:
        """'Pada tahun 2016 target penyerapan dianggarkan Rp 100 triliun. Namun, capaian realisasinya hanya Rp 94
        triliun': a sentence right after one that stated only a target for a period now over, opening with a word
        that sets what was reached against it (lexicon realised_against_target_openers) and naming no period of its
        own, reports what was reached in the target's period; that period is the frame from there on. The target's
        period alone sets no frame (`about_future`): a target is mostly for what is to come."""
        told, self.target_told = self.target_told, None
        if told is None or found.mentions or not amounts:
            return
        mention, period, end, targets = told
        if self.body[end:seg.start].strip() or not self.words.realised_against_target.match(self.body, seg.start, seg.end) \
                or self.words.present.search(self.body, seg.start, seg.end) \
                or not self.words.reached.search(self.body, seg.start, seg.end) \
                or not any(near_the_target(a, targets) for a in amounts):
            return  # ('Namun, hingga kini realisasinya baru X': what stands now, not the target's period)
        self.install(Frame(period, self.body[mention.start:mention.end], seg.paragraph, seg.start, reporter=self.reporter,
                           speaker=self.speaker))

    def note_target_told(self, seg: Segment, mention: PeriodMention, targets) -> None:
        """Remember the period a sentence stated only targets for, when it is over by publication (undated text: before
        the year it says it is written in), for the sentence after it (`realised_against_told_target`)."""
        period = mention.resolve(self.frame.period, self.published)
        over = period is not None and (period.end < self.published if self.published is not None
                                       else self.this_year is not None and period.end.year < self.this_year)
        if over:
            self.target_told = (mention, period, seg.end, [(t.value, t.unit) for t in targets])

    def without_retold(self, mentions: list[PeriodMention]) -> list[PeriodMention]:
        """'pada Maret sampai Mei 2022 atau kuartal ketiga tercatat X': a period told again right after one
        with its own bounds, joined by 'atau' (lexicon period_restating_links), without a year of its own, is the
        first told another way (or mistold): the first, which names its year, stands for both. Not a second that
        lies inside the first in its year, which narrows it ('pada 2022, atau tepatnya Maret'): that one is kept."""
        kept: list[PeriodMention] = []
        for mention in mentions:
            first = kept[-1] if kept else None
            if first is not None and self.whole_year_said_again(first, mention):
                continue

            if first is not None and first.period is not None and mention.year_missing is not None and not mention.relative \
                    and self.words.period_restated.fullmatch(self.body, first.end, mention.start) \
                    and not self.lies_inside(mention, first.period):
                continue
            kept.append(mention)
        return kept

    def whole_year_said_again(self, first: PeriodMention, mention: PeriodMention) -> bool:
        """'Tahun lalu, setahun penuh kita salurkan X', '2023 sepanjang tahun': a whole year without its number
        (lexicon whole_year_phrases) set off only by a comma after a year (a year offset or a calendar year) that
        opens what is said says that year is meant whole; read alone it would be the year of writing, which the
        text has just said it is not. Not after a year compared with ('naik dibanding tahun lalu, setahun penuh
        diproyeksikan X': the comparison is over, the whole year is the current one) nor after a start ('sejak
        2020, selama setahun terakhir'), nor a whole year counted back ('setahun terakhir')."""
        if mention.year_missing is None or mention.year_missing[0] != "whole_year" \
                or not (COMMA_AT_MOST.fullmatch(self.body, first.end, mention.start)
                        or self.subject_between(first, mention)) \
                or self.words.counted_back_after.match(self.body, mention.end):
            return False
        before = self.body[max(0, first.start - 60):first.start]
        if self.words.cue_before.search(before) or self.words.start_point.search(before):
            return False
        return first.relative == "offset" or first.period is not None and first.period == Period.year(first.period.start.year)

    def subject_between(self, first: PeriodMention, mention: PeriodMention) -> bool:
        """'Pada 2022, ekspor perikanan provinsi itu sepanjang tahun tercatat X': the year opens the sentence (a
        preposition of time at most before it, lexicon period_list_words and span_openers) and between it and the
        whole year, after a comma, stand only the words of what is measured (no number, no other clause, no
        comparison). A year in the middle of a sentence ('... USD 150 juta pada 2022, sementara nilai ekspor
        sepanjang tahun diproyeksikan ...') sets nothing for a whole year said after it."""
        gap = self.body[first.end:mention.start]
        opening = self.body[max(0, first.start - 40):first.start]
        opening = opening[max(opening.rfind(". "), opening.rfind("\n")) + 1:]
        return gap.lstrip().startswith(",") and SUBJECT_GAP.fullmatch(gap.lstrip()[1:]) is not None \
            and not self.words.cue_before.search(gap) and self.words.year_opener.fullmatch(opening) is not None

    @staticmethod
    def lies_inside(mention: PeriodMention, period: Period) -> bool:
        """The months of a mention without a year (`year_missing`), taken in the year `period` ends in, all lie
        inside `period`."""
        _, first, last = mention.year_missing
        if mention.week or not (1 <= first <= last <= 12):
            return False
        inner = Period.months(period.end.year, first, last)
        return period.start <= inner.start and inner.end <= period.end

    def earlier_compared(self, prior: PeriodMention | None, mention: PeriodMention, found: SentencePeriods,
                         cue_at: int) -> PeriodMention:
        """Of two spans a year apart joined by a comparison cue alone, the earlier is the one
        compared with, whichever is written first: 'Januari-Agustus 2020 dibandingkan
        Januari-Agustus 2021 naik 15 persen' reports on 2021 as 'Januari-Agustus 2021 naik 15
        persen dibandingkan Januari-Agustus 2020' does (a change is measured from the past).
        When a value stands between the first span and the cue ('Januari 2023 sebanyak X
        dibandingkan Januari 2024 sebanyak Y'), each span keeps its own value: nothing swaps."""
        if prior is None or id(prior) in found.comparison or prior.period is None or mention.period is None \
                or prior.period != mention.period.shifted(-1) or self.body[prior.end:cue_at].strip(" ,"):
            return mention
        return prior

    def from_compared(self, before: str, end: int, lo: int) -> bool:
        """`before` (the text up to `end`) ends with 'dari' and the words that lead to the period
        compared with ('dari posisi', 'dari bulan'); or with 'dari' and a measure ('dari impor
        bulan Mei') when a change word and its amount stand right before that 'dari' ('tumbuh 7
        persen dari impor ...'), not a share of ('40 persen dari impor bulan Mei')."""
        if self.words.from_before.search(before):
            return True
        measured = self.words.from_measure_before.search(before)
        if measured is None:
            return False
        dari = end - len(before) + measured.start()
        return bool(self.words.change_then_amount.search(self.body, max(lo, dari - 60), dari))

    def frame_a_year_before(self, mention: PeriodMention) -> bool:
        """'naik 3 persen dari Januari hingga Juli 2018' in a report on January-July 2019: after
        'dari', a span of months reads 'from January to July', the period reported, unless it is
        the frame's own span a year earlier, the one compared with."""
        frame = self.frame.period
        return frame is not None and mention.period is not None and mention.period == frame.shifted(-1)

    def restates_compared(self, previous: PeriodMention, mention: PeriodMention, found: SentencePeriods,
                          amounts: list[Amount]) -> bool:
        """'dibanding setahun lalu, yaitu Januari-April 2022': a span with its year
        right after a relative comparison period ('setahun yang lalu', 'tahun lalu'), set off by a
        comma, says which months of that year are compared with. So does the year itself named later
        in the sentence before any value ('Jika dibandingkan periode yang sama tahun lalu ada penurunan,
        yakni pada tahun 2015 mencapai X'): the sentence names the year it compares with, not a new
        frame."""
        if mention.period is None or id(previous) not in found.comparison:
            return False
        said_again = APPOSITION.fullmatch(self.body[previous.end:mention.start]) \
            and previous.relative == "offset" and previous.offset < 0
        named_later = said_before_the_frame(previous) and not any(previous.end <= a.start < mention.start for a in amounts)
        if not (said_again or named_later):
            return False
        year = previous.resolve(self.frame.period, self.published)
        return year is not None and year.start.year == year.end.year == mention.period.start.year == mention.period.end.year

    def month_compared_within(self, start: int, end: int, span: Period | None) -> tuple[Period, str] | None:
        """A month that body[start:end] compares with ('naik 5 persen dibanding Mei 2024') lying
        inside `span` but not ending it: the month after it (what is compared with the month
        before), when that month is inside `span` too. Without a span, the month after it
        when both lie in the few months before publication (the news of a monthly report; a
        month long before is more likely the same month a year earlier)."""
        if span is None:
            if self.published is None:
                return None  # undated: a month compared with may be a year before as well as one
            span = Period(self.published - dt.timedelta(days=RECENT_DAYS), self.published)
        for mention in find_periods(self.lex, self.body, start, end):
            period = mention.period
            if period is None or not one_month(period) \
                    or not self.words.cue_before.search(self.body[max(start, mention.start - 60):mention.start]):
                continue
            after = Period.months(period.end.year + period.end.month // 12, period.end.month % 12 + 1,
                                  period.end.month % 12 + 1)
            if span.start <= period.start and after.end <= span.end:
                return after, self.body[mention.start:mention.end]
        return None

    def closed_span(self, mention: PeriodMention, text: str | None = None) -> bool:
        """'mulai Januari hingga Agustus 2022', 'sejak periode Januari-Agustus': a start word
        before a span that names its own end is that span, a period, not when something began."""
        text = text or self.body
        if not mention.vague and UNTIL_BEFORE.search(text, max(0, mention.start - 24), mention.start):
            return True  # 'mulai Maret sampai akhir 2019': the span's end is said right before the year
        if mention.vague or not RANGE_INSIDE.search(text[mention.start:mention.end]):
            return False
        return mention.period is None or mention.period.start != mention.period.end

    def is_base(self, seg: Segment, amounts: list[Amount], index: int) -> bool:
        """The value another is compared with: after a comparison cue ('dibanding ... sebesar
        X', 'dari sebelumnya X'), or after 'dari' in a sentence about a change ('naik dari
        3,1 miliar'); not after 'menjadi', nor 'dari total' (a share's whole)."""
        amount = amounts[index]
        lo = amounts[index - 1].end if index else seg.start
        if self.from_to(amounts, index, lo):
            return True
        if self.goes_with_previous(amounts, index) and self.is_base(seg, amounts, index - 1):
            return True  # 'dibanding 2021 yang nilainya US$ 9 juta dengan volume 400 ton': both are the base
        window_start = max(lo, amount.start - 120)
        window = self.body[window_start:amount.start]
        if self.words.not_base.search(window):
            return False
        if self.in_brackets_after_compared(seg, amount):
            return True
        cue = self.words.base_cue.search(window)
        if cue and self.words.new_clause.search(window, cue.end("cue")):
            cue = None  # '... ketimbang bulan sebelumnya, sedangkan ekspor nonmigas mencapai X': a new clause
        if cue and self.whole_of_a_share(seg, max(lo, amount.start - 120) + cue.start("cue")):
            return False  # 'berkontribusi 70 persen terhadap ekspor nasional senilai X': X is the whole, same period
        if cue and amount.unit == "percent" and PERIOD_BEFORE_CUE.search(window, 0, cue.start("cue")):
            return False  # 'bulan Juni 2023 terhadap bulan Mei 2023 sebesar 45 %': the change between the two
        change = self.words.change.search(window, 0, cue.start("cue")) if cue and amount.unit == "percent" else None
        if change and self.words.change_size_link.search(window, cue.end("cue")) \
                and not self.words.relative_pronoun.search(window, cue.end("cue")) \
                and not any(a.unit == amount.unit and seg.start <= a.start and a.end <= window_start + change.start()
                            for a in amounts[:index]):
            # 'turun dibanding Oktober 2023 yaitu sebesar 5 persen': the size of the change just named
            # ('naik dibanding Mei yang sebesar X', '... di angka X': X would be May's value, the base;
            # 'sebesar 2,5 persen, turun dibandingkan Mei yaitu 2,8 persen': the level was said before
            # the change word, so X is May's level, the base)
            return False
        if cue:  # 'dibandingkan Agustus 2021, ekspor melonjak 158,4 persen': the change itself, not a base
            after = self.words.change.search(window, cue.end("cue"))
            return after is None or self.compared_change_then_value(window_start, window, after.end()) \
                or self.change_reported_before(seg, amounts, index) \
                and self.compared_periods_own_change(window_start + cue.end("cue"), amount)
        base = self.words.from_value.search(self.body[max(seg.start, amount.start - 140):amount.start])
        # 'dari tahun ke tahun meningkat sebesar X': a change word after 'dari' says X is that change
        if base is not None:  # (unless the change is the compared period's own: 'dari tahun 2018 yang naik X')
            return not self.words.change.search(base.group("after")) or self.compared_period_then_value(seg, amount)
        return self.compared_period_then_value(seg, amount)

    def in_brackets_after_compared(self, seg: Segment, amount: Amount) -> bool:
        """'naik 4,3% dibanding periode yang sama tahun 2017 (Rp 513,2 triliun)': a value in brackets right after a
        period that follows a comparison cue (with at most a few leading words, 'dibandingkan dengan') is that
        period's value, the base. Not a bracket after anything else: 'dibanding tahun lalu, jumlah eksportir (37
        perusahaan) bertambah', 'lebih tinggi dibanding Kabupaten Garut (Rp X)', nor the reported period's own value
        after a comparison said first ('Dibanding tahun lalu, realisasi Januari-September 2023 (Rp X) naik')."""
        bracket = BRACKET_BEFORE.search(self.body, max(seg.start, amount.start - 6), amount.start)
        if bracket is None:
            return False
        mentions = [m for m in find_periods(self.lex, self.body, max(seg.start, bracket.start() - 80), bracket.start())
                    if not self.body[m.end:bracket.start()].strip()]
        if not mentions:
            return False
        lead = self.words.cue_then_lead.search(self.body, max(seg.start, mentions[-1].start - 60), mentions[-1].start)
        return lead is not None

    def compared_change_then_value(self, window_start: int, window: str, change_end: int) -> bool:
        """'melambat ketimbang laju semester I tahun lalu yang mencapai 6,1%': a change
        word after the comparison cue that names what is compared, then its period, then the value in a
        relative clause (lexicon relative_pronouns, relative_value_words right after it): the compared period's
        value, the base."""
        link = self.words.relative_link.search(window, change_end)
        if link is None or self.words.change.search(window, change_end, link.start()):
            return False
        start = window_start + change_end
        return bool(find_periods(self.lex, self.body, start, window_start + link.start()))

    def change_reported_before(self, seg: Segment, amounts: list[Amount], index: int) -> bool:
        """The sentence states a rate of change of its own before the amount: a change word, then an amount of the
        same unit ('tumbuh 6,12 persen, lebih tinggi dibandingkan ...'); not a share ('menyumbang 30 persen')."""
        lo = seg.start
        for earlier in amounts[:index]:
            if earlier.unit == amounts[index].unit and self.words.change.search(self.body, lo, earlier.start):
                return True
            lo = earlier.end
        return False

    def compared_periods_own_change(self, start: int, amount: Amount) -> bool:
        """'tumbuh 6,12 persen, lebih tinggi dibandingkan triwulan III 2023 yang tumbuh 5,47 persen': after the
        comparison cue, the period compared with and a relative clause with a change word right before the rate: that
        period's own change, the base (not a target: 'dibanding tahun lalu yang ditargetkan naik 5 persen'). The caller
        asks it only when the sentence has stated a rate before (the one reported): alone, 'Begitu pun bila
        dibandingkan dengan Mei 2022 yang naik 0,96 persen' tells the change against that period."""
        if amount.unit != "percent":
            return False
        mentions = [m for m in find_periods(self.lex, self.body, start, amount.start) if m.period is not None or m.relative_to_frame]
        if not mentions or not LEAD_WORDS.fullmatch(self.body[start:mentions[0].start].lstrip()):
            return False
        rest = self.body[mentions[-1].end:amount.start]
        return bool(self.words.own_change_of_compared.fullmatch(rest)) and not self.words.target_word.search(rest)

    def compared_period_then_value(self, seg: Segment, amount: Amount) -> bool:
        """'naik dari periode yang sama tahun sebelumnya sebesar X', 'menurun 23 persen dari periode
        yang sama tahun 2018 lalu yang sebesar X': after a change word and 'dari', a period said
        against the frame (the one compared with), then the value a few words on (no change word,
        no digit between; words that point back to the period, lexicon compared_base_links, or none;
        not a value reached, 'hingga mencapai X', lexicon arrival_words): the value of that period,
        the base, however many words the period takes."""
        window = self.body[max(seg.start, amount.start - 140):amount.start]
        far = self.words.from_far.search(window) or self.words.from_value.search(window)  # (a near one: see `is_base`)
        if far is None:
            return False
        after = amount.start - len(far.group("after"))
        for mention in find_periods(self.lex, self.body, after, amount.start):
            # (a month or year named with its own bounds counts too: 'naik 4 persen dari impor pada Juni 2021 yang
            # sebesar X'; not a span, 'dari Januari hingga Maret', which may be the period reported)
            # ('dari periode sebelumnya pada 1 hingga 15 April yang sebesar X': a span after 'pada' is the compared one's)
            named = mention.period is not None and (not RANGE_INSIDE.search(self.body[mention.start:mention.end])
                                                    or FROM_THEN_AT.search(self.body, max(seg.start, mention.start - 60), mention.start))
            if LEAD_WORDS.fullmatch(self.body[after:mention.start]) and (mention.relative_to_frame or named):
                rest = self.body[mention.end:amount.start]
                if amount.unit == "percent" and self.words.own_change_of_compared.fullmatch(rest) \
                        and not self.words.target_word.search(rest):
                    return True  # ('... dari tahun 2018 yang mampu naik 18,4%': the compared period's own change;
                    # not 'dari tahun 2023 yang ditargetkan naik 15%': a target, of its whole year)
                return LINK_WORDS.fullmatch(rest) is not None and not self.words.change.search(rest) \
                    and (not rest.strip() or self.words.base_link.search(rest) is not None) \
                    and (not self.words.arrival.search(rest) or self.words.relative_pronoun.match(rest.lstrip()) is not None)
                # ('... hingga mencapai X': the value reached, not the base; '... dari tahun 2019 yang
                # sebesar X': a relative clause right after the period says X is that period's)
        return False

    def from_to(self, amounts: list[Amount], index: int, lo: int) -> bool:
        """'dari US$ 832,86 juta menjadi US$ 391,66 juta': the value a change starts from,
        however far the change word or the comparison cue is."""
        amount = amounts[index]
        if index + 1 >= len(amounts) or amounts[index + 1].unit != amount.unit:
            return False
        before = self.body[max(lo, amount.start - 30):amount.start]
        return bool(self.words.from_before_value.search(before)
                    and self.words.to_after_value.search(self.body[amount.end:amounts[index + 1].start]))

    def right_after(self, mentions, amount: Amount, amounts, index: int, seg: Segment, between: re.Pattern,
                    limit: int | None = None) -> PeriodMention | None:
        hi = amounts[index + 1].start if index + 1 < len(amounts) else seg.end
        for mention in mentions:
            if amount.end <= mention.start < hi and mention.start - amount.end <= (limit or OWN_GAP) \
                    and between.fullmatch(self.body[amount.end:mention.start]):
                return mention
        return None

    def counted_span_named_before(self, seg: Segment, amounts: list[Amount], index: int,
                                  usable: list[PeriodMention]) -> tuple[Period, str] | None:
        """'capaian Rp 46 miliar selama delapan bulan itu lebih tinggi dibanding 2024': months counted
        and pointed back to ('bulan itu/tersebut') right after the value are the frame's span when it has
        that many months (January-August for 'delapan'); a later period in the sentence is another value's."""
        amount, frame = amounts[index], self.frame.period
        own = self.right_after(usable, amount, amounts, index, seg, self.words.counted_span_after)
        if own is None or own.relative != "same_as_before" or frame is None:
            return None
        if any(other.start >= own.end and other.start - own.end <= OWN_GAP and OWN_AFTER.fullmatch(self.body[own.end:other.start])
               for other in usable):
            return None  # 'dalam enam bulan itu pada 2020': the span is dated right after, not the frame's
        said = self.words.counted_span_after.fullmatch(self.body, amount.end, own.start).group("n")
        count = int(said) if said.isdigit() else self.words.number_words.get(fold(said))
        months = (frame.end.year - frame.start.year) * 12 + frame.end.month - frame.start.month + 1
        if count != months or frame.start.day != 1:
            return None
        return frame, f"{NAMED_AFTER} '{self.body[amount.end:own.end].strip()}': the {count} months of the frame's '{self.frame.said}'"

    def after_phrase(self, amount: Amount, mention: PeriodMention) -> str:
        """' and its noun phrase ('per tahun')' when words of the value's phrase stand between it
        and the period said for it, for the reason shown by --explain."""
        words = self.body[amount.end:mention.start].split()[:-1]  # all but the preposition
        return f" and its noun phrase ('{' '.join(words)}')" if words and not OWN_AFTER.fullmatch(self.body[amount.end:mention.start]) \
            and not BASE_OWN_AFTER.fullmatch(self.body[amount.end:mention.start]) else ""

    # --- choosing a figure's period ------------------------------------------------------

    def period_of(self, seg: Segment, found: SentencePeriods, amounts: list[Amount], index: int,
                  kind: str) -> tuple[Period | None, str]:
        """The period of amounts[index] and why: the one place where it is decided."""
        period, reason = self.chosen_period(seg, found, amounts, index, kind)
        period, reason = self.growth_over_compared_months(found, amounts[index], kind, period, reason)
        period, reason = self.now_is_not_to_come(seg, amounts, index, kind, period, reason)
        period, reason = self.growth_over_one_compared_month(seg, found, amounts, index, kind, period, reason)
        period, reason = self.with_the_value_before(found, amounts, index, kind, period, reason)
        period, reason = self.share_of_year_target(seg, amounts[index], kind, period, reason)
        period, reason = self.target_met_then(seg, amounts[index], kind, period, reason)
        period, reason = self.change_between_month_ends(seg, found, amounts, index, kind, period, reason)
        period, reason = self.as_its_list_introduced(seg, kind, period, reason)
        period, reason = self.members_of_a_body(seg, amounts[index], kind, period, reason)
        period, reason = self.part_of_standing_whole(seg, found, amounts, index, kind, period, reason)
        found.decided[index] = (period, reason)
        return period, reason

    def now_is_not_to_come(self, seg: Segment, amounts: list[Amount], index: int, kind: str, period: Period | None,
                           reason: str) -> tuple[Period | None, str]:
        """'Pada 2024 itu kira-kira 30 persen, di mana saat ini baru 14,5 persen' in a text of 2020: a value said as
        of now (lexicon present_period_words before it in its clause) is not of a period still to come at
        publication, whatever the sentence names for the value it is set against."""
        now = None if kind in FUTURE_KINDS or period is None or self.published is None or period.start <= self.published \
            else self.said_now(seg, amounts, index, self.words.level_now)
        if now is None or find_periods(self.lex, self.body, now.end(), amounts[index].start):
            return period, reason  # ('saat ini alokasi pupuk untuk 2025 sebesar X': the value's own period, said after now)
        return None, f"said as of now, not of a period to come ({reason}){NO_PERIOD}"

    def as_its_list_introduced(self, seg: Segment, kind: str, period: Period | None,
                               reason: str) -> tuple[Period | None, str]:
        """An item of a list that a line of the story introduces (read.introducing_line: 'Komoditas
        penyumbang terbesar pada Desember 2024 yakni:' above '- Kopi USD 9,6 juta'), given its
        period by the frame alone, is of the period that line names for what it reports (the last
        one it names, not one compared with, nor a start or a vague span): the line says what its
        items are, as a sentence says it of its values. A month named inside the year reported on
        sets no frame, yet it is the items' period. When the line states a reported value itself,
        the items are its parts, of its period. A target or a projection given no period takes
        the one the line names ('Target ekspor per komoditas pada 2025 sebagai berikut:')."""
        future = kind in FUTURE_KINDS
        if not (reason.startswith("frame:") or reason == NO_FRAME or future and period is None):
            return period, reason  # (a target or a projection given no period: the line may name its year)
        intro = introducing_line(self.lex, self.body, seg.start)
        if intro is None:
            return period, reason
        if intro[0] in self.reported_lines and not future:  # the line states a value itself: its items are parts of it
            stated, said = self.reported_lines[intro[0]]
            if stated is None or stated == period:
                return period, reason
            return stated, f"as the value the line introducing its list states ({said})"
        for mention in reversed(find_periods(self.lex, self.body, intro[0], intro[1])):
            if mention.relative_to_frame or mention.vague \
                    or self.words.cue_before.search(self.body[max(intro[0], mention.start - 60):mention.start]) \
                    or self.words.start_point.search(self.body[max(intro[0], mention.start - 50):mention.start]) \
                    or not future and self.words.target_word.search(self.body, max(intro[0], mention.start - TARGET_NEAR), mention.start):
                continue  # (a period said for a target, 'target tahun ini', is no period of what the line reports)
            named = self.resolve(mention, self.frame.period)
            if named is None or named == period or self.future(named) and not future:
                return period, reason
            return named, f"the line introducing its list names '{self.body[mention.start:mention.end]}'"
        return period, reason

    def members_of_a_body(self, seg: Segment, amount: Amount, kind: str, period: Period | None,
                          reason: str) -> tuple[Period | None, str]:
        """'Ia menyebut 23 toko roti anggotanya menutup gerai', 'sekitar 15 persen anggota paguyuban masih
        menunggu izin': a count or a share of a body's members (lexicon member_nouns after the count's noun,
        or right after the share) is a standing population, not a flow of the months the frame carries from
        before. Only for a value given its period by the frame alone (a period its sentence names is its own),
        not money. Not when the members carry the frame's flow: the places it goes to or comes from, its doers or
        receivers (lexicon member_flow_prepositions before the count: 'dikirim ke 7 negara anggota', 'berasal dari
        8 pabrik anggota', 'dilakukan oleh 5 toko anggota', 'disalurkan kepada 70 nelayan anggota'), the subject of
        a flow verb in its clause (lexicon flow_count_verbs, member_flow_verbs: '6 toko anggota paguyuban mengirim
        ...', '20 persen anggota menyumbang penjualan itu'), nor members
        new in the period (lexicon member_newness_words right after: '9 toko anggota baru')."""
        if not reason.startswith("frame:") or kind not in ("realization", "share") or amount.is_monetary:
            return period, reason
        pattern = self.words.members_after_share if amount.unit == "percent" else self.words.members_after_count
        member = pattern.match(self.body, amount.end, min(seg.end, amount.end + 60))
        if member is None or self.words.member_flow_before.search(self.body, max(seg.start, amount.start - 30), amount.start) \
                or self.words.member_newness_after.match(self.body, member.end()):
            return period, reason
        clause = CLAUSE_BREAK.search(self.body, member.end(), seg.end)
        if self.words.member_flow_after.search(self.body, member.end(), clause.start() if clause else seg.end):
            return period, reason
        return None, Standing(f"a count or share of a body's members ('{' '.join(member.group().split())}'){NO_PERIOD}")

    def part_of_standing_whole(self, seg: Segment, found: SentencePeriods, amounts: list[Amount], index: int, kind: str,
                               period: Period | None, reason: str) -> tuple[Period | None, str]:
        """'Kini ada 74 gudang aktif. Dari jumlah itu, 18 gudang ...', 'sampai kini ada 88 toko, dengan sektor
        roti 35 persen, kopi 20 persen', 'kini berjumlah 130 toko, 31 toko sudah ...', 'saat ini ada 40 kios, 11
        di antaranya ...': a part of a whole stated as of now (or a standing count, or a body's members: a
        `Standing` reason other than a stock's) has no period either; the frame carried from before is of the
        flows reported, not of the standing whole. Only a count or a share given its period by the frame alone,
        not money, and only:
        - right after the whole (or after a part of it) in its sentence, with no me-/di- verb between (but the
          list introducers, lexicon list_introducer_closers): a share, or a count of the whole's own noun or marked
          as a part (lexicon told_total_parts right after it: '11 di antaranya');
        - or the first value of the next sentence, opened by a word pointing back at the whole (told_total_openers
          + whole_back_references, told_total_parts: 'Dari jumlah itu', 'Di antaranya'), when it counts the
          whole's own noun or is marked as a part.
        Never a part new in the period (lexicon member_newness_words right after it: '6 di antaranya baru ...')."""
        if not reason.startswith("frame:") or kind not in ("realization", "share"):
            return period, reason
        amount = amounts[index]
        if amount.is_monetary or self.words.newness_after_value.match(self.body, amount.end, min(seg.end, amount.end + 40)):
            return period, reason
        marked = self.words.part_marked.match(self.body, amount.end)
        if index:
            whole = amounts[index - 1]
            before, why = found.decided.get(index - 1, (period, ""))
            if before is not None or not isinstance(why, Standing) or why.whole == "measure" or whole.is_monetary \
                    or whole.unit != "percent" and fold(whole.unit or "") in self.words.measure_units:
                return period, reason
            between = self.body[whole.end:amount.start]
            if self.words.verb_between.search(between) or re.search(r"\b\d", between) or ";" in between:
                return period, reason
            if amount.unit != "percent" and not marked and fold(amount.unit or "") != fold(whole.unit or "-"):
                return period, reason
            where = "before it"
        else:
            if self.last_standing is None or self.body[self.last_standing[2]:seg.start].strip() \
                    or not self.words.told_total_part.search(self.body, seg.start, amount.start) \
                    or self.words.verb_between.search(self.body, seg.start, amount.start):
                return period, reason
            why, unit = self.last_standing[0], self.last_standing[1]
            if fold(unit or "") in self.words.measure_units:
                return period, reason
            if not marked and (amount.unit == "percent" or fold(amount.unit or "") != fold(unit or "-")):
                return period, reason
            where = "in the sentence before"
        return None, Standing(why if why.whole == "part" else f"{PART_OF_STANDING} {where} ({why})", "part")

    def with_the_value_before(self, found: SentencePeriods, amounts: list[Amount], index: int, kind: str,
                              period: Period | None, reason: str) -> tuple[Period | None, str]:
        """'Sedangkan untuk periode yang sama di tahun 2021, ekspor sebanyak 11 kilogram dengan total
        nilai Rp 181 juta', '... senilai 1.159,55 juta dolar AS atau 66,44 persen': a value that goes
        with the one before it (its money, its volume, or it told again as a share) is of that
        value's period, when that one got it from what its sentence names (not from the frame)."""
        if not index or kind in FUTURE_KINDS or index - 1 not in found.decided or reason.startswith(("base value", "restates")):
            return period, reason
        before, why = found.decided[index - 1]
        if before is None or before == period or not why.startswith(DATED_HERE + ("base value", REALISED_SO_FAR)):
            return period, reason
        gap, words = self.body[amounts[index - 1].end:amounts[index].start], self.words
        share = kind == "share" and amounts[index].unit == "percent" != amounts[index - 1].unit \
            and words.share_restated.fullmatch(gap)
        # 'harga naik secara bulanan 0,3 persen dan q-to-q sebesar 0,9%': a second rate of the same thing, joined by
        # 'dan' and a word or two, said where the sentence names no period for it (no frame, none after it)
        parallel = amounts[index].unit == "percent" == amounts[index - 1].unit and (reason == NO_FRAME or reason.startswith("frame:")) \
            and PARALLEL_RATE.fullmatch(gap) is not None
        # 'US$ 7.300 per MT atau Rp 118 juta': the same quantity in another currency (a price's unit may stand between)
        other_currency = amounts[index].unit != amounts[index - 1].unit and OTHER_CURRENCY.fullmatch(gap) is not None \
            and why.startswith("base value")
        # 'Rp 18,4 triliun kepada 312.500 debitur': the count of those a sum went to
        recipients = amounts[index - 1].is_monetary and not amounts[index].is_monetary and amounts[index].unit != "percent" \
            and words.recipients.fullmatch(gap) is not None
        if not (share or parallel or other_currency or recipients or self.goes_with_previous(amounts, index)
                or words.companion_noun.fullmatch(gap)):
            return period, reason
        return before, f"goes with the value before it, of its period ({why})"

    def target_met_then(self, seg: Segment, amount: Amount, kind: str, period: Period | None,
                        reason: str) -> tuple[Period | None, str]:
        """'melewati target 40 ton pada akhir Mei 2022', 'melampaui target 800 ton pada akhir April 2025': the period
        named after a target said to be met (lexicon target_met_phrases right before its value) is when it was
        met; the target is set for that whole year. Only a point in time, the end of a month ('pada akhir Mei',
        lexicon month_end_words): 'melampaui target X pada semester I 2025', 'pada Maret 2025' keep the part."""
        if kind != "target" or period is None or not one_month(period) or not reason.startswith(NAMED_AFTER) \
                or not self.words.met_before_value.search(self.body, max(seg.start, amount.start - 40), amount.start) \
                or not self.words.month_end_after.match(self.body, amount.end, min(seg.end, amount.end + 30)):
            return period, reason
        return Period.year(period.start.year), reason + " (when the target was met: it is set for the whole year)"

    def share_of_year_target(self, seg: Segment, amount: Amount, kind: str, period: Period | None,
                             reason: str) -> tuple[Period | None, str]:
        """'Pendapatan pajak semester I 2021 sebesar X. ... angka itu sudah memenuhi 41,2% dari
        target Rp 90 miliar': how far a year's target is met, said with no period of its own in a frame
        of a later part of that year (a quarter, a half, a month after January), is what was realised
        from January to the frame's end: a year's target is met by the year so far. Not a share of a
        target the clause gives a part of the year ('dari target triwulan III'). Only a share said to be met
        so far (lexicon target_progress_words in its clause before it: 'sudah', 'telah', 'kumulatif'); 'Angka
        itu sama dengan 8 persen dari sasaran tahun ini' is the share of the month's or quarter's value just said."""
        if kind != "share" or amount.unit != "percent" or period is None or not reason.startswith("frame:") \
                or not part_of_one_year(period) or period.start.month == 1:
            return period, reason
        lo = max(seg.start, amount.start - 80)
        breaks = [m.end() for m in CLAUSE_STOP.finditer(self.body, lo, amount.start)]
        if not self.words.target_progress.search(self.body, breaks[-1] if breaks else lo, amount.start):
            return period, reason
        target = self.words.of_target.match(self.body, amount.end)
        if target is None:
            return period, reason
        for mention in find_periods(self.lex, self.body, target.start("rest"), target.end("rest")):
            if mention.period is not None and part_of_one_year(mention.period):
                return period, reason
        return Period(dt.date(period.start.year, 1, 1), period.end), \
            reason + ", a share of a year's target: met by January to the frame's end"

    def change_between_month_ends(self, seg: Segment, found: SentencePeriods, amounts: list[Amount], index: int,
                                  kind: str, period: Period | None, reason: str) -> tuple[Period | None, str]:
        """'Per akhir Februari 2021 ada 310 kios, lalu pada akhir Juni 2021 jumlahnya 355 kios atau
        naik 45 kios': a change between what stood at the ends of two months ('akhir', 'per', 'posisi'
        before each) is the change over the months between, from the one after the first to the second.
        Only a change between the two values said: each month end has its value before the change, and no
        other period, comparison cue or rate word ('dibanding bulan sebelumnya', 'dibanding Juni', 'secara
        tahunan') names the change's own base."""
        amount = amounts[index]
        if kind != "growth" or period is None or not one_month(period) or reason.startswith("base value"):
            return period, reason
        ends = [m for m in found.mentions if m.end <= amount.start and m.period is not None and one_month(m.period)
                and self.words.month_end_before.search(self.body, max(0, m.start - AS_OF_REACH), m.start)]
        if len(ends) < 2 or ends[-1].period != period or not ends[-2].period.end < period.start:
            return period, reason
        said = [a for a in amounts[:index] if a.start >= ends[-2].end]
        if not any(a.end <= ends[-1].start for a in said) or not any(a.start >= ends[-1].end for a in said) \
                or any(m.start >= ends[-1].end for m in found.mentions) \
                or self.words.compared.search(self.body, ends[-2].end, seg.end) \
                or self.words.rate_basis.search(self.body, ends[-2].end, seg.end):
            return period, reason
        first = ends[-2].period.end + dt.timedelta(days=1)
        return Period(first, period.end), \
            reason + f", a change from the end of '{self.body[ends[-2].start:ends[-2].end]}': the months between"

    def growth_over_compared_months(self, found: SentencePeriods, amount: Amount, kind: str, period: Period | None,
                                    reason: str) -> tuple[Period | None, str]:
        """'bila dibanding setahun lalu, yaitu Januari-April 2022, ekspor naik 7 persen' in a
        report on April 2023: a rate of change against some months of the year before is the
        change of the same months of this year (January-April 2023), not of the
        month reported."""
        if kind != "growth" or amount.unit != "percent" or period is None or reason.startswith("base value"):
            return period, reason
        for mention in found.mentions:
            compared = mention.period
            if id(mention) not in found.comparison or compared is None or mention.start > amount.start \
                    or not part_of_one_year(compared) or compared.start.year != period.end.year - 1:
                continue
            same = Period.months(period.end.year, compared.start.month, compared.end.month)
            if same != period and compared.start.month < compared.end.month and same.start <= period.start <= same.end \
                    and same.start <= period.end <= same.end:
                return same, reason + f", over the months of '{self.body[mention.start:mention.end]}' it is compared with"
        return period, reason

    def growth_over_one_compared_month(self, seg: Segment, found: SentencePeriods, amounts: list[Amount], index: int,
                                       kind: str, period: Period | None, reason: str) -> tuple[Period | None, str]:
        """'Nilainya susut 2 persen dibanding Mei, namun terhadap Juni tahun lalu tumbuh 9 persen' in a report on
        January-June: a rate of change given its span by the frame or by the sentence (not named for it in its
        clause), compared in its own clause with one month, the month before the span's last or that month a year
        earlier ('bulan sebelumnya' too), is the change of that last month alone: a month is compared with a month.
        Not a value said of the compared month itself ('membaik dari Mei yang minus 6 persen': a base value)."""
        amount = amounts[index]
        if index in found.base or index in found.claimed:
            return period, reason  # the compared month's own value, not a change measured against it
        if kind != "growth" or amount.unit != "percent" or period is None or one_month(period) \
                or not reason.startswith(("frame:", SENTENCE_NAMES)) or period.start.year != period.end.year \
                or period == Period.year(period.start.year):
            return period, reason  # (a whole year compared with a month: no month of it is meant)
        last = Period.months(period.end.year, period.end.month, period.end.month)
        # (before it back to the value before, 'Dibanding bulan sebelumnya, ekspor naik X', the nearest first;
        # after it up to the end of its clause, 'turun X dari Juli karena cuaca, ...')
        lo = amounts[index - 1].end if index else seg.start
        ends = [m.start() for m in CLAUSE_STOP.finditer(self.body, amount.end, seg.end)]
        hi = min([seg.end] + [a.start for a in amounts[index + 1:]] + ends)
        before = [m for m in found.mentions if lo <= m.start and m.end <= amount.start][::-1]
        after = [m for m in found.mentions if amount.end <= m.start and m.end <= hi]
        for mention in before + after:
            if id(mention) not in found.comparison or not names_one_month(mention) \
                    or self.words.month_end_before.search(self.body, max(seg.start, mention.start - 20), mention.start):
                continue  # ('naik 0,21% dibandingkan dengan periode akhir Agustus 2018': the end of a span, no month)
            if mention.end <= amount.start and self.words.month_own_value.fullmatch(self.body, mention.end, amount.start):
                return period, reason  # 'dari Mei yang minus 6 persen': the compared month's own value
            compared = previous_month(last) if mention.relative == "previous_month" else self.resolve(mention, last)
            if compared is not None and compared in (previous_month(last), last.shifted(-1)):
                return last, reason + f", compared with one month ('{self.body[mention.start:mention.end]}'): " \
                                      f"the change of its last month"
        return period, reason

    def chosen_period(self, seg: Segment, found: SentencePeriods, amounts: list[Amount], index: int,
                      kind: str) -> tuple[Period | None, str]:
        # an expectation compared with is for the same period; an amount of change ('peningkatan
        # ... terhadap November terjadi pada tembaga sebesar X') is of the period reported, not the
        # one compared with (a rate compared with, 'dibanding tahun lalu yang 3,9%', keeps the base)
        absolute_change = kind == "growth" and amounts[index].unit != "percent"
        # (a gap to a target, 'kelebihan penerimaan dibanding target mencapai X', is of the period reported: no base)
        if index in found.base and kind != "difference" and (kind not in FUTURE_KINDS or kind == "target" and self.compared_target(seg, found, amounts, index)) \
                and not absolute_change and not self.share_of_a_whole(seg, amounts, index, kind) \
                and not self.rate_on_its_own_basis(seg, amounts, index, kind):
            return self.base_period(seg, found, amounts, index)
        amount = amounts[index]
        anchor = self.sentence_anchor(found, amount, so_far=self.same_period_said(found))
        lo = amounts[index - 1].end if index else seg.start
        usable = [m for m in found.mentions if id(m) not in found.comparison and id(m) not in found.start_points
                  and found.marked.get(id(m), index) == index]  # ('(ytd)' right after another value is that value's)
        if kind == "growth" and not usable:
            # 'harga telur naik Rp650 dari pertengahan triwulan I tahun lalu': a change from a time with no bounds, to now
            since = [m for m in found.mentions if m.vague and id(m) in found.comparison and m.start >= amount.end
                     and not CLAUSE_STOP.search(self.body, amount.end, m.start)]
            if since:
                return None, f"a change since '{self.body[since[0].start:since[0].end]}' (a time with no bounds), to now"
        if (paired := self.respective_period(seg, amounts, index, usable)) is not None:
            return paired
        if (listed := self.month_headed_list(seg, amounts, index, usable)) is not None:
            return listed
        own = self.right_after(usable, amount, amounts, index, seg, OWN_AFTER)
        if own:
            return self.reported(seg, found, own, kind, *self.resolved(own, NAMED_AFTER, anchor), amount=amount)
        own = self.right_after(usable, amount, amounts, index, seg, self.words.own_after_phrase)
        if own:
            return self.reported(seg, found, own, kind, *self.resolved(own, NAMED_AFTER + self.after_phrase(amount, own), anchor),
                                 amount=amount)
        if (span := self.counted_span_named_before(seg, amounts, index, usable)) is not None:
            return span
        standing = self.standing_count(seg, amounts, index, kind, any(seg.start <= m.start < seg.end and not m.vague
                                                                       for m in found.mentions))
        if standing:
            return None, standing
        if kind not in FUTURE_KINDS and (held := self.held_area(seg, amounts, index, kind)):
            return None, held
        if kind == "realization" and amount.is_monetary and not any(seg.start <= m.start < seg.end for m in usable) \
                and not self.frame_about_prices() \
                and (sold := self.words.sale_price.search(self.body, max(lo, amount.start - 80), amount.start)):
            # 'Minyak goreng itu dijual di toko tani dengan harga Rp15.700 per liter': a price level with no date
            return None, f"a price something is sold at ('{' '.join(sold.group().split())}'), no date{NO_PERIOD}"
        if kind not in FUTURE_KINDS and (so_far := self.since_year_began(seg, amounts, index, usable)) is not None:
            return so_far
        since = [m for m in found.mentions if id(m) in found.start_points and lo <= m.start and m.end <= amount.start]
        if since and any(since[-1].end <= m.start and m.end <= amount.start and m.relative != "year_to_date" for m in usable):
            since = []  # 'Sejak 2018 bisnis lesu ... laba pada 2018 senilai X': a period named after the start is X's own
            # (not 'kumulatif tersebut' after it: counted since then, not since January)
        if since:  # 'sejak ... dimulai pada Maret, telah menerbitkan 260 sertifikat': counted from then to now
            return None, f"counted since '{self.body[since[-1].start:since[-1].end]}' (a start, not a period)"
        before = [m for m in usable if lo <= m.start and m.end <= amount.start]
        event = [m for m in found.mentions if m.since_event and m.end <= amount.start]
        if event and not before and not any(event[-1].end <= m.start and m.end <= amount.start for m in usable if m is not event[-1]):
            # 'sejak gudang itu dibuka, 73 petani menyimpan gabah dan 19 di antaranya ...': every count after it is since then
            return None, f"counted since '{self.body[event[-1].start:event[-1].end]}' (an event with no date)"
        before = self.past_a_targets_year(seg, before, kind, usable)
        if before:
            # ('capaian lima bulan tersebut baru 40 persen dari target tahun 2025': what points back
            # counts from what was said before it, not from a period named after the value)
            back = self.sentence_anchor(found, amount, said_before=True) if before[-1].relative == "same_as_before" else anchor
            period, why = self.reported(seg, found, before[-1], kind, *self.resolved(before[-1], NAMED_BEFORE, back),
                                        amount=amount)
            return self.target_year(seg, before[-1], kind, period, why, named_before=True)
        companion = self.companion_period(seg, amounts, index, usable)
        if companion is not None:
            period, why = self.resolved(companion, GOES_WITH, anchor)
            return self.reported(seg, found, companion, kind, period, why, amount=amount)
        release, _ = self.release(seg)
        if release is not None and kind not in FUTURE_KINDS and kind != "target":
            return None, f"one shipment released ('{release}'), no period named for it"
        if not before and (then := self.told_of_then(seg, amount, usable)) is not None:
            return then
        framing = [m for m in usable if self.frames_sentence(m) or self.opens_the_sentence(m, amounts)
                   or m.end <= amounts[0].start and self.year_just_compared(m) is not None]
        earlier = self.past_a_targets_year(seg, [m for m in framing if m.end <= amount.start], kind, usable)
        if earlier:
            period, why = self.reported(seg, found, earlier[-1], kind, *self.resolved(earlier[-1], SENTENCE_NAMES, anchor),
                                        amount=amount)
            return self.target_year(seg, earlier[-1], kind, period, why)
        claimed = {id(m) for m in found.claimed.values()}
        # (not in the speech tag past the quote's close: '... naik 2,2 persen," ujar X saat membuka
        # rapat bulan Maret 2021', '," kata X dalam Forum Dagang Tahun 2019': the occasion of the words, see `in_speech_tag`)
        # (unless the tag names the data: 'saat merilis data ekspor Januari 2024', 'tentang kinerja semester I 2024')
        planned = [m for m in framing if m.start >= amount.end and self.words.planned_event.search(self.body, amount.end, m.start)]
        later = [m for m in framing if m.start >= amount.end and id(m) not in claimed
                 and not (any(mark in self.body[amount.end:m.start] for mark in CLOSING_QUOTES) and self.in_speech_tag(seg, m)
                          and not self.words.data_before.search(fold(self.body[max(seg.start, m.start - 40):m.start])))
                 and not self.reason_between(amount.end, m.start) and all(m is not p for p in planned)]
        # ('naik 5 persen karena permintaan melonjak pada Mei': the period of the reason given after the value
        # is the reason's, not the value's; 'menghabiskan Rp X dan dijadwalkan dibuka tahun 2027': when the plan is to
        # happen, not the value's)
        if later and kind == "growth" and index == 0 and self.last_value is not None \
                and self.last_value[0] is not None and not self.body[self.last_value[1]:seg.start].strip() \
                and (back := self.words.value_back.search(self.body, seg.start, amount.start)):
            # 'Nilai tersebut tumbuh 6 persen dari Juli 2022, sementara impor sepanjang Januari-Juli ...': the change
            # of the value the sentence just before named is of that value's period, not of one named later in
            # the sentence for another value
            return self.last_value[0], f"the change of the value pointed back at ('{back.group()}'): that value's period"
        if later and (kind == "share" and (self.period_of_target(amount.end, later[0].start)
                                           or self.target_of_reported(amount.end, later[0]))
                      or kind == "realization" and self.target_of_reported(amount.end, later[0])):
            # 'Capaian itu 52% dari target yang ditetapkan untuk 2023 sebesar X': the year is the
            # target's; the share is of the value reported (the frame); so for the value itself
            # ('realisasinya Rp 38,7 triliun atau 70% dari target APBN-P 2010' in a report per 15 September 2010)
            later = []
        if later and kind not in FUTURE_KINDS and self.standing_area(seg, amount, kind):
            return None, (f"an area ('{amount.unit}') said before the period its sentence names "
                          f"('{self.body[later[0].start:later[0].end]}'), which is what follows it{NO_PERIOD}")
        if later and kind == "growth" and (newer := self.newer_of_two(later)) is not None:
            # ('tumbuh 12 persen, dengan 310 eksportir pada 2023 dan 355 eksportir pada 2024': the two periods the
            # change spans are told after it; it is of the newer)
            return newer, f"{SENTENCE_NAMES} '{self.body[later[0].start:later[0].end]}' and " \
                          f"'{self.body[later[1].start:later[1].end]}': a change between them is of the newer"
        if later:
            period, why = self.reported(seg, found, later[0], kind, *self.resolved(later[0], SENTENCE_NAMES, anchor),
                                        amount=amount)
            if period is not None and part_of_one_year(period) and self.singled_out(later[0]):
                framed = self.frame.period
                if framed is not None and framed.start <= period.start and period.end <= framed.end \
                        and framed.start.year == framed.end.year:  # (not a plan's years, 'RPJMD 2021-2026')
                    return framed, why + " (a part singled out of the frame: the values before are the frame's)"
                return Period.year(period.start.year), why + " (a part singled out: the values before are of its year)"
            return self.target_year(seg, later[0], kind, period, why, after_value=True)
        if planned and kind != "target":
            return None, f"the period named after it ('{self.body[planned[0].start:planned[0].end]}') is when what is planned " \
                         f"happens{NO_PERIOD}"
        if kind == "realization" and (held_now := self.level_held_now(seg, amounts, index)) is not None:
            return held_now
        if (so_far := self.realised_so_far(seg, amounts, index, kind)) is not None:
            return so_far
        timeless = self.timeless(seg, amounts, index)
        if timeless and not (kind == "target" and timeless.startswith("a rate")):
            return None, timeless  # a target 'per tahun' is still set for the article's target year
        if kind not in FUTURE_KINDS and (capacity := self.capacity(seg, amounts, index)):
            return None, capacity
        if kind not in FUTURE_KINDS and (area := self.standing_area(seg, amount, kind)):
            return None, area
        if kind == "target":
            return self.target_period(seg, amounts, index)
        if kind == "projection":
            named = self.estimate_compared_with(found, amount)
            if named is not None:
                return self.resolved(named, "an estimate compared with, named for its own period", anchor)
            if self.projection is not None:
                return self.projection, "projection: the period of the projection before"
            if self.compared_with(seg, amounts, index) and self.frame.period is not None:
                return self.frame.period, "projection the reported value is compared with: " + self.frame.reason(seg)
            return None, "projection with no period named"
        for at, other in reversed(list(enumerate(amounts[:index]))):
            told = self.told_again(seg, amounts[at - 1].end if at else seg.start, other.start, other.end,
                                   other.value, other.unit)
            if told is not None:
                # 'belanja modal Rp 80 miliar tersebut terserap untuk jalan desa, sekitar 35 persen'
                return told, f"told of the value said again before it ('{self.body[other.start:other.end]}'): its period"
        if self.frame.level_now and (other := self.not_of_the_level_day(seg, amounts, index, kind)):
            return None, other
        if self.level_on_the_frames_day(seg, amount, kind):
            return Period(self.frame.period.end, self.frame.period.end), \
                self.frame.reason(seg) + ", a level held as of that day: the day"
        return self.frame.period, self.frame.reason(seg)

    def level_on_the_frames_day(self, seg: Segment, amount: Amount, kind: str) -> bool:
        """'Hingga 6 April 2023, stok beras mencapai X ton. Jumlah itu terdiri dari cadangan pemerintah Y ton dan
        stok komersial Z ton': under a frame said as of a day ('hingga', 'per', 'sampai' and a day: lexicon
        level_as_of_day_words), a level held (`level_subject`) that names no period of its own stood on that day,
        as it would in the sentence that named the day (`level_as_of_day`); a flow under it still runs from
        January. Not a percentage, a target or projection, nor a day still to come at publication."""
        frame = self.frame.period
        if frame is None or frame.start == frame.end or kind not in ("realization",) or amount.unit == "percent" \
                or self.words.level_as_of_day.fullmatch(self.frame.said.strip()) is None \
                and self.words.level_as_of_day.match(self.frame.said.strip()) is None:
            return False
        if self.published is not None and frame.end > self.published:
            return False
        lo = max(seg.start, amount.start - LEVEL_REACH)
        if self.words.not_level_now.search(self.body, lo, amount.start) or self.words.other_time.search(self.body, lo, amount.start) \
                or self.words.average.search(self.body, lo, amount.start):
            return False  # ('Bulog juga menambah stok 6.200 ton', 'stok rata-rata bulanan', 'stok saat Lebaran lalu')
        return self.level_subject(seg, amount)

    def newer_of_two(self, later: list[PeriodMention]) -> Period | None:
        """The first two periods named after a change, the same months of two years in a row, with only
        a value and a link between them ('... 310 eksportir pada 2023 dan 355 eksportir pada 2024'): the newer."""
        if len(later) < 2 or later[0].period is None or later[1].period is None \
                or later[1].period != later[0].period.shifted(1) \
                or not re.search(r"\d", self.body[later[0].end:later[1].start]) \
                or CLAUSE_BREAK.search(self.body, later[0].end, later[1].start):
            return None
        return later[1].period

    def since_year_began(self, seg: Segment, amounts: list[Amount], index: int,
                         usable: list[PeriodMention]) -> tuple[Period | None, str] | None:
        """'Semenjak Januari balai itu memeriksa 318 kontainer', 'menggelar 57 kali patroli sejak
        awal tahun': counted since the year began (lexicon since_words and year_start_phrases, no year and
        no end said), before the value or after it in its clause, is this year so far at publication:
        the frame when it is January to a month of that year, else January to the last month over
        (none in January); in undated text, no bounds (no year to count from), whatever year a
        sentence before looked back on. Not when a period is named between the start and the value
        (it is the value's own), nor the reference of a record ('titik tertinggi sejak Januari'), nor a
        price (held since then)."""
        amount, body = amounts[index], self.body
        lo = amounts[index - 1].end if index else seg.start
        hi = amounts[index + 1].start if index + 1 < len(amounts) else seg.end
        clause = CLAUSE_STOP.search(body, amount.end, hi)
        before = list(self.words.since_year_start.finditer(body, lo, amount.start))
        after = self.words.since_year_start.search(body, amount.end, clause.start() if clause else hi)
        if before and not any(before[-1].end() <= m.start and m.end <= amount.start for m in usable):
            since = before[-1]
        elif after and not before and not any(lo <= m.start and m.end <= amount.start for m in usable):
            since = after
        else:
            return None
        if self.words.record_word.search(body, max(lo, since.start() - 60), since.start()) \
                or amount.unit and "/" in amount.unit or self.timeless(seg, amounts, index):
            return None  # ('harga Rp 80.000 per kg sejak Januari', 'sejak Januari pasokan 40 ton per hari': a price
            # held, a rate, no flow of the year)
        frame = self.frame
        if self.published is not None and frame.period is not None and frame.period == Period.year(frame.period.start.year) \
                and frame.period.end.year < self.published.year \
                and (self.words.that_year.search(body, max(frame.sentence_start, 0), since.start())
                     or self.words.time_back.search(body, max(frame.sentence_start, 0), since.start())):
            return None  # ('sepanjang 2024 ... Tahun itu berat. Sejak Januari, ...': the January of the year told of)
        said = " ".join(since.group().split())
        if self.published is None:
            return None, f"counted since '{said}': the year so far, which undated text does not name"
        frame, year = self.frame.period, self.published.year
        if frame is not None and year_to_date(frame) and frame.start.year == year:
            return frame, f"counted since '{said}': the year so far, the frame '{self.frame.said}'"
        if self.published.month == 1:
            return None, f"counted since '{said}': no month of the year over at publication"
        return Period.months(year, 1, self.published.month - 1), \
            f"counted since '{said}': the year so far, to the last month over at publication"

    def estimate_compared_with(self, found: SentencePeriods, amount: Amount) -> PeriodMention | None:
        """'lebih tinggi dibandingkan perkiraan pertumbuhan tahun 2022 sebesar 4,8%': an estimate
        compared with, said right after a period with its year, is that period's."""
        for mention in found.mentions:
            if id(mention) in found.comparison and mention.period is not None and mention.end <= amount.start \
                    and ESTIMATE_GAP.fullmatch(self.body[mention.end:amount.start]):
                return mention
        return None

    def reported(self, seg: Segment, found: SentencePeriods, mention: PeriodMention, kind: str, period: Period | None,
                 reason: str, amount: Amount | None = None) -> tuple[Period | None, str]:
        """A period said for a reported value (`amount`, when known), checked against what a report can hold."""
        year = self.year_said_before(found, mention)
        if year is not None and period is not None and period.end.year == year.start.year:
            reason += f" (the months of the year said before them, '{year.start.year}')"
        period, reason = self.not_after_publication(mention, kind, period, reason)
        if kind not in FUTURE_KINDS and (held := self.this_year_without_data(seg, mention, period)) is not None:
            period, reason = held, reason + f" (a change said for 'this year' when no month of it is reported yet: the frame's '{self.frame.said}')"
        period, reason = self.this_year_is_the_frame(mention, kind, period, reason)
        period, reason = self.cumulative_to_month(found, mention, kind, period, reason)
        if self.spans_months(seg, amount, kind):
            period, reason = self.as_of_frame_end(seg, found, mention, period, reason, amount)
        elif self.count_as_of_day(seg, mention, amount, kind, period):
            period, reason = Period(period.end, period.end), reason + ", a count as of that day: the day"
        elif self.level_as_of_day(seg, mention, amount, kind, period):
            period, reason = Period(period.end, period.end), reason + ", a level held as of that day: the day"
        period, reason = self.this_year_as_compared(found, mention, kind, period, reason)
        period, reason = change_between_two_years(kind, period, reason)
        period, reason = target_over_year_so_far(mention, kind, period, reason)
        return self.year_so_far_in_frame(seg, mention, kind, period, reason, amount)

    def cumulative_to_month(self, found: SentencePeriods, mention: PeriodMention, kind: str, period: Period | None,
                            reason: str) -> tuple[Period | None, str]:
        """'secara kumulatif sampai periode Juli 2022': cumulative up to that month, January to
        its end, not the month alone."""
        frame = self.frame.period
        whole_year = period is not None and period == Period.year(period.start.year) and frame is not None \
            and frame.end.year == period.start.year and frame.end < period.end
        if kind in FUTURE_KINDS or period is None or not (one_month(period) or whole_year):
            return period, reason
        for other in found.mentions:
            if other.relative == "year_to_date" and other.end <= mention.start \
                    and CUMULATIVE_GAP.fullmatch(self.body[other.end:mention.start]):
                if whole_year:  # 'secara kumulatif selama tahun 2017' in a report on June 2017: January to June
                    return Period(period.start, frame.end), \
                        reason + f", cumulative ('{self.body[other.start:other.end]}') in the frame '{self.frame.said}': January to its end"
                return Period(dt.date(period.end.year, 1, 1), period.end), \
                    reason + f", cumulative ('{self.body[other.start:other.end]}'): January to that month"
        return period, reason

    def as_of_frame_end(self, seg: Segment, found: SentencePeriods, mention: PeriodMention, period: Period | None,
                        reason: str, amount: Amount | None = None) -> tuple[Period | None, str]:
        """'hingga Februari 2021 ... Secara rinci, ... per Februari 2021 adalah X', 'pada tahun
        2018 ini, per September lalu saja ... X': 'per' and a month says where a span of months
        stands then; in a frame of January to that month, or right after its year, the value is
        January to that month's, not that month's alone."""
        if not self.as_of_month(mention, period):
            return period, reason
        if self.restates_frame_end(mention, period):
            return self.frame.period, reason + f", as of the end of the frame's '{self.frame.said}': its months"
        if (realized := self.realized_as_of(seg, mention, period, rate=amount is not None and amount.unit == "percent")) is not None:
            return realized, reason + ", a realisation as of that month: January to it"
        for other in found.mentions:
            if other.end <= mention.start and id(other) not in found.comparison and not other.vague \
                    and YEAR_THEN_MONTHS.fullmatch(self.body[other.end:mention.start]):
                span = self.resolve(other, self.frame.period)
                if span is not None and span.start == dt.date(period.start.year, 1, 1) and period.end <= span.end:
                    return Period(span.start, period.end), \
                        reason + f", as of then in '{self.body[other.start:other.end]}': January to that month"
        return period, reason

    def realized_as_of(self, seg: Segment, mention: PeriodMention, period: Period | None, rate: bool = False) -> Period | None:
        """'per Maret 2022 realisasi kredit mikro', 'realisasi investasi per Juni 2023': 'per <month>' said
        next to a realisation noun (lexicon realization_nouns; the words of the 'per' clause before it in the
        same sentence, or right after the month) is what was realised from January to that month; None otherwise,
        and None for a rate (`rate`: a percentage, 'realisasi inflasi ... 2,64 persen') or in a sentence that
        says its value is monthly (lexicon monthly_words, 'bulanan')."""
        if rate or not self.as_of_month(mention, period) or self.words.monthly.search(self.body, seg.start, seg.end):
            return None
        per = self.words.as_of.search(self.body, max(seg.start, mention.start - AS_OF_REACH), mention.start)
        if per is None or self.words.realized_after.match(self.body, mention.end) is None \
                and self.words.realized_before.search(self.body, max(seg.start, per.start() - 60), per.start()) is None:
            return None
        return Period(dt.date(period.end.year, 1, 1), period.end)

    def count_as_of_day(self, seg: Segment, mention: PeriodMention, amount: Amount | None, kind: str,
                        period: Period | None) -> bool:
        """'Per 4 Juli 2023 sudah tersedia di 120 gerai': a count (no money, percentage or measure of a flow)
        said 'per' a day is what stood that day, not January to it ('hingga 4 Juli' still runs from January).
        A count of a flow ('kendaraan yang melintas', 'disalurkan kepada 900 debitur': lexicon flow_count_verbs,
        in the sentence) is what passed from January to that day."""
        if amount is None or kind in FUTURE_KINDS or period is None or (period.start.month, period.start.day) != (1, 1) \
                or amount.is_monetary or amount.unit == "percent" or not amount.unit \
                or fold(amount.unit) in self.words.measure_units \
                or self.words.flow_count.search(self.body, seg.start, seg.end):
            return False
        return self.words.as_of_day.match(self.body, mention.start, mention.end) is not None

    def level_as_of_day(self, seg: Segment, mention: PeriodMention, amount: Amount | None, kind: str,
                        period: Period | None) -> bool:
        """'persediaan gula di lumbung desa per 15 Mei 2021 sebanyak 64 ton': a level held (lexicon as_of_level_words
        before the value) said as of a day ('per', 'hingga', 'sampai': lexicon level_as_of_day_words) is what
        stood on that day, an instant (decision 0039), not January to that day nor the day's month. A level
        said for a month without a day ('stok pada akhir September') keeps the month."""
        if amount is None or kind in FUTURE_KINDS or period is None or period.start == period.end \
                or amount.unit == "percent" \
                or self.words.level_as_of_day.match(self.body, mention.start, mention.end) is None:
            return False
        if self.published is not None and period.end > self.published:
            return False  # 'stok ... cukup hingga 31 Desember': a day to come is no day a level stood on
        return self.level_subject(seg, amount)

    def level_subject(self, seg: Segment, amount: Amount) -> bool:
        """A level word (lexicon as_of_level_words) heads what the value's clause measures: it stands in the
        clause of the value (after the last ', '/'; ' before it), not after a process noun ('Penyaluran
        cadangan beras ... mencapai X', 'Realisasi penjualan stok gula ...': a flow), and the clause has no
        flow verb (lexicon flow_count_verbs: 'stok yang terjual sebanyak X')."""
        lo = max(seg.start, amount.start - LEVEL_REACH)
        breaks = [m.end() for m in CLAUSE_STOP.finditer(self.body, seg.start, amount.start)]
        lo = max(lo, breaks[-1]) if breaks else lo
        level = self.words.level_held.search(self.body, lo, amount.start)
        if level is None or self.words.flow_count.search(self.body, lo, amount.start):
            return False
        flow = self.words.flow_into_level.search(self.body, max(lo, level.start() - 12), level.start())
        if flow and not self.words.made_up_of.search(self.body, max(lo, flow.start() - 12), flow.start()):
            return False  # 'Penyerapan gabah untuk stok ... mencapai X': what flowed into the level, not the level
        return self.words.flow_of_level.search(self.body, max(seg.start, level.start() - 40), level.start()) is None

    def spans_months(self, seg: Segment, amount: Amount | None, kind: str) -> bool:
        """A value said 'per <month>' that a span of months can hold (see `as_of_frame_end`): money
        or a measure that flows over the months, or a share of one; not a target or a projection,
        a price per unit ('Rp 30.000 per kg'), a rate of change, a count ('40 perusahaan'), nor a
        level held on that date ('cadangan devisa per akhir Juli': lexicon as_of_level_words)."""
        if amount is None or kind in FUTURE_KINDS or not amount.unit or "/" in amount.unit:
            return False
        if amount.unit == "percent":
            return kind == "share"
        if not amount.is_money and fold(amount.unit) not in self.words.measure_units:
            return False
        return self.words.level_held.search(self.body, max(seg.start, amount.start - LEVEL_REACH), amount.start) is None

    def as_of_month(self, mention: PeriodMention, period: Period | None) -> bool:
        """The mention is 'per <month>' ('per Februari 2021', 'per akhir Mei')."""
        return period is not None and one_month(period) \
            and self.words.as_of.search(self.body, max(0, mention.start - AS_OF_REACH), mention.start) is not None

    def restates_frame_end(self, mention: PeriodMention, period: Period | None) -> bool:
        """The mention is 'per <month>' of the month that ends the frame, January to a later month of one year."""
        frame = self.frame.period
        return frame is not None and year_to_date(frame) and self.as_of_month(mention, period) and period.end == frame.end

    def this_year_as_compared(self, found: SentencePeriods, mention: PeriodMention, kind: str, period: Period | None,
                              reason: str) -> tuple[Period | None, str]:
        """'dibanding Januari sampai Mei 2020, penjualan tahun ini turun 9 persen': a value
        for this year compared with some months of another year is for those months of this
        year (as the base of 'tahun sebelumnya' in a half-year frame is that half year)."""
        if kind in FUTURE_KINDS or period is None or mention.relative != "offset" or mention.offset != 0 \
                or period != Period.year(period.start.year):
            return period, reason
        for other in found.mentions:
            if id(other) not in found.comparison or other.period is None:
                continue
            compared = other.period
            if part_of_one_year(compared) and compared.start.year != period.start.year:
                return Period.months(period.start.year, compared.start.month, compared.end.month), \
                    reason + f", the months of '{self.body[other.start:other.end]}' it is compared with"
        return period, reason

    def not_after_publication(self, mention: PeriodMention, kind: str, period: Period | None,
                              reason: str) -> tuple[Period | None, str]:
        """'bulan Desember' in a report published in January: a month said without its year that
        would lie after publication is last year's, when the value is reported (not a target)."""
        if kind in FUTURE_KINDS:
            return period, reason
        if mention.week and mention.year_missing and self.published is not None \
                and (mention.year_missing[1] == self.published.month or self.said_ahead(mention)):
            return period, reason  # 'akan ... pada pekan ketiga November', a week of this month: not last year's
        earlier = self.before_publication(mention, period)
        if earlier is None:
            return period, reason
        return earlier, reason + " (the last one before publication)"

    def this_year_without_data(self, seg: Segment, mention: PeriodMention, period: Period | None) -> Period | None:
        """'Tahun ini ekspor kita tumbuh 30 persen' in a report on January-September of the year
        before, published when no month of the publication year can be reported yet (its first
        month not over) and the text has named none: a change of the measure the frame reports on,
        said for 'this year', is of the year the frame reports on; the frame's period, else None.
        ('Tahun ini Pemkab X menganggarkan Rp 5 miliar' is this year's: no change of that measure.)"""
        frame = self.frame.period
        if period is None or frame is None or self.published is None \
                or mention.relative != "offset" or mention.offset != 0 or mention.anchored \
                or period != Period.year(self.published.year) or frame.end.year != self.published.year - 1 \
                or self.published > Period.months(self.published.year, 1, 1).end:  # a month of it is over: reportable
            return None
        if not self.changes_frame_measure(seg):
            return None
        if any(m.period is not None and m.period.end.year == self.published.year
               for m in find_periods(self.lex, self.body, 0, seg.start)):
            return None  # the text has named a period of the publication year
        return frame

    def changes_frame_measure(self, seg: Segment) -> bool:
        """The sentence states a change (lexicon growth words) of a measure (lexicon measures)
        that the sentence which set the frame names too."""
        words = self.words
        text = fold(self.body[seg.start:seg.end])
        if not words.change.search(text) or self.frame.sentence_start < 0:
            return False
        start = self.frame.sentence_start
        end = self.body.find("\n", start)
        framed = fold(self.body[start:end if end >= 0 else len(self.body)])
        return any(re.search(rf"\b{re.escape(m.group(0))}\b", framed) for m in words.measures.finditer(text))

    def before_publication(self, mention: PeriodMention, period: Period | None) -> Period | None:
        """Months said without their year ('bulan Desember', 'Februari–Oktober') that would run past
        the month of publication: the year before's (a report holds what is over), else None."""
        if period is None or self.published is None or mention.year_missing is None or mention.relative or mention.this_year:
            return None
        if period.start > self.published:
            return period.shifted(-1)
        # a span of named months that runs past the month of publication ('Februari–Oktober' in April);
        # not a part of the year ('triwulan IV': a forecast as often) nor 'akhir tahun'
        if mention.year_missing[0] in SPANS_OF_NAMED_MONTHS \
                and (period.end.year, period.end.month) > (self.published.year, self.published.month):
            return period.shifted(-1)
        return None

    def future_tense(self, seg: Segment) -> bool:
        return bool(self.words.future_tense.search(self.body, seg.start, seg.end))

    def year_so_far_in_frame(self, seg: Segment, mention: PeriodMention, kind: str, period: Period | None,
                             reason: str, amount: Amount | None = None) -> tuple[Period | None, str]:
        """'menurun 16 persen pada tahun ini' while the report is on January-June of this year:
        the months reported so far, not the whole year. Not a single month's frame (a figure
        for 'tahun ini' then is about more than that month), nor a target, projection or gap
        to a target (those are for the whole year). So is that year named with its number
        ('sepanjang 2024') in text published that year (see `year_named_not_over`)."""
        frame = self.frame.period
        if kind in FUTURE_KINDS or kind == "difference" or period is None or self.future_tense(seg) \
                or self.words.allocation.search(self.body, seg.start, seg.end):
            return period, reason  # ('Tahun ini anggaran promosi sebesar X', lexicon allocation_nouns: set for the whole year)
        if self.cohort_of_the_year(seg, mention, amount):
            return period, reason + " (a count of this year's cohort: the whole year)"
        if frame is not None and year_to_date(frame) and period == Period.year(frame.start.year) \
                and (mention.relative == "offset" and mention.offset == 0 or self.year_named_not_over(seg, mention, frame)):
            return frame, reason + f", so far the frame's '{self.frame.said}'"
        if frame is not None and later_part_of_year(frame) and period == Period.year(frame.start.year) \
                and mention.relative == "offset" and mention.offset == 0 and frame.end.year == frame.start.year:
            # 'tahun ini porsi terbesar dari kredit rumah, 61 persen' in a report on the
            # third quarter: the year so far, January to the end of the quarter reported
            return Period(dt.date(frame.start.year, 1, 1), frame.end), \
                reason + f", so far January to the end of the frame's '{self.frame.said}'"
        return period, reason

    def cohort_of_the_year(self, seg: Segment, mention: PeriodMention, amount: Amount | None) -> bool:
        """'Jumlah peserta magang tahun ini 58 orang', 'penerima beasiswa ekspor tahun ini 85 orang': a count
        (no money, percentage or measure) of those enrolled for the year (lexicon cohort_nouns right before
        'tahun ini') is the year's cohort, not what was counted from January to the frame's end."""
        if amount is None or not amount.unit or amount.is_monetary or amount.unit == "percent" \
                or fold(amount.unit) in self.words.measure_units or mention.relative != "offset" or mention.offset != 0:
            return False
        if self.words.so_far_count.search(self.body, seg.start, amount.start):
            return False  # 'hingga tahun ini', 'sudah mencapai', 'yang berhasil ...': a count so far, not a cohort
        return self.words.cohort_before.search(self.body, max(seg.start, mention.start - 60), mention.start) is not None

    def year_named_not_over(self, seg: Segment, mention: PeriodMention, frame: Period) -> bool:
        """'2023', 'tahun 2023', 'sepanjang 2023' named for a reported value while the report is on
        January to a month of that year, the year not over at publication: the year has no data
        beyond those months yet. Not in a sentence that sets it against another whole year ('pada
        tahun 2021 X, sedangkan tahun 2022 Y'): years compared as wholes are the years. Only a
        frame that ended shortly before publication narrows it (a report's months just past, not
        'dua kuartal tahun ini' said in passing in November)."""
        year = Period.year(frame.start.year)
        if mention.relative is not None or mention.period != year or self.published is None \
                or self.published.year != frame.start.year or (self.published - frame.end).days > REPORT_LAG_DAYS:
            return False
        return not self.other_whole_year(seg, year)

    def other_whole_year(self, seg: Segment, year: Period) -> bool:
        """The sentence names a whole calendar year other than `year` ('pada tahun 2021 X, sedangkan
        tahun 2022 Y')."""
        return any(m.period is not None and m.period != year and m.period == Period.year(m.period.start.year)
                   for m in find_periods(self.lex, self.body, seg.start, seg.end))

    def target_period(self, seg: Segment, amounts: list[Amount], index: int) -> tuple[Period | None, str]:
        """A target stated with no period of its own ('harus mencapai 5%-7%'): the period the
        article last stated a target for; else the year being reported on when the reported
        value is measured against it ('capaian itu belum menyentuh target X') or when that is
        the year of publication (a target is set for a year: a cumulative 'Januari-Oktober
        2023' frame, or a quarter's, is measured against the 2023 target; a one-month frame keeps its month).
        Undated text whose frame is the months so far of one year, a quarter or a half year is
        taken as written in that year, as a report on those months is: its target is that year's.
        In a dated text, a target said with a target word before any period is named ('koperasi itu ditargetkan
        menjual X ton') is set for the year of publication (not one to be set, 'akan menargetkan', nor a value hoped for,
        'yakin ... bisa X', nor one after a projection, which may be of its year); in a report on an earlier year, one the
        value is measured against after it ('Sasarannya X, sehingga baru 60 persen dari sasaran') is that year's.
        A report on an earlier year says nothing else of the period of a target set now. A target the
        reported value is measured against is that value's year, even when the article states
        targets for another ('target 2021 tidak tercapai ... capaian itu masih jauh dari target awal X'
        in a report on the 2023 target)."""
        frame = self.frame.period
        lo = amounts[index - 1].end if index else seg.start
        measured = self.words.met.search(self.body, lo, amounts[index].start)
        if self.target is not None and not (measured and self.measured_in_another_year(frame)):
            period, said = self.target
            return period, f"{ARTICLE_TARGET_PERIOD} '{said}'"
        # ('Sasarannya X, sehingga baru 60 persen dari sasaran': the value reported is measured against it after it)
        # (not with a new time between: 'dinaikkan menjadi X, dan kini sudah tercapai 20 persen dari target' is of now;
        # lexicon time_anew_words)
        after = self.words.met.search(self.body, amounts[index].end, seg.end)
        measured = measured or (after and not self.words.time_anew.search(self.body, amounts[index].end, after.start()))
        if frame is None and self.published is not None and not self.words.future_tense.search(self.body, seg.start, seg.end) \
                and self.words.target_word.search(self.body, seg.start, amounts[index].start) and self.projection is None \
                and not self.words.not_yearly.search(self.body, seg.start, seg.end) \
                and not self.target_of_an_earlier_year(seg, amounts[index]):
            # ('Ketua koperasi mengatakan koperasi ditargetkan menjual X ton', nothing reported yet): set for the year
            # the text is written in
            return Period.year(self.published.year), f"{PUBLICATION_YEAR_TARGET} '{self.published.year}'"
        if frame is None or frame.end.year != frame.start.year \
                or not measured and (frame.start.year != self.published.year if self.published is not None
                                     else not (year_to_date(frame) or quarter_or_half(frame))):
            return None, "target with no period named"
        if (frame.start.month == 1 and 1 < frame.end.month < 12) or quarter_or_half(frame):  # the year so far, a quarter, a half year
            return Period.year(frame.start.year), f"target: the year of the frame '{self.frame.said}'"
        return frame, f"target: the frame '{self.frame.said}'"

    def target_of_an_earlier_year(self, seg: Segment, amount: Amount) -> bool:
        """A target with no period in a dated text that may be of a year already over: said met, missed or realised
        after its value ('ditargetkan X, namun hanya terealisasi Y', 'Target X tidak tercapai'; lexicon
        target_outcome_nouns and the phrases of a met or missed target), or a year before the year of publication named
        before the value or in the sentence after it ('Realisasi sepanjang tahun lalu hanya Y')."""
        outcome = self.words.target_outcome.search(self.body, amount.end, seg.end)
        if outcome and not self.words.level_now.search(self.body, amount.end, outcome.start()):
            return True  # (realised 'saat ini', now: the target is this year's)
        after = NEXT_SENTENCE_END.search(self.body, seg.end + 1)
        new_year = dt.date(self.published.year, 1, 1)
        def before_this_year(mentions) -> bool:
            return any((p := m.resolve(None, self.published)) is not None and p.end < new_year for m in mentions)
        # the short window after the sentence first: the prefix before the value is read only when it finds nothing
        return before_this_year(find_periods(self.lex, self.body, seg.end, after.end() if after else len(self.body))) \
            or before_this_year(find_periods(self.lex, self.body, 0, amount.start))

    def measured_in_another_year(self, frame: Period | None) -> bool:
        """The frame lies within one year that is not the year of the article's target period."""
        return frame is not None and self.target is not None and frame.start.year == frame.end.year \
            and not self.future(frame) and frame.start.year != self.target[0].start.year

    def target_year(self, seg: Segment, mention: PeriodMention, kind: str, period: Period | None,
                    reason: str, named_before: bool = False, after_value: bool = False) -> tuple[Period | None, str]:
        """A target in a sentence that names only the months reported so far ('akan melebihi
        target X seiring pencapaian enam bulan pertama tahun ini') is set for the whole year
        those months belong to: targets are set per year. So is one measured against a value
        of a quarter or half year the sentence reports ('Per triwulan III 2023 ... mencapai X atau
        82 persen dari target sebesar Y'), unless the part of the year is said with the target
        word itself ('target semester I yang dipatok X', 'bulan Desember kami targetkan X'; for
        months named before the value, the months so far too: 'target hingga Juni X')."""
        if kind != "target" or period is None or not part_of_one_year(period):
            return period, reason
        if not year_to_date(period) and after_value:
            return period, reason  # 'Kami targetkan X mulai beroperasi kuartal III': said for the target
        if (named_before or not year_to_date(period)) and self.said_with_target(seg, mention):
            return period, reason
        if self.season_of_months(seg, mention, period):
            return period, reason + " (a target for the months named from one to another: those months)"
        return Period.year(period.start.year), reason + " (a target: the whole year of those months)"

    def set_before_any_value(self, mention: PeriodMention) -> bool:
        """A target word stands between the months and the first number after them ('Februari hingga April 2025,
        Bulog menargetkan penyerapan 1.656 ton'), not a value of those months first ('Februari-Agustus 2024 sebesar
        Rp 3,1 miliar, sementara target ...')."""
        number = DIGIT.search(self.body, mention.end)
        return number is not None and self.words.target_word.search(self.body, mention.end, number.start()) is not None

    def season_of_months(self, seg: Segment, mention: PeriodMention, period: Period) -> bool:
        """'Selama periode panen raya Februari hingga April 2025, Bulog menargetkan penyerapan X ton': months named
        from one to another that are not the year so far (no January start), a quarter nor a half year are a season
        of their own that a target is set for, not a part of the year reported on. Not a target a value of those
        months is measured against ('April hingga September 2024 mencapai X, atau 74 persen dari target Y')."""
        return not year_to_date(period) and not quarter_or_half(period) and not one_month(period) \
            and RANGE_INSIDE.search(self.body, mention.start, mention.end) is not None \
            and not self.words.met.search(self.body, seg.start, seg.end) \
            and self.set_before_any_value(mention)

    def past_a_targets_year(self, seg: Segment, before: list[PeriodMention], kind: str,
                            usable: list[PeriodMention]) -> list[PeriodMention]:
        """'Sampai akhir Juli 2024 penerimaan mencapai X, baru 46% dari target APBN 2024, dan hanya tumbuh 2,1%': the
        year said right after a target word is the target's, so a value after it that is no target, projection or gap
        to the target ('outlook penerimaan diperkirakan X', 'kekurangan penerimaan X': of the year) keeps the part of
        that year the sentence named before (the realisation so far), not the target's whole year. Returns `before`
        without its last mention when that one is such a target's year and an earlier usable one lies within it
        (which the caller's later steps then find: the sentence's opening period)."""
        if kind in FUTURE_KINDS or kind == "difference" or not before or not self.year_of_a_target_word(seg.start, before[-1]):
            return before
        year, _ = self.resolved(before[-1], "")
        inner = [m for m in usable if m.end <= before[-1].start and (p := self.resolved(m, "")[0]) is not None
                 and year is not None and year.start <= p.start and p.end <= year.end and p != year]
        return [m for m in before if m.end <= inner[-1].end] if inner else before

    def told_of_then(self, seg: Segment, amount: Amount, usable: list[PeriodMention]) -> tuple[Period, str] | None:
        """'Pada Januari 2023 nilai ekspor mencapai X. Saat itu, ekspor CPO menyumbang Y': after the period compared
        with was named again (it dates its values, the frame stays: `restates_comparison`), a value the next sentence
        tells of 'saat itu' (lexicon time_back_references, before it, no period of its own) is of that period, in
        the same paragraph or the next."""
        if self.restated is None or any(seg.start <= m.start < amount.start for m in usable) \
                or seg.paragraph - self.restated[2] > 1:
            return None
        back = self.words.time_back.search(self.body, seg.start, amount.start)
        if back is None:
            return None
        return self.restated[0], f"the time told of ('{back.group()}'): the period compared with, named before " \
                                 f"('{self.restated[1]}')"

    def respective_period(self, seg: Segment, amounts: list[Amount], index: int,
                          usable: list[PeriodMention]) -> tuple[Period | None, str] | None:
        """'ekspor pada Maret dan April 2024 masing-masing US$ 75 juta dan US$ 80 juta', 'pada 2021, 2022, dan 2023
        berturut-turut sebesar X, Y, dan Z': a list of values after a word of 'respectively' (lexicon respectively_words)
        pairs, in order, with as many periods listed right before that word (joined only by commas, 'dan', 'serta',
        lexicon list_joining_words); each value takes its own, a month without a year the year of the last one."""
        amount = amounts[index]
        word = None
        for word in self.words.respectively.finditer(self.body, seg.start, amount.start):
            pass
        if word is None:
            return None
        listed = [a for a in amounts if a.start >= word.end()]
        listed = listed[:next((i + 1 for i, (a, b) in enumerate(zip(listed, listed[1:]))
                               if not self.words.list_gap.fullmatch(self.body, a.end, b.start)), len(listed))]
        if amount not in listed or len(listed) < 2 or not self.words.list_lead.fullmatch(self.body, word.end(), listed[0].start):
            return None
        before = [m for m in usable if seg.start <= m.start and m.end <= word.start()][-len(listed):]
        if len(before) != len(listed) or not self.words.list_lead.fullmatch(self.body, before[-1].end, word.start()) \
                or not all(self.words.period_list_gap.fullmatch(self.body, a.end, b.start) for a, b in zip(before, before[1:])) \
                or self.words.span_before_list.search(self.body, max(seg.start, before[0].start - 12), before[0].start) \
                or self.words.other_list.search(self.body, seg.start, before[0].start):
            # ('selama Januari dan Februari 2024 masing-masing X dan Y': one span; 'Ekspor kopi dan kakao pada Januari dan
            # Februari 2024 masing-masing X dan Y': the values may go with the goods listed before; neither pairs)
            return None
        last, _ = self.resolved(before[-1], "")
        mention = before[listed.index(amount)]
        period, why = self.resolved(mention, f"the period paired with it by '{word.group()}'", last)
        if period is not None and mention.year_missing and last is not None and period.start.year != last.end.year:
            period = period.shifted(last.end.year - period.start.year)
        if period is not None and last is not None and mention is not before[-1] and period.start > last.start:
            period = period.shifted(-1)  # ('pada Desember dan Januari 2024': a month listed before January, the year before)
        return period, why

    def month_headed_list(self, seg: Segment, amounts: list[Amount], index: int,
                          usable: list[PeriodMention]) -> tuple[Period | None, str] | None:
        """'untuk April sebesar X, Mei sebesar Y, Juni Z dan Juli 2019 W', 'pada April tercatat X, Mei Y, dan Juni Z':
        a list whose items each open with a month and go on with their value, the items joined only by commas and
        'dan' (lexicon list_joining_words): each value is of its own month, in the year an item names (the one after
        it, else before), else in the year the first item's month is read in; months not in calendar order are no
        such list."""
        items = self.month_items(seg, amounts, index)
        if items is None:
            return None
        months = [month for month, _, _ in items]
        if len(set(months)) != len(months) or months != sorted(months):
            return None
        position = next(i for i, (_, _, amount) in enumerate(items) if amount is amounts[index])
        year = next((y for _, y, _ in items[position:] if y), None) or next((y for _, y, _ in reversed(items[:position]) if y), None)
        how = "its own month in a list of months each with its value"
        if year is None:
            first = items[0][2]
            opening = [m for m in usable if seg.start <= m.start and m.end <= first.start
                       and self.words.month_item_first.search(self.body, m.start, first.start)]
            if not opening:
                return None
            period, _ = self.resolved(opening[-1], "")
            if period is None:
                return None
            year = period.end.year
            how += f", in the year of the first ('{self.body[opening[-1].start:opening[-1].end]}')"
        return Period.months(year, months[position], months[position]), how

    def month_items(self, seg: Segment, amounts: list[Amount], index: int) -> list[tuple[int, int | None, Amount]] | None:
        """The items (month number, year or None, value) of the list of months with values `amounts[index]` is in,
        at least two, or None."""
        def head_before(k: int):
            lo = amounts[k - 1].end if k else seg.start
            if k and (joined := self.words.month_item_next.fullmatch(self.body, lo, amounts[k].start)):
                return joined, True
            return self.words.month_item_first.search(self.body, lo, amounts[k].start), False

        def item(match) -> tuple[int, int | None]:
            return self.words.months[fold(match.group("m"))], int(match.group("y")) if match.group("y") else None

        match, joined = head_before(index)
        if match is None:
            return None
        first = index
        while joined:
            previous, joined = head_before(first - 1)
            if previous is None:
                break
            first -= 1
        opening, _ = head_before(first)
        if self.words.span_end_before.search(self.body, max(seg.start, opening.start() - 12), opening.start()):
            return None  # ('periode Januari hingga Mei 2024 sebesar X, Juni Y': the first value is a span's)
        items = []
        for k in range(first, len(amounts)):
            if amounts[k].start >= seg.end:
                break
            match, joined = head_before(k)
            if match is None or (k > first and not joined):
                break
            items.append((*item(match), amounts[k]))
        return items if len(items) >= 2 and any(a is amounts[index] for _, _, a in items) else None

    def year_of_a_target_word(self, lo: int, mention: PeriodMention) -> bool:
        """A target word before the mention in its clause, within TARGET_NEAR ('dari target APBN 2024', 'target
        tahun 2023'): the period is the target's own."""
        target = None
        for target in self.words.target_word.finditer(self.body, max(lo, mention.start - TARGET_NEAR), mention.start):
            pass
        return target is not None and not CLAUSE_BREAK.search(self.body, target.end(), mention.start)

    def said_with_target(self, seg: Segment, mention: PeriodMention) -> bool:
        """A target word stands right before or after the period ('target triwulan II', 'semester
        pertama ditargetkan'), or a bare verb of proposing, placing or revising a value right after it ('Khusus
        kuartal ini kita pasang paling sedikit X'): the period is the target's own."""
        near = TARGET_NEAR
        return bool(self.words.target_word.search(self.body, max(seg.start, mention.start - near), mention.start)
                    or self.words.target_word.search(self.body, mention.end, min(seg.end, mention.end + near))
                    or self.words.value_setting_verb.search(self.body, mention.end, min(seg.end, mention.end + near)))

    def compared_with(self, seg: Segment, amounts: list[Amount], index: int) -> bool:
        """'naik 64,1 persen, dibandingkan dengan perkiraan 36,1 persen': the value is what the
        reported one is compared with."""
        lo = amounts[index - 1].end if index else seg.start
        return bool(self.words.cue_near.search(self.body[max(lo, amounts[index].start - 40):amounts[index].start]))

    def companion_period(self, seg: Segment, amounts: list[Amount], index: int,
                         usable: list[PeriodMention]) -> PeriodMention | None:
        """'setahun kemudian meningkat menjadi 4,1 ton senilai Rp52 miliar': a value that goes
        with the one before it ('senilai', 'dengan nilai') is of the period named right before
        that one, not of the period the sentence opened with."""
        if not self.goes_with_previous(amounts, index):
            return None
        lo = amounts[index - 2].end if index > 1 else seg.start
        named = [m for m in usable if lo <= m.start and m.end <= amounts[index - 1].start]
        return named[-1] if named else None

    def goes_with_previous(self, amounts: list[Amount], index: int) -> bool:
        return index > 0 and self.words.companion.fullmatch(self.body[amounts[index - 1].end:amounts[index].start]) is not None

    def standing_count(self, seg: Segment, amounts: list[Amount], index: int, kind: str = "realization",
                       period_named: bool = False) -> str | None:
        """'mempekerjakan 230 orang', 'pameran tahun ini diikuti 143 pembeli': a count of what stands
        or of who came to an event, not a flow over a period, even in a sentence that names one;
        so are the counts that go on describing it ('143 pembeli dari 27 negara')."""
        amount = amounts[index]
        if amount.is_monetary or amount.unit == "percent":
            return None
        lo = amounts[index - 1].end if index else seg.start
        standing = self.words.standing.search(self.body[max(lo, amount.start - 60):amount.start])
        if standing is not None:
            return Standing(f"a standing count or an event's attendance ('{standing.group().strip()}'){NO_PERIOD}")
        # designations made in a period the sentence names ('Pada 2023 pemerintah menetapkan 9 sentra'), or counted
        # so far ('hingga Juni telah menunjuk 5 bank', lexicon so_far_count_words) are a flow: not read here
        if kind in ("realization", "") and amount.unit and fold(amount.unit) not in self.words.measure_units \
                and not period_named and not self.words.so_far_count.search(self.body, seg.start, amount.start) \
                and (named := self.words.designating.search(self.body[max(lo, amount.start - 60):amount.start])):
            return f"a count of what is designated ('{named.group().strip()}'){NO_PERIOD}"
        going_on = self.words.progressive_before.search(self.body[max(lo, amount.start - 60):amount.start]) \
            or self.words.progressive_after.match(self.body, amount.end, min(seg.end, amount.end + 60))
        if going_on is not None:
            return Standing(f"a count of what is under way ('{' '.join(going_on.group().split())}'){NO_PERIOD}")
        if kind == "realization" and amount.unit and fold(amount.unit) not in self.words.measure_units \
                and self.words.exists_before.search(self.body[max(lo, amount.start - 40):amount.start]) \
                and (state := self.words.state_after.match(self.body, amount.end, min(seg.end, amount.end + 60))) \
                and not self.words.span_opener.search(self.body, seg.start, amount.start):
            # 'terdapat 57 koperasi yang beroperasi', 'ada 4.310 nelayan yang terdata': what stands (not an addition,
            # 'tambahan 8 koperasi yang beroperasi', a change over the period; nor in a sentence on a span, 'sepanjang')
            # (said as of now too, 'kini baru 7 dari 19 gerai mitra yang aktif': that reason, as before)
            return self.timeless(seg, amounts, index) \
                or Standing(f"a count of what stands ('{' '.join(state.group().split())}'){NO_PERIOD}")
        if index and COUNT_GOES_ON.fullmatch(self.body[amounts[index - 1].end:amount.start]) \
                and self.standing_count(seg, amounts, index - 1, "", period_named):
            return Standing(f"describes the standing count before it{NO_PERIOD}")
        return None

    def capacity(self, seg: Segment, amounts: list[Amount], index: int) -> str | None:
        """'mampu menampung 1,32 juta tenaga kerja': the people a sector is able to take in, a
        standing count, not a flow over the frame's period. Only for a count of people
        (capacity_counted_nouns: 'mampu menyerap 1,2 juta ton beras' is what was bought in) and
        only instead of the frame: a period the sentence names is the count's."""
        amount = amounts[index]
        if fold(amount.unit or "") not in self.words.capacity_nouns:
            return None
        lo = amounts[index - 1].end if index else seg.start
        capacity = self.words.capacity.search(self.body[max(lo, amount.start - 60):amount.start])
        if capacity is None:
            return None
        return f"what can be held or taken in ('{' '.join(capacity.group('cue').split())}'){NO_PERIOD}"

    def standing_area(self, seg: Segment, amount: Amount, kind: str) -> str | None:
        """'tersebar di 22 kabupaten seluas 2.590 hektare', 'KEK ini memiliki luas 47,17 Ha': a land
        area is a measure of what stands, not a flow over the months a report is on; with no period
        named in its own sentence it takes none, not the frame of an earlier one (lexicon area_units).
        A share of it or a sum of money is no area; a target set in hectares keeps its target year.
        Not a change ('bertambah 12.000 hektare'), nor an area of what was done in the months
        reported ('luas panen', 'penanaman mangrove di 12.000 hektare': lexicon area_flow_words, said
        before the area; a flow word after it is another clause's: 'seluas 59 Ha dengan target
        realisasi investasi ...')."""
        if kind in ("growth", "difference") or self.words.area_flow.search(self.body, max(seg.start, amount.start - 60), amount.start):
            return None
        if amount.unit and fold(amount.unit) in self.words.area_units:
            return f"an area ('{amount.unit}'), a measure of what stands, with no period of its own named{NO_PERIOD}"
        if amount.unit and fold(amount.unit) in self.words.standing_units:
            return f"a count of sites ('{amount.unit}'), what stands, with no period of its own named{NO_PERIOD}"
        return None

    def held_area(self, seg: Segment, amounts: list[Amount], index: int, kind: str) -> str | None:
        """'Kawasan yang ditetapkan pada 2024 itu memiliki luas 59 hektare': an area a place is said
        to have (lexicon holding_words before it in its clause) is what stands, whatever period the
        sentence names for the rest; a period said right after it as its own still counts."""
        amount = amounts[index]
        if not self.standing_area(seg, amount, kind):
            return None
        lo = amounts[index - 1].end if index else seg.start
        held = self.words.holding.search(self.body, max(lo, amount.start - 60), amount.start)
        if held is None:
            return None
        return f"an area held ('{held.group().split()[0]}'), a measure of what stands{NO_PERIOD}"

    def level_held_now(self, seg: Segment, amounts: list[Amount], index: int) -> tuple[Period, str] | None:
        """'persediaan jagung di lumbung koperasi sekarang sekitar 730 ton', 'cadangan gula daerah kini mencapai X': a
        level held (lexicon as_of_level_words heading the value's clause, no flow word: `level_subject`) said as of
        now (lexicon present_period_words before the value, not provisional_words nor all_along_words) in a dated text
        stood on the publication day, an instant, as a level said as of a named day does (decision 0039; this one: 0062). The caller lets only a realization through
        (not a change: 'stok kini berkurang X ton'). Not a share ('porsinya 35 persen' takes it from the frame the
        level sets), not a value that a change reached ('dari X menjadi Y'), not a flow, a plan or another measure
        in its clause (`not_the_level_now`), not what was before or is usual (`other_time_than_now`), not a count of
        things that stand ('kini ada 31 koperasi': no level word, no period), nor an undated text (no day to name)."""
        amount = amounts[index]
        if self.published is None or amount.unit == "percent":
            return None
        if (reached := self.level_reached_now(seg, amounts, index)) is not None:
            self.held_now_words[amount.start] = reached.group()
            day = self.now_day(seg)
            return Period(day, day), f"{LEVEL_HELD_NOW} ('{reached.group()}'), reached by a change from the value " \
                                     f"before it: {self.now_day_said(day)}"
        now = self.said_now(seg, amounts, index, self.words.level_now)
        if now is None or not self.level_subject(seg, amount) or self.not_the_level_now(seg, amounts, index) \
                or self.other_time_than_now(seg, amounts, index, self.value_clause_start(seg, amounts, index)):
            return None
        self.held_now_words[amount.start] = now.group()
        day = self.now_day(seg)
        return Period(day, day), f"{LEVEL_HELD_NOW} ('{now.group()}'): {self.now_day_said(day)}"

    def now_day(self, seg: Segment) -> dt.date | None:
        """The day 'now' said in this sentence is: the day its paragraph names with a weekday just before publication
        ('"Saat ini cadangannya 380.000 ton," kata X saat dijumpai di Jakarta, Rabu (15/3)'), else the text's only
        day so named, else the publication day (not a day named in another paragraph when the text names others:
        another event's, 'Dalam rapat Jumat (10/5)')."""
        start = self.body.rfind("\n", 0, seg.start) + 1
        end = self.body.find("\n", seg.end)
        end = len(self.body) if end < 0 else end
        return next((day for at, day in self.reported_days if start <= at < end),
                    next((day for at, day in self.reported_days if at < 0), self.published))

    def now_day_said(self, day: dt.date | None) -> str:
        """How the day a level held now stood on is named in the reason."""
        return "the publication day" if day == self.published else "the day its paragraph names (the day it was said)"

    def level_reached_now(self, seg: Segment, amounts: list[Amount], index: int) -> re.Match | None:
        """'stok beras di gudang Bulog saat ini turun dari sebelumnya 513 ribu ton, saat ini menjadi 494 ribu ton' before
        any period was named: the value a level's change reached, said as of now (lexicon present_period_words between
        the two values), is the level held now; the level word heads the clause of the value the change starts from.
        (Under a frame, 'semula X, kini menjadi Y' reports Y for the frame: `said_now`.)"""
        if not index or self.frame.said or find_periods(self.lex, self.body, seg.start, amounts[index].start):
            return None
        start = self.value_clause_start(seg, amounts, index - 1)
        if not self.from_to(amounts, index - 1, start) or not self.level_subject(seg, amounts[index - 1]) \
                or self.not_the_level_now(seg, amounts, index - 1):
            return None
        return self.words.level_now.search(self.body, amounts[index - 1].end, amounts[index].start)

    @staticmethod
    def value_clause_start(seg: Segment, amounts: list[Amount], index: int) -> int:
        """Where the words before amounts[index] start: after the value before it, or the sentence's start
        ('saat ini 23 dari 41 eksportir': a pair is read as one, from before its first value)."""
        lo = amounts[index - 1].end if index else seg.start
        if index and amounts[index - 1].unit_from is amounts[index]:
            lo = amounts[index - 2].end if index > 1 else seg.start
        return lo

    def said_now(self, seg: Segment, amounts: list[Amount], index: int, now_words: re.Pattern) -> re.Match | None:
        """A word of `now_words` before amounts[index] (from `value_clause_start`) that says the value is of now; not in
        'semula X, kini menjadi Y', where Y is the value the change reached, reported for the frame (`from_to`)."""
        now = now_words.search(self.body, self.value_clause_start(seg, amounts, index), amounts[index].start)
        if now and index and self.from_to(amounts, index - 1, amounts[index - 2].end if index > 1 else seg.start):
            return None
        return now

    def realised_so_far(self, seg: Segment, amounts: list[Amount], index: int, kind: str) -> tuple[Period, str] | None:
        """'Dari target Rp 17,5 triliun, saat ini baru terealisasi Rp 11,6 triliun', 'saat ini sudah mendapatkan
        18.000 ton. Jumlah itu masih jauh dari target ...': in a dated text, an amount of money or a measure said as
        of now (lexicon present_period_words, not a provisional or all-along word), with a verb of realising or
        gathering between the two (lexicon realised_so_far_verbs; not 'mencapai', which a level or a ratio reaches
        too), where a target is named in its sentence or the next, is what has been realised this year so far,
        January to the publication day, as the year's target is measured; so is a percentage of a target ('sudah 72
        persen dari target'). Not a price, a ratio that stands ('rasio elektrifikasi saat ini 98,5 persen'), a level
        held (`level_held_now`: a stock stands on the day), a count of what stands ('saat ini terdapat 20 KEK'), a
        value said of another time, nor a total that may have gathered since a year named near it
        (`since_an_earlier_year`)."""
        amount = amounts[index]
        if self.published is None or kind not in ("realization", "share") or not (
                amount.is_monetary or amount.unit == "percent" or amount.unit and fold(amount.unit) in self.words.measure_units):
            return None
        if "/" in (amount.unit or ""):
            return None  # a price per unit is what things go for now
        if amount.unit == "percent" and not self.words.of_target.match(self.body, amount.end):
            return None  # ('rasio elektrifikasi saat ini 98,5 persen': a ratio that stands, not a share of a target)
        now = self.said_now(seg, amounts, index, self.words.level_now)
        if now is None or not self.words.realised_verb.search(self.body, now.end(), amount.start) \
                or self.level_subject(seg, amount) \
                or self.other_time_than_now(seg, amounts, index, self.value_clause_start(seg, amounts, index)):
            return None
        if self.since_an_earlier_year(seg):
            return None  # ('dana abadi sejak 2018 ... saat ini terhimpun Rp 86 miliar': a running total, not this year's)
        next_start = SPACES.match(self.body, seg.end).end()
        after = NEXT_SENTENCE_END.search(self.body, next_start + 1)
        if not self.words.target_word.search(self.body, seg.start, after.end() if after else len(self.body)):
            return None
        day = self.now_day(seg)
        return Period(dt.date(day.year, 1, 1), day), \
            f"{REALISED_SO_FAR} ('{now.group()}') against a target: January to {self.now_day_said(day)}"

    def since_an_earlier_year(self, seg: Segment) -> bool:
        """The sentence, or the one before it, names a year before the year of publication ('Dana abadi yang
        dirintis pada 2018 terus bertambah. Saat ini terhimpun Rp 86 miliar'): what stands now may have gathered
        since then."""
        before = self.body.rfind(".", 0, max(0, seg.start - 2))
        lo = self.body.rfind(".", 0, before) + 1 if before > 0 else 0
        return any(int(m.group()) < self.published.year for m in YEAR_WORD.finditer(self.body, lo, seg.end))

    def timeless(self, seg: Segment, amounts: list[Amount], index: int) -> str | None:
        """Why a value without a period of its own does not take the frame: it is stated per
        period ('US$ 1,1 miliar per tahun') or as of now ('saat ini terdapat 214 eksportir',
        'selama ini menyumbang 40 persen': what holds now or has held all along)."""
        amount = amounts[index]
        lo = self.value_clause_start(seg, amounts, index)
        now = self.said_now(seg, amounts, index, self.words.present)
        last = amount.range_with if amount.range_with is not None and amount.range_with.end > amount.end else amount
        stock = self.words.stock.search(self.body, max(lo, amount.start - 60), amount.start)
        if stock and not amount.is_monetary and amount.unit != "percent":
            return Standing(f"a measure of what stands ('{stock.group()}'): no period", "measure")
        rate = self.words.rate.search(self.body[last.end:min(seg.end, last.end + 30)])  # after a range's upper bound
        if rate:
            return f"a rate ('{rate.group().strip()}'): no period"
        # a rate or an occasion said before the value, or before the first value of the sentence
        # ('Setiap misi dagang, sebanyak 25 orang ... dipertemukan dengan 150 orang pengusaha')
        per = self.words.rate_before.search(self.body, lo, amount.start) \
            or self.words.rate_before.search(self.body, seg.start, amounts[0].start)
        if per:
            return f"a rate or a value per occasion ('{' '.join(per.group().split())}'): no period"
        if now:  # after the rates: 'Selama ini, ... 40 sertifikat setiap harinya' is a rate
            return Standing(f"stated as of now ('{now.group()}'): no period")
        if index and amounts[index - 1].unit == amount.unit \
                and self.words.change_right_after.fullmatch(self.body, amounts[index - 1].end, amount.start):
            # 'kini 96 gudang, berkurang 4 gudang': the change of a value as of now is as of now too
            told = self.words.present.search(self.body, amounts[index - 2].end if index > 1 else seg.start, amounts[index - 1].start)
            if told:
                return f"the change of a value stated as of now ('{told.group()}'): no period"
        return self.going_price(amount, max(lo, amount.start - 60))

    def going_price(self, amount: Amount, lo: int) -> str | None:
        """'di tingkat petani harga per kilo dibeli pada kisaran harga Rp 1.400 per kilogram': a
        price said with a going-rate word is the price things go for now, not a value of the
        period reported."""
        if not amount.is_monetary:
            return None
        price, going = self.words.price.search(self.body, lo, amount.start), self.words.going_rate.search(self.body, lo, amount.start)
        if price is None or going is None:
            return None
        return f"a going price ('{price.group()}', '{going.group()}'): no period"

    def whole_of_a_share(self, seg: Segment, cue_start: int) -> bool:
        """'sumbangan terbesar terhadap ekspor nasional pada periode Januari-April': after a share
        word, 'terhadap' names the whole, and the period after it is the one reported on, unless
        a change word between the share word and it makes it a comparison ('kontribusinya naik 5 persen terhadap
        Maret')."""
        if self.words.whole_cue.match(self.body, cue_start) is None:
            return False
        before = self.body[max(seg.start, cue_start - 60):cue_start]
        shares = list(self.words.share.finditer(before))
        # (a change told for another value before the share word does not count: 'tumbuh 4,93 persen dan berkontribusi
        # 54,53 persen terhadap PDB triwulan II 2024')
        return bool(shares) and not self.words.change.search(self.body, cue_start - len(before) + shares[-1].start(), cue_start)

    def share_of_a_whole(self, seg: Segment, amounts: list[Amount], index: int, kind: str) -> bool:
        """'kontribusi ekspor Riau terhadap nasional yakni 9,77%': a share's 'terhadap' names the
        whole it is a part of, not a period or value it is compared with."""
        if kind != "share":
            return False
        lo = amounts[index - 1].end if index else seg.start
        cue = self.words.base_cue.search(self.body[max(lo, amounts[index].start - 120):amounts[index].start])
        return cue is not None and self.words.whole_cue.fullmatch(cue.group("cue")) is not None

    def compared_target(self, seg: Segment, found: SentencePeriods, amounts: list[Amount], index: int) -> bool:
        """A target compared with, its period named as compared between the cue and it ('naik X dibanding tahun
        sebelumnya yang hanya ditargetkan Y'): a base value, of that period, not the sentence's ('tahun ini'); not
        after a clause break ('naik X dibanding tahun lalu, capaian itu belum menyentuh target Y')."""
        lo, start = amounts[index - 1].end if index else seg.start, amounts[index].start
        return any(lo <= m.start and m.end <= start and id(m) in found.comparison
                   and not CLAUSE_STOP.search(self.body, m.end, start) for m in found.mentions)

    def base_period(self, seg: Segment, found: SentencePeriods, amounts: list[Amount], index: int) -> tuple[Period | None, str]:
        """A base value's period: said right after it ('dari 3,1 miliar pada Agustus'), else
        the comparison period between its cue and it ('dibanding periode yang sama tahun lalu
        yang sebesar X'), else the sentence's comparison period ('dibanding bulan
        sebelumnya, yaitu dari X menjadi Y')."""
        amount = amounts[index]
        # a period named for a target after it is the target's ('... dari Rp 24,1 triliun atau 16,6 % dari target APBN-P
        # 2015'): what the base value's 'periode yang sama tahun lalu' counts from is not that year
        anchor = self.sentence_anchor(found, amount, so_far=self.same_period_said(found), not_a_targets=True)
        if index in found.claimed:
            return self.compared(found.claimed[index], "base value: named after it" + self.after_phrase(amount, found.claimed[index]), anchor)
        lo = amounts[index - 1].end if index else seg.start
        inside = [m for m in found.mentions if lo <= m.start and m.end <= amount.start]
        after = self.compared_after(found, amounts, index) if inside else None
        if after is not None and not any(id(m) in found.comparison or m.relative_to_frame for m in inside):
            # 'Semester I/2018 PMDN naik dari Rp7,79 triliun jadi Rp14,98 triliun dibandingkan semester I/2017': the
            # period before the base value is the one reported; the one compared with, after, is the base's
            inside = [after]
        if inside:
            return self.same_period_a_year_before(inside[-1], anchor, *self.compared(inside[-1], "base value: compared period", anchor))
        comparisons = [m for m in found.mentions if id(m) in found.comparison or m.relative_to_frame]
        comparisons = [m for m in comparisons if m not in found.claimed.values()]
        if comparisons:
            nearest = min(comparisons, key=lambda m: abs(m.start - amount.start))
            return self.same_period_a_year_before(nearest, anchor,
                                                  *self.compared(nearest, "base value: the sentence's comparison period", anchor))
        if self.comparison is not None and self.comparison[2] == self.frame.period:
            return self.comparison[0], f"base value: the comparison period named before '{self.comparison[1]}'"
        month = previous_month(anchor)
        if month is not None and self.from_to(amounts, index, lo):
            return month, "base value: a monthly report compares with the month before"
        return None, "base value with no period named"

    def rate_on_its_own_basis(self, seg: Segment, amounts: list[Amount], index: int, kind: str) -> bool:
        """'naik 0,69% jika dibandingkan Maret 2021 atau secara YoY mencapai sebesar 51,94%': a rate of change said
        right after its own basis (lexicon relative_periods yoy, mom, qoq) is the reported period's change on that
        basis, not a value of the period compared with before it."""
        if kind != "growth" or amounts[index].unit != "percent":
            return False
        lo = max(amounts[index - 1].end if index else seg.start, amounts[index].start - 40)
        basis = None
        for basis in self.words.rate_basis.finditer(self.body, lo, amounts[index].start):
            pass
        return basis is not None and self.words.rate_basis_link.fullmatch(self.body, basis.end(), amounts[index].start) is not None

    def compared_after(self, found: SentencePeriods, amounts: list[Amount], index: int) -> PeriodMention | None:
        """The first comparison period named after the base value amounts[index] and the value it changed to
        ('dari X jadi Y dibandingkan semester I/2017'), in its clause."""
        to = amounts[index + 1].end if index + 1 < len(amounts) else amounts[index].end
        return next((m for m in found.mentions if id(m) in found.comparison and m.start >= to
                     and not CLAUSE_STOP.search(self.body, to, m.start)), None)

    def same_period_a_year_before(self, mention: PeriodMention, anchor: Period | None, period: Period | None,
                                  reason: str) -> tuple[Period | None, str]:
        """'pada periode yang sama terjadi kenaikan dari X menjadi Y', 'bertambah X dari periode yang
        sama senilai Y': a base value of 'the same period' (no year said) is of the same
        period a year before, not of the period it is compared from."""
        if period is not None and period == anchor and mention.relative == "same_as_before" \
                and "sama" in self.body[mention.start:mention.end].casefold():
            return period.shifted(-1), reason + " (a year before)"
        return period, reason

    def month_named_before(self, mention: PeriodMention) -> Period | None:
        """'pada Februari itu' after 'Februari 2024': a month without its year is the one the
        text last named with a year before it, whatever frame came between ('pada Juli ..., setara satu setengah
        kali harga pada Juli 2023': a month named with its year after it is another one)."""
        if mention.year_missing is None or mention.relative or mention.year_missing[1] != mention.year_missing[2]:
            return None
        return next((period for where, period in reversed(self.months_named.get(mention.year_missing[1], ()))
                     if where < mention.start), None)

    def remember_months(self, found: SentencePeriods) -> None:
        for mention in found.mentions:
            period = None if id(mention) in found.comparison else mention.period
            if period and one_month(period):
                self.months_named[period.start.month] = self.months_named.get(period.start.month, ()) \
                    + ((mention.start, period),)

    def sentence_anchor(self, found: SentencePeriods, amount: Amount, said_before: bool = False,
                        so_far: bool = False, not_a_targets: bool = False) -> Period | None:
        """What relative mentions count from: the period the sentence names for its report
        ('Januari-September 2022 ... dibanding periode yang sama tahun sebelumnya'), nearest
        before the amount, else the first after it (not when `said_before`: for a mention that points
        back, 'bulan itu'), else the frame; with `so_far` (for 'periode yang sama tahun lalu'), 'tahun ini'
        in a report on January to a month of this year is those months (see `this_year_so_far_in_frame`); with
        `not_a_targets`, not a mention after the amount with a target word before it (a target's own year)."""
        # months of this year ('semester pertama tahun ini') frame the sentence; months of another
        # year counted from somewhere ('Maret tahun sebelumnya') do not
        framing = [m for m in found.mentions if id(m) not in found.comparison and self.frames_sentence(m)
                   and not (m.relative == "month_offset" and (m.offset or m.anchored))
                   and id(m) not in found.start_points]
        # (nor, with `not_a_targets`, a target's own year before it when the sentence named a period before that one:
        # 'Sampai akhir Juli 2024 ... dari target APBN 2024, ... dari tahun 2023 yang naik X' counts from July 2024)
        before = [m for m in framing if m.end <= amount.start]
        if not_a_targets and len(before) > 1 and self.year_of_a_target_word(before[-2].end, before[-1]):
            before.pop()
        ordered = before[::-1] \
            + ([] if said_before else [m for m in framing if m.start >= amount.end and not (
                not_a_targets and self.words.target_word.search(self.body, amount.end, m.start))])
        for mention in ordered:
            said_before = self.year_said_before(found, mention)
            period = None if said_before else self.months_looked_back_from(mention, self.frame.period) \
                or self.months_after_last_year(mention, self.frame.period)
            period = period or mention.resolve(said_before or self.frame.period, self.published)
            if period:
                return self.this_year_so_far_in_frame(mention, period) if so_far else period
        return self.frame.period

    @staticmethod
    def same_period_said(found: SentencePeriods) -> bool:
        """The sentence names 'periode yang sama tahun lalu' (see `this_year_so_far_in_frame`)."""
        return any(m.relative == "same_period_previous_year" for m in found.mentions)

    def this_year_so_far_in_frame(self, mention: PeriodMention, period: Period) -> Period:
        """'Penjualan tahun ini tumbuh 9 persen ketimbang periode yang sama tahun lalu, Rp 40 miliar' while the
        report is on January to a month of this year: 'tahun ini' is the year so far, the frame, so the same
        period a year before is those months of last year, not the whole of it; not when 'tahun ini' is what a
        target or projection is for ('target tahun ini', lexicon target_words, projection_words): the whole year."""
        frame = self.frame.period
        if frame is not None and year_to_date(frame) and mention.relative == "offset" and mention.offset == 0 \
                and mention.year_missing is None and period == Period.year(frame.start.year) \
                and not self.words.aim.search(self.body, max(0, mention.start - 40), mention.start):
            return frame
        return period

    def year_said_before(self, found: SentencePeriods, mention: PeriodMention) -> Period | None:
        """'Produksi jagung 2022 hingga Agustus', 'Tahun 2021, sampai dengan Agustus': months
        without a year said right after a year are that year's, whatever the frame."""
        if mention.year_missing is None or mention.relative:
            return None
        for other in found.mentions:
            if other.end <= mention.start and id(other) not in found.comparison and other.period is not None \
                    and other.period == Period.year(other.period.start.year) \
                    and YEAR_THEN_MONTHS.fullmatch(self.body[other.end:mention.start]):
                return other.period
        return None

    @staticmethod
    def opens_the_sentence(mention: PeriodMention, amounts: list[Amount]) -> bool:
        """'Sementara itu, pada periode yang sama tahun 2024, A senilai X, B senilai Y ...': the same
        period of another year, said (not compared with) before every value of the sentence, is when
        all of them were; the sentence tells the other year's figures."""
        return mention.relative in ("same_period_previous_year", "same_period_in_year") and mention.end <= amounts[0].start

    @staticmethod
    def frames_sentence(mention: PeriodMention) -> bool:
        """A mention that says which period the sentence reports on: not a vague span, nor one
        said against the frame, except 'secara kumulatif' (January to the frame's end), which
        says it for the whole sentence ('secara kumulatif mencapai X atau turun 10 persen')."""
        return not mention.vague and (not mention.relative_to_frame or mention.relative in ("year_to_date", "this_year_so_far"))

    def resolved(self, mention: PeriodMention, how: str, anchor: Period | None = None) -> tuple[Period | None, str]:
        if mention.week and mention.year_missing and not mention.relative and self.published is not None \
                and (self.frame.period is None or self.said_ahead(mention)
                     or mention.year_missing[1] == self.published.month):
            # 'pekan kedua Juni' and no year named before it (no frame): the latest such week; a week of the
            # publication month or one planned or expected: of the publication year, whatever the frame's
            said = self.body[mention.start:mention.end]
            ahead = self.said_ahead(mention)
            return recent_week(mention.year_missing[1], mention.week, self.published, ahead), \
                f"{how} '{said}', " + ("a week ahead: of the publication year" if ahead else "the latest such week")
        period, why = self.resolved_months(mention, how, anchor)
        if mention.week and period is not None:  # 'pekan ketiga September': the month found for it, narrowed to that week
            period = week_of(period, mention.week)
        return period, why

    def frame_about_prices(self) -> bool:
        """The frame was named in a sentence about prices ('Pada Mei 2025 harga gula naik. Gula dijual dengan harga
        Rp X'): a price something is sold at then is of that period (lexicon price_words; not a capitalised one
        inside a name, 'program Stabilisasi Pasokan dan Harga Pangan', whose sentence is about a volume)."""
        start = self.frame.sentence_start
        if self.frame.period is None or start < 0:
            return False
        end = (m.start() if (m := SENTENCE_STOP.search(self.body, start)) else len(self.body))
        return any(m.group().islower() or self.body[m.end():m.end() + 2].strip()[:1].islower()
                   for m in self.words.price.finditer(self.body, start, end))

    def sentence_bounds(self, mention: PeriodMention) -> tuple[int, int]:
        """Where the mention's sentence starts and ends in the body (SENTENCE_STOP: a full stop, '!'
        or '?' before a space, or a line break); read back from the line the mention is on only."""
        line = self.body.rfind("\n", 0, mention.start)
        start = max((m.end() for m in SENTENCE_STOP.finditer(self.body, max(line, 0), mention.start)), default=0)
        end = (m.start() if (m := SENTENCE_STOP.search(self.body, mention.end)) else len(self.body))
        return start, end

    def said_ahead(self, mention: PeriodMention) -> bool:
        """A sentence of plans or expectations ('akan', 'diperkirakan', 'ditargetkan'): what it dates is ahead."""
        start, end = self.sentence_bounds(mention)
        return bool(self.words.future_tense.search(self.body, start, end) or self.words.aim.search(self.body, start, end))

    def resolved_months(self, mention: PeriodMention, how: str, anchor: Period | None = None) -> tuple[Period | None, str]:
        said = self.body[mention.start:mention.end]
        if (again := self.frame_months_again(mention)) is not None:
            return again[0], f"{how} '{said}', the months named with their year ('{again[1]}')"
        if (compared := self.year_just_compared(mention)) is not None:
            return compared, f"{how} '{said}', the year just compared with ('{compared.start.year}')"
        period = self.month_named_before(mention) or self.resolve(mention, anchor or self.frame.period)
        if period is None and self.months_inside_frame(mention):
            return self.months_of_frame_year(mention), \
                f"{how} '{said}', undated text: months of the frame's year ('{self.frame.said}')"
        if period is None and self.counts_from_frame_year(mention):
            period = mention.resolve(anchor, dt.date(self.frame.period.end.year, 12, 31))
            if period is not None:
                return period, f"{how} '{said}', {FROM_FRAME_YEAR}('{self.frame.said}')"
        if period is None and (named := self.year_named_for_months(mention)) is not None:
            return named[0], f"{how} '{said}', {YEAR_NAMED_FOR_MONTHS}('{named[1]}')"
        if period is None:
            return None, f"{how} '{said}', which gives no bounds" + (" (vague)" if mention.vague else " (no date to count from)")
        return period, f"{how} '{said}'"

    def year_just_compared(self, mention: PeriodMention) -> Period | None:
        """'... lebih rendah dari tahun 2019 yang sebesar 88%. Pada tahun itu pagu anggaran senilai X': 'tahun itu',
        'tahun tersebut' points back at the year named last in its paragraph; when that year was one compared
        with (while the frame still stands), it is that year, not the frame's (said before every value of its
        sentence, it is when all of them were). Not 'tahun itu juga' (lexicon same_time_words: the year reported),
        nor when the sentence goes on with a change ('jumlah petambak bertambah menjadi X': the reported year's)."""
        said = self.body[mention.start:mention.end]
        if mention.relative != "same_as_before" or not self.words.that_year.search(said) or self.frame.period is None:
            return None
        rest = SENTENCE_STOP.split(self.body[mention.end:mention.end + 300], 1)[0]
        if self.words.same_time.match(rest) or self.words.change.search(fold(rest)):
            return None
        start = self.body.rfind("\n", 0, mention.start) + 1
        before = [m for m in find_periods(self.lex, self.body, start, mention.start) if m.end <= mention.start]
        if not before or before[-1].period is None:
            return None
        year = before[-1].period
        if year != Period.year(year.start.year) or year == self.frame.period \
                or self.compared_frames.get(year, False) != self.frame.period:
            return None
        return year

    def frame_months_again(self, mention: PeriodMention) -> tuple[Period, str] | None:
        """'HPE periode September 2017 naik ... Konsentrat tembaga pada periode September
        ditetapkan X' in a page published in 2019: months said without their year, when the text
        has named exactly those months before with one year only (and the frame is not another
        span), are those of that year, not of the year of publication."""
        frame = self.frame.period
        if mention.year_missing is None or mention.relative or mention.this_year or mention.vague or mention.anchored:
            return None
        _, first, last = mention.year_missing
        if frame is not None:
            return (frame, self.frame.said) if frame.start.year == frame.end.year \
                and Period.months(frame.start.year, first, last) == frame else None
        if self.published is None:
            return None  # undated text: see `year_named_for_months`
        # (named before it: a dated text that names those months with a year only later counts from its date)
        same = [(span, said) for span, said in self.spans_with_year() if span.start.month == first and span.end.month == last
                and span.start.year == span.end.year and -1 < self.body.find(said) < mention.start]
        if not same or len({span.start.year for span, _ in same}) != 1:
            return None
        return same[0]

    def year_named_for_months(self, mention: PeriodMention) -> tuple[Period, str] | None:
        """'pada semester I' in undated text that says 'semester I 2025' elsewhere, 'Maret tahun
        ini' where it says 'Januari-Maret 2024': months named without their year, in a text with
        no date, are those months of the one year the text names for them, before or after (a
        span of those months with its year, not a whole year, nor a period it compares with).
        None when the text names those months with no year, or with more than one (never a
        guessed year), and for months counted from another year ('Maret tahun lalu')."""
        if self.published is not None or mention.vague or mention.year_missing is None or mention.anchored \
                or mention.offset or mention.relative not in (None, "month_offset"):
            return None
        _, first, last = mention.year_missing
        # (named before it, or after it at most NAMED_AFTER_MONTHS paragraphs on: a span named further on,
        # past other paragraphs, is another matter's, not the months the text opened with)
        covering = [(span, said) for span, said, at in self.spans_with_year(where=True)
                    if span.start.month <= first and last <= span.end.month
                    and (at < mention.start or self.paragraph_of(at) - self.paragraph_of(mention.end) <= NAMED_AFTER_MONTHS)]
        if not covering or len({span.start.year for span, _ in covering}) != 1:
            return None
        return Period.months(covering[0][0].start.year, first, last), covering[0][1]

    def paragraph_of(self, at: int) -> int:
        """The number of the paragraph a place of the body is in, as the segments number them (text.paragraphs)."""
        if self.paragraph_starts is None:
            self.paragraph_starts = [start for start, _ in paragraphs(self.body)]
        return max(bisect.bisect_right(self.paragraph_starts, at) - 1, 0)

    def months_of_named_year(self, mention: PeriodMention) -> Period | None:
        """The period of `year_named_for_months`, without the words that named the year."""
        named = self.year_named_for_months(mention)
        return named[0] if named else None

    def spans_with_year(self, where: bool = False) -> list[tuple]:
        """The spans of months within one year that the whole text names with their year, not as
        a comparison ('dibanding Maret 2023', 'naik dari 2,1 juta ton pada Maret 2023') nor as the
        period of a target or projection ('menargetkan ekspor pada semester I 2025'): read once,
        when undated text first needs them."""
        if self.dated_spans is None:
            self.dated_spans = []
            for mention in find_periods(self.lex, self.body, 0, len(self.body)):
                before = self.body[max(0, mention.start - 60):mention.start]
                if mention.period is None or mention.vague or not part_of_one_year(mention.period) \
                        or self.words.cue_before.search(before) or self.from_compared(before, mention.start, 0) \
                        or self.words.from_value_before.search(before) or self.words.future_before.search(before):
                    continue
                self.dated_spans.append((mention.period, self.body[mention.start:mention.end], mention.start))
        return self.dated_spans if where else [(span, said) for span, said, _ in self.dated_spans]

    def this_year_is_the_frame(self, mention: PeriodMention, kind: str, period: Period | None,
                               reason: str) -> tuple[Period | None, str]:
        """'penurunan nilai ekspor tahun ini disebabkan ...' in undated text reporting on June
        2019: a reported value said of 'this year' alone, counted from the frame's year, is
        of the months reported, the frame (a target for this year stays the whole year)."""
        bare = mention.relative == "offset" and mention.offset == 0 and mention.year_missing is None
        # (undated text gives a bare 'this year' bounds only by counting from the frame's year)
        if kind in FUTURE_KINDS or not bare or period is None or not self.counts_from_frame_year(mention) \
                or self.frame.period is None or not self.frame.period.start.year == period.start.year:
            return period, reason
        return self.frame.period, reason + ": the months it reports on"

    def counts_from_frame_year(self, mention: PeriodMention) -> bool:
        """'tahun ini', 'sepanjang tahun ini', 'tahun lalu', 'tahun depan' in undated text after a
        sentence named the period reported on with its year ('pada Juni 2019'): the text is
        written in that year, and what it says of this year, or counts in years from it, is
        of that year. Not months ('bulan lalu', 'Maret tahun ini'), which the year alone does
        not place; with no such frame, still no bounds (never a guessed year)."""
        frame = self.frame.period
        if self.published is not None or self.this_year is not None or mention.vague or frame is None \
                or not part_of_one_year(frame):
            return False  # (a whole year reported may be last year's, in a text written the year after)
        # (months of this year outside the frame stay unknown: see `months_inside_frame`)
        # Only this year itself: a year counted back or ahead from it ('tahun lalu', 'tahun depan')
        # stays unknown, since a year named for the report ('triwulan III/2024') does not say the text
        # was written in it; 'tahun ini' said of it is the writer's own word for that year.
        if counted_back_or_ahead(mention):
            return False
        return mention.year_missing is None and (mention.this_year or mention.relative in ("offset", "this_year_so_far"))

    def resolve(self, mention: PeriodMention, anchor: Period | None) -> Period | None:
        """The mention's bounds; in undated text that said which year it is written in ('Tahun
        2023 ini'), what it counts from the year of writing ('hingga akhir bulan April', 'tahun
        lalu') counts from that year."""
        if (back := self.months_looked_back_from(mention, anchor)) is not None:
            return back
        if (recent := self.months_after_last_year(mention, anchor)) is not None:
            return recent
        period = mention.resolve(anchor, self.published)
        so_far = self.so_far_this_year(mention, anchor)
        if so_far is not None:
            return so_far
        if period is None and self.published is None and self.this_year is not None and not mention.vague:
            period = mention.resolve(anchor, dt.date(self.this_year, 12, 31))
        return period

    def months_looked_back_from(self, mention: PeriodMention, anchor: Period | None) -> Period | None:
        """'selama triwulan II ... Kata Rina, selama tahun lalu penjualan X. Bulan Mei saja,
        ... Y': months said without their year while the frame is a past year looked back on (see
        `looks_back`) are those of the report the look back stepped away from, when that report's
        period holds them; so are months after that report's, up to publication, told in a later paragraph
        than the look back ('dari Januari hingga September ... sepanjang 2023 totalnya ...' then a paragraph on
        prices 'pada Oktober' in a page of November 2024: the latest month, not the year looked back on's). Months
        before the report's, or ones its year has not reached at publication, stay the year looked back on's."""
        back = self.frame.looked_back_from
        if back is None or back.period is None or mention.year_missing is None or mention.relative \
                or mention.this_year or mention.vague or anchor != self.frame.period:
            return None
        if self.points_back_at_that_year(*self.sentence_bounds(mention)):
            return None
        _, first, last = mention.year_missing
        months = Period.months(back.period.end.year, first, last)
        if back.period.start <= months.start and months.end <= back.period.end:
            return months
        later_paragraph = "\n" in self.body[max(self.frame.sentence_start, 0):mention.start]
        return months if later_paragraph and self.published is not None and back.period.end < months.start \
            and months.end <= self.published else None

    def months_after_last_year(self, mention: PeriodMention, anchor: Period | None) -> Period | None:
        """'Sepanjang tahun lalu, ekspor X ...' then, in a later paragraph, 'harga sempat Rp Y pada
        Januari' in a page of April 2025: a frame in a past year named with no year in figures
        (counted back from now, 'tahun lalu', or a month read as the last one before publication,
        'pada Desember') frames what it was said for, not the months a later paragraph names
        without a year; those are the latest such months up to the month of publication (as
        'September lalu'), unless their sentence points back at that year ('pada tahun itu',
        'saat itu'). A year named in figures ('Pada 2024, ...') keeps its months (see also
        `months_looked_back_from`)."""
        frame = self.frame
        if self.published is None or frame.period is None or anchor != frame.period or mention.year_missing is None \
                or mention.relative or mention.this_year or mention.vague or mention.anchored \
                or frame.period.end.year >= self.published.year \
                or YEAR_WORD.search(frame.said) or frame.sentence_start < 0 \
                or "\n" not in self.body[frame.sentence_start:mention.start]:
            return None
        start, end = self.sentence_bounds(mention)
        if self.points_back_at_that_year(start, end) or self.words.time_back.search(self.body, start, end) \
                or self.words.told_total_part.search(self.body, start, end):
            return None  # ('Dari jumlah itu, pengiriman pada Maret X': a part of the total just told, of its year)
        _, first, last = mention.year_missing
        year = self.published.year if last <= self.published.month else self.published.year - 1
        return mention.ending_on_day(Period.months(year, first, last))

    def points_back_at_that_year(self, start: int, end: int) -> bool:
        """'Kenaikan tertinggi tahun itu terjadi pada November': the mention's sentence (`start`,
        `end`: sentence_bounds) says 'tahun itu', the year just told of; not 'naik dari tahun itu',
        the year compared with."""
        return any(not self.words.compared_before.search(self.body, max(start, m.start() - 40), m.start())
                   for m in self.words.that_year.finditer(self.body, start, end))

    def so_far_this_year(self, mention: PeriodMention, anchor: Period | None) -> Period | None:
        """'Hingga akhir Mei, sudah 40 koperasi ...' in a page of 2 June 2025 whose frame is last
        year, said as such ('Sepanjang tahun lalu ...'): how far things stand, said up to a month
        with no year, is this year so far when that month of the publication year is over and the
        frame is a whole year already past (named relative to now, 'Sepanjang tahun lalu', or by its
        number, 'pada 2024'), and the clause says where things stand now (lexicon standing_now_words:
        'sudah', 'baru'; a speech tag may stand between, 'Hingga akhir Mei, lanjutnya, sudah X') and
        names no year ('Hingga Agustus tahun itu, sudah X' is the frame's year)."""
        frame = self.frame.period
        if not mention.year_missing or mention.year_missing[0] != "until_month" or self.published is None \
                or frame is None or frame != Period.year(frame.start.year) or frame.end.year >= self.published.year \
                or anchor is not None and anchor.end.year != frame.end.year:
            return None
        _, first, last = mention.year_missing
        this_year = Period.months(self.published.year, first, last)
        if this_year.end >= self.published:
            return None
        end = self.body.find(".", mention.end)
        end = end if end >= 0 else len(self.body)
        clause = self.body[mention.end:end]
        if not self.words.so_far.search(clause) or self.words.year_word.search(clause) \
                or find_periods(self.lex, self.body, mention.end, end):
            return None  # 'Hingga akhir Juni, ... sempat turun': no word of where things stand now, or another year,
            # or a later part said ('... baru 60 ton, lalu melonjak pada semester II': the year told of goes on)
        told = self.body[max(self.frame.sentence_start, 0):mention.start]
        if self.words.that_year.search(told) or self.words.time_back.search(told):
            return None  # ('Pada 2024 ... Tahun itu penuh tantangan. Hingga akhir Juni, baru X': the year is what is told of)
        return this_year

    def months_of_frame_year(self, mention: PeriodMention) -> Period | None:
        """Months said with 'tahun ini' in undated text, inside the frame: that year's months."""
        if not self.months_inside_frame(mention):
            return None
        _, first, last = mention.year_missing
        return Period.months(self.frame.period.start.year, first, last)

    def months_inside_frame(self, mention: PeriodMention) -> bool:
        """'tiga bulan pertama tahun ini' in undated text whose frame is 'Januari-Maret 2019',
        'periode November tahun ini' after 'sepanjang 2017': months of this year that lie inside
        the frame are that year's; any other 'this year' in undated text stays unknown (never a
        guessed year)."""
        frame = self.frame.period
        this_year = mention.this_year or (mention.relative == "month_offset" and mention.offset == 0 and not mention.anchored)
        if self.published is not None or frame is None or mention.year_missing is None or not this_year \
                or frame.start.year != frame.end.year:
            return False
        _, first, last = mention.year_missing
        months = Period.months(frame.start.year, first, last)
        return frame.start <= months.start and months.end <= frame.end

    def compared(self, mention: PeriodMention, how: str, anchor: Period | None) -> tuple[Period | None, str]:
        """A comparison month without a year lies before the frame ('dibanding Desember' in a
        report on January is December of the year before)."""
        period, reason = self.resolved(mention, how, anchor)
        frame = anchor or self.frame.period
        if period is None and (year := self.compared_year_counted_from(mention, frame)) is not None:
            period, reason = year, reason.split(", which gives no bounds")[0] + f", {FROM_FRAME_YEAR}compared with"
        if period and frame and mention.year_missing and not mention.relative and period.start > frame.end:
            period = period.shifted(-1)
        elif period and frame and period == frame and one_month(period) \
                and self.words.ago.search(self.body, mention.start, mention.end + 6) \
                and not self.words.ago.search(self.frame.said or "") \
                and not self.words.month_part_before.search(self.body, max(0, mention.start - 16), mention.start):
            # 'naik dari Februari lalu' in a report on February: a month compared with is not the month reported, it
            # is the one before it of that name
            period, reason = period.shifted(-1), reason + " (not the month reported: that month a year before)"
        if period and frame and (self.bare_year(mention) or self.relative_year(mention)) and part_of_one_year(frame) \
                and period.start.year != frame.start.year and not self.said_as_whole_year(mention):
            # 'dari X pada 2016 menjadi Y pada Februari 2017', 'semester I tahun ini X, dari tahun
            # sebelumnya sebesar Y': the same months of that year
            period = Period.months(period.start.year, frame.start.month, frame.end.month)
            reason += " (the frame's months of that year)"
        return period, reason

    def compared_year_counted_from(self, mention: PeriodMention, frame: Period | None) -> Period | None:
        """'Ekspor ... pada Januari-Oktober 2024 mencapai X. Angka itu naik dari tahun lalu yang Y' in
        undated text: a year counted back or ahead that the figure is compared with counts from the
        year the compared figure's own period names (decision 0041: unlike a 'tahun lalu' reported on,
        which stays unknown). Not when the frame was not named with a year."""
        if self.published is not None or self.this_year is not None or frame is None or not part_of_one_year(frame) \
                or mention.vague or mention.anchored or not counted_back_or_ahead(mention) \
                or frame == self.frame.period and not re.search(rf"(?<!\d){YEAR}(?!\d)", self.frame.said or ""):
            return None
        return mention.resolve(frame, dt.date(frame.end.year, 12, 31))

    def said_as_whole_year(self, mention: PeriodMention) -> bool:
        """'melebihi hasil sepanjang 2020 yang senilai X', 'dibanding penjualan selama 2020': a year
        compared with as a whole (lexicon reported_year_openers right before it), not the frame's
        months of that year; not after a part of a year ('semester yang sama selama 2024', 'lima bulan
        pertama sepanjang 2023': lexicon year_part_nouns up to three words before the opener); a year after a
        month-end word ('dari 180 eksportir pada akhir 2024': where it stood at that year's end) is the year as a
        whole too, with the same exception ('semester yang sama pada akhir tahun lalu')."""
        opener = self.words.year_end_before.search(self.body, max(0, mention.start - 20), mention.start) \
            or self.words.whole_year_before.search(self.body, max(0, mention.start - 30), mention.start)
        return opener is not None and \
            self.words.year_part_before.search(self.body, max(0, opener.start() - 40), opener.start()) is None

    @staticmethod
    def relative_year(mention: PeriodMention) -> bool:
        """'tahun sebelumnya', 'tahun lalu': a whole year counted from another, no months named."""
        return mention.relative == "offset" and mention.year_missing is None

    def bare_year(self, mention: PeriodMention) -> bool:
        said = self.body[mention.start:mention.end]
        return mention.period is not None and BARE_YEAR.fullmatch(said) is not None

    # --- setting the frame -----------------------------------------------------------------

    def update(self, seg: Segment, found: SentencePeriods | None, figures) -> None:
        """After a sentence: the last period it names for what it reports becomes the frame.
        Not a comparison, nor a period relative to the frame, nor a target's or a projection's
        period, nor one after publication; a sentence without figures sets it only when it
        names a measure ('Kinerja ekspor ... sepanjang tahun 2023') or reports one with a word of
        `measure_verbs` ('Provinsi X mengekspor ikan ke enam negara pada triwulan I 2023',
        'hasil Survei IMK Tahun 2020'), or says a target met or missed by then ('sampai Mei 2024
        ... sudah melampaui target', lexicon target_met_phrases, target_missed_phrases; not a hope or
        what is to come: confidence_words, hope_words, future_tense_words); a vague span ('di awal
        tahun') leaves it as it is. A sentence that reports one shipment released ('Menteri
        melepas ekspor ...') and names no period for its values makes that event the frame: what
        follows goes on about the shipment and has no period until a sentence names one. Not a
        release to come ('akan melepas'), nor a word that clears shipments ('memfasilitasi
        ekspor') in a sentence that states no value of one (a policy, not an event)."""
        release, clearance = self.release(seg)
        verb = met = None
        reported = [f for f in figures if f.kind not in FUTURE_KINDS and f.type != "target"]
        if release is not None and not any(f.period is not None and f.why.get("period", "").startswith(DATED_HERE)
                                           for f in reported) \
                and (reported or not clearance) and not self.future_tense(seg):
            self.note_future(figures)
            self.install(Frame(None, release, seg.paragraph, seg.start, event=True))
            self.just_said = []
            return
        if found is None and self.observed_on_day(seg, []):
            return
        if found is None:
            text = self.body[seg.start:seg.end]
            if not (self.words.time_words & set(re.findall(r"[a-z]+", text.casefold())) or YEAR_WORD.search(text)):
                return  # most sentences without figures name no period: skip them cheaply
            if self.date_just_said(seg):
                return
            folded = fold(text)
            measure = self.words.measures.search(folded)
            met = None if measure or self.words.hoped.search(text) else self.words.met_or_missed.search(text)
            measure = measure or met
            verb = None if measure else self.words.measure_verb.search(folded)
            if measure is None and verb is None:
                # ('Angka ini turun dibanding tahun lalu. Pada Januari 2023 nilai ekspor mencapai X.': the period
                # compared with, named again, gives its values their period but does not become the frame)
                if self.frame.period is not None and self.words.compares.search(text):
                    self.remember_comparison(seg, self.sentence(seg, []))
                return
            found = self.sentence(seg, [])
        if reported:
            why = reported[-1].why.get("period", "")
            self.last_standing = (why, reported[-1].unit, seg.end) if reported[-1].period is None and isinstance(why, Standing) \
                and why.whole != "measure" and reported[-1].type == "figure" and not is_money_unit(reported[-1].unit) else None
        for figure in reported:
            if figure.type == "figure" and figure.kind == "realization" and not figure.why.get("period", "").startswith("base value"):
                self.last_value = figure.period, seg.end  # (not a value compared with: 'turun dari X pada Januari')
            elif figure.type != "figure" or figure.kind not in ("growth", "share"):
                self.last_value = None, seg.end  # a projection or target: what 'angka itu' then points at has no such period
            if figure.type == "figure" and figure.kind in ("realization", "growth", "share"):
                line = self.body.rfind("\n", 0, figure.evidence.start) + 1
                self.reported_lines[line] = figure.period, figure.why.get("period", "")
        future = [f.evidence for f in figures if f.kind in FUTURE_KINDS or f.type == "target"]
        self.note_future(figures)
        before = self.frame
        self.set_frame(seg, found, future, figures, set_by=verb.group() if verb else "")
        self.level_now_frame(seg, reported)
        if met is not None and self.frame is not before:
            self.frame = replace(self.frame, in_paragraph_of=before)
        self.restated_value_frames(seg, before, reported)
        if not figures and self.frame is before:
            self.compared_month_narrows(seg, found)
        dated_by_comparison = self.frame.period is None and figures and self.year_after_compared(seg, found, figures)
        self.remember_comparison(seg, found, reported=not future)
        if dated_by_comparison:
            self.comparison = None  # its base values were its own sentence's; it dates no later one
        self.note_just_said(seg, figures)

    def level_now_frame(self, seg: Segment, reported) -> None:
        """'Persediaan jagung di lumbung koperasi sekarang 730 ton. Adapun di gudang pedagang ada 95 ton': a level held
        now (`level_held_now`) said before any period is named makes the publication day the frame, its unit noted:
        the breakdown of that level that follows is of the same day, until a sentence names a period
        (`not_of_the_level_day` says which values are not the breakdown). Not after a period was named (the text
        reports on that one, and the level is an aside)."""
        if self.frame.said:
            return
        held = next((f for f in reported if f.period is not None and f.why.get("period", "").startswith(LEVEL_HELD_NOW)), None)
        if held is not None:
            said = next(word for start, word in self.held_now_words.items()
                        if held.evidence.start <= start < held.evidence.end)
            self.install(Frame(held.period, said, seg.paragraph, seg.start, level_now=held.unit))

    def not_of_the_level_day(self, seg: Segment, amounts: list[Amount], index: int, kind: str) -> str | None:
        """Why a value said under the day a level held now set (`level_now_frame`) is not of that day: only the level's
        breakdown is, a realization in the level's unit ('Adapun di gudang pedagang ada 95 ton') or a share of the
        level ('stok terbesar di Flores, 40 persen': a level word before it in its sentence). Not a value in another
        unit (a price 'Rp 9.000 per kg', a count of what stands '14 gudang'), not a flow, a plan or another measure in
        its clause ('koperasi menjual 60 ton': `not_the_level_now`), nor what is usual or was before ('Lazimnya cuma X')."""
        amount = amounts[index]
        if other := self.other_time_than_now(seg, amounts, index):
            return f"said of another time than the level held now ('{other}'){NO_PERIOD}"
        if not (kind == "realization" and amount.unit == self.frame.level_now
                or kind == "share" and amount.unit == "percent"
                and self.words.level_held.search(self.body, seg.start, amount.start)):
            return f"not the breakdown of the level held now ({kind}, '{amount.unit}'){NO_PERIOD}"
        if flow := self.not_the_level_now(seg, amounts, index, self.words.not_of_level_day):
            return f"a flow, a plan or another measure than the level held now ('{flow}'){NO_PERIOD}"
        return None

    def not_the_level_now(self, seg: Segment, amounts: list[Amount], index: int, flows: re.Pattern | None = None) -> str | None:
        """The word before the value in its clause (after the value before it) that makes it a flow into or out of a
        level, a plan or another measure (lexicon level_now_flow_words, plan_words, level_now_other_measures; under the
        level's day, `flows` is not_of_level_day, also flow_count_verbs and realization_nouns): 'stok kini ditambah X
        ton', 'koperasi menjual X ton', 'berencana menambah stok menjadi X', 'mengelola stok dengan anggaran Rp X'."""
        lo = amounts[index - 1].end if index else seg.start
        found = (flows or self.words.not_level_now).search(self.body, lo, amounts[index].start)
        return found.group() if found else None

    def other_time_than_now(self, seg: Segment, amounts: list[Amount], index: int, lo: int | None = None) -> str | None:
        """'Lazimnya cuma 45 ton', 'Dulu pernah 900 ton': a value said with a word of another time before it (lexicon
        other_time_words: what is usual, what was before), in its sentence (from `lo` when given), is not of the day
        of a level held now."""
        other = self.words.other_time.search(self.body, seg.start if lo is None else lo, amounts[index].start)
        return other.group() if other else None

    def restated_value_frames(self, seg: Segment, before: Frame, reported) -> None:
        """'Belanja modal sebesar Rp 80 miliar tersebut sebagian terserap untuk jalan desa, sekitar 35 persen': a value
        told before, said again with a demonstrative right after it (lexicon demonstratives) and of the same measure
        (see `told_again`), in a sentence that sets no frame of its own, brings back the period of its latest telling:
        the breakdown that follows is of it."""
        restated = None
        for figure in reported:
            if figure.type != "figure" or figure.period is None:
                continue
            number = re.search(r"(?i)\b(?:rp|us\$|usd)|\d", figure.evidence.text)  # where the amount starts
            told = self.told_again(seg, seg.start, figure.evidence.start + (number.start() if number else 0),
                                   figure.evidence.end, figure.value, figure.unit)
            restated = restated or (told and (told, figure.evidence.text))
            self.told_values[(abs(figure.value), figure.unit)] = \
                figure.period, set(self.words_of(self.body[seg.start:figure.evidence.end])), seg.paragraph
        if restated and self.frame is before:
            self.install(replace(self.frame, period=restated[0], said=restated[1].split(", ")[-1].strip(), paragraph=seg.paragraph,
                                 sentence_start=seg.start, kept=""))

    @staticmethod
    def words_of(text: str) -> list[str]:
        """The words of `text` of three letters or more, folded, in order."""
        return re.findall(r"[^\W\d_]{3,}", text.casefold())

    def told_again(self, seg: Segment, lo: int, start: int, end: int, value, unit) -> Period | None:
        """The period of the latest telling of (value, unit), when it is said again here with a demonstrative right
        after it ('Rp 80 miliar tersebut'), the noun said right before it (its last two words from `lo`, not
        lexicon relative_value_words such as 'sebesar') is in the telling's sentence before its value, the telling was at most two paragraphs back, and its period is not the frame's; else None."""
        told = self.told_values.get((abs(value), unit))
        if told is None or not self.words.demonstrative_after.match(self.body, end):
            return None
        period, measure, paragraph = told
        if period == self.frame.period or not 0 <= seg.paragraph - paragraph <= 2:
            return None
        noun = [w for w in self.words_of(self.body[lo:start]) if w not in self.words.value_linkers][-2:]
        return period if set(noun) & measure else None

    def note_just_said(self, seg: Segment, figures) -> None:
        """The sentence's reported values stated with no period named before them are kept until
        a value is given one (see `date_just_said`)."""
        undated = [f for f in figures if f.type == "figure" and f.kind not in FUTURE_KINDS and f.why.get("period") == NO_FRAME]
        if len(undated) < len(figures):
            self.just_said = []  # a value given a period, or said to have none ('saat ini'): the values before are not just said
            return
        self.just_said += [(f, seg.paragraph) for f in undated]

    def after_quote(self, seg: Segment, position: int) -> bool:
        """A closing quotation mark stands between the sentence's start and `position`."""
        return any(mark in self.body[seg.start:position] for mark in CLOSING_QUOTES)

    def date_just_said(self, seg: Segment) -> bool:
        """'"... sebanyak 1.409.241 ekor dan 612.381 kgm. Dimulai sejak Januari hingga November 2023,"
        kata X', 'capaian tersebut dihitung berdasarkan ekspor bulan Januari-Oktober 2023': a
        sentence of its own, stating no value, that names a period right after values stated with
        none (in its paragraph or the two before it) names their period, and becomes the frame.
        Not a sentence about what is aimed at or expected, nor one with other numbers (the
        period may be theirs). True if it dated them."""
        said = [(f, paragraph) for f, paragraph in self.just_said if seg.paragraph - paragraph <= SAID_JUST_BEFORE]
        if not said or self.future_tense(seg) or self.words.aim.search(self.body, seg.start, seg.end):
            return False
        pending = [f for f, _ in said]
        context = fold(self.body[self.body.rfind("\n", 0, pending[0].evidence.start) + 1:seg.start])
        # (the measure may carry the possessive '-nya' where it was said: 'target ekspornya' ... 'trafik ekspor')
        if any(not re.search(r"\b" + re.escape(m.group()) + r"(?:nya)?\b", context) for m in self.words.measures.finditer(fold(self.body[seg.start:seg.end]))):
            return False  # 'mengatakan impor bahan baku Mei 2023 juga melemah' after export values: another measure's period
        found = self.sentence(seg, [])
        if any(self.after_quote(seg, m.start) for m in found.mentions):
            return False  # '... Eropa,’’ katanya saat pembukaan Program X 2019': the occasion of the words
        dated = [(m.start, m.end) for m in found.mentions] \
            + [(m.start(), m.end()) for m in DAY_IN_BRACKETS.finditer(self.body, seg.start, seg.end)]
        if any(not any(a <= d.start() < b for a, b in dated) for d in DIGIT.finditer(self.body, seg.start, seg.end)):
            return False
        before = self.frame
        self.set_frame(seg, found, [], [])
        frame = self.frame
        if frame is before or frame.sentence_start != seg.start:
            return False  # set_frame installs only a frame of this sentence, with a period, for no event (or kept the frame)
        for figure in pending:
            figure.period = frame.period
            figure.why["period"] = f"{SAID_AFTER}: '{frame.said}'"
        self.just_said = []
        return True

    def note_future(self, figures) -> None:
        """The periods the sentence's projections and targets are stated for. A target compared with ('lebih tinggi
        dibanding target pada 2022 yang hanya X') is an earlier one: it names no period for the targets that follow."""
        for figure in figures:
            if figure.kind == "projection" and figure.period:
                self.projection = figure.period
            if figure.type == "target" and figure.period \
                    and not figure.why.get("period", "").startswith(INHERITED + (BASE_VALUE,)):
                self.target = figure.period, self.said_for(figure)

    def release(self, seg: Segment) -> tuple[str | None, bool]:
        """The words by which the sentence reports one shipment let go or cleared for export
        ('melepas ekspor', 'pelepasan ekspor', 'ekspor kali ini'), if it does: such an event is
        not a flow over a period. Not when the event only says when something else was said or
        done ('," kata Menteri di acara pelepasan ekspor', 'saat pelepasan ekspor'). With them,
        whether they only clear a shipment ('memfasilitasi ekspor'). Cached for the sentence."""
        if self.released[0] == seg.start:
            return self.released[1:]
        said, clearance = None, False
        for match in self.words.release.finditer(self.body, seg.start, seg.end):
            if self.words.passing.search(self.body, max(seg.start, match.start() - 40), match.start()) \
                    or self.words.speech_tag.search(self.body, seg.start, match.start()):
                continue
            said = " ".join(match.group().split())
            clearance = match.group("clearance") is not None
            break
        self.released = seg.start, said, clearance
        return said, clearance

    def said_for(self, figure) -> str:
        why = figure.why.get("period", "")
        quoted = re.search(r"'([^']+)'", why)
        return quoted.group(1) if quoted else f"{figure.period.start}..{figure.period.end}"

    def remember_comparison(self, seg: Segment, found: SentencePeriods, reported: bool = True) -> None:
        """The last comparison period the sentence names, resolved against the frame: a base
        value stated later without one ('Yaitu dari X menjadi Y') is of that period. Every
        comparison period of a sentence that states no target or projection is kept with the
        frame it was compared with (see `restates_comparison`; a projection compared with last
        year's result says nothing of what the report is on)."""
        last = None
        for mention in reversed(found.mentions):
            if id(mention) in found.comparison or mention.relative_to_frame:
                # as its own sentence's base values read it: 'tahun sebelumnya' in a half-year frame is that half year
                period, _ = self.compared(mention, "", None)
                if period is not None and period != self.frame.period:
                    if reported:
                        self.compared_frames.setdefault(period, self.frame.period)
                    if last is None:
                        last = period, self.body[mention.start:mention.end], self.frame.period
        if last is not None:
            self.comparison = last
        self.remember_yearly_basis(seg, reported)

    def remember_yearly_basis(self, seg: Segment, reported: bool) -> None:
        """'total ekspor pada Januari 2016 ini turun 15,13 % secara tahunan. Sebab, pada Januari 2015 nilai ekspor
        mencapai X': a change on a yearly basis (lexicon relative_periods 'yoy': 'secara tahunan', 'yoy') compares
        the frame with the same span a year before; that span, named again, gives its values their period but does
        not become the frame (`restates_comparison`)."""
        frame = self.frame.period
        if not reported or frame is None or not part_of_one_year(frame):
            return
        basis = self.words.rate_basis.search(self.body, seg.start, seg.end)
        if basis is not None and self.lex.mapping("relative_periods").get(fold(basis.group()).strip()) == "yoy":
            self.compared_frames.setdefault(frame.shifted(-1), frame)

    def restates_comparison(self, period: Period) -> bool:
        """'naik pada Agustus dibandingkan dengan Juli. ... "Pada Juli ekspor mencapai X"': a
        period the frame was compared with, named again while that frame stands, gives its own
        values their period but never becomes the frame (the report is still on August)."""
        return self.frame.period is not None and self.compared_frames.get(period, None) == self.frame.period

    def set_frame(self, seg: Segment, found: SentencePeriods, future, figures, set_by: str = "") -> None:
        """The last period the sentence names for what it reports becomes the frame; a sentence
        that recalls an earlier state ('Padahal pada September masih ...') sets none, nor does
        the period of a record ('mencapai titik terendah pada Maret 2022')."""
        if self.words.recall.match(self.body, seg.start, seg.end) or self.breaks_down_frame(found):
            return
        for mention in reversed(found.mentions):
            if self.singled_out_after(mention):
                continue  # 'Pada Mei sendiri jumlahnya X' in a report on January-May: an aside, the span stands
            if mention.one_month and id(mention) not in found.comparison:
                if self.narrow_to_last_month(seg, found, mention):
                    return
                continue
            if id(mention) in found.comparison or mention.relative_to_frame and not self.cumulative_reported(mention, figures):
                continue
            if self.about_future(seg, mention, figures) and any(f.type == "target" for f in figures):
                self.note_target_told(seg, mention, [f for f in figures if f.type == "target"])
            if any(e.start <= mention.start < e.end + 40 for e in future) or self.about_future(seg, mention, figures) \
                    or self.words.future_before.search(self.body[max(seg.start, mention.start - 90):mention.start]) \
                    or id(mention) in found.start_points or self.in_speech_tag(seg, mention) \
                    or self.singled_out(mention) and any(seg.start <= f.evidence.start < mention.start for f in figures) \
                    or self.words.record.search(self.body, max(seg.start, mention.start - 60), mention.start) \
                    or self.reason_after_values(seg, mention, figures) \
                    or self.cause_in_a_sentence_without_values(seg, mention, figures):
                continue
            if mention.vague:
                continue  # 'di awal tahun' bounds nothing: the figures it names get no period, the frame stays
            period = self.resolve(mention, self.year_said_before(found, mention) or self.frame.period) \
                or self.months_of_frame_year(mention) or self.months_of_named_year(mention)
            if period is None and self.published is None and mention.period is None and figures:
                self.unbounded_report = True
                if counted_back_or_ahead(mention) and not mention.anchored and self.frame.period is not None \
                        and any(f.period is None and seg.start <= f.evidence.start < seg.end for f in figures):
                    # ('Januari-Oktober 2024 ... Sepanjang tahun lalu, ekspor X. Sebanyak Y ke Jepang': the
                    # sentence reports on a year undated text gives no bounds; what follows is of it, unknown)
                    self.install(Frame(None, self.body[mention.start:mention.end], seg.paragraph, seg.start,
                                       reporter=self.reporter, speaker=self.speaker))
                    return
            if self.this_year_without_data(seg, mention, period) is not None:
                return  # 'Tahun ini ...' said in January of a report on last year's months: the frame stands
            if period is not None and not self.future(period):  # (a span all after publication is no frame)
                period = self.before_publication(mention, period) or period  # 'Februari–Oktober' in April: last year's
            if period is not None and self.restates_comparison(period):
                self.restated = period, self.body[mention.start:mention.end], seg.paragraph
                continue
            if period is None or self.future(period) and not self.set_ahead(seg, period, figures):
                continue
            if self.restates_frame_end(mention, period):
                return  # 'per Februari 2021' in a report on January-February 2021: the frame stands
            rate = any(seg.start <= f.evidence.start < seg.end and f.unit == "percent" for f in figures)
            period = self.realized_as_of(seg, mention, period, rate) or period  # 'per Desember 2017 realisasi ...': the year so far
            if self.year_not_over(period, any(seg.start <= f.evidence.start < seg.end for f in figures)):
                return
            months, kept = self.months_so_far_said(found, mention, period), ""
            if months is not None:
                kept = f"the months so far, with the year '{self.body[mention.start:mention.end]}' not over at publication"
                mention, period = months
            frame = Frame(period, self.body[mention.start:mention.end], seg.paragraph, seg.start, reporter=self.reporter,
                          kept=kept, set_by=set_by, speaker=self.speaker,
                          looked_back_from=self.frame if self.looks_back(period) else None)
            if self.future(period):  # set ahead: no main frame, no reporter's frame; it stands only while referred back to
                self.frame = replace(frame, ahead_of=self.frame.ahead_of or self.frame)
            else:
                self.install(frame)
            return

    @staticmethod
    def cumulative_reported(mention: PeriodMention, figures) -> bool:
        """'Dari nilai kumulatif tersebut, sektor tambang menyumbang X; selebihnya Y': a marker pointing back at the
        cumulative span (January to the frame's end) said before a value reported in its sentence frames what
        follows, as a span named so would."""
        return mention.relative == "year_to_date" and any(
            f.type == "figure" and f.kind == "realization" and f.evidence.end > mention.end for f in figures)

    def reason_after_values(self, seg: Segment, mention: PeriodMention, figures) -> bool:
        """'Jumlah itu susut 3 persen, sebab pasokan seret pada Mei': a period in the
        reason given after the sentence's values (lexicon causal_clause_openers between) is the reason's."""
        cause = self.reason_between(seg.start, mention.start)
        return cause is not None and any(seg.start <= f.evidence.start < cause.start() for f in figures)

    def cause_in_a_sentence_without_values(self, seg: Segment, mention: PeriodMention, figures) -> bool:
        """'Penurunan ini merupakan dampak lanjutan dari melandainya aktivitas produksi pada akhir tahun 2025': a
        sentence that states no value and names a period in what caused a change (lexicon cause_phrases, in the same
        clause) explains the figures before it; the period is the cause's, and the frame stays."""
        if any(seg.start <= f.evidence.start < seg.end for f in figures):
            return False
        return any(not CLAUSE_STOP.search(self.body, cause.end(), mention.start)
                   for cause in self.words.cause_phrase.finditer(self.body, seg.start, mention.start))

    def reason_between(self, start: int, end: int):
        """The opener of a reason's clause (lexicon causal_clause_openers) in body[start:end] whose
        clause runs on to `end`: a reason closed by a comma before it ('naik 12 persen, karena
        permintaan melonjak, pada Januari-Juni') leaves the period after it to the value."""
        return next((cause for cause in self.words.cause.finditer(self.body, start, end)
                     if not CLAUSE_STOP.search(self.body, cause.end(), end)), None)

    def period_of_target(self, start: int, end: int) -> bool:
        """body[start:end], between a share and the period after it, names the target word and,
        in the same clause, a link that gives the target its period ('dari target yang dipatok
        untuk tahun 2022', lexicon target_period_links); not 'dari target tahun ini' (this year's
        share too) nor 'dari target, sedangkan pada Februari' (another clause)."""
        target = self.words.target_word.search(self.body, start, end)
        if target is None:
            return False
        gap = self.body[target.start():end]  # the target phrase may hold the link ("target yang ditetapkan")
        return not CLAUSE_BREAK.search(gap) and bool(self.words.target_period_link.search(gap))

    def target_of_reported(self, start: int, mention: PeriodMention) -> bool:
        """'Angka tersebut telah 91 persen dari target tahun ini': a share of a target measures the
        value reported, so a period said right after the target word in its clause ('target tahun ini',
        'target tahun 2024') is the target's, not the share's, when what was reported (the frame) is a
        part of that period: the share is of the realisation so far. With no frame, or a frame outside
        the target's period (another year looked back on), the target's period is all there is and stays."""
        framed, period = self.frame.period, self.resolved(mention, "")[0]
        if framed is None or period is None or not period.start <= framed.start <= framed.end <= period.end:
            return False
        target = self.words.target_word.search(self.body, start, mention.start)
        return target is not None and not CLAUSE_BREAK.search(self.body, target.end(), mention.start)

    def year_after_compared(self, seg: Segment, found: SentencePeriods, figures) -> bool:
        """'... penjualan sebanyak X unit atau naik 7 persen dari pencapaian 2016 ...' published in
        March 2018, before any period was named: a sentence that names no period but one whole
        year compared with, the year before the last full year at publication, reports on that last
        full year (the year after the one compared with); its values with no period take it, and
        it becomes the frame."""
        if self.published is None or any(id(m) not in found.comparison for m in found.mentions):
            return False
        if self.words.present.search(self.body, seg.start, seg.end):
            return False  # 'kini Rp 13.000, naik 10 persen dari tahun 2021': a value as of now, not of a year
        years = [m for m in found.mentions if m.period is not None and m.period == Period.year(m.period.start.year)]
        if len(years) != 1 or len(found.mentions) != 1 or years[0].period.start.year + 1 != self.published.year - 1:
            return False
        undated = [f for f in figures if f.type == "figure" and f.period is None and f.kind not in FUTURE_KINDS
                   and f.why.get("period") == NO_FRAME]
        if not undated:
            return False
        said = self.body[years[0].start:years[0].end]
        period = Period.year(self.published.year - 1)
        for figure in undated:
            figure.period = period
            figure.why["period"] = f"compared with '{said}', the year before the last full year at publication: that last year"
        self.install(Frame(period, f"the year after '{said}'", seg.paragraph, seg.start))
        return True

    def compared_month_narrows(self, seg: Segment, found: SentencePeriods) -> None:
        """'Impor Januari-September 2023 turun ... Ada 8 golongan barang yang turun dibandingkan
        Agustus 2023. Penurunan terbesar ...': a sentence with no value of its own that names no
        period but a month compared with, a month inside the frame's span of months and not its
        last but the one before its last, goes on about the frame's last month (the one compared
        with the month before): that month becomes the frame."""
        frame = self.frame.period
        if frame is None or one_month(frame) or any(id(m) not in found.comparison for m in found.mentions):
            return
        compared = self.month_compared_within(seg.start, seg.end, frame)
        # only the month before the frame's last: the frame's last month against the one before
        # ('Januari-Juni ... lebih baik dibandingkan Maret' is no news of April)
        if compared is not None and compared[0].end == frame.end:
            self.install(Frame(compared[0], f"the month after '{compared[1]}'", seg.paragraph, seg.start))

    def months_so_far_said(self, found: SentencePeriods, mention: PeriodMention,
                           period: Period) -> tuple[PeriodMention, Period] | None:
        """'merilis realisasi investasi triwulan I sampai dengan triwulan III (Januari-September)
        tahun 2020' in a report published in 2020: a sentence that names the months so far of
        a year not over at publication and then the year itself reports on those months."""
        if self.published is None or period != Period.year(period.start.year) or self.published.year != period.start.year:
            return None
        for other in reversed(found.mentions):
            if other.end > mention.start or id(other) in found.comparison or other.relative_to_frame or other.vague \
                    or id(other) in found.start_points:
                continue
            months = self.resolve(other, period)
            if months is not None and year_to_date(months) and months.start.year == period.start.year:
                return other, months
        return None

    def year_not_over(self, period: Period, has_values: bool = True) -> bool:
        """'Realisasi investasi Januari-September 2020 ... Penciptaan lapangan kerja di 2020':
        while the frame is the months of a year so far (January to a month before December), a
        later sentence naming that whole year, in a report published before the year is over,
        speaks of the same months: the year has no other data yet, so the frame stays. In a report
        on a later quarter or half, a sentence with values for this year makes the frame January to
        the part's end; one with none ('iklim investasi tahun ini terus membaik') leaves the part."""
        frame = self.frame.period
        if frame is None or self.published is None or period != Period.year(frame.start.year) \
                or self.published.year != frame.start.year:
            return False
        if later_part_of_year(frame):
            if not has_values:
                self.frame = replace(self.frame, kept=f"'{self.frame.said}', the year named later with no values")
                return True
            # 'semester I 2021 ... Tahun ini porsi kredit terbesar disalurkan ke petani': the year so far,
            # January to the end of the part reported
            self.frame = replace(self.frame, period=Period(dt.date(frame.start.year, 1, 1), frame.end),
                                 kept=f"January to the end of '{self.frame.said}', {frame.start.year} not over at "
                                      f"publication, for the whole year named later")
            return True
        if not year_to_date(frame):
            return False
        self.frame = replace(self.frame, kept=f"the months so far of {frame.start.year}, not over at publication, "
                                              f"not the whole year named later")
        return True

    def breaks_down_frame(self, found: SentencePeriods) -> bool:
        """'Pada triwulan I kita dapat X, lalu triwulan II naik jadi Y' in a report on the first
        semester: a sentence that names two or more parts of the frame breaks it down; the
        report goes on about the whole, so the frame stays."""
        frame = self.frame.period
        if frame is None:
            return False
        parts = set()
        for mention in found.mentions:
            if id(mention) in found.comparison or mention.relative_to_frame or mention.vague:
                continue
            period = mention.resolve(frame, self.published)
            if period is not None and period != frame and frame.start <= period.start and period.end <= frame.end:
                parts.add(period)
        return len(parts) >= 2

    def singled_out(self, mention: PeriodMention) -> bool:
        """'dari 21 eksportir, bahkan beberapa ... khususnya di semester II 2021': a period said after a word that
        singles out a part (lexicon singling_out_words) is that part's: the values before it are of the year
        it lies in, and it does not become the frame (said before any value of its sentence, it may: 'harga kakao
        terutama pada Juni 2023 memuncak. Rata-rata harganya ...' goes on about that month)."""
        return self.words.singled_out.search(self.body, max(0, mention.start - 24), mention.start) is not None

    def singled_out_after(self, mention: PeriodMention) -> bool:
        """'Pada Mei sendiri jumlahnya 140 ton' while the frame is January-May: a part of the frame
        singled out by a word after it (lexicon singled_out_after_words) gives its own values its period
        but does not become the frame; what follows goes on about the span."""
        frame = self.frame.period
        if frame is None or mention.period is None and not mention.year_missing \
                or not self.words.singled_after.match(self.body, mention.end):
            return False
        period = self.resolve(mention, frame)
        return period is not None and period != frame and frame.start <= period.start and period.end <= frame.end

    def in_speech_tag(self, seg: Segment, mention: PeriodMention) -> bool:
        """The mention stands in the tag after a quote ('," ujarnya dalam rapat evaluasi
        semester I 2023'): the occasion of the words, not the period they report on."""
        return self.words.speech_tag.search(self.body, seg.start, mention.start) is not None

    def narrow_to_last_month(self, seg: Segment, found: SentencePeriods, mention: PeriodMention) -> bool:
        """'sampai bulan Juli 2020, nilai pada bulan tersebut X': the sentence reports on
        the month that ends the span it named (or the frame), which becomes the frame."""
        spans = [m for m in found.mentions if m.end <= mention.start and id(m) not in found.comparison
                 and not m.relative_to_frame and not m.vague and id(m) not in found.start_points]
        anchor = spans[-1].resolve(self.frame.period, self.published) if spans else self.frame.period
        period = last_month(anchor)
        if period is None or self.future(period):
            return False
        self.install(Frame(period, self.body[mention.start:mention.end], seg.paragraph, seg.start, reporter=self.reporter))
        return True

    def about_future(self, seg: Segment, mention: PeriodMention, figures) -> bool:
        """A period only the sentence's targets or projections are stated for."""
        own = [f for f in figures if f.evidence.start >= seg.start and f.period is not None]
        period = mention.resolve(self.frame.period, self.published)
        # (a target takes the whole year of the months it was said with: those months are its too)
        return bool(own) and all(f.kind in FUTURE_KINDS or f.type == "target" for f in own) \
            and any(f.period == period or f.type == "target" and period is not None
                    and f.period == Period.year(period.end.year) for f in own)

    def future(self, period: Period) -> bool:
        return self.published is not None and period.start > self.published

    def end_set_ahead(self, seg: Segment) -> None:
        """A frame set ahead ('Harga referensi periode Juli ditetapkan sebesar X', in June) goes on
        only into sentences about that value: one that points back at it ('Nilai ini naik ...',
        '... dari periode sebelumnya'; lexicon set_value_nouns, previous_period_phrases) and names
        no period of its own but one no longer than the value's, compared with ('dibanding periode
        Juni'). The first other sentence ('Penjualan naik 3 persen dibandingkan tahun lalu') puts
        back the frame it replaced."""
        frame = self.frame
        if frame.ahead_of is None or frame.sentence_start == seg.start:
            return
        if self.words.set_value_back.search(self.body, seg.start, seg.end):
            own = False
            for mention in find_periods(self.lex, self.body, seg.start, seg.end):
                period = mention.resolve(frame.period, self.published)
                if mention.relative in ("offset", "same_period_previous_year", "same_period_in_year") \
                        or period is None or (period.end - period.start).days > SET_AHEAD_DAYS:
                    own = True
            if not own:
                return
        self.frame = frame.ahead_of

    def set_ahead(self, seg: Segment, period: Period, figures) -> bool:
        """'Harga referensi periode Juli ditetapkan sebesar X' published in late June: a value
        fixed before its period begins (a reference price, a tariff) is reported, not planned,
        when the sentence states it for that period as a realisation; the period is the frame of
        what follows ('Nilai ini naik 2 persen dari periode Juni'), as a period already begun is.
        Only a month or less that begins within a month of publication (prices and tariffs are
        fixed for the coming month or half month; 'alokasi ... pada tahun 2020' said in December is
        a plan), and not in a sentence of plans ('akan membangun ... pada Juli')."""
        if self.published is None or (period.end - period.start).days > SET_AHEAD_DAYS \
                or (period.start - self.published).days > SET_AHEAD_DAYS \
                or not self.words.set_value.search(self.body, seg.start, seg.end):
            return False  # ('menurunkan harga pada Juli menjadi X', 'digelar pada 5-7 Juli': nothing set ahead)
        return not self.future_tense(seg) and any(
            seg.start <= f.evidence.start < seg.end and f.type == "figure" and f.kind not in FUTURE_KINDS
            and f.period == period for f in figures)


def said_before_the_frame(mention: PeriodMention) -> bool:
    """A period said relatively as one before the report's: 'tahun lalu' (a negative year offset), 'periode yang
    sama tahun lalu'."""
    return mention.relative == "same_period_previous_year" or mention.relative == "offset" and mention.offset < 0


def near_the_target(amount: Amount, targets: list[tuple]) -> bool:
    """The amount is of a target's unit and within half to twice its value: what was reached against it, not
    another measure said after it."""
    value = amount.value
    return any(unit == amount.unit and target and Decimal("0.5") * abs(target) <= abs(value) <= 2 * abs(target)
               for target, unit in targets)


def change_between_two_years(kind: str, period: Period | None, reason: str) -> tuple[Period | None, str]:
    """'kondisi 2021-2022 turun 16 persen': a change over two consecutive whole years is the
    change from the first to the second, the second year's growth (over a longer span it is
    an average over the span, which keeps the span)."""
    if kind != "growth" or period is None or period.end.year != period.start.year + 1 \
            or (period.start.month, period.start.day, period.end.month, period.end.day) != (1, 1, 12, 31):
        return period, reason
    return Period.year(period.end.year), f"{reason}: a change from one year to the next is the later year's"


def target_over_year_so_far(mention: PeriodMention, kind: str, period: Period | None,
                            reason: str) -> tuple[Period | None, str]:
    """'menargetkan ekspor 2023 ini sebesar X', 'target sepanjang tahun ini dipatok X': the
    months of a year so far are what a report can hold; a target is set for the whole year."""
    if kind != "target" or period is None or not (mention.so_far or mention.relative == "this_year_so_far") \
            or period == Period.year(period.end.year):
        return period, reason
    return Period.year(period.end.year), reason + " (a target: the whole year, not the months so far)"


def names_one_month(mention: PeriodMention) -> bool:
    """The mention names one month ('Juli', 'Agustus tahun lalu', 'Juli 2024', 'bulan sebelumnya'), not a span nor
    a period said as the same as another ('periode yang sama tahun lalu')."""
    if mention.relative == "previous_month":
        return True
    if mention.period is not None:
        return one_month(mention.period)
    return one_month_named(mention) is True \
        and mention.relative in (None, "month_offset") and not mention.day and not mention.week


def one_month(period: Period) -> bool:
    """A period within one calendar month ('Juli 2022', a day of it)."""
    return (period.start.year, period.start.month) == (period.end.year, period.end.month)


def later_part_of_year(period: Period) -> bool:
    """A quarter or a half year after the first ('triwulan III 2025', 'semester II'): 'tahun ini' said in a
    report on it runs from January to its end."""
    return quarter_or_half(period) and period.start.month > 1


def quarter_or_half(period: Period) -> bool:
    """A quarter or a half year of the calendar ('triwulan III 2022', 'semester II'), not any
    months ('Juli-Agustus 2022')."""
    if period.start.day != 1 or period.end != Period.months(period.end.year, period.end.month, period.end.month).end:
        return False
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    return months in (3, 6) and (period.start.month - 1) % months == 0


def counted_back_or_ahead(mention: PeriodMention) -> bool:
    """'tahun lalu', 'tahun depan', 'dua tahun lalu': a year counted from the year of writing, not 'tahun ini'."""
    return mention.relative == "offset" and bool(mention.offset)


def part_of_one_year(period: Period) -> bool:
    """Months within one calendar year, fewer than twelve ('Februari 2017', 'Januari-Juni 2017')."""
    whole = period.start.month == 1 and period.start.day == 1 and period.end.month == 12 and period.end.day == 31
    return period.start.year == period.end.year and not whole


def year_to_date(period: Period) -> bool:
    """January to a later month of one year ('Januari-Juni 2024'), not the whole year."""
    return part_of_one_year(period) and period.start.month == 1 and period.end.month > 1
