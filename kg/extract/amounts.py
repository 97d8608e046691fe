"""Indonesian amounts: `US$ 12,45 miliar`, `Rp1.204 triliun`, `40 juta USD`, `18,5%`,
`900 ribu orang`, ranges (`7 hingga 8 persen`) and restatements (`USD 1 juta (Rp 15 miliar)`).

Values are `decimal.Decimal` from the text, never via float, so that `12,45 miliar` is
exactly 12450000000 and survives as an xsd:decimal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation, localcontext

from kg.extract.lexicon import Lexicon, fold, one_edit_apart, words_pattern
from kg.extract.text import BULLET, ITEM_NUMBER

# Digit runs are bounded (40 digits, 12 thousands groups, 20 decimals): a longer run is no
# quantity a news text states, and a bounded run keeps every value computable exactly.
NUMBER = re.compile(
    # after a full stop only when a word or a currency sign is glued to it ('sebanyak.356 ton',
    # 'US$.13.468.588'), never after a digit's
    # ((?=\d): every reading starts with a digit; checked first, it spares the look-behinds at every other place)
    r"(?=\d)(?<![\d,/])(?<![^A-Za-z$]\.)(?<!^\.)(?<![A-Za-z]-)(?:"
    r"\d{1,3}(?:\.\d{3}){1,12}\.\d{1,2}(?!\d)(?![.,]\d)"   # 59.103.654.60 (thousands dots, a decimal dot)
    r"|\d{1,3}(?:,\d{3}){1,12}\.\d{1,20}(?!\d)(?![.,]\d)"  # 1,234.56 (English thousands and decimal)
    r"|\d{1,3}(?:\.\d{3}){1,12}(?:,\d{1,20})?(?![\d.]\d)"   # 1.725,99  2.932
    r"|\d{1,40},\d{1,20}(?![\d])"                           # 12,45
    r"|\d{1,40}\.\d{1,2}(?![\d.])"                      # 6.94 (English decimal point)
    r"|\d{1,40}(?![\d.,]\d)"                            # 250
    r")")
# a number with the capital or small letter O typed for a zero ('12,4O juta', '1O5 ton'):
# read as the digit when the rest is a number
LETTER_O = re.compile(r"(?<![\w.,/])\d[\dOo]{0,39}(?:[.,][\dOo]{1,20}){0,12}(?![\w])")
# digits with separators in no form a number is written in ('1.23.456', '12,4,5'): read, but doubtful;
# also right after a currency sign or code glued to it ('USD31.482,716,350', 'Rp1.250,500,000')
MIXED = re.compile(r"(?=\d)(?:(?<![\w.,/])|(?<=US\$)|(?<=\b[A-Z]{3})|(?<=\bRp))\d{1,40}(?:[.,]\d{1,20}){2,12}(?![\w])(?![.,]\d)")
# the number of a list's item at the start of its line ('1. Kabupaten Contoh Rp47,9 miliar',
# '3. 30 persen ke Jepang', '2) Kopi 12 ton'): it counts the items, it is no amount, and no
# number begins at it ('4. 250 ton' is item 4, 250 tons, never 4.250)
LIST_MARKER = re.compile(rf"(?m)^[^\S\n]*(?:{BULLET}[^\S\n]+)?{ITEM_NUMBER}(?=[^\S\n])")
MARKER_SHAPE = re.compile(r"\d[.)][^\S\n]")
# exact arithmetic for a value of up to 40 digits times a scale word (and its decimals)
PRECISION = 80


DOTTED_THEN_CENTS = re.compile(r"\d{1,3}(?:\.\d{3})+\.\d{1,2}")  # (parse_number's shapes, compiled once)
COMMA_GROUPED_DECIMAL = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_number(text: str) -> Decimal:
    """'1.725,99' -> 1725.99; '12,45' -> 12.45; '2.932' -> 2932; '6.94' -> 6.94;
    '59.103.654.60' -> 59103654.60; '1,234.56' -> 1234.56."""
    text = text.strip()
    if DOTTED_THEN_CENTS.fullmatch(text):
        whole, _, decimals = text.rpartition(".")
        return Decimal(whole.replace(".", "") + "." + decimals)
    if COMMA_GROUPED_DECIMAL.fullmatch(text):
        return Decimal(text.replace(",", ""))
    if "," in text:
        return Decimal(text.replace(".", "").replace(",", "."))
    if DOT_GROUPED.fullmatch(text):
        return Decimal(text.replace(".", ""))
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None


# the ISO 4217 codes of the lexicons' currencies (lexicon currencies, joined as each AmountGrammar is built):
# money is one of them, not any three capitals ('58 UKM', '7 RPH' are counted nouns)
MONEY_CODES: set[str] = set()


def is_money_unit(unit: str | None, per_unit: bool = True) -> bool:
    """A unit that is a currency code of the lexicons ('USD'), or money per unit ('IDR/kg') unless `per_unit` is
    False; in a process that built no grammar yet, the default lexicon's codes. The one money check for all modules."""
    if not unit:
        return False
    if not MONEY_CODES:
        AmountGrammar(Lexicon.default())
    return (unit.split("/")[0] if per_unit else unit) in MONEY_CODES


@dataclass
class Amount:
    start: int
    end: int
    number: Decimal
    scale: int = 1
    unit: str | None = None          # ISO 4217 code, 'percent', or a counted noun
    qualifier: str = "exact"         # exact, approx, lower_bound, upper_bound
    range_with: "Amount | None" = field(default=None, repr=False)
    restates: "Amount | None" = field(default=None, repr=False)
    reading: str | None = None       # how a noisy number was read ('O read as 0'), for figure.why
    doubtful: bool = False           # the written number allows more than one reading: flagged
    around: bool = False             # a bound of a value plus or minus a tolerance ('3,5 plus minus 1 persen')
    rate: bool = False               # an exchange rate ('Rp 15.000 per dolar'): not a figure
    other_unit: str | None = field(default=None, repr=False)  # a second currency sign before it ('USD Rp 1,5 miliar')
    unit_from: "Amount | None" = field(default=None, repr=False)  # the amount it took its unit from ('4 dari 7 kontainer')
    told_again: "Amount | None" = field(default=None, repr=False)  # the same amount rounded or precise right after it ('atau')

    @property
    def value(self) -> Decimal:
        """The number times its scale, exact: computed with enough digits for the longest
        number the reader accepts, so that no amount, however absurd, raises."""
        with localcontext() as ctx:
            ctx.prec = PRECISION
            value = self.number * self.scale
            return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()

    @property
    def is_money(self) -> bool:
        return is_money_unit(self.unit, per_unit=False)

    @property
    def is_monetary(self) -> bool:
        """Money or a price in money per unit ('USD/ton'): never a weight or a count."""
        return is_money_unit(self.unit)


class AmountGrammar:
    """Regular expressions built from a lexicon, once per lexicon (`lex.compiled(AmountGrammar)`)."""

    def __init__(self, lex: Lexicon):
        scales = lex.mapping("scales")
        self.short_scales = {str(k): int(v) for k, v in (scales.pop("short", {}) or {}).items()}
        self.scales = {fold(str(k)): int(v) for k, v in scales.items()}
        self.currency_before, self.currency_after = {}, {}
        for cur in lex.words.get("currencies", []):
            for token in cur.get("before", []) or []:
                self.currency_before.setdefault(fold(token), cur["code"])
            for token in cur.get("after", []) or []:
                self.currency_after.setdefault(fold(token), cur["code"])
        # 'naik 4 kali lipat': a multiple of another value is a ratio between two values, not a figure
        self.multiple_units = {str(u) for u in lex.list("multiple_units")}
        self.currency_codes = set(self.currency_before.values()) | set(self.currency_after.values())
        MONEY_CODES.update(self.currency_codes)
        # ('RpRp75,7 triliun': a sign typed twice is one sign)
        signs = words_pattern(self.currency_before, suffix="")
        self.before_re = re.compile(r"(?<![A-Za-z])(?:" + signs + r")?(?P<cur>" + signs + r")\.?\s*$", re.I)
        self.scale_re = re.compile(r"\s*(?P<scale>" + words_pattern(self.scales) + r")", re.I)
        self.rupiah_per_unit = {str(k): (Decimal(str(v[0])), Decimal(str(v[1]))) for k, v in lex.mapping("rupiah_per_unit").items()}
        # 'milira', 'milar', 'Trilliun' for 'miliar', 'triliun': a scale word of six letters or more
        # typed one letter off (two letters swapped, one missing, one too many, one mistyped), read
        # as meant in an amount of money only (a currency before the number or named after the
        # word), and the reading says so
        self.long_scales = [w for w in self.scales if w.isalpha() and len(w) >= 6]
        self.typed_word_re = re.compile(r"\s*(?P<scale>[^\W\d_]{5,9})(?![\w])")
        self.short_re = re.compile(r"\s*(?P<short>" + words_pattern(self.short_scales, suffix="") + r")(?![\w])")
        # a currency word after the number, also after a stray full stop ('2,5 miliar.dolar AS')
        self.after_re = re.compile(r"(?:\s*|\.)(?P<cur>" + words_pattern(self.currency_after, suffix=r"(?![\w$])") + r")", re.I)
        currencies = words_pattern(list(self.currency_after) + list(self.currency_before), suffix=r"(?![\w])")
        self.per_currency_re = re.compile(r"\s*(?:per|/|terhadap|untuk\s+(?:setiap|tiap)|setiap)\s*(?:1\s*|satu\s+)?" + currencies, re.I)
        self.rate_equals_re = re.compile(r"\s*(?:" + words_pattern(lex.list("exchange_rate_equals"), suffix="") + r")\s*", re.I)
        self.rate_word_re = re.compile(r"\b" + words_pattern(lex.list("exchange_rate_words")) + r"[^\d]{0,30}$", re.I)
        self.percent_re = re.compile(r"\s*(?P<pct>" + percent_pattern(lex.list("percent_words")) + ")", re.I)
        count_units = lex.list("count_units")
        # '102 berbagai proyek': a word of variety may stand between the number and the noun
        fillers = lex.list("count_noun_fillers")
        # a phrase that opens with a counted noun and names something else ('5 call center') is no count
        not_nouns = words_pattern(lex.list("count_unit_lookalikes"))
        # '48 jenis komoditas', '12 macam produk': a word of kinds before a counted noun of the list is part
        # of the noun as written (lexicon count_compound_heads; 'jenis' alone, or before a noun the list
        # lacks, stays 'jenis')
        heads = lex.list("count_compound_heads")
        head = r"(?:(?P<head>" + words_pattern(heads) + r")\s+(?!" + not_nouns + r"))?" if heads else ""
        # ('4.780ekor', '1.250ton': the noun typed glued to the digits; not after a year, '2024ekor')
        self.count_re = re.compile(r"(?:\s+|(?<=\d)(?<!(?<![\d.,])(?:19|20)\d\d))(?:" + words_pattern(fillers) + r"\s+)?(?!" + not_nouns + r")(?P<noun>" + head
                                   + words_pattern(count_units) + r")", re.I)
        self.count_units = {fold(u): u for u in count_units}
        # a class of business written as its acronym right after a one-word counted noun (lexicon
        # business_class_acronyms, as written: 'sentra IKM'); a lowercase word after the noun stays out
        self.business_class_after = re.compile(r"[ \t]+(?P<cls>" + words_pattern(lex.list("business_class_acronyms")) + r")(?![\w/-])")
        self.count_compound_heads = {fold(h): h for h in heads}
        # 'sisa 42,6 triliun yang belum terkejar': a relative clause on a bare amount names no noun it counts
        # ... and only one that tells what is still to be reached ('yang wajib dikejar'; lexicon obligation_words,
        # shortfall_reach_verbs), not what is left of a budget ('sisa 7 triliun yang harus dicairkan')
        self.relative_after_re = re.compile(r"\s+" + words_pattern(lex.list("relative_pronouns")) + r"\s+(?:\w+\s+)?"
                                            + words_pattern(lex.list("obligation_words")) + r"\s+(?:\w+\s+)?"
                                            + words_pattern(lex.list("shortfall_reach_verbs")), re.I)
        # ... after a word of what is left of a target ('sisa 42,6 triliun yang'): '6,2 miliar yang didominasi pengguna
        # muda', 'penduduk 1,4 miliar yang' are counts (lexicon shortfall_words, approximation_words)
        self.shortfall_before_re = re.compile(r"\b" + words_pattern(lex.list("shortfall_words")) + r"\s*(?:"
                                              + words_pattern(list(lex.mapping("approximation_words"))) + r"\s*)?$", re.I)
        self.year_dated_noun_re = re.compile(r"\s+" + words_pattern(lex.list("year_dated_nouns") or ["\0"]), re.I)
        self.year_lead_before_count_re = re.compile(r"\b" + words_pattern(lex.list("year_lead_before_count") or ["\0"]) + r"\s+$", re.I)
        # '24.644 usaha/perusahaan': two words joined by a slash after the number, one of them a
        # counted noun, name together what is counted (see `slash_count_noun`)
        self.count_slash_re = re.compile(r"\s+(?P<a>[^\W\d_]+)\s*/\s*(?P<b>[^\W\d_]+)(?![\w/])")
        self.not_counted = {fold(str(u)) for u in lex.list("measure_units") + lex.list("unit_denominators")
                            + lex.list("price_denominators")}
        # '300 unit/bulan' is a rate, not a counted noun: a duration is never the second word
        self.durations = {fold(str(u)) for u in lex.list("duration_words")}
        self.currency_words = set(self.currency_before) | set(self.currency_after)  # nor a currency ('kg/Rp')
        # 'pekerja pabrik baru sebanyak 4.200', 'industri kecil kini berjumlah 8.300': the
        # counted noun named before a bare number, a few words (no relative clause) and a word of amount apart
        self.count_before_re = re.compile(r"\b(?P<noun>" + words_pattern(count_units) + r")(?:\s+(?!" + words_pattern(lex.list("relative_pronouns")) + r")[^\W\d]+){0,3}\s+"
                                          + words_pattern(lex.list("count_before_links")) + r"\s+$", re.I)
        self.canonical_units = {fold(str(k)): str(v) for k, v in lex.mapping("unit_canonical").items()}
        denominators = lex.list("unit_denominators")
        self.per_re = re.compile(r"\s*(?:/\s*|per\s+)(?P<per>" + words_pattern(denominators) + ")", re.I) if denominators else None
        prices = lex.list("price_denominators") + lex.list("counted_price_denominators")
        self.price_per_re = re.compile(r"\s*(?:/\s*|per\s+)(?P<per>" + words_pattern(prices, suffix=r"(?![\w/])") + ")", re.I) \
            if prices else None
        # 'Rp1.800 per butir', 'Rp100.000 per hari': an amount quoted per a denominator of its own (a price
        # or unit denominator, a unit of time), not 'per' naming a date ('Rp 60.000 per hari ini', 'per Maret')
        self.own_per_re = re.compile(r"\s*(?:/\s*|per\s+)" + words_pattern(prices + denominators + lex.list("duration_words"),
                                                                         suffix=r"(?![\w/])")
                                     + r"(?!\s+" + words_pattern(lex.list("unit_to_date_words")) + ")", re.I)
        # a denominator named anywhere in a sentence ('harga per kilogram CPO Rp10.100'): 'per' as a word
        self.price_named_re = re.compile(r"(?:/\s*|(?<![^\W\d_])per\s+)(?P<per>" + words_pattern(prices, suffix=r"(?![\w/])") + ")", re.I) \
            if prices else None
        # each denominator as the list writes it ('Ton' is 'ton'), unless named otherwise ('kilogram' is 'kg')
        self.price_names = {fold(str(w)): str(w) for w in prices} | \
            {fold(str(k)): str(v) for k, v in lex.mapping("price_denominator_names").items()}
        self.index_unit = str(lex.words.get("index_unit") or "indeks")
        index_measures = lex.list("index_measures")
        # 'nilai tukar nelayan (NTN) ditargetkan sebesar 108': an index measure, then at most six
        # words (and a bracketed short name) before the bare number; not a duration ('dalam 10 tahun')
        # (a bracketed short name may follow any of those words, and a year may be one of them: 'indeks harga
        # konsumen (IHK) sebesar 127,85', 'IHK Kota Contoh pada Maret 2022 tercatat 112,48')
        self.index_re = re.compile(r"\b" + words_pattern(index_measures) + r"(?:\s*\([^()\d]{1,20}\))?(?:\s+(?:[^\W\d]+|(?:19|20)\d\d)"
                                   r"(?:\s*\([^()\d]{1,20}\))?){0,7}\s+$", re.I) if index_measures else None
        # 'naik 3,28 poin': points a level moved by, after a change word (and 'sebesar' or 'sekitar')
        self.point_re = re.compile(r"\s+" + words_pattern(lex.list("point_units")), re.I) if lex.list("point_units") else None
        self.point_change_re = re.compile(r"\b" + words_pattern(lex.list("growth_up_words") + lex.list("growth_down_words"))
                                          + r"(?:\s+" + words_pattern(lex.list("change_size_fillers")) + r")?\s+$", re.I)
        # the rates ('kurs', 'nilai tukar', 'rupiah', 'dolar') points may move, the levels and percentages they may
        # be of, and the word after points that makes them percentage points (see point_unit)
        rate_words = lex.list("exchange_rate_words") + [w for w in self.currency_after if len(w) > 2 and w.isalpha()]
        self.point_rate_re = re.compile(r"\b" + words_pattern(rate_words) + r"\b", re.I)
        self.point_level_re = re.compile(r"(?:\b" + words_pattern(lex.list("point_level_words") or ["\0"]) + r"\b|%)", re.I)
        self.percentage_point_re = re.compile(r"\s+" + words_pattern(lex.list("percentage_point_words") or ["\0"]) + r"\b", re.I)
        # the words that name a value of the index right before its number ('tercatat 112,48', 'sebesar 127,85',
        # 'berada di angka 48,2', 'naik ke 121,5'; lexicon index_value_words), and 'dari' of a level it moved
        # from when the clause goes on to the level reached ('dari 111,93 pada Februari menjadi 112,48')
        self.index_value_re = re.compile(r"\b" + words_pattern(lex.list("index_value_words")) + r"\s+$", re.I)
        self.index_from_re = re.compile(r"\b" + words_pattern(lex.list("index_from_words")) + r"\s+$", re.I)
        self.index_reached_re = re.compile(r"[^,;.]{0,60}?\b" + words_pattern(lex.list("index_reached_words")) + r"\s+\d", re.I)
        self.index_named_re = re.compile(r"\b" + words_pattern(index_measures), re.I) if index_measures else None
        # '12,6 dan 11,6 persen', 'dari 100 menjadi 108 eksportir', '4 dari 7 kontainer': the words
        # that pair a bare number with the next amount, whose unit it shares
        self.paired_link_re = re.compile(r"\s+" + words_pattern(lex.list("paired_value_links")) + r"\s+(?:"
                                         + words_pattern(lex.list("count_before_links")) + r"\s+)?", re.I)
        # '6 di antaranya' (of the whole just named), '30 ribu di antara total 4,4 juta IKM': a part of a whole
        self.among_re = re.compile(r"\s+" + words_pattern(lex.list("among_words"), suffix="") + r"(?:(?P<of_it>nya)\b|\b)(?:\s+(?:"
                                   + words_pattern(lex.list("out_of_words")) + r")\s+|\s+|(?=[^\w\s]|$))", re.I)
        # '3.900 di antara jumlah tersebut': among the whole a sentence before named, referred back to
        self.among_told_re = re.compile(r"\s+" + words_pattern(lex.list("among_words"), suffix="") + r"\s+"
                                        + words_pattern(lex.list("whole_back_references")), re.I)
        # '9 gudang dipakai koperasi, 3 lainnya disewakan': the rest of a whole, counted like the count before it
        self.remainder_re = re.compile(r"\s+" + words_pattern(lex.list("remainder_words")), re.I)
        # 'peringkat 73 dari 190 negara': a rank, not a count of the whole's noun
        self.rank_before_re = re.compile(r"\b" + words_pattern(lex.list("rank_words")) + r"\s*(?:ke-?\s*)?$", re.I)
        # a list of counts ('3 orang, Kukar 1 orang, dan 1 di Kutai Barat'; amounts.py borrow_counted_list_unit):
        # between two items a comma (perhaps with a word that joins items or goes on to the next, lexicon
        # list_item_joiners, list_item_openers) or a joining word, then up to four words naming the next item
        joiners = words_pattern(lex.list("list_item_joiners"))
        openers = words_pattern(lex.list("list_item_joiners") + lex.list("list_item_openers"))
        self.counted_list_gap = re.compile(rf"\s*(?:[,;]\s*(?:{openers}\s+)?|\s{joiners}\s+)(?:[^\W\d]+\s+){{0,4}}", re.I)
        # the last item of a list: a joining word before it
        self.last_item = re.compile(rf"\b{joiners}\s+(?:[^\W\d]+\s+){{0,4}}$", re.I)
        # what ends a bare item of such a list: a comma, a joining word, the sentence end, or a word of
        # place or direction and a name (lexicon place_prepositions, direction_prepositions)
        places = words_pattern(lex.list("place_prepositions") + lex.list("direction_prepositions"))
        self.counted_item_end = re.compile(rf"\s*(?:[,;.)\u201d\"]|$|{joiners}|{places}\s+[A-Z])")
        # 'RT 3', 'kode HS 0901', 'pasal 5': a number that names or ranks something, counted by no noun
        self.label_before_re = re.compile(r"\b" + words_pattern(lex.list("rank_words") + lex.list("identifier_words"))
                                          + r"\s*(?:ke-?\s*)?$", re.I)
        self.duration_re = re.compile(r"\s+" + words_pattern(lex.list("duration_words")), re.I)
        # 'menginap 2,47 hari': a duration measured, after a cue in its clause (lexicon measured_duration_cues)
        self.measured_duration_re = re.compile(r"\b" + words_pattern(lex.list("measured_duration_cues") or ["\0"])
                                               + r"\b(?:[^.,;:!?\d]|(?<=\s)(?:19|20)\d\d(?=\s)){0,60}$", re.I)
        # the noun of a whole named back with a demonstrative right after its number ('2.340 usaha itu,', '40 perajin
        # tersebut'; lexicon demonstratives), one or two lowercase words; not a word of degree or quantity ('Dari 5
        # besar itu', '1.000 lebih itu': comparative_words, comparative_adjectives, degree_words)
        self.whole_named_back_re = re.compile(r"\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+"
                                              + words_pattern(lex.list("demonstratives")))
        self.degree_words = {fold(w) for w in lex.list("comparative_words") + lex.list("comparative_adjectives")
                             + lex.list("degree_words")}
        self.duration_qualifier_re = re.compile(r"\b" + words_pattern(lex.list("measured_duration_qualifiers")), re.I)
        self.value_word_re = re.compile(r"\b" + words_pattern(lex.list("value_words")) + r"\s*(?:sekitar\s*)?$", re.I)
        # (borrow_article_currency: the country's own currency, said after a word of value or money in its clause)
        self.home_currency = (lex.list("home_currency") or [None])[0]
        self.demonstrative_after_re = re.compile(rf"\s*{words_pattern(lex.list('demonstratives'))}", re.I)
        self.foreign_measure_re = re.compile(r"\b" + words_pattern(lex.list("foreign_currency_measures")) + r"\b[^.;:,\n\d]*$", re.I)
        self.money_context_re = re.compile(r"\b" + words_pattern(lex.list("money_context_words")) + r"\b[^.;:,\n\d]*$", re.I)
        self.value_before_re = re.compile(r"\b" + words_pattern(lex.list("value_words") + ["sebesar"]) + r"\s*(?:sekitar\s*)?$", re.I)
        connectors = lex.list("range_connectors") or ["-", "–", "hingga", "sampai"]
        self.range_re = re.compile(r"^\s*(?:" + words_pattern(connectors, suffix="") + r")\s*$", re.I)
        # 'sasaran 3,5 plus minus 1 persen', '3±1%': a value and the tolerance around it (lexicon tolerance_connectors)
        self.tolerance_re = re.compile(r"^\s*(?:" + words_pattern(lex.list("tolerance_connectors"), suffix="") + r")\s*$", re.I) \
            if lex.list("tolerance_connectors") else None
        # 'di antara Rp 8 triliun dan Rp 9 triliun': a word that opens a range, whose bounds are then
        # joined by 'dan' (lexicon range_openers, range_opened_connectors)
        self.range_opener_re = re.compile(r"\b" + words_pattern(lex.list("range_openers")) + r"\s*$", re.I)
        # a denominator of its own after an amount ('Rp 2.000 untuk setiap karung', 'Rp 1.200 setiap
        # kali bongkar'; lexicon own_denominator_openers)
        self.own_denominator_re = re.compile(r"\s*" + words_pattern(lex.list("own_denominator_openers")), re.I)
        # a bare 'antara' ('harganya antara Rp4 juta dan Rp7 juta'): a range only after a word of a price or
        # a level range earlier in its clause (range_bare_opener_cues), never after a noun of comparison or
        # choice ('selisih harga ... antara X dan Y', 'pilihan antara X dan Y'; range_opener_comparisons)
        self.range_bare_opener_re = re.compile(r"\b" + words_pattern(lex.list("range_bare_openers")) + r"\s*$", re.I)
        self.range_bare_cue_re = re.compile(r"\b" + words_pattern(lex.list("range_bare_opener_cues")), re.I)
        self.range_compared_re = re.compile(r"\b" + words_pattern(lex.list("range_opener_comparisons")), re.I)
        self.range_opened_re = re.compile(r"^\s*(?:" + words_pattern(lex.list("range_opened_connectors"), suffix="") + r")\s*$", re.I)
        approx = {fold(k): v for k, v in lex.mapping("approximation_words").items()}
        self.approx = approx
        self.approx_re = re.compile(r"(?P<w>" + words_pattern(approx) + r")\s*$", re.I)
        # 'Desember 2022 US$ 2,1 miliar': a year after a month name is a date, even before a currency
        self.month_before_re = re.compile(r"\b" + words_pattern([str(m) for m in lex.mapping("months")]) + r"\s+$", re.I)
        # 'Pada tahun 2022 IKM Sultra ...', 'Selama 2021 industri kopi ...', 'selama triwulan III 2022
        # produk ...': a year after a word that leads a period (or a numbered quarter) is a date, even
        # before a counted noun
        quarter = words_pattern([str(q) for q in lex.mapping("quarters")]) + r"\s+(?:" + words_pattern(
            [str(r) for r in lex.mapping("roman_numerals")] + [str(o) for o in lex.mapping("ordinals")]) + r"|\d)"
        self.year_lead_re = re.compile(r"\b(?:" + words_pattern(lex.list("year_lead_words")) + "|" + quarter + r")\s+$", re.I)
        # 'Rp 116, 1 triliun', 'naik 23, 63 persen', '2.160, 2 miliar', '322, 4 ton': a stray space
        # after (or before) the decimal comma, read only before a scale or percent word or a unit of measure
        self.measure_units = {fold(str(u)) for u in lex.list("measure_units")}
        # ('Rp990, 7 miliar': right after a currency sign too; '14 ,66 persen': the space before the comma instead)
        glued = "".join(rf"|(?<={re.escape(sign)})" for sign in self.currency_before)
        self.spaced_decimal_re = re.compile(r"(?=[0-9])(?:(?<![\w.,])" + glued + r")[0-9]{1,3}(?:\.[0-9]{3})*(?:, | ,)[0-9]{1,2}(?=\s*(?:" + words_pattern(self.scales) + "|"
                                            + percent_pattern(lex.list("percent_words")) + "|"
                                            + words_pattern(lex.list("measure_units")) + "))", re.I)
        # ('Rp 6, 315 Triliun': three decimals only right after a currency sign and before a scale
        # word; 'Pada kuartal 3, 500 miliar rupiah' is a list, a number and then another)
        self.spaced_decimal3_re = re.compile(r"(?<![A-Za-z])" + words_pattern(self.currency_before, suffix="")
                                             + r"\.?\s?(?P<num>[0-9]{1,3}(?:\.[0-9]{3})*, [0-9]{3})(?=\s*"
                                             + words_pattern(self.scales) + ")", re.I)
        # 'US$870. 000', 'impor 518. 756 ton': a stray space after a thousands dot (one to three
        # digits, then groups of exactly three: no other reading); 'naik 86. 27%': after a decimal
        # dot, read only before a scale or percent word, as the comma form above
        # ('7.654.321. 098 USD': the stray space after a later one of several thousands dots, read
        # only before a currency, scale or unit word: 'mencapai 2.500. 150 di antaranya ...' is a
        # number that ends a sentence and another that starts the next)
        self.unit_words = [*self.currency_after, *self.scales, *(str(u) for u in lex.list("measure_units"))]
        self.spaced_thousands_re = re.compile(r"(?=[0-9])(?<![\w.,])[0-9]{1,3}(?:\. [0-9]{3})+(?![\d])(?![.,]\d)"
                                              r"|(?<![\w.,])[0-9]{1,3}(?:\.[0-9]{3})+\. [0-9]{3}(?:\. ?[0-9]{3})*(?![\d])(?![.,]\d)"
                                              r"(?=\s*" + words_pattern(self.unit_words, suffix=r"(?![\w$])") + ")", re.I)
        self.spaced_decimal_dot_re = re.compile(r"(?=[0-9])(?<![\w.,])[0-9]{1,3}\. [0-9]{1,2}(?=\s*(?:" + words_pattern(self.scales) + "|"
                                                + percent_pattern(lex.list("percent_words")) + "))", re.I)
        # 'USD 310,5 juta (setara Rp 4,8 triliun)', 'USD 2 miliar atau setara dengan Rp 28 triliun':
        # the words between an amount and the same amount in another currency
        self.restated_in_brackets = re.compile(
            r"\s*\(\s*" + words_pattern(lex.list("restated_in_brackets_words"), suffix="") + r"?\s*")
        self.restated_after = re.compile(r"\s*(?:,\s*)?" + words_pattern(lex.list("restated_after_words"), suffix="") + r"\s+", re.I)
        # 'Rp 3.999.548.000 atau Rp 4 miliar', 'Rp 40 miliar lebih atau Rp 40.074.736.131', 'Rp 93.970.120.338,
        # atau hampir Rp 94 miliar': the same amount told again in its own unit, rounded or precise
        # (each stretch of space is matched once: optional words each carry their own trailing space,
        # so a long run of blanks between two amounts cannot be split many ways)
        self.told_again_re = re.compile(r"\s*(?:" + words_pattern(lex.list("amount_trailing_words")) + r"\s*)?(?:,\s*)?"
                                        + words_pattern(lex.list("restated_after_words"), suffix="") + r"\s+(?:"
                                        + words_pattern(list(lex.mapping("approximation_words")), suffix="") + r"\s*)?", re.I)
        # 'lima persen', 'sepuluh ribu', 'dua puluh lima eksportir': a number spelled out, read only
        # before a percent or scale word or a counted noun; its words combine as the lexicon says
        # ('dua puluh lima' is 2 x 10 + 5, 'tujuh belas' is 7 + 10)
        self.number_words = {fold(str(k)): Decimal(str(v)) for k, v in lex.mapping("number_words").items()}
        self.number_multipliers = {fold(str(k)): Decimal(str(v)) for k, v in lex.mapping("number_word_multipliers").items()}
        self.number_teens = {fold(str(w)) for w in lex.list("number_word_teens")}
        group = (words_pattern(self.number_words) + r"(?:\s+" + words_pattern(list(self.number_multipliers)
                                                                          + list(self.number_teens) or ["\0"]) + r")?")
        cues = lex.list("spelled_count_cues")
        self.spelled_one_cues = {fold(w) for w in cues} - {fold(w) for w in lex.list("spelled_count_not_one_cues")}
        self.spelled_not_units = {fold(w) for w in lex.list("spelled_count_not_units")}
        self.spelled_re = re.compile(
            (r"(?:(?<![\w-])(?P<cue>" + words_pattern(cues, suffix="") + r"|(?!" + words_pattern(lex.list("spelled_count_not_subjects"), suffix=r"\b")
             + r"|" + words_pattern(lex.list("spelled_count_verb_prefixes"), suffix=r"[^\W\d]*nya\b")
             + r")[^\W\d]{2,}nya)\s+)?" if cues else "")
            + r"(?<![\w-])(?P<w>" + group + r"(?:\s+" + group + r"){0,3})(?=\s+(?:"
            + percent_pattern(lex.list("percent_words")) + r"|" + words_pattern(self.scales)
            + (r"|(?P<count>" + words_pattern(count_units) + ")" if count_units and cues else "") + r"))", re.I)
        # (speed only: a spelled number's first word where a word starts, which every match of spelled_re holds;
        # a sentence without one is not searched with the long pattern)
        firsts = "".join(sorted({c for w in self.number_words for c in (w[:1], w[:1].upper(), w[:1].lower())}))
        self.spelled_word_re = re.compile((f"(?=[{re.escape(firsts)}])" if firsts else "") + r"(?<![\w-])" + words_pattern(self.number_words), re.I)


    def year_before_dated_noun(self, text: str, start: int, end: int, number: str) -> bool:
        """A bare year right before a noun that a year names the edition of more often than a count
        ('Hingga 2024 data BPS menunjukkan ...', 'sementara 2023 bank swasta ...'; lexicon
        year_dated_nouns), or before any counted noun after a word that leads to a time ('Hingga
        2024 kemitraan itu ...'; lexicon year_lead_before_count): a date, not a count."""
        if YEAR_ONLY.fullmatch(number) is None:
            return False
        return self.year_dated_noun_re.match(text, end) is not None \
            or self.count_re.match(text, end) is not None and self.year_lead_before_count_re.search(text, max(0, start - 24), start) is not None

    def year_as_date(self, text: str, start: int, number: str) -> bool:
        """A bare year (no thousands dot) after a month name or a word that leads a period."""
        if YEAR_ONLY.fullmatch(number) is None:
            return False
        before = text[max(0, start - 24):start]
        return self.month_before_re.search(before) is not None or self.year_lead_re.search(before) is not None


YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
SIGN_OF_NEXT = re.compile(r"\s*\d")


def percent_pattern(words: list[str]) -> str:
    """The words that mark a percentage ('%', 'persen'), each ending the word it is in; a
    word of five letters or more is also taken with its last letter mistyped ('persen'
    typed 'persem') or one letter after the first missing ('persn', 'perse'), slips common
    enough in news copy to read through."""
    long_words = [w for w in words if w.isalpha() and len(w) >= 5]
    mistyped = [re.escape(w[:-1]) + "[a-z]" for w in long_words]
    missing = sorted({re.escape(w[:i] + w[i + 1:]) for w in long_words for i in range(1, len(w))}, key=len, reverse=True)
    return "(?:" + "|".join([words_pattern(words, suffix=""), *mistyped, *missing]) + r")(?:(?<!\w)|\b)"


def find_amounts(lex: Lexicon, text: str, start: int = 0, end: int | None = None, *, document: bool = False,
                 look_back: bool = True) -> list[Amount]:
    """Every amount with a unit in text[start:end], offsets into text; exchange rates
    ('kurs Rp 15.000 per dolar') are prices of a currency, not amounts, and are left out.
    `document`: text is a whole document, whose end without a closing punctuation mark is a
    cut (an excerpt's cap), not the end of a phrase given alone."""
    end = len(text) if end is None else end
    g = lex.compiled(AmountGrammar)
    amounts = []
    for number_start, number_end, number_text, reading in sorted(numbers_in(text, start, end, g) + spelled_numbers(text, start, end, g)):
        if is_not_a_quantity(text, number_start, number_end) or g.year_as_date(text, number_start, number_text) \
                or g.year_before_dated_noun(text, number_start, number_end, number_text):
            continue
        amount = read_amount(text, number_start, number_end, number_text, g, end)
        written_in_full(amount, text[number_start:number_end])
        amount.reading = reading or amount.reading
        amount.doubtful = amount.doubtful or bool(reading) and reading.startswith("doubtful")
        amounts.append(amount)
    if document:
        cut_at_the_end(text, amounts, g)
    link_ranges(text, amounts, g)
    borrow_paired_unit(text, amounts, g)
    borrow_whole_unit(text, amounts, g)
    if look_back:
        borrow_whole_told_before(lex, text, start, amounts, g)
    one_currency_of_two(amounts)
    borrow_list_unit(text, amounts)
    borrow_counted_list_unit(text, amounts, g)
    borrow_currency(text, amounts, g, start)
    borrow_scale(text, amounts, g, start)
    share_price_denominator(text, amounts, g, start, end)
    link_restatements(text, amounts, g)
    link_told_again(text, amounts, g)
    for amount in amounts:
        if amount.restates is not None:
            scale_from_restatement(amount.restates, amount, g)
    for amount in amounts:
        amount.rate = amount.is_money and is_exchange_rate(text, amount, g, start)
    one_unit_priced(text, amounts, g)
    for amount in amounts:
        if amount.unit and not amount.is_monetary and amount.unit != "percent" and amount.scale == 1 \
                and g.value_word_re.search(text[max(start, amount.start - 30):amount.start]):
            amount.doubtful = True  # 'senilai 14,37 ton': a value in a unit of weight or a count
            amount.reading = f"doubtful: a value ('senilai') in {amount.unit}"
    return [a for a in amounts if a.unit and not a.rate and a.unit not in g.multiple_units]


def numbers_in(text: str, start: int, end: int, g: "AmountGrammar | None" = None):
    """(start, end, number text, reading) of each number: the written digits, or a number
    typed with the letter O for a zero ('12,4O juta') or with a space after its decimal comma
    before a scale word ('116, 1 triliun'), read as meant (the reading says so)."""
    typed_o = []
    for match in (g.spaced_decimal_re.finditer(text, start, end) if g else ()):
        digits = match.group().replace(" ", "")
        typed_o.append((match.start(), match.end(), digits, f"'{match.group()}' read as {digits} (a space after the decimal comma)"))
    for match in (g.spaced_decimal3_re.finditer(text, start, end) if g else ()):
        digits = match.group("num").replace(" ", "")
        typed_o.append((match.start("num"), match.end("num"), digits, f"'{match.group('num')}' read as {digits} (a space after the decimal comma)"))
    for match in (g.spaced_thousands_re.finditer(text, start, end) if g else ()):
        digits = match.group().replace(" ", "")
        typed_o.append((match.start(), match.end(), digits, f"'{match.group()}' read as {digits} (a space after the thousands dot)"))
    for match in (g.spaced_decimal_dot_re.finditer(text, start, end) if g else ()):
        digits = match.group().replace(" ", "")
        typed_o.append((match.start(), match.end(), digits, f"'{match.group()}' read as {digits} (a space after the decimal dot)"))
    for match in LETTER_O.finditer(text, start, end):
        token = match.group()
        digits = token.replace("O", "0").replace("o", "0")
        if token != digits and NUMBER.fullmatch(digits):
            typed_o.append((match.start(), match.end(), digits, f"'{token}' read as {digits} (letter O for a zero)"))
    for match in MIXED.finditer(text, start, end):
        if not NUMBER.fullmatch(match.group()) and not any(s <= match.start() < e for s, e, _, _ in typed_o):
            reading = likeliest_reading(match.group())
            typed_o.append((match.start(), match.end(), reading, f"doubtful: '{match.group()}' read as {reading}"))
    markers = list_markers(text, start, end)
    typed_o = [n for n in typed_o if n[0] not in markers]
    found = [(m.start(), m.end(), m.group(), None) for m in NUMBER.finditer(text, start, end)
             if not any(s <= m.start() < e for s, e, _, _ in typed_o) and m.start() not in markers]
    return sorted(found + typed_o)


def list_markers(text: str, start: int, end: int) -> set[int]:
    """Where the number of a list's item stands (LIST_MARKER) between `start` and `end`."""
    if MARKER_SHAPE.search(text, start, end) is None:
        return set()
    line_start = text.rfind("\n", 0, start) + 1
    return {m.start("n") for m in LIST_MARKER.finditer(text, line_start, end) if m.start("n") >= start}


def spelled_numbers(text: str, start: int, end: int, g: "AmountGrammar") -> list:
    """Numbers written as words before a percent or scale word ('lima persen', 'sepuluh ribu
    IKM'), or before a counted noun after a word that counts ('sebanyak dua puluh eksportir'),
    as digits with the reading saying so; other spelled numbers ('dua negara') are not read, as
    most say how many items a list has, not a measurement."""
    found = []
    if not g.spelled_word_re.search(text, start, end):
        return found  # (no number word: spelled_re cannot match)
    for match in g.spelled_re.finditer(text, start, end):
        value = spelled_value(match.group("w"), g)
        if value is None or match.groupdict().get("count") and not match.group("cue"):
            continue  # 'dua negara' alone names how many items a list has; 'sebanyak dua eksportir' counts
        if match.groupdict().get("count") and (fold(match.group("count")) in g.spelled_not_units
                                               or value == 1 and fold(match.group("cue")) not in g.spelled_one_cues):
            continue  # 'tiga kali' (how often, how many times more); 'jadi satu koperasi', 'kendalanya satu orang' (idioms)
        digits = f"{value:f}".replace(".", ",")
        found.append((match.start("w"), match.end(), digits, f"'{match.group('w')}' read as {value:f} (spelled out)"))
    return found


def spelled_value(words: str, g: "AmountGrammar") -> Decimal | None:
    """'dua puluh lima' -> 25, 'tiga ratus dua puluh' -> 320, 'lima belas' -> 15: each number word
    taken alone, times the multiplier after it, or plus ten for a teen word; None when the words
    do not make one number ('dua tiga', two numbers side by side)."""
    known = {**g.number_words}
    folded = fold(words)
    if folded in known:
        return known[folded]
    total, place = Decimal(0), None  # place: the power of ten the last group ends at
    tokens = folded.split()
    i = 0
    while i < len(tokens):
        phrase = next((" ".join(tokens[i:j]) for j in range(len(tokens), i, -1) if " ".join(tokens[i:j]) in known), None)
        if phrase is None:
            return None
        value = known[phrase]
        i += len(phrase.split())
        following = tokens[i] if i < len(tokens) else None
        if following in g.number_multipliers:
            value, i = value * g.number_multipliers[following], i + 1
        elif following in g.number_teens:
            value, i = value + 10, i + 1
        if place is not None and value >= place:
            return None  # 'dua tiga', 'lima belas enam': not one number
        total, place = total + value, power_of_ten_dividing(value)
    return total


def power_of_ten_dividing(value: Decimal) -> Decimal:
    """The largest power of ten that divides a whole value (20 -> 10, 300 -> 100, 15 -> 1)."""
    place = Decimal(1)
    while value and value % (place * 10) == 0:
        place *= 10
    return place


def likeliest_reading(token: str) -> str:
    """A number written in no regular form ('1.23.456', '12,4,5'): the last separator is the
    decimal mark when it is a comma or is followed by other than three digits; the others group.
    Two or more commas each before three digits group thousands ('812,455,120,000')."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,12}", token):
        return token.replace(",", "")  # '812,455,120,000': commas grouping thousands (English), no decimal
    head, sep, tail = max((token.rpartition(c) for c in ".,"), key=lambda parts: len(parts[0]))
    digits = re.sub(r"[.,]", "", head)
    if sep == "," or len(tail) != 3:
        return f"{digits},{tail}"
    return digits + tail


def one_currency_of_two(amounts: list[Amount]) -> None:
    """'USD 3,41 miliar, lalu pada Mei tinggal USD Rp 3,38 miliar': an amount with two
    currency signs before it is in the one the other amounts of its sentence are all in (the
    reading says so); else in the sign next to the number, flagged unless the others are in it."""
    for amount in amounts:
        if amount.other_unit is None:
            continue
        others = {a.unit for a in amounts if a is not amount and a.is_money}
        if others == {amount.other_unit}:
            amount.reading = f"currency written twice: {amount.other_unit} as the other amounts of the sentence, not {amount.unit}"
            amount.unit = amount.other_unit
        elif others != {amount.unit}:
            amount.reading = f"doubtful: two currency signs ({amount.other_unit}, {amount.unit}), read as the one next to the number"
            amount.doubtful = True


def cut_at_the_end(text: str, amounts: list[Amount], g: "AmountGrammar") -> None:
    """A text that stops without its sentence's final punctuation was cut off by an excerpt's
    cap, possibly in the middle of its last amount ('tercatat sekitar 9 miliar dol', 'yakni
    22,94 milia'): the start of a scale or currency word is read as that word (at least three
    letters, and one word only); an amount whose currency the cut took (nothing after it, or a
    scale word read from the cut stub) is in the one currency the other amounts of its sentence
    are in (the reading says so). An amount of money with no scale word right at the cut end
    ('senilai US$ 569') may have lost its scale: no amount."""
    if not amounts or text.rstrip()[-1:] in ".!?\"”')»":
        return  # no amount, or the text ends with its sentence: nothing was cut
    last = amounts[-1]
    tail = CUT_TAIL.fullmatch(text, last.end)
    if tail is None and text[last.end:].strip():
        return  # more than one word after the last amount: the cut is not in it
    stub_read = False
    if tail is not None:
        stub = fold(tail.group("stub"))
        scale = next((w for w in g.scales if w.isalpha() and len(w) > len(stub) and w.startswith(stub)), None)
        currency = next((w for w in g.currency_after if len(w) > len(stub) and w.startswith(stub)), None)
        if last.scale == 1 and scale is not None:
            last.scale, last.end = g.scales[scale], tail.end("stub")
            last.reading, stub_read = f"the text is cut: '{tail.group('stub')}' read as '{scale}'", True
        elif last.unit is None and currency is not None:
            last.unit, last.end = g.currency_after[currency], tail.end("stub")
            last.reading, stub_read = f"the text is cut: '{tail.group('stub')}' read as '{currency}'", True
    if last.unit is None and last.scale > 1 and (tail is None or stub_read):
        currencies = {a.unit for a in amounts[:-1] if a.is_money}
        if len(currencies) == 1:
            last.unit = next(iter(currencies))
            last.reading = (last.reading or "the text is cut") + f"; its currency cut off: {last.unit} as the other amounts of the sentence"
    elif tail is None and last.is_money and last.scale == 1:
        last.unit = None  # 'senilai US$ 569' at a cut: the scale may be what was cut off
        last.reading = "the text is cut right after the amount: its scale may be lost"


# the end of a cut text: one word's start after the amount, nothing after it
CUT_TAIL = re.compile(r"\s+(?P<stub>[^\W\d_]{3,})\s*", re.I)


def borrow_list_unit(text: str, amounts: list[Amount]) -> None:
    """'manufaktur 81%, energi 7,15%, mineral 9,44, serta perikanan 2,41%': a number with decimals
    and no unit between two items of a list in one unit (and scale), a comma or 'dan' and a
    few words apart, is in that unit (the reading says the unit was not written)."""
    for before, bare, after in zip(amounts, amounts[1:], amounts[2:]):
        if bare.unit is not None or bare.scale != 1 or bare.number == bare.number.to_integral() \
                or before.unit is None or (before.unit, before.scale) != (after.unit, after.scale):
            continue
        if LIST_GAP.fullmatch(text, before.end, bare.start) and LIST_GAP.fullmatch(text, bare.end, after.start):
            bare.unit, bare.scale = before.unit, before.scale
            bare.reading = f"unit not written: {before.unit} as the items of its list"


LIST_GAP = re.compile(r"\s*[,;]\s*(?:(?:dan|serta)\s+)?[^\W\d]+(?:\s+[^\W\d]+){0,3}\s+(?:sebesar\s+)?", re.I)


def borrow_counted_list_unit(text: str, amounts: list[Amount], g: "AmountGrammar") -> None:
    """'arwana biasa 51.876 ekor, lalu arwana super red 25.893, tigerfish 31.612 dan ...', 'di
    Balikpapan ada 3 orang, Kukar 1 orang, dan 1 di Kutai Barat': a whole number with no unit that
    is the next item of a list whose first item names a counted noun (the items joined by a comma
    or 'dan' and a few words naming the next item, each bare item ending its phrase: a comma, 'dan',
    the sentence end, or 'di'/'ke' and a place) counts the same noun; the reading says the unit
    was not written. Not a year, not a number with decimals (see `borrow_list_unit`), not after
    money, a percentage or a unit of measure."""
    decided = []  # decided on the amounts as written, before any bare one takes a unit
    bare = [bare_whole(text, a) for a in amounts]
    j = -1  # the item before the run of bare items that ends at i, carried forward in one pass
    for i, item in enumerate(amounts):
        if i == 0 or not (bare[i - 1] and g.counted_list_gap.fullmatch(text, amounts[i - 1].end, item.start)):
            j = i - 1
        if not bare[i] or not g.counted_item_end.match(text, item.end) or i - j > COUNTED_LIST_CAP:
            continue  # past the cap a run of bare numbers is a table, not a list of counts
        if names_a_thing(text, item, g):
            continue
        first = amounts[j] if j >= 0 else None
        if first is None or not first.unit or first.scale != 1 or fold(first.unit) not in g.count_units \
                or fold(first.unit) in g.not_counted or in_money(first, g) \
                or not g.counted_list_gap.fullmatch(text, first.end, amounts[j + 1].start) \
                or run_ends_in_another_unit(text, amounts, bare, i, first.unit, g):
            continue
        following = amounts[i + 1] if i + 1 < len(amounts) else None
        goes_on = following is not None and (following.unit in (None, first.unit)) \
            and g.counted_list_gap.fullmatch(text, item.end, following.start) is not None
        if j == i - 1 and not goes_on and not g.last_item.search(text, amounts[i - 1].end, item.start):
            continue  # '30 orang, pada tahap 2': not after another bare item, not the last item ('dan'), nor one the list goes on after
        decided.append((item, first))
    for item, first in decided:
        item.unit, item.unit_from = first.unit, first
        item.reading = f"unit not written: {first.unit} as the first item of its list"


def names_a_thing(text: str, amount: Amount, g: "AmountGrammar") -> bool:
    """'tersebar di RT 3, RT 4 dan RT 5', 'kode HS 0901', 'di urutan 3': a number after a word that
    labels or ranks (lexicon rank_words, identifier_words), or written with a leading zero, names
    one thing; it counts nothing."""
    return bool(g.label_before_re.search(text, max(0, amount.start - 30), amount.start)) \
        or (text[amount.start:amount.start + 1] == "0" and amount.end - amount.start > 1)


def run_ends_in_another_unit(text: str, amounts: list[Amount], bare: list[bool], i: int, unit: str,
                             g: "AmountGrammar") -> bool:
    """'menangkap 3 orang, berusia 25, 30 dan 41 tahun': a run of bare items that the list closes
    with an item in its own unit counts that item's unit, not the first item's (ages, not people)."""
    k = i
    while k + 1 < len(amounts) and k - i < COUNTED_LIST_CAP and bare[k + 1] \
            and g.counted_list_gap.fullmatch(text, amounts[k].end, amounts[k + 1].start):
        k += 1
    closing = amounts[k + 1] if k + 1 < len(amounts) else None
    if closing is not None and closing.unit not in (None, unit) and not bare[k + 1] \
            and g.counted_list_gap.fullmatch(text, amounts[k].end, closing.start) is not None:
        return True
    if not g.counted_item_end.match(text, amounts[k].end):
        return True  # ('... 30 dan 41 tahun': the last bare number names its own noun, which is the run's)
    gap = g.counted_list_gap.match(text, amounts[k].end)
    return gap is not None and text[gap.end():gap.end() + 1].isdigit() and (closing is None or closing.start != gap.end())


def bare_whole(text: str, amount: Amount) -> bool:
    """A whole number with no unit, scale or range, not a year."""
    return amount.unit is None and amount.scale == 1 and amount.range_with is None \
        and amount.number == amount.number.to_integral() and not YEAR_ONLY.fullmatch(text[amount.start:amount.end])


# the most items a list of counts takes after its first: a longer run of bare numbers is a table
COUNTED_LIST_CAP = 12


def borrow_currency(text: str, amounts: list[Amount], g: "AmountGrammar", start: int) -> None:
    """'kerapu 203 ton senilai 18,15 miliar' among rupiah amounts: a value with a scale word and
    no unit, said with a value word, is in the one currency the other amounts of its sentence
    are in (the reading says the currency was not written)."""
    currencies = {a.unit for a in amounts if a.is_money}
    if not currencies:
        borrow_article_currency(text, amounts, g, start)
        return
    if len(currencies) != 1:
        return
    (currency,) = currencies
    for index, amount in enumerate(amounts):
        if amount.unit is None and amount.scale >= 1000 \
                and (g.value_before_re.search(text[max(start, amount.start - 30):amount.start])
                     or is_bare_billion(text, amount) and (said_as_money(text, amount, g)
                                                           or next_item_of_sums(amounts, index, currency))):
            # ('... Rp10,75 triliun dan posisi kelima ditempati Kota Bekasi dengan realisasi 8,65 triliun': a billion or
            # more that ends its phrase after a word of money, or next in a list of sums of one scale ('Malaysia 0,5
            # miliar dollar AS (7,6%) dan China 0,5 miliar (7,6%)'), among amounts of one currency, is in it as well;
            # not 'negara berpenduduk 1,4 miliar')
            amount.unit = currency
            amount.reading = f"currency not written: {currency} as the other amounts of the sentence"


def next_item_of_sums(amounts: list[Amount], index: int, currency: str) -> bool:
    """The amount of money told last before `amounts[index]` in its sentence is in `currency` with the same scale
    word: the bare amount goes on a list of such sums."""
    before = [a for a in amounts[:index] if a.is_money]
    return bool(before) and before[-1].unit == currency and before[-1].scale == amounts[index].scale


def share_price_denominator(text: str, amounts: list[Amount], g: "AmountGrammar", start: int, end: int) -> None:
    """'kopi robusta sekitar 3 Dollar AS atau Rp 42 ribu per kg', 'ditetapkan USD 2.700/MT,
    naik USD 112 dari bulan sebelumnya', 'harga rata-rata per kilogram CPO Rp10.100, PKO Rp6.500':
    a sentence that quotes prices per one denominator (after an amount, or 'per kilogram' before
    them) quotes its other amounts of money of price size (no scale word above 'ribu') per the
    same denominator (the reading says the denominator was not written after the amount)."""
    if not g.price_named_re:
        return
    named = {price_denominator(m.group("per"), g) for m in g.price_named_re.finditer(text, start, end)}
    if len(named) != 1:
        return
    (per,) = named
    for amount, following in zip(amounts, amounts[1:] + [None]):
        if following is not None and g.range_re.match(text[amount.end:following.start]) \
                and (amount.range_with is None or amount.range_with is following and amount.unit != following.unit):
            continue  # 'Rp 41.000 hingga Rp 44.500 per kilogram': a range link_ranges priced already
        if g.own_per_re.match(text, amount.end):
            continue  # 'Rp64.000 per kg, sedangkan telur bebek Rp1.800 per butir': quoted per a thing of its own
        if amount.is_money and amount.scale <= 1000 and amount.number > 0 and not is_exchange_rate(text, amount, g, start):
            # ('US$ 900 per MT atau Rp 13,5 juta per MT (kurs Rp 15.000 per dolar AS)': the rate is no price per MT)
            amount.reading = f"a price: the sentence quotes prices per {per}, not written after this amount"
            amount.unit = f"{amount.unit}/{per}"


def borrow_article_currency(text: str, amounts: list[Amount], g: "AmountGrammar", start: int) -> None:
    """'realisasi Januari-September 2020 mencapai 7.060,1 miliar.', 'perkantoran (72,9 miliar), ...'
    in an article whose amounts of money are all in one currency: an amount of a billion or more
    with no unit and no noun after it (the phrase ends, goes on with a conjunction, or, for what is
    left of a target, with a relative clause: 'sisa 42,6 triliun yang belum terkejar') in a
    sentence with no amount of money is in that currency (the reading says so). Not a million
    ('4,4 juta' alone is mostly a count of people or firms)."""
    bare = [a for a in amounts if a.unit is None and a.scale >= BILLION and a.range_with is None
            and (BARE_AMOUNT_END.match(text, a.end)
                 or g.relative_after_re.match(text, a.end) and g.shortfall_before_re.search(text, max(0, a.start - 40), a.start))]
    # (an amount said as money may also be pointed at by a demonstrative right after it: 'senilai 7,29 Triliun
    # tersebut dilepas'; read below only where no money was written before)
    pointed = [a for a in amounts if a.unit is None and a.scale >= BILLION and a.range_with is None
               and a not in bare and g.demonstrative_after_re.match(text, a.end)]
    if not bare and not pointed:
        return
    currencies = {a.unit for a in amounts_before(text, start, g, 0) if a.is_money}
    if currencies:
        if len(currencies) == 1 and bare:
            (currency,) = currencies
            for amount in bare:
                amount.unit = currency
                amount.reading = f"currency not written: {currency} as every amount of money earlier in the article"
        return
    # (with no money earlier, only an amount said as money: after a word of value or money in its clause)
    money = [a for a in bare + pointed if said_as_money(text, a, g)]
    if not money:
        return
    # ('senilai 7,29 Triliun' before the article's first 'Rp': the one currency of the amounts after it)
    later = {a.unit for a in amounts_before(text, len(text), g, max(a.end for a in amounts)) if a.is_money}
    if len(later) > 1:
        return
    for amount in money:
        if later:
            amount.unit = next(iter(later))
            amount.reading = f"currency not written: {amount.unit} as every amount of money later in the article"
        else:
            home_currency(text, amount, g)


def home_currency(text: str, amount: Amount, g: "AmountGrammar") -> None:
    """'senilai dengan 13,72 triliun', 'nilai investasi meningkat 143 miliar' in an article that writes no currency
    at all: an amount said as money is in the country's own currency (lexicon home_currency), the reading says it
    was not written. Not a value of trade under a trillion ('nilai ekspor Jawa Timur mencapai 2,1 miliar': exports
    are mostly told in dollars; lexicon foreign_currency_measures): that stays unread."""
    if not g.home_currency:
        return
    if amount.scale < TRILLION and g.foreign_measure_re.search(text, max(0, amount.start - MONEY_CONTEXT_REACH), amount.start):
        return
    amount.unit = g.home_currency
    amount.reading = f"currency not written: {g.home_currency}, the country's own (the article writes none)"


def said_as_money(text: str, amount: Amount, g: "AmountGrammar") -> bool:
    """A word of value or money (lexicon money_context_words) in the clause before the amount: an amount without
    a currency is money only when its clause says so ('penduduk 1,4 miliar' is a count)."""
    return g.money_context_re.search(text, max(0, amount.start - MONEY_CONTEXT_REACH), amount.start) is not None


def is_bare_billion(text: str, amount: Amount) -> bool:
    """A billion or more with no unit that ends its phrase (BARE_AMOUNT_END): nothing counted is written after it,
    so it may be money whose currency was left out."""
    return amount.unit is None and amount.scale >= BILLION and amount.range_with is None \
        and BARE_AMOUNT_END.match(text, amount.end) is not None


BILLION, TRILLION = 10 ** 9, 10 ** 12
MONEY_CONTEXT_REACH = 60  # a clause's worth of words before the amount ('nilai ekspor komoditas pertanian senilai')
# what may follow a bare amount that is money: the end of its phrase, a bracket ('China 0,5 miliar (7,6%)'), or a
# conjunction, none of them a counted noun
BARE_AMOUNT_END = re.compile(r"\s*(?:[.,;:()\u201d\"]|$|(?:dan|serta|atau)\b)", re.I)


def borrow_scale(text: str, amounts: list[Amount], g: "AmountGrammar", start: int) -> None:
    """'menjadi US$ 156,96 juta dibanding Agustus yang hanya US$ 137,55': an amount of money
    with decimals and no scale word, among amounts of its currency (in its sentence, else just
    before it in the paragraph) that all state one scale, is in that scale (the
    reading says the scale was not written); with none of its currency near, the scale every
    amount of its currency earlier in the article states ('surplus senilai 52,30 US Dollar'
    after '73,02 juta US Dollar'). Not a price ('US$ 3,25 per kg') nor a whole number."""
    decided = []  # (amount, scale, where), decided on the amounts as written before any is changed
    for amount in amounts:
        if not amount.is_money or amount.scale != 1 or amount.number == amount.number.to_integral() \
                or amount.number >= 10000 or PER_UNIT.match(text, amount.end):
            continue
        others = [a for a in amounts if a is not amount and a.unit == amount.unit]
        scales = {a.scale for a in others or amounts_before(text, start, g) if a.unit == amount.unit}
        where = "around it"
        prices = [a for a in amounts if a.unit and a.unit.startswith(f"{amount.unit}/")]  # 'US$ 3,25 per kg'
        if not any(s > 1 for s in scales) and not prices and not any(PER_UNIT.match(text, a.end) for a in others):
            # none near states a scale (and none is a price): the scale of its currency's amounts earlier in the article
            scales, where = {a.scale for a in amounts_before(text, start, g, 0) if a.unit == amount.unit and a.scale > 1}, \
                "earlier in the article"
        if len(scales) == 1 and (scale := next(iter(scales))) > 1:
            decided.append((amount, scale, where))
    for amount, scale, where in decided:
        amount.scale = scale
        name = next((k for k, v in g.scales.items() if v == scale), str(scale))
        amount.reading = f"scale not written: '{name}' as the other {amount.unit} amounts {where}"


PER_UNIT = re.compile(r"\s*(?:per\b|/)", re.I)


def amounts_before(text: str, start: int, g: "AmountGrammar", since: int | None = None) -> list[Amount]:
    """The amounts just before `start` (at most 300 characters) in the same paragraph (line),
    or all of them from `since` on (`start` the text's end: every amount after `since`)."""
    window = max(text.rfind("\n", 0, start) + 1, start - 300) if since is None else since
    return [read_amount(text, s, e, number, g, start) for s, e, number, _ in numbers_in(text, window, start, g)]


# (compiled once: is_not_a_quantity runs for every number)
ORDINAL_BEFORE, NUMBER_LABEL_BEFORE, SLASH_DIGIT = re.compile(r"(?i)\bke-?$"), re.compile(r"(?i)(nomor|no\.)\s*$"), re.compile(r"/\d")


def is_not_a_quantity(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12):start]
    after = text[end:end + 3]
    if ORDINAL_BEFORE.search(before) or NUMBER_LABEL_BEFORE.search(before):
        return True
    return bool(SLASH_DIGIT.match(after)) or text[start - 1:start] == "/"


def is_exchange_rate(text: str, amount: Amount, g: "AmountGrammar", start: int) -> bool:
    """'Rp 15.000 per dolar AS', 'Rp14.500/USD', 'kurs ... Rp 15.600': the price of one
    currency in another, named by a rate word just before or a currency just after."""
    if g.per_currency_re.match(text, amount.end):
        return True
    return amount.scale == 1 and bool(g.rate_word_re.search(text[max(start, amount.start - 40):amount.start]))


def index_value_named(text: str, number_start: int, g: "AmountGrammar") -> bool:
    """Whether a bare number after an index measure is named as the index's value by the word right
    before it ('IHK ... tercatat 112,48', 'PMI berada di level 52,6'), or is the level it moved from
    ('dari 111,93 pada Februari menjadi 112,48'); not a number that counts something the index is
    made of or reported with ('IHK di 90 kota', 'IHSG pada 2023 mencatatkan 79 emiten baru')."""
    before = text[max(0, number_start - 30):number_start]
    if g.index_value_re.search(before):
        return True
    end = re.match(r"[\d.,]*", text[number_start:]).end() + number_start
    return bool(g.index_from_re.search(before) and g.index_reached_re.match(text, end))


def point_unit(text: str, number_start: int, point: re.Match, g: "AmountGrammar") -> str | None:
    """The unit of the points a level moved by ('naik 3,28 poin'): the index unit when the measure named
    last before them in the sentence is an index (lexicon index_measures); none when it is a rate of a
    currency, or the clause names one and no index ('kurs rupiah melemah 45 poin': exchange rates are no
    figures; lexicon exchange_rate_words and the currencies' words); percent for percentage points
    ('turun 0,3 poin persentase'); else points only when the clause or the one before it names a level or a
    percentage (lexicon point_level_words: 'tingkat hunian 38,6 persen, naik 3,15 poin', 'rasio itu turun 1,4 poin'), no
    figure for a score or a rank moved ('naik 12 poin dalam peringkat')."""
    sentence = max([m.end() for m in SENTENCE_END.finditer(text, max(0, number_start - 300), number_start)]
                   + [text.rfind("\n", 0, number_start) + 1, max(0, number_start - 300)])
    end = SENTENCE_END.search(text, point.end())
    end = min(end.start() if end else len(text), text.find("\n", point.end()) % (len(text) + 1), point.end() + 200)
    last_index = max((m.start() for m in g.index_named_re.finditer(text, sentence, number_start)), default=-1) \
        if g.index_named_re else -1
    last_rate = max((m.start() for m in g.point_rate_re.finditer(text, sentence, number_start)), default=-1)
    if last_index >= 0 and last_index >= last_rate:
        return g.index_unit  # ('nilai tukar petani' is an index, though 'nilai tukar' names a rate too)
    clause = max([m.end() for m in CLAUSE_BREAK.finditer(text, sentence, number_start)] + [sentence])
    clause_end = CLAUSE_BREAK.search(text, point.end(), end)
    clause_end = clause_end.start() if clause_end else end
    if last_rate >= clause or g.point_rate_re.search(text, point.end(), clause_end):
        return None
    if g.percentage_point_re.match(text, point.end()):
        return "percent"
    # (the level is often told in the clause just before: 'tingkat hunian 38,6 persen, naik 3,15 poin')
    told = ([sentence] + [m.end() for m in CLAUSE_BREAK.finditer(text, sentence, number_start)])[-2:][0]
    if g.point_level_re.search(text, told, number_start) or g.point_level_re.search(text, point.end(), clause_end):
        return fold(point.group(0).strip())
    return None


# a whole number of ten digits or more is written in full: a scale word of a million or more
# after it restates its magnitude
FULL_NUMBER = Decimal(10) ** 9
RESTATED_SCALE = 10 ** 6


THOUSANDS_GROUP = re.compile(r"[.,]\d{3}")


def written_in_full(amount: Amount, number_text: str) -> None:
    """'Rp 723,450,118,000 miliar', 'Rp 2.093.114.500.000 triliun': a whole number of ten digits
    or more, grouped in thousands and at least the scale word after it, is the amount written in
    full when the word is a million or more; the word names its magnitude again (the reading says
    so), it does not multiply it. Not '1.500 miliar' (a number under a billion times its scale),
    nor a run of digits with no grouping, nor a number in thousands ('Rp 4.321.987.650 ribu', as
    a report's table gives it)."""
    if amount.scale >= RESTATED_SCALE and len(THOUSANDS_GROUP.findall(number_text)) >= 3 \
            and amount.number == amount.number.to_integral() and amount.number >= max(FULL_NUMBER, amount.scale):
        amount.reading = f"the number is written in full: the scale word after it ({amount.scale}) restates its magnitude"
        amount.scale = 1


def one_unit_priced(text: str, amounts: list[Amount], g: "AmountGrammar") -> None:
    """'1 euro setara Rp 17.240', 'US$ 1 = Rp 16.390': one unit of a currency (the number 1, no
    scale word) set equal to an amount in another currency is the price of that currency, an
    exchange rate: neither amount is a figure."""
    for first, second in zip(amounts, amounts[1:]):
        if first.is_money and second.is_money and first.unit != second.unit and first.number == 1 \
                and first.scale == 1 and g.rate_equals_re.fullmatch(text, first.end, second.start):
            first.rate = second.rate = True


def mistyped_scale(text: str, pos: int, limit: int, g: "AmountGrammar", *, money: bool):
    """The word after a number when it is a long scale word typed one letter off ('USD12,03 milar',
    'Rp4,44 Trilliun', '2,35 milira dolar AS'): (its match, the scale meant, how it is off), in an
    amount of money only: a currency sign before the number, or a currency word after the word."""
    word = g.typed_word_re.match(text, pos, limit)
    if word is None or fold(word.group("scale")) in g.scales:
        return None
    typed = fold(word.group("scale"))
    for meant in g.long_scales:
        how = one_letter_off(typed, meant)
        if how and (money or g.after_re.match(text, word.end(), limit)):
            return word, meant, how
    return None


def one_letter_off(typed: str, meant: str) -> str | None:
    """How `typed` is one letter off `meant` (see lexicon.one_edit_apart), the first letter
    kept, or None."""
    if typed[:1] != meant[:1] or not one_edit_apart(typed, meant):
        return None
    if len(typed) != len(meant):
        return "a letter missing" if len(typed) < len(meant) else "a letter too many"
    return "two letters swapped" if sorted(typed) == sorted(meant) else "a letter mistyped"


def read_amount(text: str, number_start: int, number_end: int, number_text: str, g: AmountGrammar, limit: int) -> Amount:
    amount = Amount(start=number_start, end=number_end, number=parse_number(number_text))
    before = text[max(0, number_start - 16):number_start]
    cur = g.before_re.search(before)
    if cur:
        amount.unit = g.currency_before[fold(cur.group("cur"))]
        amount.start = number_start - (len(before) - cur.start())
        first = g.before_re.search(text[max(0, amount.start - 8):amount.start])
        if first and g.currency_before[fold(first.group("cur"))] != amount.unit:
            amount.other_unit = g.currency_before[fold(first.group("cur"))]  # 'USD Rp 3,38 miliar': decided by the sentence
    pos = number_end
    scale = g.scale_re.match(text, pos, limit)
    typed = None if scale else mistyped_scale(text, pos, limit, g, money=cur is not None)
    if typed:
        word, meant, how = typed
        amount.scale, pos = g.scales[meant], word.end()
        amount.reading = f"'{word.group('scale')}' read as '{meant}' ({how})"
    elif scale:
        amount.scale = g.scales[fold(scale.group("scale"))]
        pos = scale.end()
    elif amount.unit == "IDR" and (short := g.short_re.match(text, pos, limit)):
        amount.scale = g.short_scales[short.group("short")]
        pos = short.end()
    if amount.unit is not None and (after := g.after_re.match(text, pos, limit)) \
            and g.currency_after[fold(after.group("cur"))] != amount.unit:
        # 'Rp395,16 juta dolar AS': a stray currency sign before, the currency named after wins
        amount.reading = f"currency written twice: '{after.group('cur')}' after the number, not the sign before"
        amount.unit = g.currency_after[fold(after.group("cur"))]
        pos = after.end()
    if amount.is_money and amount.scale == 1 and cur and (noun := g.count_re.match(text, pos, limit)):
        # 'naik ke Rp 48.120 ton senilai Rp 6,3 triliun': a stray sign before a counted amount
        amount.unit, pos = unit_of(noun.group("noun"), "noun", g), noun.end()
        amount.start, amount.doubtful = number_start, True
        amount.reading = f"doubtful: a currency sign before '{noun.group('noun')}', read as {amount.unit}"
    if amount.unit is None and (price := quoted_per_before_currency(text, pos, limit, g)):
        amount.unit, pos = price  # '723,45/MT dolar AS'
    if amount.unit is None and (slashed := slash_count_noun(text, pos, limit, g)):
        amount.unit, pos = slashed
        amount.reading = f"counted noun written with a slash ('{amount.unit}')"
    if amount.unit is None:
        for regex, kind in ((g.percent_re, "pct"), (g.after_re, "cur"), (g.count_re, "noun")):
            found = regex.match(text, pos, limit)
            if found and kind == "cur" and SIGN_OF_NEXT.match(text, found.end()):
                continue  # '2022 US$ 5 juta': the sign of the next number, not this one's unit
            if found and kind == "noun" and g.label_before_re.search(text, max(0, number_start - 24), number_start):
                continue  # 'peringkat 5 jenis komoditas', 'Pasal 12 eksportir': the number names or ranks, it counts nothing
            if found and kind == "noun" and (head := head_before_a_name(found.group(kind))) is not None:
                # '17 pintu Ekspor Merdeka': the counted noun is the words before the name, if the list has them
                found = g.count_re.match(text, pos, found.start(kind) + len(head)) if fold(head) in g.count_units else None
            if found:
                amount.unit = unit_of(found.group(kind), kind, g)
                pos = found.end()
                if kind == "noun" and (cls := g.business_class_after.match(text, pos, limit)) is not None \
                        and " " not in amount.unit:
                    # '146 sentra IKM', '40 koperasi UMKM': the class of business after the noun is part of what is counted
                    amount.unit, pos = f"{amount.unit} {cls.group('cls')}", cls.end()
                break
    if amount.is_money and g.price_per_re and (per := g.price_per_re.match(text, pos, limit)):
        amount.unit = f"{amount.unit}/{price_denominator(per.group('per'), g)}"  # 'USD 180 per ton': a price
        pos = per.end()
    if amount.unit is not None and amount.unit != "percent" and not amount.is_money and g.per_re \
            and (per := g.per_re.match(text, pos, limit)):
        amount.unit = f"{amount.unit}/{per.group('per')}"  # '61,02 kg/kapita': counted per head
        pos = per.end()
    if amount.unit is None and amount.scale == 1 and (span := g.duration_re.match(text, pos, limit)) \
            and (cue := g.measured_duration_re.search(text, max(0, number_start - 80), number_start)) \
            and g.duration_qualifier_re.search(text, max([m.end() for m in CLAUSE_BREAK.finditer(text, max(0, cue.start() - 80), cue.start())]
                                                         + [text.rfind(".", max(0, cue.start() - 80), cue.start()) + 1, max(0, cue.start() - 80)]), number_start):
        # 'rata-rata lama wisatawan asing menginap 2,47 hari': a length measured, an average or a length named in its clause
        amount.unit, pos = fold(span.group(0).strip()), span.end()
        amount.reading = f"a duration measured after '{cue.group().split()[0]}'"
    if amount.unit is None and g.point_re and (point := g.point_re.match(text, pos, limit)) \
            and g.point_change_re.search(text, max(0, number_start - 40), number_start) \
            and (unit := point_unit(text, number_start, point, g)) is not None:
        # 'naik 0,73 poin' of an index named before it in the sentence is in the index unit, of a level or a
        # percentage in points ('poin persentase': in percent); of a rate ('rupiah melemah 45 poin') no figure
        amount.unit, pos = unit, point.end()
        amount.reading = f"points a level moved by: unit '{amount.unit}'"
    if amount.unit is None and amount.scale == 1 and g.index_re and not YEAR_ONLY.fullmatch(number_text) \
            and g.index_re.search(text[max(0, number_start - 90):number_start]) and not g.duration_re.match(text, pos, limit) \
            and index_value_named(text, number_start, g):
        amount.unit = g.index_unit  # 'nilai tukar nelayan mencapai 107': an index number
        amount.reading = f"a bare number after an index measure: unit '{g.index_unit}'"
    if amount.unit is None and amount.scale == 1 and not YEAR_ONLY.fullmatch(number_text) \
            and (noun := g.count_before_re.search(text[max(0, number_start - 60):number_start])):
        amount.unit = unit_of(noun.group("noun"), "noun", g)
        amount.reading = f"counted noun named before the number ('{noun.group('noun')}')"
    if COMMA_THOUSANDS.fullmatch(number_text) and amount.scale == 1 and takes_no_fraction(amount, number_text, g):
        amount.number = Decimal(number_text.replace(",", ""))
        amount.reading = f"'{number_text}' read as {amount.number} (a comma grouping thousands: {amount.unit} takes no fraction of a thousandth)"
    elif COMMA_THOUSANDS.fullmatch(number_text) and amount.scale == 1 and amount.reading is None \
            and (amount.is_money and "/" not in (amount.unit or "") or fold(amount.unit or "") in g.measure_units):
        # 'USD2,047', '518,036 kg': money with no scale word, or a weight, may be thousandths or thousands
        amount.doubtful = True
        amount.reading = f"doubtful: '{number_text}' read as {amount.number} (a comma before three digits and no scale " \
                         f"word: a decimal comma, or a comma grouping thousands)"
    amount.end = pos
    approx = g.approx_re.search(text[max(0, amount.start - 30):amount.start].rstrip())
    if approx and text[max(0, amount.start - 30):amount.start].rstrip().endswith(approx.group("w")):
        amount.qualifier = g.approx[fold(approx.group("w"))]
    return amount


# '448,954 tenaga kerja', 'US$ 705,200': one comma before exactly three digits, nothing else
COMMA_THOUSANDS = re.compile(r"[1-9][0-9]{0,2},[0-9]{3}")


def takes_no_fraction(amount: Amount, number_text: str, g: AmountGrammar) -> bool:
    """A counted thing ('448,954 orang': three decimals would be a thousandth of a person), or an
    amount of money with no scale word whose three digits end in a zero ('705,200 dolar AS': a
    decimal would not be padded; '23,664 dolar AS' may be juta with the scale word left out), so
    the comma groups thousands. Not a percentage, an index, a price ('USD 71,5877/MT') nor a
    unit of measure ('12,291 ton')."""
    unit = amount.unit
    if not unit or unit in ("percent", g.index_unit) or "/" in unit:
        return False
    if amount.is_money:
        return number_text.endswith("0")
    return fold(unit) not in g.measure_units


def slash_count_noun(text: str, pos: int, limit: int, g: AmountGrammar) -> tuple[str, int] | None:
    """'24.644 usaha/perusahaan', '2 ribu usaha/ perusahaan': two words joined by a slash right
    after the number, at least one of them a counted noun of the lexicon, are one counted noun
    written as '<word>/<word>' (the gold writes it so). Not a unit of measure or a denominator
    ('61 kg/kapita', '10 ton/ha'), nor a currency ('36.486 kg/Rp ...': the next value's sign).
    Not a rate ('300 unit/bulan': the second word a duration, read by the frame), nor a name
    after the slash ('12 perusahaan/ANTARA': a capitalised second word that is no counted noun).
    A noun the lexicon lists with its slash ('kabupaten/kota', 'K/L') is read as listed; each word
    is named as the lexicon names it, else in lower case ('Usaha/Perusahaan' is 'usaha/perusahaan').
    The unit and where it ends, or None."""
    found = g.count_slash_re.match(text, pos, limit)
    if not found:
        return None
    listed = g.count_re.match(text, pos, limit)
    if listed is not None and listed.end() >= found.end():
        return None  # the lexicon's own noun ('12 Kabupaten/Kota'): read by count_re
    words = [fold(found.group("a")), fold(found.group("b"))]
    if any(w in g.not_counted or w in g.currency_words for w in words) or not any(w in g.count_units for w in words):
        return None
    if words[1] in g.durations or (found.group("b")[:1].isupper() and words[1] not in g.count_units):
        return None
    named = [unit_of(word, "noun", g) if fold(word) in g.count_units else fold(word)
             for word in (found.group("a"), found.group("b"))]
    return "/".join(named), found.end()


ACRONYM = re.compile(r"[A-Z]{2,6}")


def head_before_a_name(noun: str) -> str | None:
    """'pintu Ekspor' in '17 pintu Ekspor Merdeka': a compound counted noun matched in a sentence
    whose first word is in lower case and a later word capitalised is no compound, the capital
    starts a name; the words before it, or None when the compound is written as one ('pintu
    ekspor', 'Kawasan Industri', 'KALI LIPAT'). An acronym in capitals is a common noun, no name
    ('pelaku UMKM', 'sentra IKM')."""
    words = noun.split()
    if not words[0][:1].islower() or all(word.islower() or ACRONYM.fullmatch(word) for word in words):
        return None
    cut = next((i for i, word in enumerate(words) if word[:1].isupper()), None)
    return None if cut is None else " ".join(words[:cut])


def price_denominator(word: str, g: AmountGrammar) -> str:
    """The denominator of a price as the unit names it: one name per writing ('kilogram' and
    'kg' are 'kg', 'Ton' is 'ton')."""
    return g.price_names.get(fold(word), word)


def quoted_per_before_currency(text: str, pos: int, limit: int, g: AmountGrammar) -> tuple[str, int] | None:
    """'723,45/MT dolar AS': the denominator between the number and the currency named after
    it. The unit and where the amount ends, or None."""
    if not g.price_per_re or not (per := g.price_per_re.match(text, pos, limit)):
        return None
    if not (after := g.after_re.match(text, per.end(), limit)) or SIGN_OF_NEXT.match(text, after.end()):
        return None
    currency = g.currency_after[fold(after.group("cur"))]
    return f"{currency}/{price_denominator(per.group('per'), g)}", after.end()


def unit_of(token: str, kind: str, g: AmountGrammar) -> str:
    if kind == "pct":
        return "percent"
    if kind == "cur":
        return g.currency_after[fold(token)]
    unit = g.count_units.get(fold(token), token)
    words = token.split(None, 1)
    if fold(token) not in g.count_units and len(words) == 2 and fold(words[0]) in g.count_compound_heads \
            and fold(words[1]) in g.count_units:
        # a compound of a head word and a listed noun ('jenis  Komoditas'): each part as the lexicon names it
        unit = g.count_compound_heads[fold(words[0])] + " " + unit_of(words[1], kind, g)
    return g.canonical_units.get(fold(unit), unit)


def link_ranges(text: str, amounts: list[Amount], g: AmountGrammar) -> None:
    """`7 hingga 8 persen`, `antara 7 dan 8 persen`: the first bound takes the unit and scale the second one states,
    the scale only if the bound stays below the upper one (`Rp350.000 hingga Rp2,5 juta` is
    350 thousand, written in full).
    `Rp23.000 sampai Rp23.500/kg`, `Rp7.200 hingga Rp7.900 per kilogram`: a denominator written
    once, after either bound, holds for both: one range of prices per that denominator, as a
    single price per kilogram is (decision 0036)."""
    for first, second in zip(amounts, amounts[1:]):
        between = text[first.end:second.start]
        if g.tolerance_re is not None and g.tolerance_re.match(between):
            around_a_value(first, second)
            continue
        if not g.range_re.match(between) and not opened_range(text, first, second, between, g):
            continue
        if first.unit and second.unit and first.unit != second.unit:
            per_one = priced_per_the_other(first, second) or priced_per_the_other(second, first)
            # (the lower bound may be written in full below the upper one's scale when the two are of one magnitude:
            # 'USD 750 hingga USD 1,1 ribu per kontainer'; not 'Rp 900 sampai Rp 1,2 juta/kg')
            if per_one is not None and (first.scale == second.scale
                                        or first.scale == 1 and first.value <= second.value < 10 * first.value) \
                    and not (per_one[0] is first and g.own_denominator_re.match(text, second.end)):
                # ('Rp 500 per kilogram hingga Rp 2.000 untuk setiap karung': the upper bound has a
                # denominator of its own, so the two are no range of one price)
                priced, bare = per_one
                bare.unit = priced.unit
                bare.reading = f"a bound of a range of prices per {priced.unit.split('/', 1)[1]}, written once"
                first.range_with, second.range_with = second, first
            continue
        if first.scale == 1 and second.scale != 1 and first.number * second.scale <= second.value:
            # 'Rp 65 hingga 70 miliar': the lower bound is said in the upper one's scale; not when that
            # would put it above the upper bound ('Rp350.000 hingga Rp2,5 juta': written in full)
            first.scale = second.scale
        first.unit = first.unit or second.unit
        second.unit = second.unit or first.unit
        if first.unit:
            first.range_with, second.range_with = second, first


def around_a_value(centre: Amount, tolerance: Amount) -> None:
    """'3,5 plus minus 1 persen', '3% ± 0,5%': the range from the value less the tolerance to the
    value plus it, one range (lower bound, upper in value_max), in the unit and scale either states;
    a tolerance in another unit, or not smaller than the value, makes no range."""
    unit = centre.unit or tolerance.unit
    if unit is None or (centre.unit and tolerance.unit and centre.unit != tolerance.unit) \
            or centre.scale != tolerance.scale or tolerance.number >= centre.number:
        return
    reading = f"{centre.number} plus or minus {tolerance.number}: a range from {centre.number - tolerance.number} to " \
              f"{centre.number + tolerance.number}"
    centre.number, tolerance.number = centre.number - tolerance.number, centre.number + tolerance.number
    centre.unit = tolerance.unit = unit
    centre.reading = tolerance.reading = reading
    centre.around = tolerance.around = True
    centre.range_with, tolerance.range_with = tolerance, centre


def priced_per_the_other(priced: Amount, bare: Amount) -> tuple[Amount, Amount] | None:
    """(priced, bare) when `priced` is in the currency of `bare` per a denominator ('IDR/kg' and 'IDR')."""
    return (priced, bare) if priced.unit.startswith(bare.unit + "/") else None


# where a clause ends before an amount: a stop, a semicolon, a colon or a comma not inside a number
CLAUSE_BREAK = re.compile(r"[.;:!?,](?!\d)|\n")


def opened_range(text: str, first: Amount, second: Amount, between: str, g: AmountGrammar) -> bool:
    """'di antara Rp 8 triliun dan Rp 9 triliun', 'harganya antara Rp4 juta dan Rp7 juta': bounds
    joined by 'dan' after a word that opens a range, the second larger (a difference 'antara Rp 5
    miliar dan Rp 3 miliar' is two values). A bare 'antara' only with a word of a price or a level range
    before it in its clause, and no noun of comparison or choice there ('selisih harga antara Rp 2.000 dan
    Rp 3.500', 'opsi antara 4 persen dan 6 persen', 'belum sepakat antara X dan Y' are two values)."""
    if not g.range_opened_re.match(between):
        return False
    if not g.range_opener_re.search(text, max(0, first.start - 20), first.start):
        bare = g.range_bare_opener_re.search(text, max(0, first.start - 20), first.start)
        if bare is None:
            return False
        clause_start = max([max(0, first.start - 200)] + [m.end() for m in CLAUSE_BREAK.finditer(text, max(0, first.start - 200), bare.start())])
        if not g.range_bare_cue_re.search(text, clause_start, bare.start()) \
                or g.range_compared_re.search(text, clause_start, bare.start()):
            return False
    scale = second.scale if first.scale == 1 else first.scale
    return first.number * scale < second.value


def borrow_paired_unit(text: str, amounts: list[Amount], g: AmountGrammar) -> None:
    """'masing-masing 12,6 dan 11,6 persen', 'bertambah dari 100 menjadi 108 eksportir', '4 dari 7
    kontainer': a bare number joined by one linking word to the next amount, which names a
    percent, a counted noun or a measure, is in that unit (and, under a thousand, in its scale);
    the reading says the unit was not written. Not a bare year ('pada 2020 menjadi 146 izin'),
    nor money (its currency is decided by the sentence, see `borrow_currency`)."""
    for first, second in zip(amounts, amounts[1:]):
        if first.unit is not None or first.scale != 1 or first.range_with is not None or not second.unit \
                or in_money(second, g) or YEAR_ONLY.fullmatch(text[first.start:first.end]) \
                or g.rank_before_re.search(text[max(0, first.start - 30):first.start]):
            continue
        if g.paired_link_re.fullmatch(text, first.end, second.start):
            first.unit, first.unit_from = second.unit, second
            if second.scale > 1 and first.number < 1000 and same_size(first.number, second.number):
                first.scale = second.scale
            first.reading = f"unit not written: {second.unit} as the amount it is paired with"


def same_size(a, b) -> bool:
    """Two numbers within ten times of each other: '3,1 menjadi 3,6 juta' share the scale word,
    'dari 100 menjadi 1,5 juta' do not (a hundred, then a million and a half)."""
    return a > 0 and b > 0 and max(a, b) <= 10 * min(a, b)


def borrow_whole_unit(text: str, amounts: list[Amount], g: AmountGrammar) -> None:
    """'Dari 14 industri tersebut, 6 di antaranya ...', '30 ribu di antara total 4,4 juta IKM': a bare
    number said to be among a whole is counted in the whole's noun: the counted amount just before
    it in the sentence ('di antaranya'), or the one right after ('di antara'); its own scale stays.
    A bare number said to be the rest ('9 gudang dipakai, 3 lainnya disewakan', lexicon remainder_words)
    is counted like the counted amount just before it in the sentence."""
    for i, part in enumerate(amounts):
        if part.unit is not None or part.range_with is not None or YEAR_ONLY.fullmatch(text[part.start:part.end]):
            continue
        whole = None
        if ((link := g.among_re.match(text, part.end)) and link.group("of_it")) or g.remainder_re.match(text, part.end):
            before = amounts[i - 1] if i else None
            if before is not None and before.end >= part.start - 80 and not SENTENCE_END.search(text, before.end, part.start) \
                    and (link is not None and link.group("of_it") or one_counted_noun_before(text, amounts[:i], part)):
                whole = before
        elif link and i + 1 < len(amounts) and amounts[i + 1].start == link.end():
            whole = amounts[i + 1]
        if whole is not None and whole.unit is None and link is not None and link.group("of_it") \
                and (named := g.whole_named_back_re.match(text, whole.end, part.start)) \
                and not YEAR_ONLY.fullmatch(text[whole.start:whole.end]) \
                and fold(named.group("noun")) not in g.durations and fold(named.group("noun")) not in g.not_counted \
                and not any(fold(w) in g.degree_words for w in named.group("noun").split()):
            # 'Dari 2.340 usaha itu, ... 56 di antaranya': the whole's noun, one the lexicon does not count, is
            # written between its number and a demonstrative; the part counts it (the whole, told again, stays bare)
            part.unit, part.unit_from = named.group("noun").lower(), whole
            part.reading = f"unit not written: '{part.unit}', the noun of the whole it is among ('{named.group().strip()}')"
            continue

        if whole is not None and whole.unit and not in_money(whole, g) and whole.unit != "percent":
            # '870 kunjungan, 95 di antaranya kapal pesiar': a counted noun right
            # after 'di antaranya' names what the part counts, not the whole's noun
            own = g.count_re.match(text, link.end() - 1) if link is not None and link.group("of_it") \
                and text[link.end() - 1:link.end()].isspace() else None
            if own is not None and head_before_a_name(own.group("noun")) is None:
                part.unit, part.unit_from = unit_of(own.group("noun"), "noun", g), whole
                part.reading = f"counted noun named after '{link.group().strip()}' ('{own.group('noun')}')"
                continue
            part.unit, part.unit_from = whole.unit, whole
            part.reading = f"unit not written: {whole.unit} as the whole it is among"


def one_counted_noun_before(text: str, before: list[Amount], part: Amount) -> bool:
    """'Dari 25 gudang, 7 gudang di kota dan 18 lainnya di desa': every amount with a unit before the
    rest in its sentence counts one noun, so the rest counts it too. With another noun's count
    between ('30 pabrik menyerap 2.000 orang, 5 lainnya ...') the rest is of no noun known."""
    units = {a.unit for a in before if a.unit is not None and not SENTENCE_END.search(text, a.end, part.start)}
    return len(units) == 1


def borrow_whole_told_before(lex: Lexicon, text: str, start: int, amounts: list[Amount], g: AmountGrammar) -> None:
    """'Balai itu menerbitkan 6.400 izin ... . Sekitar 3.900 di antara jumlah tersebut ...': a
    bare number among a whole it refers back to (lexicon whole_back_references) is counted in the
    noun of the counted amount before it, in its sentence or the one before (the text before `start`
    is read for it, once: no further look back); not when counts of two nouns are in reach."""
    for i, part in enumerate(amounts):
        if part.unit is not None or not g.among_told_re.match(text, part.end):
            continue
        before = [a for a in amounts[:i] if a.unit is not None]
        if not before:
            before = find_amounts(lex, text, max(0, start - BACK_REFERENCE_REACH), start, look_back=False)
        whole = next((a for a in reversed(before) if a.unit is not None), None)  # not a bare date's number
        if whole is None or whole.end < part.start - BACK_REFERENCE_REACH or in_money(whole, g) or whole.unit == "percent" \
                or len(SENTENCE_END.findall(text, whole.end, part.start)) > 1:
            continue
        counted = {a.unit for a in before if a.unit is not None and a.unit != "percent" and not in_money(a, g)
                   and a.end >= part.start - BACK_REFERENCE_REACH and len(SENTENCE_END.findall(text, a.end, part.start)) <= 1}
        if len(counted) > 1:
            continue  # '915 eksportir mengirim 12.000 ton ... 212 di antara jumlah itu': which whole is not known
        part.unit, part.unit_from = whole.unit, whole
        part.reading = f"unit not written: {whole.unit} as the whole it is among (referred back to)"


def in_money(amount: Amount, g: AmountGrammar) -> bool:
    """Money or a price in money: its unit (before any '/') is a currency of the lexicon, not a
    counted noun that merely looks like a code ('IKM', 'UKM')."""
    return (amount.unit or "").split("/")[0] in g.currency_codes


SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
BACK_REFERENCE_REACH = 300  # the most text between a whole and a part that refers back to it


def scale_from_restatement(first: Amount, rupiah: Amount, g: AmountGrammar) -> None:
    """'dari USD 312,40 atau Rp 4,71 triliun naik ke USD 315,02 miliar atau Rp 4,74 triliun': the
    rupiah amount restating an amount in another currency implies a rate; when that rate is a
    thousand times (or a millionth) off the plausible range and the other scale fits, the first
    amount's scale was wrong. A scale not written (or borrowed) is simply corrected; a written
    one is corrected and flagged doubtful."""
    bounds = g.rupiah_per_unit.get(first.unit)
    if rupiah.unit != "IDR" or bounds is None or not first.value:
        return
    low, high = bounds
    rate = rupiah.value / first.value
    if low <= rate <= high:
        return
    for factor in (Decimal(1000), Decimal(1000000), Decimal(1) / 1000, Decimal(1) / 1000000):
        if low <= rate * factor <= high and first.scale / factor >= 1 and (first.scale / factor) in g.scales.values():
            written = first.reading is None or not first.reading.startswith("scale not written")
            first.scale = int(first.scale / factor)
            first.reading = f"{'doubtful: ' if written and first.scale != 1 else ''}scale as the rupiah amount restating it implies " \
                            f"(Rp {rupiah.value} at a plausible rate)"
            first.doubtful = first.doubtful or written
            return


TOLD_AGAIN_REACH = 40  # the most text between an amount and its telling again ('lebih, atau sekitar ')


def link_told_again(text: str, amounts: list[Amount], g: AmountGrammar) -> None:
    """'Rp 3.999.548.000 atau Rp 4 miliar', 'Rp 40 miliar lebih atau Rp 40.074.736.131', 'US$5.817,1 juta,
    atau US$5,82 miliar': an amount told again right after 'atau' in the same unit, one of the two
    the other rounded (or, said to be approximate, within one step of its last digit), is one
    quantity: the second is marked `told_again` of the first (one fact, see facts.py). Not a
    percentage ('naik 3 persen atau 3,2 persen' may be two measures), not two bounds of a range,
    and not two amounts that only happen to be close ('6,5 bulan impor atau 6,3 bulan impor')."""
    for first, second in zip(amounts, amounts[1:]):
        if first.unit is None or first.unit != second.unit or first.unit == "percent" \
                or first.range_with is not None or second.range_with is not None or first.restates or second.restates:
            continue
        if second.start - first.end <= TOLD_AGAIN_REACH and g.told_again_re.fullmatch(text, first.end, second.start) \
                and same_quantity(first, second):
            second.told_again = first


def same_quantity(first: Amount, second: Amount) -> bool:
    """One value is the other rounded to its last written digit ('3.999.548.000' and '4 miliar')
    and within 2% of it (half a step of a one-digit value is half of it: 'USD 300 miliar atau USD
    320 miliar' are two alternatives), or the rounded one is said to be approximate ('hampir',
    'sekitar') and within one step of it."""
    a, b = first.value, second.value
    if not a or not b or (a < 0) != (b < 0):
        return False
    rough, exact = (a, b) if significant(a) < significant(b) else (b, a)
    step = Decimal(1).scaleb(rough.normalize().as_tuple().exponent)
    if significant(rough) == significant(exact):
        return False  # equally precise: two amounts, not one rounded
    approx = (first if rough is a else second).qualifier != "exact"
    if approx:
        return abs(exact - rough) <= step
    return abs(exact - rough) < step / 2 and abs(exact - rough) * ROUNDED_WITHIN <= abs(rough)


# an exact value told again rounded differs from it by at most 1/ROUNDED_WITHIN (2%) of the rounded value
# ("Rp 27 miliar lebih atau Rp 27.318.440.912": 1.2%)
ROUNDED_WITHIN = 50


def significant(value: Decimal) -> int:
    """How many digits a value is written with, trailing zeros dropped: '4 miliar' has one,
    '3.999.548.000' seven; the one with fewer is the rounded telling."""
    return len(value.normalize().as_tuple().digits)


def link_restatements(text: str, amounts: list[Amount], g: AmountGrammar) -> None:
    """`USD 310,5 juta (Rp 4,8 triliun)`, `USD 2 miliar atau Rp 28 triliun`: an amount in another
    currency in brackets or after 'atau'/'setara' restates the one before."""
    for first, second in zip(amounts, amounts[1:]):
        between = text[first.end:second.start]
        if (g.restated_in_brackets.fullmatch(between) or g.restated_after.fullmatch(between)) \
                and first.is_money and second.is_money and first.unit != second.unit:
            second.restates = first
