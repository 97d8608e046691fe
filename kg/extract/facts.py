"""Stage 2: the facts of an article — figures, targets, quotes, decrees, people and
organisations — each with its evidence span (offsets into the article text).

`kg.extract.extract(article, lexicon)` runs the stages; this module finds the figures and
who each sentence is attributed to.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, localcontext

from kg.extract.amounts import Amount, AmountGrammar, find_amounts, is_money_unit, significant, spelled_value
from kg.extract.read import photo_credit_regex  # one pattern of the credit words, shared with the reader
from kg.extract.attribution import (LEAD_TOLD_AGAIN_REASON, Context, attribute_sentences, body_name_joins,  # noqa: F401 (who)
                                   credit_target_setters, interview_regexes, is_question_line, of_body,
                                   one_body_written_twice)
from kg.extract.lexicon import Lexicon, fold, full_stop_words, word_shapes_pattern, words_pattern
from kg.extract.mentions import resolve_reference
from kg.extract.frame import ARTICLE_TARGET_PERIOD, NO_FRAME, NO_PERIOD, PUBLICATION_YEAR_TARGET, SAID_AFTER, Frame, FrameTracker
from kg.extract.read import introducing_line
from kg.extract.periods import YEAR, find_periods
from kg.extract.quotes import QuoteSpan, capitalised, last_person
from kg.extract.text import ITEM_LEAD, QUOTED_SENTENCE_STOP, Segment, clause_start, sentence_at
from kg.model import Article, Evidence, Facts, Figure, OrgMention, Period, Person, Quote


def find_figures(lex: Lexicon, article: Article, segs: list[Segment], places, contexts: list[Context]) -> list[Figure]:
    """The figures and targets of the article, sentence by sentence, each with the period,
    speaker and agency it is stated for."""
    body = article.body
    figures: list[Figure] = []
    frame = FrameTracker(lex, body, article.published, article.title,  # when: kg/extract/frame.py
                         article.metadata.get("reported_days", ()))
    spelled = lex.compiled(AmountGrammar).spelled_re  # 'lima persen': a number without digits
    spelled_word = lex.compiled(AmountGrammar).spelled_word_re  # (its first word: a quick test before it)
    places = Places(body, places)  # indexed once for every figure's scope
    captions = caption_paragraphs(lex, body, segs)
    lead = LeadDating(lex, body, segs, captions)
    before_caption = None
    for seg, ctx in zip(segs, contexts):
        if seg.paragraph in captions:  # a photo caption is an aside: its periods set no frame for the story
            before_caption = before_caption or frame.state()
            if not (ctx.named or ctx.agency_named):
                # nor is it the speaker's report going on: a figure of its own is the caption writer's
                ctx = Context(question=ctx.question, why={"speaker": "a photo caption names nobody: the page's own words"})
        elif before_caption is not None:
            frame.restore(before_caption)
            before_caption = None
        frame.hear(seg, ctx.agency or (ctx.speaker.name if ctx.speaker else None),  # whose report it is
                   ctx.speaker.name if ctx.speaker else None, ctx.named)
        if ctx.question or not DIGIT.search(body, seg.start, seg.end) \
                and not (spelled_word.search(body, seg.start, seg.end) and spelled.search(body, seg.start, seg.end)):
            # (an interviewer's question states nothing: 'Apakah ekspor bisa naik 10 persen?')
            frame.update(seg, None, [])
            lead.after(seg, frame, figures)
            continue
        found = figures_of_sentence(lex, body, seg, ctx, article, places, frame,
                                    next((f.what for f in reversed(figures) if f.kind not in ("share", "growth")
                                          and "list" not in f.why), None),  # (a list's item names a part, no running measure)
                                    earlier=figures[-1] if figures else None)
        figures += found
        lead.after(seg, frame, figures)
    change_of_the_later_year(lex, body, segs, figures)
    change_to_the_newer_value(lex, body, segs, figures)
    change_of_the_value_pointed_back(lex, body, segs, figures)
    rate_of_the_measure_last_told(lex, body, figures)
    share_of_the_value_it_measures(figures)
    whole_year = re.compile(r"\b" + words_pattern(lex.list("whole_year_phrases")), re.I)
    return merge_restated(figures, partner_map(lex, body, figures), places, whole_year, lex.compiled(list_item_start),
                          lex.compiled(body_name_joins), lambda figure: comments_on_it(lex, body, segs, figure), body,
                          lex.compiled(list_item_regexes))


def comment_regexes(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """A demonstrative right after an amount ('USD 143 juta itu'), and an evaluative verb
    ('menilai', lexicon evaluative_speech_verbs)."""
    return (re.compile(r"\s+" + words_pattern(lex.list("demonstratives"))),
            re.compile(r"\b" + words_pattern(lex.list("evaluative_speech_verbs")), re.I))


def comments_on_it(lex: Lexicon, body: str, segs: list[Segment], figure: Figure) -> bool:
    """A telling that points back at an amount already told ('"Ekspor USD 143 juta itu menunjukkan
    pemulihan"') or evaluates it ('menilai capaian X masih bisa ditingkatkan'): a comment on the
    figure, not a statement of it ('"Ekspor kita tahun lalu mencapai X," katanya' states it)."""
    back, evaluates = lex.compiled(comment_regexes)
    sentence = sentence_at(segs, figure.evidence.start)  # (not a '.' found back: '2.150 ton' has one)
    start = sentence.start if sentence is not None else figure.evidence.start
    return back.match(body, figure.evidence.end) is not None or evaluates.search(body, start, figure.evidence.end) is not None


def month_bounds(period: Period) -> tuple[int, int, int, int]:
    """A period's first and last month, with their years (days left out)."""
    return period.start.year, period.start.month, period.end.year, period.end.month


def comparison_cue_before(lex: Lexicon) -> re.Pattern:
    """A comparison cue (lexicon comparison_cues, compared_from_words) a few words before where a match ends."""
    cues = words_pattern(lex.list("comparison_cues") + lex.list("compared_from_words"))
    return re.compile(rf"\b{cues}\s+(?:[^\W\d]+\s+){{0,3}}$", re.I)


def compared_with_its_own(lex: Lexicon, body: str, segs: list[Segment], change: Figure) -> bool:
    """The change's sentence goes on to name another period it is compared with ('tumbuh 25 persen dari
    semester I 2023', 'naik Rp 1 miliar dibanding triwulan I 2023'): the change is measured between that
    period and the one it was said for, which it keeps. ('turun 88 persen dibanding Agustus 2016' where it
    took August 2016 from its sentence names its base, not its own period.)"""
    end = next((seg.end for seg in segs if seg.start <= change.evidence.start < seg.end), change.evidence.end)
    cue = lex.compiled(comparison_cue_before)
    return any(cue.search(body, max(change.evidence.end, mention.start - 60), mention.start)
               and (mention.period or mention.resolve(change.period, None)) not in (None, change.period)
               for mention in find_periods(lex, body, change.evidence.end, end))


def change_of_the_later_year(lex: Lexicon, body: str, segs: list[Segment], figures: list[Figure]) -> None:
    """'pada Agustus 2017 US$ 2,7 juta ... periode Agustus 2016 US$ 24,29 juta. Itu artinya ada
    penurunan 88,88 persen': a change set between the same months of two years is the later
    year's (the year it is measured in), not the base year's it inherited from the sentence or
    the paragraph. Only for a change whose period no phrase right before it names."""
    starts = [(seg.start, seg.end, seg.paragraph) for seg in segs]

    def paragraph_of(figure: Figure) -> int | None:
        return next((p for a, b, p in starts if a <= figure.evidence.start < b), None)

    for i, figure in enumerate(figures):
        why = figure.why.get("period", "")
        if figure.kind != "growth" or figure.period is None or figure.type != "figure" or figure.unit != "percent" \
                or not why.startswith(("frame:", "sentence names", SAID_AFTER)) \
                or (figure.period.start.month, figure.period.end.month) == (1, 12) \
                or compared_with_its_own(lex, body, segs, figure):  # whole years: a year is set against a forecast one as often
            continue
        here = paragraph_of(figure)
        later = month_bounds(figure.period.shifted(1))
        for other in figures[max(0, i - 6):i]:
            if other.period is not None and other.kind != "growth" and month_bounds(other.period) == later \
                    and paragraph_of(other) in (here, here - 1 if here is not None else None):
                figure.period = other.period
                figure.why["period"] = f"a change between the same months of two years: the later year's " \
                                       f"(not the base year's, {why})"
                break


def change_to_the_newer_value(lex: Lexicon, body: str, segs: list[Segment], figures: list[Figure]) -> None:
    """'Hingga akhir Maret 2025 retribusi pasar Rp 12,6 miliar. ... Pada triwulan I 2024 retribusinya Rp 10,1
    miliar, jadi naik Rp 2,5 miliar': a change said right after an older value, with no period of its
    own, that is the change from that value to one told earlier for the same months of a later year (the
    difference, or the rate, agrees with the two values) measures the newer value: it is of that value's
    period, not of the base's it inherited from its sentence. The arithmetic ties the three values, so the
    newer one may stand anywhere before; a change the sentence compares with a period of its own
    ('naik Rp 5 miliar dibanding semester I 2023') does not agree with values it does not measure."""
    for i, change in enumerate(figures):
        why = change.why.get("period", "")
        if change.kind != "growth" or change.type != "figure" or change.period is None or not i \
                or not why.startswith(("frame:", "sentence names", SAID_AFTER)) or compared_with_its_own(lex, body, segs, change):
            continue
        base = figures[i - 1]
        if base.kind != "realization" or base.period != change.period or not base.value or base.unit == "percent" \
                or change.unit not in ("percent", base.unit) or "\n" in body[base.evidence.end:change.evidence.start]:
            continue
        later = month_bounds(base.period.shifted(1))
        for newer in reversed(figures[:i - 1]):
            if newer.kind != "realization" or newer.type != "figure" or newer.period is None \
                    or month_bounds(newer.period) != later or newer.unit != base.unit:
                continue
            new, old, by = float(newer.value), float(base.value), float(change.value)
            if change.unit == "percent":
                agrees = abs((new / old - 1) * 100 - by) <= 0.15
            else:
                agrees = abs(new - old - by) <= 0.015 * abs(by)
            if agrees:
                change.period = newer.period
                change.why["period"] = f"the change from the value before it to the one of the same months a year " \
                                       f"later ('{newer.evidence.text}'): that value's period (not the base's, {why})"
                break


def pointed_back(lex: Lexicon) -> re.Pattern:
    """A noun with a demonstrative after it ('harga itu', 'nilai tersebut'; lexicon year_back_demonstratives)."""
    return re.compile(r"\b(?P<noun>[^\W\d]+)\s+" + words_pattern(lex.list("year_back_demonstratives")) + r"\b", re.I)


def change_of_the_value_pointed_back(lex: Lexicon, body: str, segs: list[Segment], figures: list[Figure]) -> None:
    """'Harga kopi asalan kini Rp 58.000 per kilogram. Sejak awal tahun lalu, kata pedagang, harga tersebut
    sudah bertambah Rp 4.000 per kilogram': a change whose sentence names no period of its own and points back at
    the value of the sentence before (its noun with 'itu', 'tersebut', the noun said in that sentence) measures
    that value: it is of that value's period (here none, a price as of now), not the frame's. Only the
    sentence's first value, a value of the same paragraph right before it, in the same unit (a rate: any)."""
    starts = [(seg.start, seg.end, seg.paragraph) for seg in segs]

    def sentence_of(figure: Figure):
        return next(((a, b, p) for a, b, p in starts if a <= figure.evidence.start < b), None)

    noun_this = lex.compiled(pointed_back)
    for i, change in enumerate(figures):
        if change.kind != "growth" or change.type != "figure" or not i or not change.why.get("period", "").startswith("frame:"):
            continue
        value, here = figures[i - 1], sentence_of(change)
        there = sentence_of(value)
        if here is None or there is None or there == here or there[2] != here[2] or value.kind != "realization" \
                or value.period == change.period or change.unit not in ("percent", value.unit) or value.unit == "percent":
            continue
        told = {fold(w) for w in re.findall(r"[^\W\d]+", body[there[0]:there[1]])}
        number = DIGIT.search(body, change.evidence.start, change.evidence.end)  # the change's value (its evidence may open earlier)
        if number and any(fold(m.group("noun")) in told for m in noun_this.finditer(body, here[0], number.start())
               if fold(m.group()) not in lex.list("contrast_clause_openers")):
            was = change.why.get("period", "")
            change.period = value.period
            change.why["period"] = f"a change of the value the sentence before told ('{value.evidence.text}', pointed " \
                                   f"back at): that value's period (not {was})"


def rate_of_the_measure_last_told(lex: Lexicon, body: str, figures: list[Figure]) -> None:
    """'... ekspor Januari-Agustus USD X dengan volume Y ton ... Khusus Agustus, ekspor USD Z. ... Secara
    tahunan, volume pengirimannya tumbuh 5,2 persen': a rate of
    change of a measure (lexicon companion_value_nouns: 'volume', 'nilai', 'berat') said with no period of its
    own measures the value of that measure told last, which the frame's values do not include: it is of that
    value's period when that period holds the frame's (the months so far, not the month singled out)."""
    nouns = {fold(n) for n in lex.list("companion_value_nouns")}
    for i, change in enumerate(figures):
        if change.kind != "growth" or change.type != "figure" or change.unit != "percent" or change.period is None \
                or not change.why.get("period", "").startswith("frame:") or not change.measure:
            continue
        noun = next((fold(w) for w in change.measure.split() if fold(w) in nouns), None)  # ('pertumbuhan volume ...')
        if noun is None:
            continue
        told = next((f for f in reversed(figures[:i]) if f.kind == "realization" and f.type == "figure"
                     and f.period is not None and f.unit != "percent"
                     and re.search(rf"\b{re.escape(noun)}\b", fold(f.evidence.text))), None)
        if told is None or told.period == change.period \
                or not (told.period.start <= change.period.start and change.period.end <= told.period.end):
            continue
        was = change.why["period"]
        change.period = told.period
        change.why["period"] = f"a rate of the {noun} last told ('{told.evidence.text}'): that value's period (not {was})"


PART_WHOLE_REACH = 8  # how many values back a share's part and whole are looked for


def part_and_whole(share: Figure, before: list[Figure]) -> Figure | None:
    """'Realisasi investasi semester I 2025 sebesar Rp 4,0 triliun. ... modal dalam negeri menyumbang Rp 2,6 triliun
    ... Bagian modal dalam negeri kini 65 persen': two values told right before a share (a breakdown: values of one
    unit and one period, none of another between them or after them; a base value compared with aside), the one
    that share of the other (2,6 / 4,0 is 65 percent), the part or the whole sharing a word with the share's
    measure: the whole, whose period the share is of."""
    told = [f for f in before if f.type == "figure" and f.kind == "realization" and f.unit != "percent"
            and f.value and f.value > 0 and not f.why.get("period", "").startswith("base value")]
    if not told or told[-1].period is None:
        return None
    run = []  # the breakdown told last: values of the last value's unit and period, in a row
    for f in reversed(told):
        if f.unit != told[-1].unit or f.period != told[-1].period:
            break
        run.insert(0, f)
    words = {fold(w) for w in re.findall(r"[^\W\d]{3,}", share.measure or "")}

    def names_it(f: Figure) -> bool:
        return bool(words & {fold(w) for w in re.findall(r"[^\W\d]{3,}", f"{f.measure or ''} {f.evidence.text}")})

    for whole in reversed(run):
        for part in run:
            if part is not whole and part.value < whole.value and (names_it(part) or names_it(whole)) \
                    and share_fits(part.value, whole.value, share.value):
                return whole
    return None


def has_no_period_of_its_own(figure: Figure) -> bool:
    """A value whose period came from no word of its own sentence: none, the frame's, or 'kini'/'saat ini'."""
    why = figure.why.get("period", "")
    return figure.period is None or why.startswith(("frame:", NO_FRAME)) or "as of now" in why


def take_period_of(share: Figure, value: Figure, reason: str) -> None:
    """The share is of this value: it takes the value's period, the reason saying which it had."""
    if value.period != share.period:
        share.why["period"] = f"{reason} (not {share.why.get('period', '')})"
        share.period = value.period


def share_of_the_value_it_measures(figures: list[Figure]) -> None:
    """'Realisasi retribusi Januari-Juni 2025 mencapai Rp 48 miliar. Rinciannya, triwulan I Rp 20 miliar dan
    triwulan II Rp 28 miliar atau mencapai 60 persen', a target of Rp 80 miliar told before: a share of a target
    measures the value it is the share of, which the arithmetic tells (48 / 80 is 60 percent; the quarter's 28
    is not): when the value right before the share is no such share of any target
    told, but an earlier value is, the share is of that value's period. Only within the target's period."""
    for i, share in enumerate(figures):
        if share.kind != "share" or share.unit != "percent" or share.type != "figure" or i < 2 or not share.value:
            continue
        before = figures[:i]
        whole_of = part_and_whole(share, before[-PART_WHOLE_REACH:]) if has_no_period_of_its_own(share) else None
        if whole_of is not None:
            take_period_of(share, whole_of, f"the part of '{whole_of.evidence.text}' told before it (the arithmetic agrees): "
                                            "their period")
            continue
        targets = [t for t in before if t.type == "target" and t.value and t.period is not None]
        if not targets:
            continue

        def measures(value: Figure) -> Figure | None:
            return next((t for t in targets if t.unit == value.unit and value.period is not None
                         and t.period.start <= value.period.start and value.period.end <= t.period.end
                         and share_fits(value.value, t.value, share.value, Decimal("0.15"))), None)

        last = before[-1]
        if last.type != "figure" or last.unit == "percent" or measures(last) is not None:
            continue
        for value in reversed(before[:-1]):
            if value.type == "figure" and value.kind == "realization" and value.unit == last.unit and measures(value):
                take_period_of(share, value, f"the share of a target that '{value.evidence.text}' is (the arithmetic "
                                             "agrees; the value right before it is not): that value's period")
                break


class LeadDating:
    """A news lead often states its figures without their period ('Nilai ekspor Provinsi X
    turun 17 persen ...') and the paragraph after it restates the measure with the period
    ('Kepala BPS X mengatakan nilai ekspor April 2018 ...'). The lead's undated figures take
    the period that the next paragraph names for the report, when the sentence naming it
    speaks of the same measure; a lead whose measure is not restated stays undated, and
    nothing later than the paragraph after the lead dates it."""

    def __init__(self, lex: Lexicon, body: str, segs: list[Segment], captions: set[int]):
        self.lex, self.body = lex, body
        story = [p for p in dict.fromkeys(seg.paragraph for seg in segs) if p not in captions]
        self.lead, self.following = (story[0], story[1]) if len(story) >= 2 else (None, None)
        in_lead = [seg for seg in segs if seg.paragraph == self.lead]
        self.lead_span = (in_lead[0].start, in_lead[-1].end) if in_lead else (0, 0)

    def after(self, seg: Segment, frame: FrameTracker, figures: list[Figure]) -> None:
        if self.following is not None and seg.paragraph == self.lead and seg.end == self.lead_span[1]:
            self.compared_with_a_month(seg, frame, figures)
        if self.following is None or seg.paragraph != self.following:
            return
        named = frame.frame
        if named.period is None or named.paragraph != self.following or named.sentence_start != seg.start:
            return
        sentence = fold(self.body[seg.start:seg.end])
        period, why = named.period, f"a lead restated with its period in the next paragraph ('{named.said}')"
        compared = frame.month_compared_within(self.lead_span[0], self.lead_span[1], named.period)
        if compared is not None:  # a span is never compared with a month of itself: the lead is on the month after
            period, why = compared[0], f"a lead compared with '{compared[1]}', inside the next paragraph's " \
                                       f"'{named.said}': the month after it"
        for figure in figures:
            if self.undated_in_lead(figure) \
                    and re.search(r"\b" + re.escape(measure_of(self.lex, figure.what)) + r"\b", sentence):
                figure.period = period
                figure.why["period"] = why

    def compared_with_a_month(self, seg: Segment, frame: FrameTracker, figures: list[Figure]) -> None:
        """A lead that names no period but compares with one month ('naik 14 persen ... dibanding
        Agustus 2021') in a dated article is on the month after it: its undated figures take
        that month, which becomes the frame for what follows."""
        if frame.frame.period is not None:
            return
        compared = frame.month_compared_within(self.lead_span[0], self.lead_span[1], None)
        undated = [f for f in figures if f.period is None and self.undated_in_lead(f)]
        if compared is None or not undated:
            return
        period, said = compared
        for figure in undated:
            figure.period = period
            figure.why["period"] = f"a lead compared with '{said}': the month after it"
        frame.install(Frame(period, f"the month after '{said}'", seg.paragraph, seg.start))

    def undated_in_lead(self, figure: Figure) -> bool:
        """A lead figure stated with no period (or dated only by the sentence that names it, which
        the restated measure says more precisely)."""
        why = figure.why.get("period", "")
        return (why == NO_FRAME or why.startswith(SAID_AFTER)) and figure.type == "figure" \
            and figure.kind not in ("projection",) and self.paragraph_of(figure) == self.lead

    def paragraph_of(self, figure: Figure) -> int | None:
        return self.lead if self.lead_span[0] <= figure.evidence.start < self.lead_span[1] else None


def caption_paragraphs(lex: Lexicon, body: str, segs: list[Segment]) -> set[int]:
    """Paragraphs that carry a photo credit ('ANTARA FOTO/...', '(Foto: ...)'): captions."""
    credit = lex.compiled(photo_credit_regex)
    return {seg.paragraph for seg in segs if credit.search(body, seg.start, seg.end)}


# --- attribution: kg/extract/attribution.py -------------------------------------------


# --- figures -------------------------------------------------------------------------------

def price_level_direction(lex: Lexicon, direction: str, words: re.Pattern) -> re.Pattern:
    """The words of a direction (`words`) and the nouns of a change of the price level that give it
    (lexicon price_level_nouns: 'inflasi' up, 'deflasi' down) as an event only ('mengalami inflasi
    0,35 persen', 'inflasi Mei sebesar 2,1 persen'), not as the object of a change ('penurunan inflasi
    sebesar 0,4 persen', 'menurunkan laju inflasi 1 persen'): a change word or a governor right before
    the noun, or one filler between (lexicon price_level_governors, price_level_fillers), and the noun
    gives no direction. Checked after the noun matched (fixed-width lookbehinds)."""
    nouns = [n for n, d in lex.mapping("price_level_nouns").items() if d == direction]
    if not nouns:
        return words
    before = sorted({w for w in lex.list("growth_up_words") + lex.list("growth_down_words")
                     + lex.list("price_level_governors") if w})
    fillers = [""] + [f + " " for f in lex.list("price_level_fillers")]
    events = "|".join(re.escape(n) + "".join(rf"(?<!\b{re.escape(w + ' ' + f + n)})" for w in before for f in fillers) + r"\b"
                      for n in nouns)
    return re.compile(r"(?:" + words.pattern + r")|\b(?:" + events + r")", re.I)


def kind_words(lex: Lexicon) -> dict[str, re.Pattern]:
    """The cues that make an amount a target, a projection, a realisation, a change or a share;
    each cue word also with a clitic ('realisasinya', 'penurunannya', 'targetnya')."""
    clitic = r"(?:" + "|".join(re.escape(c) for c in lex.list("cue_word_suffixes")) + r")?\b" if lex.list("cue_word_suffixes") else r"\b"
    pattern = lambda key, extra=(): re.compile(r"\b" + words_pattern(lex.list(key) + list(extra), suffix=clitic), re.I)  # noqa: E731
    comparative = words_pattern(lex.list("comparative_words"))
    adjectives = words_pattern(lex.list("comparative_adjectives"), suffix="")
    # up to five words between a word of obligation or wish and what must be reached: none a verb ('me-...') nor a
    # complementiser (lexicon active_verb_prefixes, complementizers)
    goal_gap = (r"(?:(?!(?:" + words_pattern(lex.list("complementizers")) + r"|(?-i:"
                + words_pattern(lex.list("active_verb_prefixes"), suffix="") + r")[a-z]{3,}))[^\s,;.]+\s+){0,5}?")
    relative = words_pattern(lex.list("relative_pronouns"))  # 'yang'
    base_cue = words_pattern(lex.list("change_from_words") + lex.list("compared_base_cues"), suffix="")  # 'dari', 'dibanding'
    # approximations of a value (not the exact links 'sebesar', 'mencapai' of approximation_words)
    approximate = words_pattern([k for k, v in lex.mapping("approximation_words").items() if v != "exact"])
    by_or_about = words_pattern(lex.list("by_amount_words") + [k for k, v in lex.mapping("approximation_words").items()
                                                               if v == "approx"])
    not_after = words_pattern(lex.list("conditional_not_before"))
    value_cues = lex.list("realization_words") + lex.list("projection_words") + lex.list("growth_up_words") \
        + lex.list("growth_down_words") + lex.list("change_nouns")
    limit_breaks = r"\b" + words_pattern(value_cues + lex.list("limit_run_breaks"), suffix=clitic)
    # a word of the level reached and up to two hedges ('menjadi', 'menjadi sekitar')
    # the nouns of target_words (its single words that are no verb form: 'target', 'sasaran', 'kuota', 'pagu')
    target_nouns = words_pattern([w for w in lex.words.get("target_words", []) if isinstance(w, str) and " " not in w
                                  and not w.startswith(tuple(lex.list("official_action_verb_prefixes")))], suffix=clitic)
    revising = words_pattern(lex.list("target_raising_verbs") + lex.list("target_lowering_verbs"))
    level_word = r"\b" + words_pattern(lex.list("rate_level_words")) + r"(?:\s++" + words_pattern(lex.list("level_hedges")) + r"){0,2}\s*+"
    return {
        "target": pattern("target_words"),
        "projection": pattern("projection_words"),
        "realization": pattern("realization_words"),
        # 'Kami perkirakan sampai Desember realisasinya X': the noun names what is projected
        "realization_noun": pattern("realization_nouns"),
        # 'Seperti yang kami perkirakan sebelumnya ...': an estimate recalled, right before the projection word
        "recalled_estimate": re.compile(r"\b" + words_pattern(lex.list("recalled_estimate_openers"))
                                        + r"(?:\s+(?:kami|kita|kita semua|pemerintah|dinas|sudah|telah))?\s*$", re.I),
        "up": price_level_direction(lex, "up", pattern("growth_up_words")),
        "down": price_level_direction(lex, "down", pattern("growth_down_words")),
        "share": pattern("share_words"),
        "change_noun": pattern("change_nouns"),
        # what a list's introducing line measures when it is a level ('Tingkat pengangguran ... yakni:')
        "list_level": pattern("list_level_words"),
        # a decline the line says of what it measures ('Komoditas yang ekspornya turun ... yakni:')
        # a change word in a relative clause on the subject ('yang sempat rontok', 'yang naik'; facts.py closed_relative_change)
        "relative_change_down": re.compile(r"\b" + relative + r"\s+(?:[\w-]+\s+)?" + words_pattern(lex.list("growth_down_words")), re.I),
        "relative_change_up": re.compile(r"\b" + relative + r"\s+(?:[\w-]+\s+)?" + words_pattern(lex.list("growth_up_words")), re.I),
        # the words that may stand between a change word and its amount ('naik sebesar', 'turun sekitar')
        "by_amount_gap": re.compile(r"\b" + words_pattern(lex.list("by_amount_words")
                                                          + list(lex.mapping("approximation_words"))), re.I),
        "listed_decline": re.compile(r"\b" + relative + r"\s+(?:[\w-]+\s+)?" + words_pattern(lex.list("growth_down_words")) + r"\b", re.I),
        # 'turunnya nilai ekspor sebesar X', 'naiknya harga': a change verb made a noun by '-nya'
        "change_nominal": re.compile(r"\b" + words_pattern(lex.list("growth_up_words") + lex.list("growth_down_words"),
                                                            suffix=r"nya\b"), re.I),
        "difference": pattern("difference_words"),
        # 'tinggal sisa target kurang lebih Rp X lagi', 'sisa Rp Y masih harus dicapai': what is
        # left to reach a target, right before the amount (a word or two apart)
        "shortfall": re.compile(r"\b" + words_pattern(lex.list("shortfall_words"), suffix=clitic) + r"(?:\s+[^\W\d]+){0,2}\s*$", re.I),
        # 'tinggal sisa 42,6 triliun yang wajib dikejar': the word right before the amount (no noun between:
        # 'sisa anggaran X yang harus terealisasi' is what is left of a budget)
        "shortfall_reach": re.compile(r"\s*(?:,\s*)?" + words_pattern(lex.list("relative_pronouns")) + r"\s+(?:\w+\s+)?" + words_pattern(lex.list("obligation_words"))
                                      + r"\s+(?:\w+\s+)?" + words_pattern(lex.list("shortfall_reach_verbs")), re.I),
        # 'masih kurang sekitar US$ 630 juta dari target': by how much the realisation falls short of a
        # target named right after the amount (lexicon short_of_words; not 'lebih kurang X', an approximation)
        "short_of": re.compile(r"(?<![\w-])(?P<before>lebih[\s-]*)?" + words_pattern(lex.list("short_of_words")) + r"\s*(?:"
                               + words_pattern([w for w, v in lex.mapping("approximation_words").items() if v == "approx"], suffix="")
                               + r"\s*)?$", re.I),
        "short_of_target": re.compile(r"\s*(?:lagi\s+)?(?:dari|untuk\s+mencapai)\s+(?:[^\W\d]+\s+)?(?:target|sasaran)", re.I),
        "shortfall_right": re.compile(r"\b" + words_pattern(lex.list("shortfall_words"), suffix=clitic)
                                      + r"\s*(?:" + words_pattern(list(lex.mapping("approximation_words")), suffix="") + r"\s*)?$", re.I),
        # ', sedangkan inflasi Mei turun menjadi 2,84 persen': a clause set against the one before, which
        # no list carries over (a realisation after a target, not its next item)
        "contrast": re.compile(r"(?:^|[,;]|\s)\s*" + words_pattern(lex.list("contrast_clause_openers")), re.I),
        # a comma and a word opening another clause ('..., dan', '..., yang', '..., sedangkan'; lexicon list_joint_words,
        # relative_pronouns, contrast_clause_openers): after a target word, what follows is no longer the target's
        "clause_after_target": re.compile(r",\s*" + words_pattern(lex.list("list_joint_words") + lex.list("relative_pronouns")
                                                                   + lex.list("contrast_clause_openers")), re.I),
        # '..., persentase kepatuhan mencapai 97 persen': the word joining a list item's name to its value
        # ', nilai tukar nelayan 107': after a value, a comma or a joining word (list_item_joiners) opens the next item
        "next_item_start": re.compile(r"\s*(?:[,;]|" + words_pattern(lex.list("list_item_joiners")) + ")", re.I),
        "item_value_link": re.compile(r"\b" + words_pattern(lex.list("list_item_value_links")) + r"\s*$", re.I),
        # a word that ends a list of like values ('..., dan 2 persen dari total'): what follows is no next item
        "list_ends": re.compile(r"\b(?:" + words_pattern(lex.list("list_end_words"), suffix="") + "|"
                                + words_pattern(lex.list("list_end_stems"), suffix=r"\w*") + r")\b", re.I),
        # 'delapan dari 15 IKM': the whole counted from
        "out_of": re.compile(r"\b" + words_pattern(lex.list("out_of_words"), suffix="") + r"\s+(?:\w+\s+)?$", re.I),
        "past": pattern("past_tense_words"),
        # a noun naming a measure reached or changed ('realisasi', 'pertumbuhan'): after a target
        # word, the name of what is targeted
        # ('menargetkan capaiannya sebesar X': with a clitic too)
        "measure_noun": re.compile(r"\b" + words_pattern(lex.list("change_nouns") + lex.list("realization_nouns"), suffix=clitic), re.I),
        "negated": re.compile(r"\b" + words_pattern(lex.list("negation_words")) + r"\s+$", re.I),
        "revised_to": re.compile(r"\s*" + words_pattern(lex.list("new_value_words")) + r"\s*", re.I),
        # 'yang akan dicapai', 'harus tercapai': a word of the future or of an aim right before a
        # realisation word (the end of the text searched is the cue's start)
        "aim_before": re.compile(r"\b(?:" + words_pattern(lex.list("future_tense_words") + lex.list("aim_words"))
                                 # 'ditargetkan membukukan X', 'dipatok bisa mencatatkan Y': a verb of aiming or expecting
                                 + r"|" + words_pattern(lex.list("aim_verbs_before_result")) + r"(?:\s+"
                                 + words_pattern(lex.list("ability_words")) + r")?)\s+$", re.I),
        "present": pattern("present_period_words"),
        "so_far": pattern("so_far_words"),
        # 'capaian ... kini yang masih sekitar X', 'baru 46,6 persen': a word of now leading into
        # the amount, a few words at most between; 'baru' only right before it or a verb of
        # reaching, since after a noun it means 'new' ('produk baru sebesar X')
        "now_before_amount": re.compile(
            r"(?:\b" + words_pattern([w for w in lex.list("present_period_words") + lex.list("so_far_words")
                                      if w not in lex.list("now_adverbs") and w not in lex.list("provisional_words")])
            + r"(?:\s+[^\W\d]+){0,3}"
            + r"|\b(?P<adverb>" + words_pattern(lex.list("now_adverbs")) + r")(?:\s+" + words_pattern(lex.list("reaching_words"))
            + r")?"
            # 'Gubernur memberi kami target, kita sudah 58 persen': done so far, right before the amount or a verb of reaching
            + r"|\b(?P<reached>" + words_pattern([w for w in lex.list("standing_now_words") if w not in lex.list("now_adverbs")]) + r")(?:\s+" + words_pattern(lex.list("reaching_words")) + r")?"
            # '..., sampai pertengahan Mei posisinya sekitar X', 'posisi pekan lalu mencapai X': where things stand, a verb of reaching before the amount
            + r"|\b(?P<standing>" + words_pattern(lex.list("standing_words")) + r")(?:\s+[^\W\d]+|\s+\d+){0,3}?\s+"
            + words_pattern(lex.list("reaching_words"))
            + r")\s*$", re.I),
        # a period after the year of publication named in the amount's clause ('tahun depan', '2026')
        "later_period": re.compile(r"\b(?:" + words_pattern([k for k, v in lex.mapping("relative_periods").items()
                                                              if isinstance(v, int) and v > 0]) + r"|(?P<year>" + YEAR + r"))", re.I),
        "sets_target": pattern("target_revising_verbs"),
        "sets_quantity": pattern("quantity_setting_verbs"),
        "for_year": re.compile(r"\b" + words_pattern(lex.list("set_for_year_words")) + r"\s+" + YEAR + r"\b", re.I),
        "set_quantity_noun": pattern("set_quantity_nouns"),
        "set_as": pattern("set_as_words"),
        # 'menargetkan nasabah berpenghasilan di atas X', 'investor yang menanamkan modal di atas X': a word
        # that qualifies the target's object, whose threshold then says who is aimed at
        "qualifier": pattern("threshold_qualifier_words", lex.list("relative_pronouns")),
        "aspiration": pattern("confidence_words", lex.list("hope_words")),
        # 'turun menjadi 4,2 persen', 'berada di angka 8,5 persen': the level a rate stands at after a fall
        # (right before the amount, at most 'sebesar'/'sekitar' between: 'turun, jadi produksi dikurangi 10 persen'
        # names no level)
        "rate_level": re.compile(level_word + r"$", re.I),
        "contraction": pattern("contraction_words"),
        # the lead word of the frame's base cues ('dari' of 'dari sebelumnya', 'lebih rendah dari triwulan I sebesar X')
        "base_cue_lead": re.compile(r"\b" + words_pattern({c.split()[0] for c in lex.list("base_value_cues")}), re.I),
        # a comparative right before or in the comparison cue ('lebih rendah dari', 'lebih tinggi dibanding')
        "comparative_cue": re.compile(r"\b" + comparative + r"\s+" + adjectives + r"\w*\s+\S+(?:\s+dengan)?$", re.I),
        # a word opening a clause of its own ('..., sedangkan harga gula turun ...'): the clause of a cue starts after it
        "contrast_opener": re.compile(r"\b" + words_pattern(lex.list("contrast_clause_openers")), re.I),
        # '... yang sebesar ', '... yang mencapai ': a value said in a relative clause, right before the amount
        "relative_value": re.compile(r"\b" + words_pattern(lex.list("relative_pronouns")) + r"\s+(?:"
                                     + words_pattern(lex.list("relative_value_words")) + r"\s+){1,2}$", re.I),
        "measure_unit": re.compile(words_pattern(lex.list("measure_units")), re.I),
        # the level word before the amount of a figure's evidence ('anjlok menjadi Rp 410 miliar'; see changed_to)
        "level_before_amount": re.compile(level_word + r"(?=(?:[^\s\d]++\s*+)?\d)", re.I),
        # 'kendaraan dan bagiannya US$ 6 juta': a goods group's name, whose 'bagian' names no share
        "goods_name": re.compile(r"\b" + words_pattern(lex.list("goods_names_with_cues")), re.I),
        # right before an amount: a threshold, not a value ('di atas 5 persen')
        "threshold": re.compile(r"(?:\b" + words_pattern(lex.list("threshold_words"))
                                + r"\s+(?:" + words_pattern(lex.list("threshold_fillers")) + r"\s+)?|(?:"
                                + words_pattern(lex.list("threshold_signs"), suffix="") + r")\s*)$", re.I),
        # 'tujuh di antaranya', '12 di antaranya', 'sebagian di antaranya': a counted part of a set (facts.py subset_criterion)
        "counted_subset": re.compile(r"(?:\b\d+|\b" + words_pattern([str(w) for w in lex.mapping("number_words")] + lex.list("some_words"))
                                     + r")\s+" + words_pattern(lex.list("subset_words")) + r"\b", re.I),
        # right before an amount: a bound not reached ('belum sampai 15 juta dolar'), no value reported
        "unreached": re.compile(r"\b" + words_pattern(lex.list("unreached_bound_words")) + r"\s+(?:[^\W\d]{1,3}\$?\s*)?$", re.I),
        # right before an amount: the unit of a rate ('setiap Rp 500 miliar investasi menyerap ...'), no value reported
        "rate_unit": re.compile(r"\b" + words_pattern(lex.list("rate_unit_words")) + r"\s+(?:[^\W\d]{1,3}\$?\s*)?$", re.I),
        # 'PT.', 'Tbk.', 'J.': a full stop that ends no sentence (sentence_abbreviations, a single letter)
        "abbreviated": re.compile(r"(?<![\w.])(?:" + words_pattern(full_stop_words(lex), suffix="") + r"|\w)\.$", re.I),
        # 'optimistis bahwa ...': a that-clause after a word of confidence; 'yang': a clause of its own
        # 'di atas standar kecukupan internasional sekitar 3 bulan impor': a standard, a few words
        # (no number) before the amount, is a benchmark compared with, not a value reported
        # 'plafon KUR naik menjadi Rp 100 juta', 'maksimal Rp 50 juta': a programme's limit, no figure;
        # the words after a ceiling noun stop at a word of a value reached ('plafon KUR mencapai X'),
        # a change word only when the limit's new value follows ('plafon naik menjadi X'); a year
        # may stand among them ('plafon KUR 2024 sebesar X')
        "limit": re.compile(r"(?:\b" + words_pattern(lex.list("limit_nouns")) + r"(?:\s+(?:(?!" + limit_breaks + r")[^\W\d]+|(?:19|20)\d\d\b)){0,6}"
                            + r"(?:\s+" + words_pattern(lex.list("growth_up_words") + lex.list("growth_down_words")) + r"\s+"
                            + words_pattern(lex.list("new_value_words") + ["ke"]) + r")?|\b(?P<limit_word>"
                            + words_pattern(lex.list("limit_words")) + r")(?:\s+(?:sebesar|senilai))?)\s+$", re.I),
        # 'diperkirakan maksimal 5,2 persen', 'naik maksimal X': a cue right before the limit word says what the
        # amount is; a verb of reaching does not ('pinjaman bisa mencapai maksimal X' is the limit)
        "cue_before_limit": re.compile(r"\b" + words_pattern(value_cues, suffix=clitic) + r"\s+$", re.I),
        # '40 dari 190 negara', 'Dari 12 negara tujuan kakao, ...', 'urutan ke-9, dari 35
        # kabupaten/kota': places counted after a partitive word that opens its clause (after a comma, a
        # dash, a quote mark) or follows another number are the whole a part is picked from, not a
        # value reported
        # (a number before the partitive word, never a year: 'pada 2023 dari 10 negara' is a count)
        "place_whole": re.compile(r"(?:^|[,;:(\u2013\u2014\u201c\"-]|(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)*)\s*"
                                  + words_pattern(lex.list("partitive_words")) + r"\s+(?:total\s+)?$", re.I),
        # 'dari 20 kabupaten menjadi 35 kabupaten': a count that changed, its start value a figure
        "place_changed_to": re.compile(r"\s*+(?:,\s*+)?" + words_pattern(lex.list("new_value_words") + ["ke"]) + r"\s+\d", re.I),
        "benchmark": re.compile(r"\b" + words_pattern(lex.list("threshold_words")) + r"\s+"
                                + words_pattern(lex.list("benchmark_words")) + r"(?:\s+[^\W\d]+){0,4}\s+$", re.I),
        "contribution": pattern("contribution_words"),
        # a value the sentence tells done, agreed or due (facts.py FUTURE_LEVEL is not for it)
        "settled": re.compile(r"\b" + words_pattern(lex.list("past_tense_words") + lex.list("settled_value_words")), re.I),
        # 'diberi waktu tiga tahun untuk melatih X': the span given, then the task (a verb, its object words) up to the amount
        "time_given": re.compile(r"\b" + words_pattern(lex.list("time_given_phrases")) + r"\s+(?P<n>\d+|[^\W\d]+(?:\s+[^\W\d]+)?)\s+"
                                 + words_pattern(lex.list("time_given_years")) + r"\s+untuk\s+(?P<task>(?:[^\W\d]+\s+){1,3})$", re.I),
        "time_given_not_task": re.compile(r"\b" + words_pattern(lex.list("time_given_not_tasks")), re.I),
        # 'Sisa 300 koperasi, dipatok pada 2028': the value the passive of targeting right after it is of (not a
        # relative clause on a noun: 'proyek senilai X yang ditargetkan rampung 2028' targets the completion)
        "targeted_after": re.compile(r"\s*(?:,\s*)?(?:lagi\s+|pula\s+)?(?:juga\s+|akan\s+|masih\s+)?"
                                     + words_pattern(lex.list("targeted_after_value_verbs"))
                                     + r"(?=\s*(?:[,.;:!?]|$)|\s+" + words_pattern(lex.list("targeted_after_value_followers")) + ")", re.I),
        # 'Sebanyak 350 IKM di Bantul ditargetkan mengantongi sertifikat', '40 ton ditargetkan dikirim': what is
        # counted or measured, perhaps with its place, is what the verb after is targeted for (no money nor
        # percentage: 'proyek senilai X ditargetkan rampung' targets the completion, not the value)
        "targeted_count_after": re.compile(r"(?:\s+(?!(?:itu|tersebut|ini)\b)(?-i:[a-z]+)){0,3}(?:\s+(?:di|dari)\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2})?"
                                           r"\s*(?:,\s*)?" + words_pattern(lex.list("targeted_after_value_verbs"))
                                           + r"\s+(?:bisa\s+|dapat\s+|untuk\s+)?(?!" + words_pattern(lex.list("growth_up_words")
                                           + lex.list("growth_down_words") + lex.list("targeted_count_not_verbs")) + r")"
                                           r"(?:me|ber|ter|di)[a-z]{3,}", re.I),
        # 'gudang berkapasitas 10.000 ton ... ditargetkan beroperasi', 'kawasan seluas 500 hektare': the size of a
        # thing whose use is targeted, not a target (lexicon size_words)
        "capacity_units": {fold(u) for u in lex.list("capacity_units")},
        # a time before ('tahun lalu', 'sebelumnya') and a relative clause the value ends ('yang diikuti 210 UMKM'):
        # no target by the passive after it (targeted_count_after)
        "told_before": re.compile(r"\b(?:lalu|sebelumnya)\b", re.I),
        "relative_clause_end": re.compile(r"\b" + words_pattern(lex.list("relative_pronouns")) + r"(?:\s+\S+){0,3}\s*$", re.I),
        "size_before": re.compile(r"\b" + words_pattern(lex.list("size_words")) + r"\s*(?:[^\W\d]+\s+){0,1}$", re.I),
        # what a target is ('Target kami adalah ...'): no change of it
        "target_is": re.compile(r"\b" + words_pattern(lex.list("copulas") + lex.list("restating_links")), re.I),
        # a verb that sets the target right before its noun ('memasang target penjualan yang tumbuh X'): the change is aimed at
        "sets_target_noun": re.compile(r"\b" + words_pattern([w.split()[0] for w in lex.list("target_setting_verbs")]
                                                              + lex.list("target_revising_verbs") + lex.list("quantity_setting_verbs"))
                                       + r"\s+$", re.I),
        # 'tahun ini': a demonstrative on a word of time names the period, not the target
        "period_word_before": re.compile(r"\b" + words_pattern(lex.list("duration_words")) + r"\s+$", re.I),
        # a target of its holder with no copula ('Targetnya produksi yang naik X', 'Sasaran kami ... ekspor yang naik X')
        "possessed": re.compile(r"(?<=nya)\b|\s+" + words_pattern(lex.list("first_person_pronouns")), re.I),
        # the level a changed target reaches or starts from ('naik Rp 2 triliun menjadi X', '... dari semula X')
        "changed_target_level": re.compile(r"\s*(?:,\s*)?(?:" + words_pattern(lex.list("new_value_words"))
                                           + r"|" + words_pattern([c for c in lex.list("base_value_cues") if not set(c.split()) & set(lex.list("realization_words") + lex.list("target_outcome_nouns"))])
                                           + r")\s*(?:" + words_pattern(lex.list("changed_level_value_links")) + r"\s+)?", re.I),
        # 'Target ini naik 15 persen', 'sasaran 2026 yang hanya tumbuh X', 'target senilai Y itu bertambah sekitar X':
        # the noun of a target, the words naming it (no clause break), a demonstrative or 'yang', a change right
        # before the amount (at most two hedges around it): the target's own change (facts.py target_changed)
        # (the nouns of target_words: its single words that are no verb form, 'target', 'sasaran', 'kuota', 'pagu')
        "target_changed": re.compile(r"\b(?P<noun>" + words_pattern(
                                         [w for w in lex.words.get("target_words", []) if isinstance(w, str) and " " not in w
                                          and not w.startswith(tuple(lex.list("official_action_verb_prefixes")))], suffix=clitic) + r")(?:[^,;:!?.]|[.,](?=\d)){0,160}?\s"
                                     + r"(?P<link>(?P<demonstrative>" + words_pattern(lex.list("demonstratives")) + r")\s+(?P<that>yang\s+)?|"
                                     + words_pattern(lex.list("relative_pronouns")) + r"\s+)"
                                     + r"(?:" + words_pattern(lex.list("level_hedges")) + r"\s+){0,2}"
                                     # (a comparison, 'target tahun ini lebih tinggi X', is a gap, no change of the target)
                                     + words_pattern([w for w in lex.list("growth_up_words") + lex.list("growth_down_words")
                                                      if w.split()[0] not in lex.list("comparative_words")])
                                     + r"(?:\s+" + words_pattern(lex.list("level_hedges")) + r"){0,2}\s*$", re.I),
        # 'target retribusi ditambah sebesar Rp X', 'Pemkab menaikkan target PAD sebesar Rp Y': the amount by
        # how much a target is raised or lowered (facts.py target_revised_by)
        "target_revised": re.compile(r"\b(?:(?P<noun>" + target_nouns + r")(?:[^,;:!?.\d]|[.,](?=\d)){0,80}?(?:\s(?P<passive>"
                                     + revising + r")|,?\s+" + words_pattern(lex.list("object_focus_pronouns")) + r"\s+(?P<bare>"
                                     + words_pattern(lex.list("target_raising_stems") + lex.list("target_lowering_stems")) + r")(?:\s+di)?)|(?P<verb>" + revising + r")\s+(?:" + target_nouns + r")(?:[^,;:!?.\d]){0,80}?"
                                     + r"\s(?P<by>" + words_pattern(lex.list("by_amount_words")) + r"))(?:\s+"
                                     + words_pattern(lex.list("by_amount_words") + lex.list("level_hedges")) + r"){0,2}\s*$", re.I),
        # the verb target_revised matched is one of lowering (its named group, not any such word nearby)
        "target_lowered": re.compile(words_pattern(lex.list("target_lowering_verbs") + lex.list("target_lowering_stems")), re.I),
        "that_clause": re.compile(r",?\s+" + words_pattern(lex.list("complementizers")), re.I),
        # 'yakin sisa tiga pekan bisa ...': the rest of a span of time is what the confidence is about
        "remaining_time": re.compile(r"\s+" + words_pattern(lex.list("remaining_time_words")) + r"(?:\s+[^\W\d]+|\s+\d+){0,2}\s+"
                                     + words_pattern(lex.list("duration_words")) + r"\b", re.I),
        # 'yakin akhir tahun serapan bisa X', 'optimis sampai akhir Desember nanti dapat X': right after a word of
        # confidence, the end of the period under way is what the confidence is about
        "confident": pattern("confidence_words"),
        "running_period_end": re.compile(r"\s+(?:" + words_pattern(lex.list("running_period_end_leads")) + r"\s+)?"
                                         + words_pattern(lex.list("month_end_words")) + r"\s+"
                                         + words_pattern(lex.list("duration_words") + [m for m in lex.mapping("months") if len(m) > 3])
                                         + r"(?!\s+" + words_pattern(sorted({k.split()[-1] for k, v in lex.mapping("relative_periods").items()
                                                                               if isinstance(v, int) and v > 0 and len(k.split()) == 2})) + r")"
                                         + r"(?:\s+(?P<year>" + YEAR + r"))?\b", re.I),
        "own_clause": re.compile(r"[,;(]|\b" + words_pattern(lex.list("relative_pronouns")), re.I),
        "ability": pattern("ability_words"),
        # 'berharap pasar pulih sebab pada 2022 hanya bisa mengirim X': a clause of its own between
        # a hope and a word of ability, which then says what was, not what is hoped for
        "clause_break": pattern("causal_clause_openers", lex.list("concessive_words") + lex.list("result_clause_openers")),
        "effort": pattern("effort_words"),
        # the next items of a list: a sentence opened by 'Kemudian', 'Lalu', 'Selain itu' or a quote
        # 'capaian itu setara dua pertiga dari target Rp X': a target a result is measured against
        "list_continues": list_continues(lex),
        "measured_against": re.compile(r"\b" + words_pattern(lex.list("target_measured_phrases")) + r"\b", re.I),
        "reached": pattern("reached_words"),
        # the amount's own verb of issuing: 'yang terbit hanya Y' right before it, 'Y yang diterbitkan' right after
        "issued_before": re.compile(r"\byang\s+" + words_pattern(lex.list("issued_words")) + r"\s+(?:[^\W\d]+\s+)?$", re.I),
        "issued_after": re.compile(r"\s*(?:[^\W\d]+\s+)?(?:yang\s+)?" + words_pattern(lex.list("issued_words")) + r"\b", re.I),
        "request": pattern("request_words"),
        # after a target word: a word saying it was met, then a contrast opening another clause after a
        # comma ('target tanam terlampaui; tapi X ...'): what follows is no value of the target
        "met_then_contrast": re.compile(r"\b" + words_pattern(lex.list("target_fulfilled_words")) + r"\b[^.;,]*[,;]\s*"
                                        + words_pattern(lex.list("contrast_clause_openers")), re.I),
        # between 'melebihi target' and the value reached told again: only punctuation and links ('yakni', 'totalnya')
        "met_restating": re.compile(r"[\s,:;\u2013\u2014-]*(?:" + words_pattern(lex.list("met_target_restating_links"))
                                    + r"[\s,:]*)*(?:[^\w\s]{1,3}\s*)?", re.I),
        # in a clause after the target, a word of the future, of an aim or of a plan ('akan', 'harus',
        # 'ditargetkan'): a part still planned, not a result
        "not_yet": pattern("future_tense_words", lex.list("aim_words") + lex.list("plan_words")),
        # after 'melampaui/mencapai target', words that go on to what met it ('... dengan memasok X ton',
        # '..., berasal dari penanaman modal asing X'), not to the target's own value
        "met_target_goes_on": re.compile(r"^\W*" + words_pattern(lex.list("met_target_goes_on")), re.I),
        "list_goes_on": re.compile(r"\W*?(?:[“\"]|" + words_pattern(lex.list("list_continuation_openers")) + ")", re.I),
        # 'Disusul Kabupaten X sebesar Y': an opener of the next of a ranking, whose item is named
        "ranking_goes_on": re.compile(r"\W*?" + words_pattern(lex.list("ranking_openers")), re.I),
        "comparison": re.compile(r"\b" + words_pattern(lex.list("comparison_cues")), re.I),
        "compared_after": re.compile(r"\s*(?:,\s*)?" + words_pattern(lex.list("comparison_cues")), re.I),
        # 'atau secara YoY mencapai sebesar 51,94%': a rate's own basis (lexicon relative_periods yoy, mom, qoq) a few
        # words before a percentage makes it a change on that basis
        "rate_basis_before": re.compile(r"\b" + words_pattern([k for k, v in lex.mapping("relative_periods").items()
                                                                 if v in ("yoy", "mom", "qoq")])
                                        + r"(?:\s+" + words_pattern(lex.list("rate_basis_links")) + r"){0,3}\s*$", re.I),
        # after a count a programme aims at, the next count continues the target only as another object of the verb
        # ('akan melatih 30 orang dan 40 nelayan'; lexicon list_item_joiners); 'dari total 12.000 UMKM', 'tahun lalu
        # ketika 35 perajin' are other counts
        "served_listed": re.compile(r"(?:\s+[^\W\d]+){0,3}(?:\s*,)?\s+" + words_pattern(lex.list("list_item_joiners"), suffix="")
                                    + r"\s+", re.I),
        # a relative pronoun opening a clause on what was just named ('Rp X yang dicairkan tahun lalu'; measured_whole)
        "relative_pronoun": re.compile(r"\b" + relative),
        # a base value named by a word of comparison after a change told before it ('dibandingkan dengan Mei yang Y'):
        # in the window's first clause, at most three words between (lexicon compared_base_cues; percent_kind)
        "compared_base": re.compile(r"^[^,;]*\b" + words_pattern(lex.list("compared_base_cues"), suffix="")
                                    + r"\s+(?:\w+\s+){0,3}$", re.I),
        # the value a change is measured from, 'dari X', 'dibanding Februari X', at most three words between (lexicon
        # change_from_words, compared_base_cues; base_value)
        "base_value": re.compile(r"\b" + base_cue + r"\s+(?:\w+\s+){0,3}$", re.I),
        # 'dari/dibandingkan', words, then 'sebesar/senilai' before the amount: 'sebesar' names the amount
        # itself, the change ('turun dibandingkan Agustus sebesar 20 persen') or an item whose name has
        # 'dari' in it ('Kayu, Barang dari Kayu sebesar X'); the amount is the base value only when 'dari'
        # follows the change word itself ('naik dari tahun sebelumnya sebesar X') or the new value follows
        # the amount ('turun dari Februari sebesar X menjadi Y')
        "amount_named_after_base": re.compile(r"\b" + base_cue + r"\s+\w+(?:\s+\w+){0,2}\s+(?:sebesar|senilai)\s+$", re.I),
        "cause": re.compile(r"\b" + words_pattern(lex.list("causal_clause_openers")), re.I),
        "concessive": re.compile(r"\b" + words_pattern(lex.list("concessive_words")), re.I),
        # '13 perjanjian yang harus kita selesaikan': an obligation right after the amount
        # (not a subject relative, the counted things doing the verb: '75 koperasi yang wajib menyerahkan
        # neraca' describes who must report, no task of the speaker's; an active meN- verb after the obligation)
        # (lexicon active_verb_prefixes; not a pronoun or a copula of that shape: 'yang harus mereka selesaikan',
        # 'yang wajib menjadi percontohan'; not_active_verbs)
        "obliged_after": re.compile(r"\s*(?:,\s*)?yang\s+(?:\w+\s+)?" + words_pattern(lex.list("obligation_words"))
                                    + r"(?!\s+(?!" + words_pattern(lex.list("not_active_verbs")) + r")"
                                    + words_pattern(lex.list("active_verb_prefixes"), suffix="") + r"[^\W\d]{3,})", re.I),
        "respectively": re.compile(r"\b" + words_pattern(lex.list("respectively_words")), re.I),
        # right before the amount: a word of obligation or wish, a few words, then a verb of reaching or rising
        # ('harus naik menjadi X', 'seharusnya mencapai X'; after a wish, 'sebesar' too: 'ingin realisasi investasi
        # sebesar X'); lexicon goal_obligation_words, goal_wish_words, reaching_words, growth_up_words
        # (no verb nor 'bahwa' between: 'Kami ingin melaporkan bahwa ekspor 2023 sebesar X' reports what was; not in a
        # relative clause on those who wish: 'UMKM yang ingin naik kelas pada 2023 mencapai X')
        "aimed_reach": re.compile(
            r"\b(?<!\byang\s)(?:(?P<aim>" + words_pattern(lex.list("goal_obligation_words") + lex.list("goal_wish_words")) + r")\s+" + goal_gap
            + r"(?:" + words_pattern(lex.list("reaching_words") + lex.list("growth_up_words") + lex.list("goal_reach_verbs")) + r")"
            + r"|(?<!\byang\s)(?P<wish>" + words_pattern(lex.list("goal_wish_words")) + r")\s+" + goal_gap
            + words_pattern(lex.list("by_amount_words")) + r")"
            r"(?:\s+" + words_pattern(lex.list("goal_reach_links")) + r")?\s*$", re.I),
        # 'realisasi lebih tinggi Rp X dari target': by how much (lexicon comparative_words, comparative_adjectives);
        # 'target yang lebih besar, yaitu X' (a relative clause on the target noun, or a restating link before the
        # amount; restating_links) is the target itself
        "more_than": re.compile(r"\b" + comparative + r"\s+" + adjectives + r"\b", re.I),
        "higher_target": re.compile(r"^\s*(?:[^\W\d]+\s+){0,2}?(?:" + words_pattern(lex.list("relative_pronouns")) + r"\s+)?"
                                    + comparative + r"\s+\w+\s*(?:,\s*|:\s*|\s" + words_pattern(lex.list("restating_links"))
                                    + r"\s+)", re.I),
        # 'lebih Rp X dari target', 'lebih tinggi sekitar Rp X dari target': the amount is by how much
        "more_by": re.compile(r"\b" + comparative + r"\s+(?:(?P<adjective>" + adjectives + r")\s+)?(?:" + by_or_about
                              + r"\s*)?$", re.I),
        # 'melampaui target sebesar X' (by: how much, always) and 'melampaui target sekitar X' (approx: how much
        # only when under a target just told): the target word right before the amount, in a phrase of passing it
        "past_target": re.compile(r"\b" + words_pattern(lex.list("target_passed_words")) + r"\s+"
                                  + words_pattern(lex.list("target_passed_nouns")) + r"\s+(?:(?P<by>"
                                  + words_pattern(lex.list("by_amount_words")) + r")\s*)?(?:(?P<approx>" + approximate
                                  + r")\s*)?$", re.I),
        # the joint between two values of a list ('12,6 dan 11,6', '1.800, 1.200'; lexicon list_joint_words)
        "list_joint": re.compile(r"\s*(?:,\s*)?(?:" + words_pattern(lex.list("list_joint_words")) + r")?\s*", re.I),
        "conditional": re.compile(r"\b" + words_pattern(lex.list("conditional_words")) + rf"(?!\s+(?:\w+\s+)?{not_after})", re.I),
        # what a condition makes possible or future: a word of ability or of the future after
        # it ('kalau harga membaik, ekspor bisa naik'), or a year ahead named ('Tahun depan')
        "possible": re.compile(r"\b" + words_pattern(lex.list("ability_words") + lex.list("future_tense_words")), re.I),
        "year_ahead": re.compile(r"\b" + words_pattern([k for k, v in lex.mapping("relative_periods").items()
                                                        if isinstance(v, int) and v > 0]), re.I),
        "met": re.compile(r"\b" + words_pattern(lex.list("target_met_phrases") + lex.list("target_missed_phrases")), re.I),
        "after_realization": re.compile(r"^\s*(?:dari|atas|terhadap|dibandingkan(?:\s+dengan)?)\s+(?:target|yang\s+ditargetkan|sasaran)", re.I),
        # '64 persen dari alokasi 64.000 ton', 'dari total anggaran Rp X': the whole set aside, committed or planned that
        # a value told before is out of (lexicon measured_whole_openers, whole_amount_words, measured_whole_nouns)
        "measured_whole": re.compile(r"\b" + words_pattern(lex.list("measured_whole_openers")) + r"\s+(?:"
                                     + words_pattern(lex.list("whole_amount_words")) + r"\s+)?"
                                     + words_pattern(lex.list("measured_whole_nouns")) + r"\b", re.I),
        "signed_deal": re.compile(r"\b" + words_pattern(lex.list("signed_deal_words")) + r"\b", re.I),
        # 'dari anggaran Rp X yang dicairkan tahun lalu', 'yang dikorupsi': a result or past event told of the whole
        "whole_event": re.compile(r"\b" + words_pattern(lex.list("measured_whole_event_verbs")) + r"\b", re.I),
        # 'berasal dari komitmen investasi X': the whole a value comes from, not the one it is out of
        "whole_source": re.compile(r"\b" + words_pattern(lex.list("measured_whole_source_words")) + r"\s*$", re.I),
        "share_after": re.compile(r"^\s*(?:dari|terhadap)\s+(?:total|keseluruhan|seluruh|target|sasaran|pagu|nilai\s+total)", re.I),
    }


def programme_limit(lex: Lexicon, body: str, window_start: int, amount: Amount) -> bool:
    """A programme's limit right before the amount ('plafon KUR naik menjadi Rp 100 juta',
    'pinjaman maksimal Rp 50 juta'), not a value reported; a limit word is none when a cue of a
    value reached, projected or changed stands right before it ('diperkirakan maksimal 5,2
    persen', 'naik maksimal Rp 1.000')."""
    words = lex.compiled(kind_words)
    found = words["limit"].search(body, max(window_start, amount.start - 60), amount.start)
    if found is None:
        return False
    if found.group("limit_word") is not None:
        return not words["cue_before_limit"].search(body, max(window_start, found.start() - 40), found.start())
    return True


def figures_of_sentence(lex: Lexicon, body: str, seg: Segment, ctx: Context, article: Article, places,
                        frame: FrameTracker | None = None, last_label: str | None = None,
                        earlier: Figure | None = None) -> list[Figure]:
    frame = frame or FrameTracker(lex, body, article.published, article.title, article.metadata.get("reported_days", ()))
    places = places if isinstance(places, Places) else Places(body, places)
    amounts = find_amounts(lex, body, seg.start, seg.end, document=True)
    if not amounts:
        frame.update(seg, None, [])
        return []
    periods = frame.sentence(seg, amounts)
    figures: list[Figure] = []
    previous: Figure | None = None
    by_amount: dict[int, Figure] = {}
    threshold, benchmark = lex.compiled(kind_words)["threshold"], lex.compiled(kind_words)["benchmark"]
    place_whole, place_units = lex.compiled(kind_words)["place_whole"], {u.lower() for u in lex.list("place_count_units")}
    place_changed_to = lex.compiled(kind_words)["place_changed_to"]
    limits = set()

    @functools.cache
    def announcement() -> tuple[tuple[int, int] | None, Period | None]:
        """(span, period) of the sentence before when it announces a target (announced_before,
        announced_period): worked out once for the sentence, when a value first asks for it."""
        span = announced_before(lex, body, seg)
        return span, announced_period(lex, body, span, frame)

    for index, amount in enumerate(amounts):
        window_start = amounts[index - 1].end if index else seg.start
        if programme_limit(lex, body, window_start, amount) or id(amount.range_with) in limits:
            limits.add(id(amount))
            continue  # 'plafon KUR naik menjadi Rp 100 juta': a programme's limit (and the range it opens), no value reported
        if threshold.search(body, max(window_start, amount.start - 30), amount.start) and amount.range_with is None \
                and not floor_aimed_at(lex, body, amount, window_start, seg, previous, earlier, frame.published, amounts):
            continue  # 'selalu di atas 5 persen': a threshold compared with, not a value reported
        if subset_criterion(lex, body, seg, amount):
            continue  # 'tujuh di antaranya sudah memenuhi lebih dari 60 persen target': what picks the subset
        if unreached_or_rate_unit(lex, body, window_start, amount):
            continue  # 'belum sampai 15 juta dolar', 'setiap Rp 500 miliar investasi': a bound or a rate's unit
        if index and allotment_per_item(lex, body, amounts[index - 1], amount, amounts[index + 1:]):
            continue  # '640 nelayan, masing-masing 25 liter': what each counted item gets, not a total
        if benchmark.search(body, max(window_start, amount.start - 60), amount.start):
            continue  # 'standar kecukupan internasional sekitar 3 bulan impor': a standard, not a value reported
        if amount.unit.lower() in place_units and place_whole.search(body[max(seg.start, amount.start - 60):amount.start]) \
                and not place_changed_to.match(body, amount.end):
            continue  # 'Dari 10 negara tujuan ekspor, lima turun': the whole a part is picked from
        given = time_given(lex, body, seg, amount, window_start, frame.published)
        proposed = given[0] if given else proposed_target(lex, body, seg, amount, window_start, frame, periods, announcement)
        # an item of a list a line introduces continues no list of the sentences before that line: its
        # kind is its own or the line's (introduced_kind)
        intro = introducing_line(lex, body, amount.start)
        before_list = None if intro is not None and earlier is not None and earlier.evidence.start < intro[0] else earlier
        kind, why_kind = classify(lex, body, amount, window_start, seg, previous, before_list, proposed, frame.published,
                                  amounts=amounts)
        # what is left to reach a target is for the target's period, not the months reported so far
        period, why_period = frame.period_of(seg, periods, amounts, index, "target" if why_kind in (SHORTFALL, EXCESS, RUNNING_END) else kind)
        told = ctx.at(amount.start)  # the sentence's attribution, or a later clause's ('..., sedangkan Kota X ...')
        figure = Figure(
            type="target" if kind == "target" else "figure",
            what=label_for(lex, body, amount, window_start, seg, previous, kind, last_label),
            value=signed_value(lex, body, amount, window_start, kind, previous or near(body, earlier, seg),
                               base=index in periods.base and base_level(lex, body, seg, amounts, index)),
            unit=amount.unit, kind="target" if kind == "target" else kind,
            evidence=evidence_for(body, amount, window_start, seg),
            period=period, agency=told.agency, speaker=told.speaker, qualifier=amount.qualifier,
        )
        asked = asked_period(lex, body, seg, frame) if kind == "target" and not periods.mentions else None
        if asked is not None:  # 'Kita pasang 9.000 ton saja' answering 'Sasaran panen musim depan seperti apa?'
            figure.period, why_period = asked, "the interview's question about a target just before the answer names it"
        elif kind == "target" and why_period.startswith(PUBLICATION_YEAR_TARGET) and question_before(lex, body, seg):
            # ('Bagaimana produksi garam musim depan?' / 'Kita patok X ton'): the question, not the year of
            # publication, says what the answer's target is for, and it names no period
            figure.period, why_period = None, "answers an interview's question that names no period: no period"
        if why_kind == NO_CUE and period is not None and frame.published is not None and period.start.year > frame.published.year \
                and why_period.startswith("named") and "/" not in (amount.unit or "") \
                and not lex.compiled(kind_words)["sets_quantity"].search(body, seg.start, amount.start) \
                and not lex.compiled(kind_words)["settled"].search(body, seg.start, seg.end):
            # (not a price, nor a value set by a decision: 'harga patokan ditetapkan X' for the next period is in force;
            # nor one the sentence tells done, agreed or falling due: 'perjanjian pasok 2027 senilai X telah diteken',
            # 'APBD 2027 disahkan dengan pendapatan X', 'surat utang yang jatuh tempo 2028 senilai X')
            # 'Usulan biaya kami untuk tahun depan kira-kira Rp X': a level of a period its own
            # sentence names, in a year after the year of publication, is no result yet: what is expected
            kind, why_kind = "projection", FUTURE_LEVEL
            figure.kind = kind
        if given is not None and kind == "target":  # 'diberi waktu tiga tahun untuk melatih X'
            figure.period, why_period = given[1], "the span of years given for the task, from the year the sentence names, else of publication"
        announced = announcement()[1] if kind == "target" and not periods.mentions \
            and asked is None and proposed is not None else None
        if announced is not None:  # 'Balai mengubah sasaran tahun ini. "Mula-mula kita pasang X"'
            figure.period, why_period = announced, "the sentence before announces the target and names its period"
        if why_kind == SHARE_OF_MEASURED_TARGET and len(figures) >= 2 and figures[-2].type == "figure" \
                and figures[-2].period is not None:  # 'terealisasi X dari target Y atau Z persen': X's period, not Y's
            figure.period, why_period = figures[-2].period, "the share of the value told before the target: that value's period"
        if why_kind == TARGET_REVISED_BY and target_revised_lowering(body, seg, amount, lex.compiled(kind_words)):
            figure.value = -abs(figure.value)  # 'sasaran produksi dipangkas 5.000 ton': a lowering
        if kind == "growth" and figure.value > 0 and listed_decline(lex, body, seg, amount, window_start):
            figure.value = -figure.value  # 'Komoditas yang ekspornya turun paling dalam:' / '- Karet 12,1 persen'
        figure.why["period"], figure.why["kind"] = why_period, why_kind
        figure.why.update(told.why)  # speaker, agency: kg/extract/attribution.py
        if amount.reading:
            figure.why["value"] = amount.reading
            figure.plausible = not amount.doubtful
        if amount.restates and id(amount.restates) in by_amount:
            source = by_amount[id(amount.restates)]
            figure.restates, figure.period, figure.type, figure.kind = source, source.period, source.type, source.kind
            if (source.value < 0) != (figure.value < 0):  # 'susut US$ 2,4 miliar atau sekitar Rp 37 triliun': one decline
                figure.value = -figure.value
            figure.why["period"] = "restates the amount before it"
            figure.what = source.what
        if amount.told_again is not None and id(amount.told_again) in by_amount:
            by_amount[id(amount)] = previous = one_quantity_told_twice(body, by_amount[id(amount.told_again)], figure)
            continue  # 'Rp 3.999.548.000 atau Rp 4 miliar': one fact, not two
        if amount.range_with and id(amount.range_with) in by_amount:
            partner = by_amount[id(amount.range_with)]
            figure.range_with, partner.range_with = partner, figure
            figure.type, figure.kind, figure.what = partner.type, partner.kind, partner.what
            if figure.period is None and partner.period is not None:
                figure.period, figure.why["period"] = partner.period, "upper bound of a range"
            close_range(body, partner, figure)
            by_amount[id(amount)] = previous = partner
            continue  # a range is one fact: its upper bound is the lower one's value_max
        if (name := item_name(lex, body, amount, window_start)) is not None:
            intro = introducing_line(lex, body, amount.start)
            measure = sentence_measure(lex, body[intro[0]:intro[1]]) or last_label
            figure.what = f"{measure} {name}" if measure and name else measure or name or figure.what
            if kind in ("growth", "share") and figure.unit == "percent":  # (a change or a share of that part)
                figure.what = ("pangsa " if kind == "share" else "" if figure.what.startswith("pertumbuhan") else "pertumbuhan ") \
                    + figure.what
            figure.why["list"] = f"an item of the list '{' '.join(body[intro[0]:intro[1]].split())[-60:]}' introduces"
        figure.measure, figure.scope = measure_of(lex, figure.what), scope_of(body, window_start, amount.start, places, figure.what)
        figure.compared = bool(COMPARED.search(body[max(seg.start, amount.start - 90):amount.start]))
        by_amount[id(amount)] = figure
        figures.append(figure)
        previous = figure
    pair_respectively(lex, body, seg, places, figures)
    link_shares(body, figures)
    frame.update(seg, periods, figures)
    return figures


def subset_criterion(lex: Lexicon, body: str, seg: Segment, amount: Amount) -> bool:
    """A bound ('lebih dari', 'di atas', 'setidaknya': an amount whose qualifier is a bound) said of a
    counted part of a set ('tujuh di antaranya sudah memenuhi lebih dari 60 persen target', '12
    di antaranya tumbuh di atas 10 persen'; a number or a word of some before lexicon subset_words) is
    what the part is picked by, not a value reported: no figure."""
    if amount.qualifier not in ("lower_bound", "upper_bound") or amount.range_with is not None:
        return False
    return bool(lex.compiled(kind_words)["counted_subset"].search(body, seg.start, amount.start))


def unreached_or_rate_unit(lex: Lexicon, body: str, window_start: int, amount: Amount) -> bool:
    """No value reported: a bound said not to be reached ('Delapan bulan saja belum sampai 15 juta
    dolar', 'porsinya belum menembus dua persen'; lexicon unreached_bound_words), or the amount a rate is
    counted per ('setiap Rp 500 miliar investasi menyerap 1.200 pekerja', 'tiap 100 kilogram'; lexicon
    rate_unit_words), right before the amount (a currency sign between). A range it opens goes with it."""
    words = lex.compiled(kind_words)
    text = body[max(window_start, amount.start - 40):amount.start]
    return amount.range_with is None and bool(words["unreached"].search(text) or words["rate_unit"].search(text))


ALLOTMENT_GAP = re.compile(r"\s*+(?:,\s*+)?$")


def allotment_per_item(lex: Lexicon, body: str, count: Amount, amount: Amount, rest: list[Amount]) -> bool:
    """'solar dibagikan kepada 640 nelayan, masing-masing 25 liter': one amount
    right after 'masing-masing' (lexicon respectively_words) that follows a count of things or people
    with only a comma between is what each of them gets, not a figure of its own. Not a list of values
    ('masing-masing 12,6 dan 11,6 persen'), nor 'masing-masing' after anything but a count
    ('Jepang dan Korea masing-masing USD 5 juta': one value per place)."""
    if amount.unit == "percent":
        return False  # 'masing-masing 60 persen perempuan': a share of each, told as a share
    words = lex.compiled(kind_words)
    cue = words["respectively"].search(body, count.end, amount.start)
    if cue is None or not ALLOTMENT_GAP.fullmatch(body, count.end, cue.start()) or body[cue.end():amount.start].strip(" :"):
        return False
    if not count.unit or count.unit == "percent" or count.is_monetary or count.range_with is not None \
            or words["measure_unit"].fullmatch(count.unit):
        return False
    following = rest[0] if rest else None
    if following is not None and words["list_joint"].fullmatch(body, amount.end, following.start):
        return False  # 'masing-masing 12,6 dan 11,6 persen': a list of values
    clause_end = body.find(";", amount.end) % (len(body) + 1)
    # 'masing-masing 1.800 ton ke Sleman dan 1.200 ton ke Bantul': a later value of the same unit in the
    # clause makes it a list, places between
    return not any(a.unit == amount.unit and a.start < clause_end for a in rest)


def floor_aimed_at(lex: Lexicon, body: str, amount: Amount, window_start: int, seg: Segment,
                   previous: Figure | None, earlier: Figure | None, published: dt.date | None,
                   amounts: list[Amount]) -> bool:
    """'Dinas menargetkan produksi garam naik di atas 40.000 ton': a threshold in the
    clause of a target word is the level aimed at (a target), not a value compared with; a clause
    break between them ('menargetkan ekspor naik, meski pertumbuhan masih di bawah 5 persen') leaves
    it a threshold, and so does a qualifier of the target's object between them ('menargetkan pelaku
    usaha dengan omzet di atas X': who qualifies; lexicon threshold_qualifier_words, relative_pronouns)."""
    words = lex.compiled(kind_words)
    cue = max((m.end() for m in words["target"].finditer(body, seg.start, amount.start)), default=-1)
    if cue < 0 or CLAUSE_END.search(body, cue, amount.start):
        return False
    if words["qualifier"].search(body, cue, amount.start):
        return False  # 'menargetkan pelaku usaha dengan omzet di atas X': who qualifies, not a level aimed at
    return classify(lex, body, amount, window_start, seg, previous, earlier, published=published, amounts=amounts)[0] == "target"


def one_quantity_told_twice(body: str, first: Figure, again: Figure) -> Figure:
    """'Rp 3.999.548.000 atau Rp 4 miliar', 'Rp 40 miliar lebih atau Rp 40.074.736.131': the amount
    told again in its own unit, rounded or precise (`link_told_again`), is the first fact: its
    evidence runs over both tellings and its value is the more precise one (the first's sign);
    --explain says so."""
    precise_again = significant(again.value) > significant(first.value)
    other = abs(again.value) if first.value >= 0 else -abs(again.value)
    first.value, first.told_as = (other, first.value) if precise_again else (first.value, other)
    start = first.evidence.start
    first.evidence = Evidence(text=body[start:again.evidence.end], start=start, end=again.evidence.end)
    first.why["value"] = (first.why.get("value", "") + "; " if first.why.get("value") else "") + \
        f"told again right after it ({'more precisely' if precise_again else 'rounded'}): one fact" + \
        (", the precise value kept" if precise_again else "")
    return first


def close_range(body: str, lower: Figure, upper: Figure) -> None:
    """'65 miliar hingga 70 miliar', '5%-7%': one fact from the lower bound to the upper one,
    its evidence over both; the upper bound stays reachable as `range_with` (and in the graph)."""
    lower.value_max = upper.value
    lower.evidence = Evidence(lower.evidence.start, upper.evidence.end, body[lower.evidence.start:upper.evidence.end])
    upper.why["kind"] = lower.why["kind"] = lower.why.get("kind", "") + "; a range (upper bound in value_max)"


def link_shares(body: str, figures: list[Figure]) -> None:
    """'US$ 186 miliar atau menyumbang 72% dari total ekspor sebesar US$ 258 miliar': a share
    between an amount and the total it is 'dari total' of links both, so that the three can
    be checked against each other."""
    for before, share, after in zip(figures, figures[1:], figures[2:]):
        if share.kind != "share" or before.unit != after.unit or before.unit == "percent":
            continue
        if re.match(r"\s*(?:dari|terhadap)\s+(?:total|keseluruhan|seluruh)", body[share.evidence.end:after.evidence.end]):
            share.part, share.whole = before, after


def pair_respectively(lex: Lexicon, body: str, seg: Segment, places, figures: list[Figure]) -> None:
    """'ke Jepang, Amerika Serikat dan China masing-masing US$ 1,2 miliar, US$ 0,9 miliar dan
    US$ 0,7 miliar': the n-th place named before 'masing-masing' is the scope of the n-th amount."""
    marker = lex.compiled(kind_words)["respectively"].search(body, seg.start, seg.end)
    if not marker:
        return
    cut = marker.start()
    before = (places if isinstance(places, Places) else Places(body, places)).between(seg.start, cut)
    named = [p.place.name for p in before]
    listed = [f for f in figures if f.evidence.end > cut and not f.restates]
    if len(listed) == 1 and len(items := coordinated_before(body, before, cut)) >= 2:
        figures[figures.index(listed[0]) + 1:figures.index(listed[0]) + 1] = one_per_item(body, listed[0], items)
        return
    if named and len(named) >= len(listed):
        first_place = min(p.start for p in before if p.place.name in named[-len(listed):])
        label = noun_phrase(lex, body[seg.start:first_place]) or None
        for place, figure in zip(named[-len(listed):], listed):
            figure.scope = place
            figure.what = f"{label} ke {place}" if label else figure.what
            figure.measure = measure_of(lex, figure.what)


def coordinated_before(body: str, before: list, cut: int) -> list:
    """'Hongkong, Singapura dan Arab Saudi yang masing-masing': the places joined by commas, 'dan'
    or 'serta' that end a few words (no number) before 'masing-masing', in their order; [] when
    no place ends just before it."""
    if not before or RESPECTIVE_GAP.fullmatch(body, before[-1].end, cut) is None:
        return []
    items = [before[-1]]
    for place in reversed(before[:-1]):
        if place.end > items[0].start or not PLACE_JOINER.fullmatch(body, place.end, items[0].start):
            break
        items.insert(0, place)
    return items


# between the last place of a list and 'masing-masing': at most five words, no number
# (each word taken whole, possessively: a long run of letters is not split every way before failing)
RESPECTIVE_GAP = re.compile(r"(?:\s*[^\W\d]++){0,5}\s*(?:,\s*)?")
PLACE_JOINER = re.compile(r"\s*(?:,\s*(?:(?:dan|serta)\s+)?|(?:dan|serta)\s+)", re.I)


def one_per_item(body: str, figure: Figure, items: list) -> list[Figure]:
    """'Malaysia serta China masing-masing sebesar US$500 juta': one amount said of each place of
    the list is one fact per place. The figure stays the first place's; each further place gets a
    copy whose evidence starts at its name (so that each fact has its own evidence). Returns the
    copies, to go right after the figure."""
    figure.scope = items[0].place.name
    figure.why["scope"] = f"'masing-masing' after {len(items)} places: one fact for each, this one {figure.scope}"
    copies = []
    for item in items[1:]:
        copy = replace(figure, evidence=Evidence(item.start, figure.evidence.end, body[item.start:figure.evidence.end]),
                       scope=item.place.name, why=dict(figure.why))
        copy.why["scope"] = f"'masing-masing' after {len(items)} places: one fact for each, this one {copy.scope}"
        copies.append(copy)
    return copies


DIGIT = re.compile(r"\d")


TARGET_CHANGED = "the change of a target ('target ini naik X', 'sasaran 2026 yang tumbuh X'): a growth figure"
TARGET_PASSED_SIZED = "the target passed, said with 'sebesar' and sized like the value reached: the target itself"
TARGET_REVISED_BY = "by how much a target is raised or lowered ('target pajak ditingkatkan sebesar X'): a growth figure"
RUNNING_END = "confidence in where the running period ends ('optimistis akhir tahun dapat menembus X'): a projection"
def short_of_target(window: str, after: str, words) -> bool:
    """'masih kurang X dari target': the amount is by how much the realisation falls short of the target
    named right after it; not 'lebih kurang X' (about X, whatever the spaces or hyphen between)."""
    short = words["short_of"].search(window)
    return short is not None and not short.group("before") and words["short_of_target"].match(after) is not None


SHORT_OF_TARGET = "by how much it falls short of the target named after it ('kurang X dari target'): a gap below it"
SHORTFALL = "what is left to reach a target ('sisa target X'): a gap below it, for the target's period"
EXCESS = "after 'melampaui target', far below the target just told: by how much it is exceeded, for the target's period"


def classify(lex: Lexicon, body: str, amount: Amount, window_start: int, seg: Segment, previous: Figure | None,
             earlier: Figure | None = None, proposed: str | None = None,
             published: dt.date | None = None, *, amounts: list[Amount]) -> tuple[str, str]:
    """Kind of an amount, with the reason, from the words before it since the previous amount
    (the window): the last cue wins ('realisasi ... melampaui target X' -> target); a sentence
    that projects ('diperkirakan', 'kalau ... bisa') makes its later amounts projections; a
    percentage is a change or a share, never a level; an amount with no cue of its own
    continues the list it is in (`previous` in the sentence, `earlier` just before it). `amounts`:
    the sentence's amounts."""
    words = lex.compiled(kind_words)
    window = body[window_start:amount.start]
    after = body[amount.end:seg.end]
    aimed = aimed_at(window, words) | conceded(window, words) | in_goods_names(window, words)
    last = {key: max((m.end() for m in words[key].finditer(window) if m.start() not in aimed), default=-1)
            for key in ("target", "projection", "realization", "up", "down", "share", "change_noun", "change_nominal",
                        "difference")}
    change = max(last["up"], last["down"])
    if short_of_target(window, after, words):
        return "difference", SHORT_OF_TARGET
    if amount.unit == "percent" and words["share_after"].match(after):
        return "share", "a percentage 'dari total/target' (share of a whole)"
    if target_changed(body, seg, amount, words):
        return "growth", TARGET_CHANGED
    if target_revised_by(body, seg, amount, words):
        return "growth", TARGET_REVISED_BY
    if aim := words["aimed_reach"].search(window):
        # 'ekspor pada 2015 harus naik menjadi X', 'pemerintah ingin realisasi investasi sebesar X tahun ini': what must
        # or is wanted to be reached is a target, as 'ditargetkan' says (lexicon goal_obligation_words, goal_wish_words)
        return "target", f"a value said as what must or is wanted to be reached ('{aim.group('aim') or aim.group('wish')}'): a target"
    if words["shortfall"].search(window) and last["target"] >= 0 \
            or words["shortfall_right"].search(window) and words["shortfall_reach"].match(after) \
            and (amount.is_money or amount.unit == "percent" or words["measure_unit"].fullmatch(amount.unit or "")):
        # ('sisa 42,6 triliun yang wajib dikejar'; not a count: 'sisa 12 desa yang harus dicapai dengan perahu')
        # only with a target named before it in the sentence ('sisa target X'): what is left of a
        # budget, a quota or a stock ('sisa anggaran X yang harus terealisasi') is no gap to a target
        return "difference", SHORTFALL
    if words["obliged_after"].match(after):
        return "target", "what must still be done ('13 perjanjian yang harus kita selesaikan'): a target"
    if words["targeted_after"].match(after):
        return "target", "a passive of targeting right after the value ('40 koperasi lagi dipatok tahun depan'): a target"
    if words["targeted_count_after"].match(after) and not (amount.is_money or amount.unit == "percent") \
            and fold(amount.unit or "") not in words["capacity_units"] \
            and last["realization"] < 0 and not words["size_before"].search(window) and not words["past"].search(window) \
            and not words["told_before"].search(window) and not words["relative_clause_end"].search(window):
        # (not inside a relative clause on another noun: 'Pameran yang diikuti 210 UMKM itu ditargetkan membukukan ...')
        return "target", "a quantity the passive of targeting after it makes what its verb is about ('350 IKM ditargetkan mengantongi ...')"
    if measured_whole(body, seg, amount, window, after, previous, words):
        return "target", MEASURED_WHOLE
    # (before the value 'dari target' reads as the realisation: 'selisih X dari target' is the gap; only with the
    # difference word right before the amount, not a cause far before it: 'kekurangan pupuk, produksi hanya X dari
    # target', nor before a realisation word, 'kekurangan pasokan membuat realisasi hanya X dari target')
    if last["difference"] > last["realization"] and GAP_RIGHT_BEFORE.fullmatch(window, last["difference"]) \
            and gap_against_target(last, after):
        return "difference", GAP_AGAINST_TARGET
    if words["after_realization"].match(after):
        more_by = words["more_by"].search(window)
        if more_by and (more_by.group("adjective") or previous is not None and previous.type == "figure"):
            # a bare 'lebih X' only after the realisation told in the sentence: 'realisasi sudah lebih Rp X dari
            # target Y' alone says the realisation is more than X
            return "difference", "'lebih X dari target': by how much a target is exceeded"
        return "realization", "the value 'dari target' follows: the realisation"
    if last["difference"] >= 0 and gap_against_target(last, after):
        return "difference", GAP_AGAINST_TARGET
    if change >= 0 and base_value(window[change:], after, words) and last["target"] < change:
        # ('lebih tinggi dari target USD 30 juta': a target named after 'dari' is the target, no base value)
        return "realization", "the base value a change is measured from ('turun dari X')"
    if previous is not None and previous.kind in ("target", "projection") and last["target"] < 0 \
            and last["projection"] < 0 and words["comparison"].search(window):
        return "realization", "the value a target or projection is compared with ('dibandingkan tahun lalu yang hanya X')"
    if previous is not None and previous.type == "target" and amount.unit == "percent" and TARGET_RESTATED.fullmatch(window) \
            and share_of_measured_target(body, seg, previous, window, words, amounts):
        return "share", SHARE_OF_MEASURED_TARGET
    if previous is not None and previous.type == "target" and previous.why.get("kind") == TARGET_PASSED_SIZED \
            and amount.unit == "percent" and TARGET_RESTATED.fullmatch(window):
        # 'melebihi target sebesar 1,1 juta ton atau 64 persen': the percentage is by how much it was passed
        return "difference", "a percentage after a target passed: by how much it was passed"
    if previous is not None and previous.type == "target" and TARGET_RESTATED.fullmatch(window):
        return "target", "restates the target before it ('target US$ X atau naik 8 persen')"
    if previous is not None and previous.type == "target" and words["revised_to"].fullmatch(window):
        return "target", "the new value of a target revised ('menaikkan target dari X menjadi Y')"
    if previous is not None and previous.why.get("kind") in (TARGET_CHANGED, TARGET_REVISED_BY) \
            and words["changed_target_level"].fullmatch(window):
        return "target", "the level of a target whose change is told ('target itu naik X menjadi Y', '... dari semula Y')"
    if previous is not None and previous.why.get("kind") == TARGET_REVISED_BY and not re.search(r"[;:]", window) \
            and all(last[key] < 0 for key in ("target", "projection", "realization", "up", "down", "share", "change_noun",
                                              "change_nominal", "difference")) \
            and not words["reached"].search(window) and not words["past"].search(window):
        # 'target retribusi ditambah sebesar Rp X dari 2021, yaitu Rp Y': the target it was raised from
        return "target", "the level of a target raised or lowered by the value before it, with no cue of its own"
    projected_after = last["projection"] > last["target"] and re.search(r"[,;](?!\s*yang\b)", window[last["target"]:last["projection"]])
    if last["target"] >= 0 and last["target"] > last["realization"] and not projected_after:
        after_target = window[last["target"]:]
        past = words["past_target"].search(window)
        if past is not None and past.group("by") is not None \
                and not sized_like_the_value_reached(amount, previous or near(body, earlier, seg)) \
                or compared_to_target(after_target, words):
            return "difference", "by how much a target is exceeded or missed"
        if past is not None and past.group("by") is not None:
            return "target", TARGET_PASSED_SIZED
        if excess_of_told_target(amount, window, previous or near(body, earlier, seg), words):
            return "difference", EXCESS
        if amount.unit == "percent" and words["met"].search(window) and re.search(r"\s(?:hingga|mencapai|sampai)\s*$", after_target):
            return "share", "a percentage of the target reached ('melampaui target hingga X persen')"
        cause = words["cause"].search(after_target)
        if cause is not None and states_a_result(after_target[cause.end():], words):
            pass  # 'mengejar target itu berat karena ekspor April hanya tumbuh 9 persen': the reason is a result
        elif told_as_now(after_target, words, later=lambda: of_a_later_period(body, seg, amount, words, published)):
            pass  # 'capaian terhadap target tahunan baru 46,6 persen': where it stands now, not the target
        elif words["met_then_contrast"].search(after_target):
            pass  # 'target tanam terlampaui; tapi X ton gabah belum dibeli': another clause, not the target's value
        elif words["met_target_goes_on"].search(after_target) and met_target_word(window, last["target"], words) \
                and not met_target_aimed(window, last["target"], words):
            pass  # 'mencapai target dengan memasok X ton jagung', 'melampaui target dengan nilai investasi X': what met it
        elif reached_told_again(amount, window, last["target"], previous or earlier, words):
            return "realization", "the value reached told again after the target it met ('... lampaui target, totalnya X')"
        elif change > last["target"] and words["clause_after_target"].search(window, last["target"], change):
            pass  # 'baru 54,9% dari target APBN 2019, dan hanya tumbuh 7,3%': the target's clause closed, a change of its own
        elif not re.search(r"\bdari\s+(?:nilai|realisasi|capaian|jumlah|angka)\b", after_target, re.I):
            return "target", TARGET_WORD_BEFORE
    if previous is not None and previous.type == "target" and amount.unit == "percent" and not words["contrast"].search(window) \
            and next_target_item(window, words):
        return "target", "the next item of the list of targets before it (its own measure named, then the value)"
    if proposed is not None:
        return "target", proposed
    if set_for_a_year(body, seg, amount, words, published):
        return "target", "a quantity set for a year ('menetapkan cadangan X untuk 2025'): a goal to fill, a target"
    aspired = aspired_in_sentence(body, seg, amount, words, published)
    if aspired is not None and aspired[0] == "running end":
        return "projection", RUNNING_END
    if aspired is not None and aspired[0] == "belief":
        return "projection", f"a belief about an outcome ('{aspired[1]}'): a projection"
    if aspired is not None:
        return "target", f"a value aimed at ('{aspired[1]}'): a target"
    if projected_in_sentence(body, seg, amount, words):
        return "projection", "projection word earlier in the sentence"
    if conditional_before(body, seg, amount, words):
        return "projection", "stated under a condition ('kalau ... bisa')"
    if previous is not None and previous.type == "target" and amount.unit == "percent" \
            and words["list_continues"].fullmatch(window) and not words["list_ends"].search(window) and not states_a_result(window, words) \
            and not words["contrast"].search(window):
        return "target", "continues the list of targets before it"
    introduced = introduced_kind(lex, body, seg, amount, last, previous or earlier, words)
    if introduced is not None:
        return introduced
    listed = near(body, earlier, seg) if previous is None else None
    if listed is not None and listed.type == "target" and target_list_goes_on(lex, body, seg, amount, listed, words):
        return "target", "continues the list of targets of the sentence before"
    if amount.unit == "percent":
        return percent_kind(body, amount, window, after, last, previous, earlier, seg, words)
    if last["realization"] < 0 and previous and previous.kind in ("target", "projection") \
            and not words["past"].search(window) \
            and (not str(previous.why.get("kind", "")).endswith(PROGRAMME_AIM) or words["served_listed"].fullmatch(window)) \
            and not told_as_now(window, words, after_amount=True, later=lambda: of_a_later_period(body, seg, amount, words, published)) \
            and not reached_against_target(body, seg, previous, window, after, words):
        # '..., dari target Rp 570 miliar, kita sudah sampai pada Rp 666 miliar': a word of the
        # past between them reports what was reached, not the next value aimed at
        return previous.kind, f"continues the {previous.kind} before it"
    return amount_kind(body, amount, window, last, previous, earlier, words, seg)


SHARE_OF_MEASURED_TARGET = ("the share of the value told before in the target it is measured against, after that target "
                            "('X dari target Y atau Z persen')")


def share_of_measured_target(body: str, seg: Segment, target: Figure, window: str, words, amounts: list[Amount]) -> bool:
    """'terealisasi Rp X dari target Rp Y atau Z persen': a percentage told with 'atau' right after a
    target that a value before it in the sentence is measured against ('dari target', 'terhadap sasaran': lexicon
    target_measured_phrases; the whole set aside, measured_whole_nouns) is that value's share of the target, not
    the target told again; with a change word ('target US$ X atau naik 8 persen') it is the target's own change."""
    if words["up"].search(window) or words["down"].search(window) or target.evidence is None:
        return False
    start = max(seg.start, target.evidence.start - 40)
    # the latest opener (the whole's first where both start at one place)
    opener = max((*words["measured_whole"].finditer(body, start, target.evidence.end),
                  *words["measured_against"].finditer(body, start, target.evidence.end)), key=lambda m: m.start(), default=None)
    if opener is None or re.search(r"\d", body[opener.end():max(opener.end(), target.evidence.start)]):
        return False
    return any(a.end <= opener.start() for a in amounts)  # a value of the sentence told before the opener


MEASURED_WHOLE = ("the whole a value told before is out of, set aside, committed or planned ('64 persen dari alokasi X'): "
                  "the goal it is measured against, a target")


def measured_whole(body: str, seg: Segment, amount: Amount, window: str, after: str, previous: Figure | None,
                   words) -> bool:
    """'Penyaluran sudah 41.200 ton, atau 64 persen dari alokasi 64.000 ton', 'gabah 7.300 ton, kira-kira 35 persen dari
    komitmen serapan gudang pada musim ini yang N ton', 'Dari alokasi 9.000 ton, yang tersalur baru X': the amount
    right after a noun of what is set aside, committed or planned (lexicon measured_whole_nouns), named as the whole
    a value is out of (measured_whole_openers), is the goal that value is measured against. Nothing between the noun
    and the amount that ends the clause or tells a result ('dari alokasi yang sudah tersalur X' is the result);
    only after a share or a value the sentence tells reached before it, or with a word of a result after the amount
    (the sentence opened by the whole); never a whole its clause tells signed ('dari komitmen pembelian X yang
    diteken': a deal, signed_deal_words), nor one a relative clause after the amount tells a result or past event of
    ('dari anggaran Rp X yang dicairkan tahun lalu', 'yang sudah masuk': measured_whole_event_verbs and the words of
    realisation, reaching or the past), nor the whole a value comes from ('bersumber dari anggaran X'). A share
    ('N persen dari alokasi X') or a value the sentence tells reached may be measured against it; a change ('naik N
    persen dari anggaran tahun lalu X') is measured from it, no goal."""
    found = None
    for found in words["measured_whole"].finditer(window):
        pass
    if found is None:
        return False
    between = window[found.end():]
    lo, hi = clause_of(body, seg, amount.start, amount.end)
    if re.search(r"[,;:()]", between) or any(words[key].search(between) for key in ("realization", "reached", "past", "so_far")) \
            or words["whole_event"].search(between) or words["signed_deal"].search(body, lo, hi) \
            or words["whole_source"].search(window, 0, found.start()):
        return False
    relative = words["relative_pronoun"].search(body[amount.end:hi])  # ('Rp X yang dicairkan tahun lalu', 'yang masuk pada 2022')
    if relative and any(words[key].search(body, amount.end + relative.end(), hi)
                        for key in ("whole_event", "realization", "reached", "past", "so_far")):
        return False
    if previous is not None and previous.type == "figure":
        if previous.kind == "share":
            return True
        if previous.unit == "percent" or previous.kind == "growth":
            return False  # 'naik 20 persen dari anggaran tahun lalu X': a change measured from it
        told = body[seg.start:previous.evidence.end] if previous.evidence else ""
        return any(words[key].search(told) for key in ("realization", "reached", "past", "so_far"))
    return previous is None and any(words[key].search(after) for key in ("realization", "reached"))


def item_name(lex: Lexicon, body: str, amount: Amount, window_start: int) -> str | None:
    """What an item of an introduced list names before its first value ('1. Kabupaten Contoh
    Rp47,9 miliar' -> 'Kabupaten Contoh', '- Kopi: USD 12,3 juta' -> 'Kopi'; the item's number,
    bullet and colon left out), '' when it names nothing there; None when the amount is no first
    value of a list's item. Its figure's label is the measure of the introducing line (else the
    one reported before the list) with this name: the item is that measure's part."""
    line_start = body.rfind("\n", 0, amount.start) + 1
    if window_start > line_start and body[line_start:window_start].strip(" -•*–·.)0123456789") \
            or introducing_line(lex, body, amount.start) is None:
        return None  # (a second value of the item: 'USD 4,2 juta (sekitar Rp66 miliar)')
    lead = ITEM_LEAD.match(body, line_start)
    return " ".join(body[lead.end():amount.start].split()).strip(" :–-,")


def introduced_kind(lex: Lexicon, body: str, seg: Segment, amount: Amount, last: dict, before: Figure | None,
                    words) -> tuple[str, str] | None:
    """An item of a list that a line of the story introduces (read.introducing_line), naming no
    kind of its own before its value ('- Kakao: USD 2,7 miliar'), is of the kind that line
    states: of the value the line states, or the item before states, when that is a target or a
    projection ('Pemkab membatasi tangkapan tahun depan 9.400 ton, dibagi ke tiap kecamatan
    sebagai berikut:'); with no value in the line nor an item before it, a target or a
    projection when the line's words name one last ('Target ekspor per komoditas pada 2025
    sebagai berikut:'; kind_words); a change when a change word names what the line measures
    (not after a level word, list_level_words: 'Tingkat pengangguran ... yang angkanya turun').
    None for any other item: a realisation, a change or a share is read from the item itself (a
    line that states a realisation, 'Hingga Mei tercatat 380 izin terbit, separuh dari sasaran,
    tersebar di:', introduces parts of it, not targets)."""
    if any(at >= 0 for at in last.values()):
        return None
    intro = introducing_line(lex, body, seg.start)
    if intro is None:
        return None
    if before is not None and intro[0] <= before.evidence.start < seg.start:
        if (before.type == "target" or before.kind == "projection") and same_unit_kind(amount, before):
            kind = "target" if before.type == "target" else "projection"
            return kind, f"an item of a list after a {kind} its introducing line or the item before states"
        if before.evidence.start < intro[1]:
            return None  # the line states a realisation (or its change, its share): the items are its parts
    text = body[intro[0]:intro[1]]
    said = {key: max((m.end() for m in words[key].finditer(text)), default=-1)
            for key in ("target", "projection", "realization", "up", "down", "change_noun", "share")}
    if said["target"] > said["realization"] and said["target"] >= said["projection"] and not words["measured_against"].search(text):
        # (not a line that measures against a target: 'Capaian realisasi terhadap target per daerah:')
        return "target", "an item of a list its introducing line names as targets"
    if said["projection"] > said["realization"]:
        return "projection", "an item of a list its introducing line names as projections"
    change = min((m.start() for key in ("up", "down", "change_noun") for m in words[key].finditer(text)), default=-1)
    level = words["list_level"].search(text)
    if amount.unit == "percent" and max(said["up"], said["down"], said["change_noun"]) > said["share"] \
            and not (level is not None and level.start() < change) and not words["measured_against"].search(text):
        # 'Komoditas dengan pertumbuhan tertinggi yaitu:' / '- Kopi 24,6 persen': each item's change;
        # not a level the line measures before its change word ('Tingkat kemiskinan di daerah yang
        # terdampak penurunan harga yakni:'), nor a value against a target
        return "growth", "an item of a list its introducing line names as changes"
    return None


def listed_decline(lex: Lexicon, body: str, seg: Segment, amount: Amount, window_start: int) -> bool:
    """An item of an introduced list, naming no change of its own, under a line that says its
    measured noun declined ('Golongan barang yang ekspornya turun paling dalam yakni:' /
    '- Pakaian jadi 14,2 persen'): its change is a fall. A line that merely names a fall
    elsewhere ('... meski angkanya turun, yakni:') makes no item negative."""
    words = lex.compiled(kind_words)
    intro = introducing_line(lex, body, seg.start)
    if intro is None or words["up"].search(body, window_start, amount.start) or words["down"].search(body, window_start, amount.start):
        return False
    return words["listed_decline"].search(body, intro[0], intro[1]) is not None


def proposal_words(lex: Lexicon) -> dict:
    """The cues of a value proposed or placed as a target (see proposed_target)."""
    fillers = words_pattern(lex.list("proposal_value_fillers"))
    # the bare object-focus stem after the one who will pursue the value ('kami usulkan', 'kita pasang'): the
    # active and passive voices put forward budgets, loans, demands and caps ('mengusulkan Rp X untuk program')
    verbs = words_pattern(lex.list("proposal_verbs") + lex.list("placing_verbs") + lex.list("revising_verbs"), suffix="")
    focus = words_pattern(lex.list("object_focus_pronouns"))
    gap = words_pattern(lex.list("proposal_gap_words") + [PERIOD_MARK])
    recipient = words_pattern(lex.list("recipient_prepositions"))
    now, realization_done = lex.list("now_adverbs"), lex.list("realization_words")
    return {
        # the verb before the value, with only pronouns, prepositions and periods between ('kami usulkan untuk
        # tahun depan Rp X'), perhaps whom it goes to ('kami usulkan kepada pemerintah pusat Rp X')
        "verb": re.compile(rf"\b{focus}\s+(?P<verb>{verbs})\b(?:\s+{gap})*"
                           rf"(?:\s+{recipient}(?:\s+[^\W\d]+){{1,3}}?(?:\s+{gap})*)?"
                           rf"(?:\s+{fillers})?\s*$", re.I),
        # 'Rp 7 triliun yang kami usulkan untuk 2026': the verb after the value, in a relative clause on it
        "verb_after": re.compile(r"\s*(?:,\s*)?" + words_pattern(lex.list("relative_pronouns"))
                                 + rf"\s+{focus}\s+(?P<verb>{verbs})\b", re.I),
        # a verb of a programme's service, its object (up to three words) and 'untuk' perhaps between
        "programme": re.compile(r"\b(?P<verb>" + words_pattern(lex.list("programme_verbs"), suffix="")
                                + r")\b(?:\s+[^\W\d]+){0,3}?(?:\s+untuk)?\s*$", re.I),
        "still_to_come": re.compile(r"\b" + words_pattern(lex.list("future_tense_words") + lex.list("plan_words")), re.I),
        "done": re.compile(r"\b" + words_pattern(lex.list("past_tense_words") + lex.list("so_far_words")
                                                  + lex.list("realization_words")), re.I),
        # done in the value's clause: 'baru' only right before the verb or the value ('baru kita usulkan 12
        # perajin'); after a noun it is 'new' ('dermaga baru')
        "done_here": re.compile(r"\b" + words_pattern(lex.list("past_tense_words") + realization_done
                                                       + [w for w in lex.list("so_far_words") if w not in now]), re.I),
        "now_before": re.compile(r"\b" + words_pattern(now) + r"\s+(?:[^\W\d]+\s+)?$", re.I),
        # 'Tahun depan Rp 3 miliar': only periods (marked), gap words and fillers before the amount
        "bare_answer": re.compile(r"[\s,:;\"'\u201c\u2018]*(?:" + gap + r"|" + fillers + r")(?:[\s,]+(?:" + gap + r"|" + fillers + r"))*[\s,]*", re.I),
        "placing": {fold(w) for w in lex.list("placing_verbs") + lex.list("revising_verbs")},
        "currencies": {str(c.get("code")) for c in lex.words.get("currencies", []) or []},
        "measures": {fold(u) for u in lex.list("measure_units")},
        "not_target": re.compile(r"\b" + words_pattern(lex.list("allocation_nouns") + lex.list("applied_for_nouns")), re.I),
        # money placed 'untuk' a use right after the value ('pasang Rp X untuk iklan'): spent, not aimed at
        "spent_on": re.compile(r"\s*(?:,\s*)?" + words_pattern(lex.list("spent_on_words")) + r"\s+(?=[^\W\d])", re.I),
        "target": re.compile(r"\b" + words_pattern(lex.list("target_words")), re.I),
    }


PERIOD_MARK = "periodmark"


def proposed_target(lex: Lexicon, body: str, seg: Segment, amount: Amount, window_start: int, frame: FrameTracker,
                    periods, announcement: Callable[[], tuple[tuple[int, int] | None, Period | None]]) -> str | None:
    """'Kita usulkan 14 paket wisata bahari untuk musim 2027', 'Bulan depan kami ajukan 35 pengrajin rotan saja',
    'Kita pasang 9.000 ton saja' after the question 'Sasaran panen musim depan seperti apa?': an amount after
    the bare object-focus stem of a verb of proposing or placing, said by the one who will pursue the value
    (lexicon object_focus_pronouns and proposal_verbs, placing_verbs; between them and the value only what
    the lexicon lets stand there, see proposal_words), is a target; in this order: never when the sentence
    names a budget or a thing applied for (allocation_nouns, applied_for_nouns: 'kami usulkan anggaran Rp 3
    miliar', 'kami ajukan kredit Rp 5 miliar') or tells it done or counted so far ('sudah kita usulkan'),
    nor when the value's own period (the one its clause names) is over at publication; a target when a
    target word before the verb in the value's clause governs it, or (verbs of proposing only) the value's
    own period is not over yet; else when it answers an interview's question about a target and names no
    period gone by. Without such a verb, a count a programme will serve (programme_to_come). The reason,
    or None. `announcement` gives the sentence before's (span, period) when it announces a target
    (figures_of_sentence works it out once per sentence)."""
    words = lex.compiled(proposal_words)
    text = body[window_start:amount.start]
    for mention in sorted(periods.mentions, key=lambda m: -m.start):  # each period said between is one gap word
        if window_start <= mention.start and mention.end <= amount.start:
            text = text[:mention.start - window_start] + PERIOD_MARK + text[mention.end - window_start:]
    if words["not_target"].search(body, seg.start, seg.end):  # a budget, a loan
        return None
    if "/" in (amount.unit or ""):
        return None  # 'Harga jual kami koreksi jadi Rp X per kilogram': a price set, no target
    verb = words["verb"].search(text)
    verb_at = window_start + verb.start("verb") if verb else amount.start
    if verb is None:
        verb = words["verb_after"].match(body, amount.end, seg.end)
    if verb is None:
        return bare_answer_to_target_question(lex, body, seg, amount, window_start, text, words, frame, periods) \
            or programme_to_come(lex, body, seg, amount, window_start, frame, periods)
    lo, hi = clause_of(body, seg, min(verb_at, amount.start), amount.end)
    if words["done_here"].search(body, lo, hi) or words["now_before"].search(body, lo, verb_at) \
            or words["now_before"].search(body, lo, amount.start):
        return None  # done or so far: 'Dua koperasi tani sudah kita usulkan bulan ini', 'baru kita ajukan 12'

    cue = f"'{verb.group('verb')}' before the value"
    published, own = frame.published, own_period(body, seg, amount, frame, periods)
    if published is None or own is not None and own.end < published:
        return None  # 'Pada 2023 kami usulkan Rp X': a proposal of a year gone by
    if words["target"].search(body, max(window_start, lo), verb_at):
        return f"{cue}, a target word before it in its clause: a value proposed as a target"
    if own is not None:
        if fold(verb.group("verb")) in words["placing"] and not (amount.is_money or amount.unit == "percent"):
            return None  # 'Tahun depan kita pasang 25 unit panel surya': things installed (money or a rate is no thing)
        use = words["spent_on"].match(body, amount.end, seg.end)
        if fold(verb.group("verb")) in words["placing"] and use and not any(m.start == use.end() for m in periods.mentions):
            return None  # 'Tahun depan kami pasang Rp X untuk promosi': money put to a use, spending ('untuk tahun depan' is none)
        return f"{cue}, for a period not over yet: a value proposed as a target"
    if any(p is not None and p.end < published for p in resolved(periods.mentions, frame)):
        return None  # the value tells of a period gone by
    announced, named = announcement()
    if announced is not None and words["target"].search(body, *announced):
        if named is not None and named.end < published:
            return None  # 'Target impor tahun lalu dievaluasi. Kami koreksi menjadi X': a period gone by
        return f"{cue}, after the sentence that announces a target with no value of its own"
    question = question_before(lex, body, seg)
    if question is None or not words["target"].search(body, *question):
        return None  # no question about a target
    return f"{cue}, answering a question about a target"


def announced_before(lex: Lexicon, body: str, seg: Segment) -> tuple[int, int] | None:
    """'Balai mengubah sasaran produksi tahun ini. "Mula-mula kita pasang X ton, lalu kami revisi
    jadi Y ton"': the span of the sentence right before, in the same paragraph, when it states no
    amount of its own: what it announces (a target, when a target word is in it) is what the
    values of the next sentence are. None when the sentence opens its paragraph or the one
    before states an amount."""
    par_start = body.rfind("\n", 0, seg.start) + 1
    ends = [m.end() for m in QUOTED_SENTENCE_STOP.finditer(body, par_start, seg.start)]
    if not ends or body[ends[-1]:seg.start].strip(" \t\"'\u201c\u2018"):
        return None
    start = ends[-2] if len(ends) > 1 else par_start
    if find_amounts(lex, body, start, ends[-1], document=True):
        return None
    return start, ends[-1]


def bare_answer_to_target_question(lex: Lexicon, body: str, seg: Segment, amount: Amount, window_start: int, text: str, words,
                                   frame: FrameTracker, periods) -> str | None:
    """'Tanya: Sasaran tahun depan berapa?' / 'Jawab: Kami naikkan sedikit. Tahun depan Rp 3 miliar, ...':
    the first amount of an answer to an interviewer's question about a target (target_words in it), told
    bare after its period (`text`, the words before it in the sentence with each period said there
    marked: only periods and the lexicon's gap words and fillers), is the target asked for; the
    sentences of the answer before it state no amount ('Belum ada angka.' may open it), and its
    period is not over at publication ('Tahun lalu USD 2 juta' reports a result)."""
    if frame.published is None or window_start != seg.start or PERIOD_MARK not in text:
        return None
    label = lex.compiled(interview_regexes)["answer_label"].match(text)  # 'Jawab: Untuk 2026 sebesar X'
    if not words["bare_answer"].fullmatch(text, label.end() if label else 0):
        return None
    par_start = body.rfind("\n", 0, seg.start)
    if par_start < 0 or find_amounts(lex, body, par_start + 1, seg.start, document=True):
        return None
    question = question_before_paragraph(lex, body, par_start)
    if question is None or not words["target"].search(body, *question):
        return None
    own = own_period(body, seg, amount, frame, periods)
    if own is None or own.end < frame.published:
        return None
    return "the first amount of an answer to a question about a target, told bare after its period"


def time_given(lex: Lexicon, body: str, seg: Segment, amount: Amount, window_start: int,
               published: dt.date | None) -> tuple[str, Period] | None:
    """'Tim itu diberi waktu tiga tahun untuk melatih 600 perajin': the amount of a task someone is given
    a span of years for (lexicon time_given_phrases, time_given_years; the number in digits or spelled
    out), right after the task's verb and object, is a target for those years counted from the year
    the sentence names before the phrase ('Pada 2021 ... diberi waktu dua tahun': 2021 and 2022), else
    from the year of publication (2026 and 2027 for a page of 2026). Not a debt, a fine or a stock to be
    settled (lexicon time_given_not_tasks: 'diberi waktu setahun untuk melunasi utang X'). The reason and
    the period, or None."""
    if published is None:
        return None
    found = lex.compiled(kind_words)["time_given"].search(body, window_start, amount.start)
    if found is None or lex.compiled(kind_words)["time_given_not_task"].search(body, found.start("task"), amount.start):
        return None
    n = found.group("n")
    years = Decimal(n) if n.isdigit() else spelled_value(n, lex.compiled(AmountGrammar))
    if years is None or years != int(years) or not 1 <= years <= 10:
        return None
    said = re.findall(r"(?<!\d)" + YEAR + r"(?!\d)", body[seg.start:found.start()])
    first = int(said[-1]) if said else published.year
    last = first + int(years) - 1
    return "a task given a span of years ('diberi waktu N tahun untuk ...'): a target", \
        Period(dt.date(first, 1, 1), dt.date(last, 12, 31))


def resolved(mentions, frame: FrameTracker) -> list[Period | None]:
    return [m.resolve(frame.frame.period, frame.published) for m in mentions]


def clause_of(body: str, seg: Segment, start: int, end: int) -> tuple[int, int]:
    """The span of the clause of the sentence that holds body[start:end]."""
    before = [m.end() for m in CLAUSE_END.finditer(body, seg.start, start)]
    after = CLAUSE_END.search(body, end, seg.end)
    return (before[-1] if before else seg.start), (after.start() if after else seg.end)


def own_period(body: str, seg: Segment, amount: Amount, frame: FrameTracker, periods) -> Period | None:
    """The period the amount's own clause names, not a comparison: the nearest before it, else the first
    after it ('Pada 2023 kami usulkan Rp X, jadi tahun depan ...': 2023)."""
    lo, hi = clause_of(body, seg, amount.start, amount.end)
    mine = sorted((m for m in periods.mentions if lo <= m.start and m.end <= hi and id(m) not in periods.comparison),
                  key=lambda m: m.start)
    near = [m for m in mine if m.end <= amount.start][-1:] or [m for m in mine if m.start >= amount.end][:1]
    return next((p for p in resolved(near, frame) if p is not None), None)


PROGRAMME_AIM = "what the programme aims at"


def programme_to_come(lex: Lexicon, body: str, seg: Segment, amount: Amount, window_start: int, frame: FrameTracker,
                      periods) -> str | None:
    """'Mulai April balai latihan kerja akan melatih 320 penjahit', 'Koperasi itu berencana membina 45
    kelompok tani lagi': a count served by a programme (lexicon programme_verbs) that is still to come is what
    the programme aims at: a target. Still to come: a word of the future or a plan before the verb in its
    clause (future_tense_words, plan_words), or the value's own period starts after publication. A service
    told in the present of this year is a report ('Tahun ini dinas melatih 300 orang, naik dari ...'); only
    counts of the served (never money, a rate, a measure: 'memfasilitasi ekspor 25 ton' is a shipment)."""
    words = lex.compiled(proposal_words)
    verb = words["programme"].search(body, window_start, amount.start)
    if verb is None or not amount.unit or amount.unit in words["currencies"] or amount.unit == "percent" or "/" in amount.unit \
            or fold(amount.unit) in words["measures"]:
        return None  # money, a rate or a measure: no count served
    cue = f"'{verb.group('verb')}' before a count"
    own = own_period(body, seg, amount, frame, periods)
    lo, hi = clause_of(body, seg, min(verb.start(), amount.start), amount.end)
    if frame.published is None and any(lo <= m.start and m.end <= hi for m in periods.mentions) \
            or own is not None and frame.published is not None and own.end < frame.published:
        return None  # 'Tahun lalu kita latih 80 nelayan' (an undated text: any period named may be over)
    if words["still_to_come"].search(body, clause_of(body, seg, verb.start(), verb.start())[0], verb.start()):
        # (an undated text too: 'balai akan melatih N penenun' tells a plan whenever it was written)
        return f"{cue}, a service still to come: {PROGRAMME_AIM}"
    if frame.published is None:
        return None
    if own is not None and frame.future(own):
        return f"{cue}, for a period that starts after publication: {PROGRAMME_AIM}"
    return None


def asked_period(lex: Lexicon, body: str, seg: Segment, frame: FrameTracker) -> Period | None:
    """'Sasaran panen musim depan seperti apa?' / 'Kita patok 9.000 ton saja.': the period an interview's question about a
    target names (a target word in it, lexicon target_words) is the period of the targets its answer
    states with no period of their own."""
    question = question_before(lex, body, seg)
    if question is None or not lex.compiled(proposal_words)["target"].search(body, *question):
        return None
    asked = [m.resolve(frame.frame.period, frame.published) for m in find_periods(lex, body, *question)]
    return next((p for p in asked if p is not None), None)


def announced_period(lex: Lexicon, body: str, announced: tuple[int, int] | None, frame: FrameTracker) -> Period | None:
    """The period the sentence announcing a target names (`announced`, the span announced_before
    found): the period of the targets the next sentence states with no period of their own."""
    if announced is None or not lex.compiled(proposal_words)["target"].search(body, *announced):
        return None
    named = [m.resolve(frame.frame.period, frame.published) for m in find_periods(lex, body, *announced)]
    return next((p for p in named if p is not None), None)


def question_before(lex: Lexicon, body: str, seg: Segment) -> tuple[int, int] | None:
    """The span of the paragraph right before the sentence's own when it is one short question (an
    interview's question before its answer) and the sentence opens its paragraph (the question is about
    the answer's first sentence only: 'Belum ada angka. Sasaran jangka panjang X tetap.' is not for the
    asked period), else None."""
    start = body.rfind("\n", 0, seg.start)
    if body[start + 1:seg.start].strip(" \t\"'\u201c\u2018"):
        return None  # not the answer's first sentence
    return question_before_paragraph(lex, body, start)


def question_before_paragraph(lex: Lexicon, body: str, start: int) -> tuple[int, int] | None:
    """The span of the paragraph before the one whose line break is at `start` when it is one
    short question (an interviewer's, attribution.is_question_line), else None."""
    while start > 0 and body[start - 1] in "\n \t":
        start -= 1
    if start <= 0:
        return None
    line_start = body.rfind("\n", 0, start) + 1
    # one line, an interviewer's question as the interview reading knows it (attribution.is_question_line)
    return (line_start, start) if is_question_line(body[line_start:start], lex.compiled(interview_regexes)) else None


def set_for_a_year(body: str, seg: Segment, amount: Amount, words, published: dt.date | None) -> bool:
    """'Bupati menetapkan cadangan jagung daerah 650 ton untuk 2027', 'kuota
    solar nelayan untuk 2027 ditetapkan 900 kiloliter': a verb of setting (lexicon quantity_setting_verbs) and the
    year the quantity is for ('untuk 2027'; set_for_year_words) in the amount's clause, for a stock or a quota
    (set_quantity_nouns) in a measure unit: a quantity to be filled, a target. Not a price, a rate, money
    or a count (a tariff, a wage, '10 desa wisata' are set, not aimed at); not a designation ('200 hektare
    lahan sebagai kawasan konservasi'; set_as_words); not an amount of a clause of its own after the verb
    ('menetapkan metodologi baru sehingga produksi ... tercatat X'); not a year already past when the
    article is published, nor a set with no year ('telah menetapkan 15 KEK')."""
    if published is None or not words["measure_unit"].fullmatch(amount.unit or ""):
        return False
    start, end = clause_of(body, seg, amount.start, amount.end)
    verb = words["sets_quantity"].search(body, start, amount.start)
    year = words["for_year"].search(body, start, end)
    if verb is None or year is None or not words["set_quantity_noun"].search(body, start, amount.start):
        return False
    if words["clause_break"].search(body, verb.end(), amount.start) or words["set_as"].search(body, start, end):
        return False
    return int(re.search(r"\d{4}", year.group()).group()) >= published.year


def met_target_word(window: str, target_end: int, words) -> bool:
    """The last target word of the window (ending at `target_end`) is in a phrase of meeting or
    exceeding it ('melampaui target', 'mencapai target'; lexicon target_met_phrases)."""
    return any(m.end() == target_end for m in words["met"].finditer(window))


def met_target_aimed(window: str, target_end: int, words) -> bool:
    """'Bank diminta mencapai target dengan penyaluran X', 'harus mencapai target dengan penjualan X':
    a word of the future, an aim, an effort, an ability, a hope or a request before the phrase of
    meeting the target (ending at `target_end`), in its clause: the meeting is still to come."""
    met = next((m for m in words["met"].finditer(window) if m.end() == target_end), None)
    if met is None:
        return False
    clause = CLAUSE_END.split(window[:met.start()])[-1]
    return any(words[key].search(clause) for key in ("not_yet", "effort", "ability", "aspiration", "request"))


def reached_told_again(amount: Amount, window: str, target_end: int, told: Figure | None, words) -> bool:
    """'Ekspor rotan 2023 mencapai US$ 31,2 juta. ... "Sudah lampaui target, totalnya US$ 31,2
    juta"': right after a word of meeting or exceeding the target (lexicon target_met_phrases, the
    last target word before the amount, only links such as 'yakni', 'totalnya' between; lexicon
    met_target_restating_links), the amount the realisation just told was is that realisation told
    again, not the target. Another value ('Capaian ini melampaui target: US$ 28 juta') is the
    target, and so is one after a target named anew ('melampaui target, sehingga target 2024 ...')."""
    return told is not None and told.type == "figure" and told.kind == "realization" \
        and told.unit == amount.unit and told.value == amount.value \
        and met_target_word(window, target_end, words) and words["met_restating"].fullmatch(window, target_end) is not None


CLAUSE_COMMA = re.compile(r",(?!\d)")  # a comma between clauses, not the decimal comma of 'Rp 60,5'
CLAUSE_END = re.compile(r"[,;.](?!\d)")  # the end of a clause, not a decimal comma or a thousands dot


def reached_against_target(body: str, seg: Segment, previous: Figure, window: str, after: str, words) -> bool:
    """'Dibanding target Rp X, omzet yang terkumpul Rp Y', 'Dari target N unit, baru M unit yang
    terealisasi': a sentence opened by the target a result is measured against (lexicon
    target_measured_phrases; or the whole set aside, measured_whole), then, after a comma, a clause with a word of reaching or of realisation
    (lexicon reached_words, realization_words) before or right after the amount: the amount is what
    was reached, not the next value aimed at. Without such a word the clause goes on with the target
    ('Dari target X, sebanyak Y dialokasikan untuk ...', 'Y diharapkan berasal dari ...')."""
    commas = [m.end() for m in CLAUSE_COMMA.finditer(window)]
    if previous.type != "target" or not commas:
        return False
    opener = words["measured_against"].search(body, seg.start, previous.evidence.end) \
        or words["measured_whole"].search(body, seg.start, previous.evidence.end)  # ('Dari alokasi X, yang tersalur Y')
    if opener is None or CLAUSE_COMMA.search(body, opener.end(), previous.evidence.end) \
            or re.search(r"[^\W_]\s*$", body[seg.start:opener.start()]):  # it opens the sentence or a clause ('Untuk 2023, dari target X')
        return False
    clause = window[commas[-1]:] + " " + CLAUSE_END.split(after, maxsplit=1)[0]
    if any(words[key].search(clause) for key in ("target", "projection", "aspiration", "not_yet")):
        return False  # 'Dari target X, Y diharapkan masuk ...', '... Y akan tersalurkan': a part planned, not reached
    return bool(words["reached"].search(clause) or words["realization"].search(clause)
                or words["issued_before"].search(window) or words["issued_after"].match(after))


def next_target_item(window: str, words) -> bool:
    """'menargetkan produksi garam 1,5 juta ton, nilai tukar nelayan 107, persentase kepatuhan
    pelaku usaha mencapai 97 persen'; 'sebagaimana target nasional, pertumbuhan ekonomi menjadi 7
    persen, menurunnya penduduk miskin 20,93 persen': after a target, a comma (or 'dan', 'serta')
    and the name of the next measure, then at most a word joining it to its value, is the next
    item of the list of targets: what the sentence says earlier (a projection, a hope) governs
    the list, and a change word names the change aimed at. Not when the window reports what was
    (a realisation, the past, 'saat ini', 'sejauh ini', a comparison), projects or supposes on
    its own, nor when a word that ends a list stands in the item's name ('dari total')."""
    if not words["next_item_start"].match(window) or not words["list_continues"].fullmatch(window):
        return False
    link = words["item_value_link"].search(window)
    name = window[:link.start()] if link else window
    if words["list_ends"].search(name) or not named_measure(words["next_item_start"].sub("", name, count=1), words):
        return False  # ', naik 77 persen': the target told again as a change, no next item
    return not any(words[key].search(window) for key in ("realization", "past", "present", "so_far", "comparison",
                                                           "projection", "conditional", "target", "difference"))


def named_measure(name: str, words) -> bool:
    """A word in `name` other than a change verb: it names the measure of a list item."""
    rest = words["down"].sub(" ", words["up"].sub(" ", name))
    return re.search(r"[^\W\d_]{2,}", rest) is not None


def told_as_now(text: str, words, after_amount: bool = False, later: Callable[[], bool] | None = None) -> bool:
    """A word of the present or of 'so far' (present_period_words, so_far_words) leading into the
    amount after a target: the amount is where things stand now ('untuk mengejar target itu,
    utilisasi yang saat ini baru 62 persen'; 'target Rp1.000 triliun dari saat ini yang masih
    Rp300 triliun'), not the value aimed at. Not when the word is far from the amount, nor when a
    verb that sets the target is there: 'target 2024 kini dinaikkan menjadi X' and 'target yang
    diumumkan hari ini sebesar X' are targets (review of what15). A word of having reached it ('sudah',
    'telah': standing_now_words) or of where a measure stands ('posisinya ... sekitar X': standing_words)
    counts only in a clause of its own after the target or its value, and not when `later()` says the
    amount's clause names a period to come."""
    now = words["now_before_amount"].search(text)
    if now is None or words["sets_target"].search(text):
        return False
    if now.group("reached") or now.group("standing"):
        # 'sudah X', 'posisinya sekitar X' report what was reached only in a clause of its own after the target
        # or its value; not of a period to come ('Target investasi tahun depan telah sekitar X'), nor with the
        # target as their subject ('Targetnya sudah X') or 'posisi' as the object of a targeting verb
        # ('menargetkan posisi utang akhir 2025 di angka X')
        return bool(re.search(r"[,;]|\d", text[:now.start()])) and not (later is not None and later())
    # 'menargetkan US$ 100 juta, termasuk ke pasar baru US$ 20 juta': after an amount of the
    # target itself (`text` starts after it, or holds it), 'baru' is the new market of a
    # sub-target, not 'so far'
    return not (now.group("adverb") and (after_amount or re.search(r"\d", text[:now.start()])))


def aimed_at(window: str, words) -> set[int]:
    """Where in the window a realisation or change word names what is aimed at, not a result:
    right after a target word it names the targeted measure ('target realisasi investasi',
    'menargetkan realisasi', 'target pertumbuhan ekspor'), and after a word of the future or of
    an aim it is not reached yet ('yang akan dicapai', 'harus tercapai'), and after a verb of aiming or
    expecting it is aimed at ('ditargetkan mencatatkan penjualan X', 'dipatok bisa mencatatkan Y'). A verb after a target
    word still reports a result ('target tercapai', 'target naik'). A target word after a
    negation ('tidak menargetkan nilai ekspor, namun ... mencapai X') sets no target."""
    targets = {m.end() for m in words["target"].finditer(window)}
    named = {m.start() for m in words["measure_noun"].finditer(window)
             if window[:m.start()].rstrip() != window[:m.start()] and len(window[:m.start()].rstrip()) in targets}
    reached = [m for m in words["realization"].finditer(window) if words["aim_before"].search(window, 0, m.start())]
    denied = [m for m in words["target"].finditer(window) if words["negated"].search(window, 0, m.start())]
    return named | {m.start() for m in reached + denied}


def in_goods_names(window: str, words) -> set[int]:
    """Where in the window a cue is part of the name of a goods group ('kendaraan dan bagiannya',
    'mesin dan bagian-bagiannya'): the name says what is counted, not what kind the amount is."""
    return {i for m in words["goods_name"].finditer(window) for i in range(m.start(), m.end())}


def conceded(window: str, words) -> set[int]:
    """Where in the window a cue sits in a concessive clause closed before the amount ('Meski
    ekspor kopi mengalami penurunan, neraca masih surplus X'): what is conceded is not what the
    amount is (starts of every word up to the comma that ends the clause)."""
    opener = words["concessive"].search(window)
    if opener is None:
        return set()
    comma = window.find(",", opener.end())
    return set(range(opener.start(), comma)) if comma >= 0 else set()


def percent_kind(body: str, amount: Amount, window: str, after: str, last: dict, previous: Figure | None,
                 earlier: Figure | None, seg: Segment, words) -> tuple[str, str]:
    """A percentage that is no target or projection: a change when a change is named (or it
    is signed, '+77,9 persen'), a share when a share is named; otherwise what the list it is
    in is, what the amount it restates is, and a part of a whole when nothing says it changed."""
    change = max(last["up"], last["down"], last["change_noun"])
    if change < 0 and previous is not None and previous.kind == "growth" and words["compared_base"].search(window) \
            and base_value(window, after, words):
        # ('naik 3,28 poin dibandingkan dengan TPK Juni yang 41,37 persen': the change is told before it; not
        # the next change of a list, 'naik 6,4% dari kuartal sebelumnya dan 2,3% dari tahun lalu', nor an origin
        # 'turun 27,5%, dari India 10,75%')
        return "realization", "the base value of the change told just before it ('naik X dibandingkan Mei yang Y')"
    if previous is not None and previous.unit != "percent" and previous.kind == "growth" and RESTATING.fullmatch(window):
        return "growth", "restates the change before it as a percentage ('turun US$ 2 juta atau setara 10%')"
    if change >= 0 and (compared := words["compared_after"].match(after)):
        # (the why quotes the article's own words of comparison, so that --explain points at the text)
        return "growth", f"a change compared with another period ('{' '.join(compared.group().split())} ...')"
    if words["rate_basis_before"].search(window) and last["share"] < 0:
        return "growth", "a rate on its own basis before it ('secara YoY mencapai X%')"
    if last["share"] >= 0 and last["share"] > change:
        return "share", "share word before it"
    if change >= 0 and share_of_change(window, last["share"], change, words):
        return "share", "a share in a change ('andil deflasi 0,07 persen'): a part of the whole change"
    if change >= 0:
        return "growth", "change word before it"
    if re.search(r"(?:^|[\s(])[+−]\s*$", window):
        return "growth", "a signed percentage"
    if previous is not None and previous.unit != "percent" and RESTATING.fullmatch(window) \
            and changed_to(body, previous, words) is not None:
        return "growth", "the size of the change to the level before it ('turun menjadi US$ 2 miliar atau 15 persen')"
    if previous is not None and previous.unit != "percent" and RESTATING.fullmatch(window):
        return "share", "restates the amount before it as a part of a whole ('US$ 2 miliar atau 15 persen')"
    if previous is not None and previous.unit == "percent" and previous.kind in ("share", "growth"):
        return previous.kind, f"continues a list of {previous.kind}s"
    if re.match(r"\s*(?:\)\s*)?,?\s*(?:atau|setara)\s+(?:setara\s+(?:dengan\s+)?)?(?:[A-Z]{2,3}\$?|Rp|\d)", after):
        return "share", "a percentage restated as an amount ('X persen atau US$ Y'): a part of a whole"
    changed = changed_outside_concession(body, seg, words)
    if not changed and words["respectively"].search(body, seg.start, amount.start):
        return "share", "a list 'masing-masing' with no change named: parts of a whole"
    listed = near(body, earlier, seg) if previous is None else None
    if listed is not None and listed.unit == "percent" and listed.kind in ("share", "growth") \
            and (listed.kind == "share" or changed or names_change(body, listed, amount, words)):
        return listed.kind, f"continues the list of {listed.kind}s of the sentence before"
    if changed:
        return "growth", "the sentence names a change"
    return "share", "a percentage with no change named: a part of a whole"


def share_of_change(window: str, share: int, change: int, words) -> bool:
    """'memberikan andil deflasi 0,07 persen', 'kontribusi pertumbuhan 1,2 persen': the change word
    right after the share word (`share`, `change`: where the last of each ends in `window`) names
    what the share is of, so the amount is a share, not the change."""
    gap = re.compile(r"\s+").match(window, share) if share >= 0 else None
    return gap is not None and any(m is not None and m.end() == change
                                   for m in (words[key].match(window, gap.end()) for key in ("up", "down", "change_noun")))


def changed_outside_concession(body: str, seg: Segment, words) -> bool:
    """The sentence names a change (up or down), other than in a concessive clause ('Meskipun
    mengalami penurunan, tiga negara asal masih besar: Jepang 18%'): what is conceded is not
    what the percentages after it are."""
    sentence = body[seg.start:seg.end]
    skip = conceded(sentence, words)
    return any(m.start() not in skip for key in ("up", "down") for m in words[key].finditer(sentence))


def names_change(body: str, listed: Figure, amount: Amount, words) -> bool:
    """The sentences after the one of the change before, up to the amount, go on with changes
    when they name a change or a comparison again ('Impor juga mengalami penurunan. Di mana ...
    sebesar 49 persen', 'Perkembangan Maret terhadap Februari sebesar 222 %'); when they do not
    ('Migas 4,43 persen.', 'Kemiskinan pun di 9%.') they are on parts of a whole."""
    end = QUOTED_SENTENCE_STOP.search(body, listed.evidence.end, amount.start)
    start = end.end() if end else listed.evidence.end
    return any(words[key].search(body, start, amount.start) for key in ("change_noun", "change_nominal", "comparison"))


def sentence_ends(body: str, start: int, end: int, words) -> int:
    """How many sentences end between start and end: a full stop, '!' or '?' before a space,
    not after an abbreviation or an initial ('PT. ', 'J. '), nor a number's dot ('1.000')."""
    return sum(1 for m in QUOTED_SENTENCE_STOP.finditer(body, start, end)
               if not words["abbreviated"].search(body, max(start, m.start() - 12), m.start() + 1))


def closed_relative_change(window: str, change: int, words) -> bool:
    """The change word ending at `change` is said in a relative clause on the subject ('Harga emas yang
    sempat rontok kini dijual Rp 1,2 juta'; the pattern of listed_decline, with up words too) and a
    predicate of its own comes between it and the amount: the clause's change is not the amount's."""
    rel = [m for key in ("relative_change_down", "relative_change_up") for m in words[key].finditer(window)
           if m.end() == change]
    return bool(rel) and re.search(r"[^\W\d]{3,}", words["by_amount_gap"].sub(" ", window[change:])) is not None


def amount_kind(body: str, amount: Amount, window: str, last: dict, previous: Figure | None,
                earlier: Figure | None, words, seg: Segment) -> tuple[str, str]:
    """An amount of money or things: a change when a change is its subject ('kenaikan ...
    sebesar US$ 2 juta', 'turun US$ 1 miliar') or it restates a change ('naik 3 persen atau
    setara US$ 1 juta'), or continues a list of changes; otherwise the level reached."""
    change = max(last["up"], last["down"])
    to_level = r"\b(?:dari|dibanding\w*|ketimbang|menjadi|jadi|ke|sampai|pada\s+level|di\s+level|tinggal|nilainya|tersisa)\b|\bdi\s*kisaran\s+angka|\b(?:di|pada|ke)\s+angka\b"
    if change >= 0 and change > len(window) - 25 and last["realization"] < change \
            and not re.search(to_level + r"|\bhingga\b", window[change:], re.I) \
            and not closed_relative_change(window, change, words):
        return "growth", "a change verb right before it: an absolute change"
    noun = max(last["change_noun"], last["change_nominal"])
    if noun >= 0 and noun > last["realization"] and noun >= change \
            and not re.search(to_level + r"|\byang\s+(?:mencapai|tercatat|sebesar|senilai)\b", NAMED_WITH_DARI.sub("", window[noun:]), re.I) \
            and not OWN_RELATIVE_CLAUSE.search(window, noun):
        return "growth", "a change noun is its subject ('kenaikan ... sebesar'): an absolute change"
    if previous is not None and previous.kind == "growth" and previous.unit == "percent" and RESTATING.fullmatch(window):
        return "growth", "restates the percentage change before it as an amount"
    listed = previous if previous is not None else None
    if listed is not None and listed.kind == "growth" and listed.unit == amount.unit and words["list_continues"].fullmatch(window) \
            and not words["list_ends"].search(window) \
            and last["realization"] < 0 and not words["reached"].search(window):  # ('padahal tahun lalu hanya tercapai X': a result)
        return "growth", "continues a list of changes"
    listed = near(body, earlier, seg) if previous is None else None
    if listed is not None and changes_go_on_from_sentence_before(body, amount, window, last, listed, words):
        return "growth", "continues the list of changes of the sentence before ('Selanjutnya X US$ 2 juta')"
    if last["realization"] >= 0:
        return "realization", "a realisation word before it"
    return "realization", NO_CUE


NO_CUE = "a level with no change, share or target named"
FUTURE_LEVEL = "a level with no cue, of a period its sentence names in a year after publication's: a projection"
TARGET_WORD_BEFORE = "target word before it"  # a target named anew, not one told again
# 'pelemahan terjadi pada kelompok besi dan baja, yang tetap menyumbang X': after the change noun, a
# relative clause of its own on the item the change is said of; its amount is that item's level
OWN_RELATIVE_CLAUSE = re.compile(r",\s*yang\s+(?:[^\W\d]+\s+){1,3}(?=\S*$)", re.I)


def changes_go_on_from_sentence_before(body: str, amount: Amount, window: str, last: dict, listed: Figure, words) -> bool:
    """The first amount of a sentence goes on with the list of changes of the sentence just
    before ('... gandum US$ 8,5 juta. Selanjutnya, kedelai US$ 3,2 juta'): the change before is
    of the same unit, this amount has no cue of its own, no other sentence stands between, the
    sentence opens as the next item ('Selanjutnya', 'Kemudian') naming only the item, and no
    word ends the list."""
    return listed.kind == "growth" and listed.unit == amount.unit and max(last.values()) < 0 \
        and sentence_ends(body, listed.evidence.end, amount.start - len(window), words) <= 1 \
        and (opened := words["list_goes_on"].match(window)) is not None and words["list_continues"].fullmatch(window, opened.end()) is not None \
        and not words["list_ends"].search(window)


# an item whose name has 'dari' in it, its amount right after ('Kayu, Barang dari Kayu sebesar X'):
# the 'dari' is no base value ('turun dari X')
NAMED_WITH_DARI = re.compile(r"\bdari\s+(?:\w+\s+){1,3}(?:sebesar|senilai)\s+$", re.I)


# spaces possessive (\s*+): a long run of spaces must not be split between the optional parts
# in every way (polynomial backtracking: one 9 KB fuzz case took 24 s; issue 12)
RESTATING = re.compile(r"\s*+(?:\(|,)?\s*+(?:atau|setara|yaitu|yakni)?\s*+(?:setara\s++(?:dengan\s++)?)?(?:dengan\s++)?"
                       r"(?:sekitar|sebesar|hanya|cuma|sekira)?\s*+", re.I)
def list_continues(lex: Lexicon) -> re.Pattern:
    """The words between one item of a list and the next value: the year of the item before may
    stand first ('X pada tahun A dan Y pada tahun B'; lexicon list_year_prepositions, year_nouns)."""
    year = (words_pattern(lex.list("list_year_prepositions")) + r"\s++(?:" + words_pattern(lex.list("year_nouns"))
            + r"\s++)?(?:19|20)\d\d\b\s*+")
    return re.compile(r"\s*+(?:" + year + r")?(?:,|;)?\s*+(?:dan|serta)?\s*+(?:[^\d,;.()]{0,60}?)\s*+(?:\([^()\d]{0,30}\)\s*+)?(?:sebesar|senilai|yaitu)?\s*+", re.I)


TARGET_RESTATED = re.compile(r"\s*(?:,\s*)?atau\s+(?:\w+\s+)?(?:sekitar\s+|sebesar\s+)?", re.I)


def states_a_result(text: str, words) -> bool:
    """Words that report what happened, not what is aimed at: a realisation ('tercatat',
    'realisasi'), a change ('naik', 'penurunan') or a comparison."""
    return any(words[key].search(text) for key in ("realization", "up", "down", "change_noun", "past")) \
        or bool(words["comparison"].search(text))


NAME_WORD = re.compile(r"\b[A-Z][\w-]*")


def same_unit_kind(amount: Amount, listed: Figure) -> bool:
    """Money after money (any currency, per any unit), else the very unit of the figure listed."""
    if amount.is_monetary or is_money_unit(listed.unit):
        return amount.is_monetary and is_money_unit(listed.unit)
    return amount.unit == listed.unit


def target_list_goes_on(lex: Lexicon, body: str, seg: Segment, amount: Amount, listed: Figure, words) -> bool:
    """A list of targets goes on into the next sentence ('Menteri menargetkan produksi 30 juta
    ton.' then '\u201cKonsumsi ikan 61 kg/kapita, produksi garam 1,5 juta ton,\u201d lanjutnya'): the
    sentence opens as the next item (a quote going on, 'Kemudian', 'Lalu', 'Selain itu'), names
    no cue of its own before the amount, reports no result, and names no period other than the
    target's. After an opener of a ranking ('Disusul', 'Diikuti'; lexicon ranking_openers) the
    amount is of the listed unit's kind: 'Diikuti 150 eksportir' (or 'Diikuti oleh Kementerian X
    dengan 150 eksportir') after a target in money tells who took part."""
    if sentence_ends(body, listed.evidence.end, seg.start, words) > 1:
        return False  # a sentence between: the list has ended
    if words["measured_against"].search(body, max(0, listed.evidence.start - 40), listed.evidence.end):
        return False  # a target a result is measured against ('X persen dari target Y') opens no list of targets
    if not words["list_goes_on"].match(body, seg.start, amount.start):
        return False  # a sentence of its own, not the next item: 'Ekspor kopi pada 2023 mencapai ...'
    ranked = words["ranking_goes_on"].match(body, seg.start, amount.start)
    if ranked is not None and not same_unit_kind(amount, listed):
        return False  # 'Diikuti 150 eksportir dari 20 provinsi' after a target in money: who took part, no next item
    before = body[seg.start:amount.start]
    if states_a_result(before, words) or words["target"].search(before) or words["present"].search(before) \
            or words["so_far"].search(before) or words["out_of"].search(before):
        return False
    if amount.unit == "percent" and words["contribution"].search(before):
        return False  # 'kota itu menyumbang separuh lebih ekspor provinsi': a part's share of a whole
    if words["conditional"].search(before):
        return False  # '"Asal kurs stabil di level X, sasaran itu aman"': a condition, no item
    if lex.compiled(proposal_words)["not_target"].search(before):
        return False  # '"Dana pelatihan yang kami ajukan kira-kira Rp X"': a budget, a loan, no target
    for mention in find_periods(lex, body, seg.start, seg.end):
        if mention.relative == "offset" and mention.offset < 0 or mention.relative == "same_period_previous_year":
            return False
        period = mention.resolve(listed.period, None)
        if period is not None and period != listed.period:
            return False  # another period ('sampai Agustus', 'tahun lalu'): progress or a past result
    return True


def near(body: str, earlier: Figure | None, seg: Segment) -> Figure | None:
    """The figure just before this sentence, when it is in the same or the previous paragraph
    and close: a list may go on in the next sentence ('Kedua, ... 10,7 persen')."""
    if earlier is None or seg.start - earlier.evidence.end > 400:
        return None
    return earlier if len(re.findall(r"\n\s*\n", body[earlier.evidence.end:seg.start])) <= 1 else None


def conditional_before(body: str, seg: Segment, amount: Amount, words) -> bool:
    """'Tahun depan kalau kita rata-ratakan naik 2,5 persen', 'jika harga pulih, ekspor bisa
    ...': a condition earlier in the sentence (not 'jika dibandingkan') with no realisation after
    it, and something possible or future: a word of ability or of the future between the
    condition and the amount, or a year ahead named before the amount. Without one, 'kalau' and
    'jika' open no hypothesis: a that-clause ('mengatakan, kalau nilai ekspor Oktober mencapai
    X'), a topic ('Kalau untuk ekspor, frekuensinya 1 kali') or a way of counting ('bila
    dikonversikan bernilai X') reports what was."""
    conditions = [m.end() for m in words["conditional"].finditer(body, seg.start, amount.start)]
    realized = [m.end() for m in words["realization"].finditer(body, seg.start, amount.start)]
    if not conditions or max(conditions) <= max(realized, default=-1):
        return False
    return bool(words["possible"].search(body, max(conditions), amount.start)
                or words["year_ahead"].search(body, seg.start, amount.start))


GAP_AGAINST_TARGET = "'selisih/kelebihan' against a target: a gap, not a change"
TARGET_AFTER = re.compile(r"\s*(?:dengan|dari|dibanding\w*)\s+(?:\w+\s+)?(?:target|sasaran)", re.I)


def gap_against_target(last: dict[str, int], after: str) -> bool:
    """A word of difference is said against a target: one was named before it in the window, or one follows the value
    ('selisih X dari target', 'kelebihan X dibanding sasaran')."""
    return last["target"] >= 0 or TARGET_AFTER.match(after) is not None


GAP_RIGHT_BEFORE = re.compile(r"\s*+(?:[^\W\d]+\s+){0,2}")  # 'selisih X', 'kekurangan sebesar X', 'selisih kurang lebih X'


def sized_like_the_value_reached(amount: Amount, reached: Figure | None) -> bool:
    """'Angka itu melampaui target sebesar US$ 85 juta' after a realisation of US$ 90 juta: 'sebesar' gives the target
    itself, not by how much it was passed, when the value is at least half the value reached just before, in its unit
    (a gap that large would put the target near nothing or past twice the value)."""
    return reached is not None and reached.type == "figure" and reached.kind == "realization" \
        and reached.unit == amount.unit and reached.value > 0 and amount.value >= reached.value / 2


def compared_to_target(after_target: str, words) -> bool:
    """'realisasi di atas target, lebih tinggi Rp X': by how much a target is exceeded or missed.
    Not a target described as higher ('mengajukan target yang lebih besar, yaitu Rp X', 'memikul target
    giling lebih besar, yaitu X ton': the measure's name may stand between)."""
    more = words["more_than"].search(after_target)
    return more is not None and not words["higher_target"].match(after_target)


def excess_of_told_target(amount: Amount, window: str, told: Figure | None, words) -> bool:
    """'... dari target Rp 800 miliar. Dengan begitu pajak daerah melampaui target sekitar
    Rp 45 miliar': right after 'melampaui/melebihi target' and an approximation, an amount of the unit
    of the target just told, and under half of it, is by how much it was exceeded, not the target told
    again nor a new one ('melampaui target Rp 600 miliar' with no target told before is the target;
    'melampaui target Rp 200 miliar yang dipasang untuk sektor itu', with no approximation, a part's own
    target)."""
    past = words["past_target"].search(window)
    return told is not None and told.type == "target" and told.unit == amount.unit and told.value > 0 \
        and past is not None and past.group("approx") is not None and amount.value * 2 < told.value


DARI_AFTER_CHANGE = re.compile(r"^\w*\s+(?:\w+\s+)?dari\b", re.I)
NEW_VALUE_AFTER = re.compile(r"\s*(?:,\s*)?(?:menjadi|jadi|ke)\b", re.I)


def base_value(window: str, after: str, words) -> bool:
    """The amount is the value a change is measured from ('turun dari X', 'dibanding Februari
    X'; `window` opens at the change word), not the change itself ('turun dibandingkan Agustus
    sebesar 20 persen') nor the amount of an item whose name has 'dari' in it ('turun ... Barang
    dari Kayu sebesar X'): see kind_words "amount_named_after_base"."""
    if not words["base_value"].search(window):
        return False
    return not words["amount_named_after_base"].search(window) or bool(DARI_AFTER_CHANGE.match(window) or NEW_VALUE_AFTER.match(after))


def target_changed(body: str, seg: Segment, amount: Amount, words) -> bool:
    """'Target ini naik 15 persen dibandingkan target tahun lalu', 'sasaran kunjungan 2026 yang hanya
    tumbuh 4 persen', 'target penjualan senilai Rp 9 miliar itu bertambah Rp 1,5 miliar': the
    noun of a target is the subject of the change right before the amount (through a demonstrative or
    'yang'), so the amount is by how much the target itself changed, a growth figure. A verb of
    targeting before the change ('ditargetkan naik 15 persen'), a change to a level ('naik menjadi X')
    or a comma between ('Target tercapai, ekspor itu naik X') is no such change."""
    found = words["target_changed"].search(body, seg.start, amount.start)
    # ('Target kami adalah ekspor yang naik 10 persen': what the target is, a change aimed at)
    if found is None or words["clause_break"].search(found.group()) or words["target_is"].search(found.group()):
        return False
    if words["sets_target_noun"].search(body, seg.start, found.start()):
        return False  # 'Kami memasang target penjualan yang tumbuh X', 'mematok target ekspor tahun ini naik X': aimed at
    if found.group("demonstrative") and words["period_word_before"].search(body, found.start(), found.start("link")) \
            and not found.group("that"):
        return False  # 'target ekspor tahun ini naik X': 'ini' names the year, no demonstrative on the target
    if not found.group("demonstrative") and words["possessed"].match(body, found.end("noun")):
        # ('Targetnya produksi yang naik X', 'Sasaran kami tahun depan ekspor yang naik X': what the target is)
        return False
    return True


def target_revised_lowering(body: str, seg: Segment, amount: Amount, words) -> bool:
    """The verb target_revised_by matched before the amount lowers the target ('sasaran produksi dipangkas N ton'); a
    word of lowering elsewhere in the sentence ('target yang sempat diturunkan ... kini dinaikkan sebesar X') does not."""
    found = words["target_revised"].search(body, seg.start, amount.start)
    verb = found and (found.group("passive") or found.group("bare") or found.group("verb"))
    return bool(verb) and words["target_lowered"].fullmatch(verb) is not None


def target_revised_by(body: str, seg: Segment, amount: Amount, words) -> bool:
    """'Target pajak hotel ditingkatkan sebesar Rp X', 'target ekspor ditingkatkan 10 persen', 'Pemkab menaikkan
    target PAD sebesar Rp 2 miliar': a verb of raising or lowering (lexicon target_raising_verbs, target_lowering_verbs)
    right before the amount, with the target noun as its subject before it (no clause break between) or as its
    object right after it, says by how much the target changed: a growth figure (0049). A clause of its own between
    ('target dinaikkan karena ekspor naik X') or a level ('dinaikkan menjadi X') is no such change."""
    found = words["target_revised"].search(body, seg.start, amount.start)
    return found is not None and not words["clause_break"].search(found.group()) and not words["target_is"].search(found.group())


def of_a_later_period(body: str, seg: Segment, amount: Amount, words, published: dt.date | None) -> bool:
    """The amount's clause names a period after the year of publication ('tahun depan', '2026'): a value
    of a period to come, not one reached so far."""
    if published is None:
        return False
    start, end = clause_of(body, seg, amount.start, amount.end)
    return any(m.group("year") is None or int(m.group("year")) > published.year
               for m in words["later_period"].finditer(body, start, end))


def aspired_in_sentence(body: str, seg: Segment, amount: Amount, words,
                        published: dt.date | None = None) -> tuple[str, str] | None:
    """'Pemerintah yakin dapat mencapai ekspor X', 'kami optimistis UKM yang bergabung bisa
    mencapai X', 'mengupayakan ekspor tahun ini mencapai X': a word of confidence followed by
    a word of ability, or a word of effort, earlier in the sentence states the amount as what
    is aimed at. Not when what follows the aim is a result (a realisation or change word, 'sudah')
    or a clause of its own ('yang', a comma: '... melampaui ekspor 2018 yang mencapai X'), nor
    when a projection word comes after it (the later word says what the amount is). Confidence
    in a that-clause ('optimistis bahwa industri dapat mencapai X') is a belief about an outcome
    someone else brings about: 'belief' (a projection), not an aim. A clause conjunction between
    the confidence and the ability ('berharap ... sebab pada 2022 hanya bisa X') breaks it too.
    Confidence in where the running period ends ('optimistis akhir tahun dapat menembus X': a word of
    confidence, then `running_period_end`, of no year or of `published`'s year) is 'running end', a
    projection. How ('aim', 'belief' or 'running end') and the words found ('berharap ... bisa'), or None."""
    text = body[seg.start:amount.start]
    aims = [(m.end(), "aim", m.group()) for m in words["effort"].finditer(text)]
    # each found once, each confidence paired with the next ability (linear in the sentence)
    abilities = list(words["ability"].finditer(text))
    ability_starts = [m.start() for m in abilities]
    breaks = sorted([m.start() for m in re.finditer(r"[,;]", text)] + [m.start() for m in words["clause_break"].finditer(text)])
    for confident in words["aspiration"].finditer(text):
        at = bisect.bisect_left(ability_starts, confident.end())
        if at == len(abilities):
            continue
        able = abilities[at]
        first_break = bisect.bisect_left(breaks, confident.end())
        if first_break == len(breaks) or breaks[first_break] >= able.start():
            how = "belief" if words["that_clause"].match(text, confident.end()) \
                or words["remaining_time"].match(text, confident.end()) else "aim"
            end = words["running_period_end"].match(text, confident.end()) if words["confident"].fullmatch(confident.group()) else None
            if how == "aim" and end is not None \
                    and (end.group("year") is None or published is None or int(end.group("year")) == published.year):
                how = "running end"  # ('yakin akhir tahun depan bisa X', 'akhir Desember 2026': a later period, the aim stays)
            aims.append((able.end(), how, f"{confident.group()} ... {able.group()}"))
    if not aims:
        return None
    end, how, cue = max(aims)
    after = text[end:]
    if words["own_clause"].search(after) or states_a_result(after, words) or words["projection"].search(after):
        return None
    return how, cue


def projected_in_sentence(body: str, seg: Segment, amount: Amount, words) -> bool:
    """A projection cue earlier in the sentence with no realisation cue after it. A realisation
    noun after the cue in the same clause ('Kami perkirakan sampai Desember realisasinya X') is
    the subject of what is projected, not a report of what was reached; a realisation verb
    ('tercatat', 'terealisasi'), a clause set against it ('namun realisasinya') or an estimate
    recalled ('Seperti yang kami perkirakan, ...') still report what was reached."""
    projected = list(words["projection"].finditer(body, seg.start, amount.start))
    if not projected:
        return False
    cue = projected[-1].end()
    realized = [m for m in words["realization"].finditer(body, seg.start, amount.start) if m.end() > cue
                and not words["aim_before"].search(body, seg.start, m.start())]  # ('dibidik membukukan X': aimed at)
    if not realized:
        return True
    if words["recalled_estimate"].search(body, seg.start, projected[-1].start()):
        return False  # 'Seperti yang kami perkirakan, realisasinya X': what was reached
    return all(words["realization_noun"].fullmatch(m.group()) and not re.search(r"[,;]", body[cue:m.start()])
               and not words["contrast"].search(body, cue, m.start()) for m in realized)


def level_after_fall(words: dict[str, re.Pattern], body: str, window: str, amount: Amount) -> bool:
    """'pertumbuhan turun menjadi 4,2 persen': the level the rate fell to, not the fall. The word of
    level stands right before the amount (the end of `window`; only hedges such as 'hanya',
    'sebesar' between), after the last word of decline; a word of contraction in the clause of that
    word ('terkontraksi menjadi 2 persen', 'Kontraksi ekspor turun menjadi ...') or a comparison after
    the amount ('turun menjadi 19 persen dibandingkan April') keeps it the fall. A level word
    further back ('turun, jadi produksi dikurangi 10 persen') names no level of this amount."""
    fall = max((m.start() for m in words["down"].finditer(window)), default=-1)
    return fall >= 0 and bool(words["rate_level"].search(window, fall)) \
        and not words["contraction"].search(window, clause_start(window, fall)) \
        and not words["compared_after"].match(body, amount.end)


def signed_value(lex: Lexicon, body: str, amount: Amount, window_start: int, kind: str,
                 like: Figure | None = None, base: bool = False) -> Decimal:
    """A decline is negative: the direction named last before the amount; with none named,
    the direction of the change it continues or restates (`like`). A minus sign written on the
    number ('berada di angka -4,10 persen', '(-1,5%)') makes it negative whatever its kind.
    The value compared with (`base`, see base_level: 'turun 3 poin dibanding Februari yang
    sebesar X', 'lebih rendah dari triwulan I sebesar X') is the level of that period: the
    direction said before the comparison is the change from it, not its sign."""
    words = lex.compiled(kind_words)
    if amount.range_with is None and MINUS_ON_NUMBER.search(body[max(window_start, amount.start - 40):amount.start]):
        return -abs(amount.value)
    if base and kind == "growth":
        return amount.value
    if amount.around:
        return amount.value  # '3,5 plus minus 1 persen': the 'minus' makes the range, no fall
    if kind in ("growth", "difference") or amount.unit == "percent" and kind == "projection":
        window = body[window_start:amount.start]
        if kind == "difference" and (words["shortfall"].search(window)
                                     or short_of_target(window, body[amount.end:amount.end + 80], words)):
            return -abs(amount.value)  # what is still to be reached: the realisation falls short
        skip = conceded(window, words)  # 'Walau turun dari bulan lalu, nilainya tetap X': not its direction
        down = max((m.end() for m in words["down"].finditer(window) if m.start() not in skip), default=-1)
        up = max((m.end() for m in words["up"].finditer(window) if m.start() not in skip), default=-1)
        sign = re.search(r"(?:^|[\s(])([+−])\s*$", window)
        if sign:
            return amount.value if sign.group(1) == "+" else -amount.value
        # 'tetap 4 persen lebih besar daripada ...': a direction said right on the amount is its own
        at = re.compile(r" {0,8}").match(body, amount.end).end()
        if amount.range_with is None and at > amount.end:
            if words["up"].match(body, at):
                return amount.value
            if words["down"].match(body, at):
                return -amount.value
        if down > up and amount.unit == "percent" and level_after_fall(words, body, window, amount):
            return amount.value
        if down > up:
            return -amount.value
        if down < 0 and up < 0 and like is not None and like.kind == kind and like.value < 0:
            return -amount.value
        if down < 0 and up < 0 and like is not None and like.unit != amount.unit and changed_to(body, like, words) == "down":
            return -amount.value  # 'anjlok menjadi Rp 410 miliar atau 12,6 persen': the size of the fall
    return amount.value


def base_level(lex: Lexicon, body: str, seg: Segment, amounts: list[Amount], index: int) -> bool:
    """A base value of the frame (the value compared with, FrameTracker.is_base) told as the level of
    the period compared with: in a relative clause on it ('dibanding TPK Februari yang sebesar X',
    lexicon relative_pronouns and relative_value_words), or after a comparative and a value of its
    unit in the same clause ('4,10 persen, lebih rendah dari triwulan I sebesar X'; lexicon
    comparative_words, comparative_adjectives). Not a value after a plain change word and the period
    compared with ('turun dibandingkan Februari sebesar 0,1 persen', 'mencapai 3,05 persen, turun
    dibandingkan Februari sebesar 0,1 persen': the size of the change), nor a value of another clause
    (lexicon contrast_clause_openers: '..., sedangkan harga gula turun dibandingkan April sebesar X'),
    nor the base of a measure that is itself a fall ('terkontraksi 2 persen, lebih dalam dibanding
    triwulan I yang sebesar X': a contraction too, lexicon contraction_words in the cue's own clause)."""
    amount, words = amounts[index], lex.compiled(kind_words)
    cues = [m for key in ("comparison", "base_cue_lead") for m in words[key].finditer(body, seg.start, amount.start)]
    if not cues:
        return False
    cue = max(cues, key=lambda m: m.start())
    # the cue's clause: from the last contrast opener before it ('..., sedangkan harga gula turun dibanding ...')
    clause_start = max([seg.start] + [m.end() for m in words["contrast_opener"].finditer(body, seg.start, cue.start())])
    # the measure compared: from the comma before the last value of the clause ('Setelah deflasi pada
    # Januari, inflasi Februari sebesar 2,1 persen, lebih rendah dari ...': the deflation is another clause)
    earlier = [a for a in amounts[:index] if clause_start <= a.start and a.end <= cue.start()]
    anchor = earlier[-1].start if earlier else cue.start()
    measure_start = body.rfind(",", clause_start, anchor) + 1 or clause_start
    if words["contraction"].search(body, measure_start, cue.start()):
        return False
    if words["relative_value"].search(body, cue.end(), amount.start):
        return True
    comparative = words["comparative_cue"].search(body[clause_start:cue.end()])
    return comparative is not None and any(a.unit == amount.unit for a in earlier)


def changed_to(body: str, figure: Figure, words) -> str | None:
    """'penjualan anjlok menjadi Rp 410 miliar', 'naik menjadi 8.450 ton': the level a change led to,
    a word of change (up or down) then a word of level right before the amount (a few words and
    'sebesar'-like hedges between at most, no other number); 'up' or 'down', or None. Only of money
    or a measure (lexicon measure_units): after a count of people or things ('turun menjadi 7,2 juta
    orang atau 4,8 persen') the percentage is the rate the count is of a whole, not a change."""
    if not (is_money_unit(figure.unit) or words["measure_unit"].fullmatch(figure.unit or "")):
        return None  # 'turun menjadi 7,2 juta orang atau 4,8 persen': of a count, the percentage is a rate, a level
    text = body[figure.evidence.start:figure.evidence.end]
    level = next(reversed(list(words["level_before_amount"].finditer(text))), None)
    if level is None:
        return None
    before = text[:level.start()]
    moves = [(m.end(), key) for key in ("up", "down") for m in words[key].finditer(before)]
    if not moves:
        return None
    end, key = max(moves)
    return key if len(before[end:].split()) <= 2 and not re.search(r"\d", before[end:]) else None


# a hyphen right on the number, after a bracket or after a word (not after a number: '5 -6' is a range)
MINUS_ON_NUMBER = re.compile(r"(?:\(|[^\d%\s]\s+)-$")


def label_stop_regex(lex: Lexicon) -> re.Pattern:
    """A word at which a figure's label stops, whatever its case (`label_stop_words`)."""
    return re.compile(word_shapes_pattern(lex.words.get("label_stop_words") or {}), re.I)


LABEL_CUT = re.compile(r"[,;:“”\"()]|\b(?:mencatat|menyebutkan|mengatakan|menjelaskan|menunjukkan|mengungkapkan)\b")


def label_for(lex: Lexicon, body: str, amount: Amount, window_start: int, seg: Segment, previous: "Figure | None",
              kind: str = "realization", last_label: str | None = None) -> str:
    """What the amount measures, as the article says it ('ekspor produk perikanan'): the noun
    phrase before it, from a known measure word where there is one, without verbs, periods or
    linking words; a share is labelled as the share of its subject in its total."""
    if amount.unit and not amount.is_monetary and amount.unit != "percent":
        counted = noun_phrase(lex, body[amount.end - len(amount.unit):seg.end], from_start=True)
        return counted or amount.unit
    label = noun_phrase(lex, body[window_start:amount.start])
    same_kind = previous is not None and previous.kind == kind
    if same_kind and (not label or len(label.split()) == 1 and fold(label) in fold(previous.what)):
        label = previous.what  # a series: '2018 surplus sebanyak ...' after the full label
    if not label:
        plain_previous = previous.what if previous is not None and previous.kind not in ("growth", "share") else None
        label = sentence_measure(lex, body[seg.start:seg.end]) or plain_previous or last_label or "nilai"
    if kind == "share":
        total = re.match(r"\s*(?:dari|terhadap)\s+(total\s+[^,.;(]{3,60}?)(?=\s+(?:sebesar|senilai|yang|pada|selama|sepanjang)\b|[,.;(]|$)",
                         body[amount.end:seg.end])
        subject = previous.what if previous is not None else label
        return f"pangsa {subject} terhadap {noun_phrase(lex, total.group(1)) or total.group(1)}" if total else f"pangsa {subject}"
    if kind == "growth":
        base = previous.what if previous is not None and previous.kind != "growth" else label
        return base if base.startswith("pertumbuhan") else f"pertumbuhan {base}"
    return label


def label_function_words(lex: Lexicon) -> frozenset[str]:
    """Words that never start or end a figure's label (`lex.compiled(label_function_words)`)."""
    return frozenset(fold(w) for w in lex.list("label_function_words"))


def noun_phrase(lex: Lexicon, text: str, from_start: bool = False) -> str:
    """The measure named at the end of a clause: from its last separator, starting at a known
    measure word (else at the first content word), stopping at a verb or linking word."""
    clause = LABEL_CUT.split(text)[0 if from_start else -1]
    clause = re.sub(r"\b(?:19|20)\d\d\b|\b(?:kuartal|triwulan|semester)\s+[IV1-4]+\b", " ", clause)
    words = clause.split()
    folded = [fold(w) for w in words]
    heads = lex.compiled(measure_heads)
    function_words = lex.compiled(label_function_words)
    stop = lex.compiled(label_stop_regex)
    start = next((i for i in range(len(words)) if heads.match(" ".join(folded[i:]))), None)
    if start is None:
        start = next((i for i, w in enumerate(folded) if w not in function_words and not month_word(lex, w)
                      and not stop.match(w) and not lex.organization(words[i])
                      and not lex.place(words[i])), len(words))
    label = []
    for word in words[start:]:
        if label and (stop.match(word) or month_word(lex, fold(word))):
            break
        label.append(word)
    while label and fold(label[-1]) in function_words:
        label.pop()
    return " ".join(label[:8]).strip(" .,-")


DASHED_WORD = re.compile(r"\w+[-–]\w+")


def month_word(lex: Lexicon, word: str) -> bool:
    months = lex.compiled(month_words)
    return word.strip("-–") in months or bool(DASHED_WORD.fullmatch(word) and word.split("-")[0] in months)


def month_words(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.mapping("months"))


def sentence_measure(lex: Lexicon, sentence: str) -> str | None:
    """The sentence's first known measure with the words that qualify it ('ekspor produk perikanan')."""
    found = lex.compiled(measure_heads).search(fold(sentence))
    return noun_phrase(lex, sentence[found.start():], from_start=True) if found else None


def measure_heads(lex: Lexicon) -> re.Pattern:
    """The known measures ('ekspor', 'surplus neraca perdagangan'), longest first."""
    return re.compile(r"\b" + words_pattern([fold(m) for m in lex.list("measures")]))


def measure_of(lex: Lexicon, label: str) -> str:
    """The measure's head concept ('ekspor', 'surplus neraca perdagangan'), to compare across
    articles: the longest known measure named in the label, else the label itself."""
    folded = fold(label)
    found = lex.compiled(measure_heads).search(folded)
    return found.group() if found else folded


class Places(list):
    """The place mentions of an article (a list of them, in their order) with what the figures
    ask of them indexed once: each figure's scope then costs the number of distinct place names
    and the mentions near it, not a scan of every mention of the article."""

    SCOPE_KINDS = ("province", "regency", "country")

    def __init__(self, body: str, places):
        super().__init__(places)
        self.by_start = sorted(range(len(self)), key=lambda i: self[i].start)
        self.starts = [self[i].start for i in self.by_start]
        self.named = {}  # the first mention of a scope place under each spelling, in order of first mention
        for place in self:
            text = body[place.start:place.end]
            if place.place.kind in self.SCOPE_KINDS and text not in self.named:
                self.named[text] = (re.compile(r"\b" + re.escape(text) + r"\b"), place)

    def between(self, start: int, end: int) -> list:
        """The mentions that start in [start, end), in their order in the list."""
        low, high = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [self[i] for i in sorted(self.by_start[low:high])]


def scope_of(body: str, start: int, end: int, places, label: str) -> str | None:
    """Where the figure is about: a place named in its label ('ekspor Jambi'), else in the
    clause before its amount."""
    places = places if isinstance(places, Places) else Places(body, places)
    for pattern, place in places.named.values():
        if pattern.search(label):
            return place.place.name
    inside = [p.place.name for p in places.between(start, end) if p.place.kind in Places.SCOPE_KINDS]
    return inside[-1] if inside else None


def evidence_for(body: str, amount: Amount, window_start: int, seg: Segment) -> Evidence:
    start = max(window_start, seg.start)
    words = list(re.finditer(r"\S+", body[start:amount.start]))
    if len(words) > 8:
        start += words[-8].start()
    while start < amount.start and body[start] in " ,;()“\"":
        start += 1
    return Evidence(start, amount.end, body[start:amount.end])


COMPARED = re.compile(r"(?:dibanding(?:kan)?|ketimbang|sejak|(?:terhadap|dari|atas)(?!\s+(?:total|keseluruhan|seluruh|target|pagu)))"
                      r"\s+(?:\w+\s+){0,7}$", re.I)


def narrows_to_a_day(first: Period | None, later: Period | None) -> bool:
    """'hingga November 2023 terealisasi Rp 118,8 miliar ... hingga 24 November 2023 terealisasi sebesar Rp118,8
    miliar': the later telling of the same amount gives the day, inside the month the first ended with, of a period
    with the same start: the more precise telling is the fact's period."""
    return first is not None and later is not None and first != later and first.start == later.start \
        and later.end < first.end and (later.end.year, later.end.month) == (first.end.year, first.end.month)


def merge_restated(figures: list[Figure], partners: dict | None = None, places=None,
                   whole_year: re.Pattern | None = None, list_item: re.Pattern | None = None,
                   name_joins: frozenset[str] = frozenset(), comments=None, body: str = "",
                   item_regexes: tuple[re.Pattern, re.Pattern] | None = None) -> list[Figure]:
    """The same figure said twice in one article (narration and quote, a range told again,
    a value rounded the second time: 'US$ 5,71 miliar' then 'US$ 5,7 miliar') is one fact; the
    second telling adds the attribution the first lacked. The same amount told of another place
    of the same kind (`told_of_another_place`) is another fact."""
    kept: list[Figure] = []
    earlier = RestatedIndex()
    partners = partners or {}
    for figure in figures:
        same = next((k for k in earlier.candidates(figure)
                     if restates_earlier(k, figure, list_item) and not told_of_another(k, figure, partners)
                     and not told_of_another_place(k, figure, places) and not another_item(k, figure)
                     and not items_of_one_sentence_list(body, k, figure, item_regexes)), None)
        if same is None:
            kept.append(figure)
            earlier.add(figure)
            continue
        had_period = same.period is not None
        if had_period and figure.period is not None and same.period != figure.period \
                and same.why.get("period", "").startswith("base value"):
            same.period, same.why["period"] = figure.period, figure.why.get("period", "") + " (told again: not the base value)"
            earlier.add_rounded(same)  # a rounded restatement must now agree with this period
        elif had_period and year_told_again_by_months(same, figure, whole_year):
            same.why["period"] = same.why.get("period", "") + " (the same precise amount told again later for " \
                f"{figure.period.start.isoformat()}..{figure.period.end.isoformat()}: the year so far, January to their end)"
            same.period = Period(same.period.start, figure.period.end)
        elif had_period and narrows_to_a_day(same.period, figure.period):
            same.why["period"] = figure.why.get("period", "") + " (told again later with the day its month ended on: " \
                f"the first telling's {same.period.start.isoformat()}..{same.period.end.isoformat()} narrowed)"
            same.period = figure.period
            earlier.add_rounded(same)
        elif had_period and figure.period is not None and same.period != figure.period:
            same.why["period"] = same.why.get("period", "") + " (the same precise amount told again later for " \
                f"{figure.period.start.isoformat()}..{figure.period.end.isoformat()}: one fact, the first telling's period)"
        if not same.why.get("period", "").endswith(NO_PERIOD):  # a count the text says has none keeps none
            if same.period is None and figure.period is not None:  # --explain says where the period came from
                same.why["period"] = f"told again later with its period: {figure.why.get('period', '')}"
            same.period = same.period or figure.period
        if not had_period and same.period is not None:
            earlier.add_rounded(same)  # now it has the period a rounded restatement must agree with
        for role in ("speaker", "agency"):  # --explain says where an attribution told only the second time came from
            if role == "speaker" and comments is not None and comments(figure) \
                    and commented_by_another_body(same, figure, name_joins):
                continue  # an official of another body who comments on the figure is not its source
            if getattr(same, role) is None and getattr(figure, role) is not None:
                setattr(same, role, getattr(figure, role))
                same.why[role] = f"told again later: {figure.why.get(role) or 'attributed there'}"
            elif same.why.get(role, "").startswith(LEAD_TOLD_AGAIN_REASON) and getattr(same, role) == getattr(figure, role):
                # the lead credited to the official for this very amount: its own telling again says so
                same.why[role] = f"told again later: {figure.why.get(role) or 'attributed there'}"
        if same.met is None:
            same.met = figure.met
        if len(figure.unit or "") > len(same.unit or "") and range_unit(figure) == same.unit:
            same.unit = figure.unit  # the range told first without its denominator: priced as told later
    lend_to_restatements(kept)
    return kept


def items_of_one_sentence_list(body: str, first: Figure, later: Figure,
                               regexes: tuple[re.Pattern, re.Pattern] | None) -> bool:
    """'Hongkong 0,5 miliar dollar AS (7,6%); Malaysia 0,5 miliar dollar AS (7,6%)': the same amount twice in one
    sentence, in two items of a list (a semicolon between them, or a comma or a joining word and items that open
    with different names) is two items' equal amounts, not one amount told again. An amount pointed back at by a
    demonstrative right after it ('; angka US$ 2,1 miliar itu tertinggi') is the first told again."""
    if not body or regexes is None or later.evidence.start < first.evidence.end:
        return False
    separator, pointed = regexes
    gap = body[first.evidence.end:later.evidence.start]
    if len(gap) > ITEM_GAP_MAX or SENTENCE_END_IN.search(gap) or not separator.search(gap) \
            or pointed.match(body, later.evidence.end):
        return False
    if ";" in gap:
        return True  # (items set apart by semicolons: 'konsentrat besi ... naik 12,24%; konsentrat besi laterit ... naik 12,24%')
    one, other = item_opening_name(body, first, separator), item_opening_name(body, later, separator)
    return one is not None and other is not None and one != other


def list_item_regexes(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """What sets list items apart (a semicolon, a comma not in a number, a colon, lexicon list_joining_words), and a
    demonstrative right after an amount (lexicon demonstratives), read once per lexicon."""
    joins = words_pattern(lex.list("list_joining_words"))
    return (re.compile(rf";|,(?!\d)|:|\b{joins}", re.I),
            re.compile(rf"\s*{words_pattern(lex.list('demonstratives'))}", re.I))


# two items of one list stand within this many characters (a long item's words and its bracket between)
ITEM_GAP_MAX = 250
SENTENCE_END_IN = re.compile(r"[.!?](?:\s|$)|\n")
ITEM_NAME = re.compile(r"[A-Z][a-z][A-Za-z-]+")  # a name, not a currency's letters ('USD', 'AS', 'Rp')


def item_opening_name(body: str, figure: Figure, separator: re.Pattern) -> str | None:
    """The capitalised word that opens the list item a figure's amount is in: right after the last item separator
    before its amount (within ITEM_REACH characters); None when the item opens otherwise ('dan nilai USD X')."""
    digit = re.search(r"\d", figure.evidence.text)
    end = figure.evidence.start + (digit.start() if digit else 0)
    head = body[max(0, end - ITEM_REACH):end]
    separators = list(separator.finditer(head))
    if not separators:
        return None
    name = ITEM_NAME.match(head[separators[-1].end():].lstrip())
    return name.group() if name else None


ITEM_REACH = 80  # an item's name and its words before the amount ('Korea Selatan sebesar')


def another_item(first: Figure, later: Figure) -> bool:
    """Two items of introduced lists naming different parts ('1. Kopi 3,5 persen' / '2. Kakao 3,5
    persen'): two facts, however equal their values (their labels hold the items' names)."""
    return "list" in first.why and "list" in later.why and first.what != later.what


def commented_by_another_body(first: Figure, later: Figure, joins: frozenset[str] = frozenset()) -> bool:
    """'BPS Provinsi X mencatat ekspor USD 143 juta', then a comment on it ('"Ekspor USD 143 juta itu
    ...," ujar Kepala Dinas Perdagangan X'): the first telling reports a body's data by its name, and
    the official who tells it again speaks for another body."""
    speaks_for = later.agency or (later.speaker.organization if later.speaker else None)
    return first.speaker is None and first.agency is not None and speaks_for is not None \
        and not of_body(first.agency, speaks_for) and not of_body(speaks_for, first.agency) \
        and not one_body_written_twice(first.agency, speaks_for, joins)


def partner_map(lex: Lexicon, body: str, figures: list[Figure]) -> dict[int, tuple[Figure | None, Figure | None]]:
    """For each figure, the amount told with it as a trait of the same item: the value of a
    quantity ('739 ribu ton dengan nilai 20 juta dolar'), or a share or restatement in brackets
    right after it ('US$ 1,9 miliar (9,39 persen)'); (before, after), None where there is none.
    Only these ties: the next item of a list, a base value or an 'atau' restatement is another
    statement, not a trait of the same item."""
    tie, amount_head = lex.compiled(partner_grammar)
    partners: dict[int, list] = {id(f): [None, None] for f in figures}
    for first, second in zip(figures, figures[1:]):
        if not 0 <= second.evidence.start - first.evidence.end <= 3:
            continue
        head = amount_head.split(second.evidence.text, maxsplit=1)[0]
        if tie.fullmatch(body[first.evidence.end:second.evidence.start] + head):
            partners[id(first)][1], partners[id(second)][0] = second, first
    return {key: (before, after) for key, (before, after) in partners.items()}


def partner_grammar(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """The words between an amount and a trait of the same item told with it: an opening bracket,
    or a word that joins a value or a volume to it (`value_words`, `companion_value_links`:
    'dengan nilai', 'senilai', 'dengan volume'), after at most three words naming the item ('410
    ribu ton batu bara dengan nilai X'); and where an amount starts in an evidence text (a
    currency sign of the lexicon, or a digit)."""
    links = [*lex.list("value_words"), *lex.list("companion_value_links")]
    signs = [token for cur in lex.words.get("currencies", []) for token in cur.get("before", []) or []]
    tie = re.compile(r"\s*(?:\(\s*|,?\s*(?:[^\W\d]+\s+){0,3}" + words_pattern(links) + r"\s*(?:sekitar\s*)?)", re.I)
    return tie, re.compile(r"(?=" + words_pattern(signs, suffix="") + r"|\d)")


def told_of_another(first: Figure, later: Figure, partners: dict) -> bool:
    """The same amount told again with another amount beside it than the first time ('Filipina
    US$ 1,9 miliar (9,39 persen)', then 'Jepang US$ 1,9 miliar (9,38 persen)'; '739 ribu ton
    dengan nilai 20 juta dolar', then '153 ribu ton dengan nilai 20 juta dolar'): the amount of
    another item that happens to be equal, not a restatement."""
    for side in (0, 1):
        one, other = partners.get(id(first), (None, None))[side], partners.get(id(later), (None, None))[side]
        if one is not None and other is not None and one is not other and one.unit == other.unit \
                and one.value != other.value:
            return True
    # ('Industri Makanan (Rp 13,3 triliun, 7,6%);' then 'Hongkong 0,5 miliar dollar AS (7,6%)': a percentage in brackets
    # right after a sum of another currency than the one told with the first is the share of another item; so is a
    # share after a sum when the first share was told with none (not a change restated after its amount: 'naik 12,5
    # persen ... Kenaikan itu setara US$ 120 juta (12,5 persen)'))
    one, other = partners.get(id(first), (None, None))[0], partners.get(id(later), (None, None))[0]
    return first.unit == "percent" and other is not None and other.unit is not None \
        and (one is None and first.kind == later.kind == "share"
             or one is not None and one is not other and one.unit is not None and one.unit != other.unit)


def lend_to_restatements(figures: list[Figure]) -> None:
    """'41,2 juta dolar AS atau sekitar Rp617 miliar': the amount in the second currency is
    the first one told again, so it has the first one's speaker and agency, also when the first
    got them only from a later telling (merged above)."""
    for figure in figures:
        source = figure.restates
        if source is None or source.speaker is None or figure.speaker is not None:
            continue
        figure.speaker, figure.why["speaker"] = source.speaker, f"restates an amount stated by {source.speaker.name}"
        if source.agency:
            figure.agency, figure.why["agency"] = source.agency, "restates an amount the body reports"


class RestatedIndex:
    """The figures kept so far, bucketed by what `restates_earlier` needs to be equal, so that
    each figure is compared with the few it could restate instead of with every earlier one:
    by unit, value and upper bound (a restatement of the same amount), and by type, unit, upper
    bound, period, kind and measure (a rounded one; its scope is checked after). Candidates come
    in the order the figures were kept, so the first match is the one a scan of all of them
    would find."""

    def __init__(self):
        self.order: dict[int, int] = {}
        self.same_value: dict[tuple, list[Figure]] = {}
        self.rounded: dict[tuple, list[Figure]] = {}

    @staticmethod
    def value_key(figure: Figure, value: Decimal | None = None) -> tuple:
        return range_unit(figure), figure.value if value is None else value, figure.value_max

    @staticmethod
    def rounded_key(figure: Figure) -> tuple:
        return figure.type, figure.unit, figure.value_max, figure.period, figure.kind, figure.measure

    def add(self, figure: Figure) -> None:
        self.order[id(figure)] = len(self.order)
        self.same_value.setdefault(self.value_key(figure), []).append(figure)
        if figure.told_as is not None:  # 'Rp 3.999.548.000 atau Rp 4 miliar': known by both values
            self.same_value.setdefault(self.value_key(figure, figure.told_as), []).append(figure)
        if figure.type == "target" and figure.value_max is not None:  # a range of targets: known by each bound told alone
            for bound in (figure.value, figure.value_max):
                self.same_value.setdefault((range_unit(figure), bound, None), []).append(figure)
        if figure.period is not None:
            self.add_rounded(figure)

    def add_rounded(self, figure: Figure) -> None:
        self.rounded.setdefault(self.rounded_key(figure), []).append(figure)

    def candidates(self, figure: Figure) -> list[Figure]:
        found = self.same_value.get(self.value_key(figure), []) + self.rounded.get(self.rounded_key(figure), [])
        return sorted({id(f): f for f in found}.values(), key=lambda f: self.order[id(f)])


def year_told_again_by_months(first: Figure, later: Figure, whole_year: re.Pattern | None = None) -> bool:
    """'pada tahun 2021 ... 93,96 persen', then the same precise amount for 'November 2021' or
    'Januari-November 2021': a year named for a reported amount that the text tells again for
    months of that year is the year so far, not the whole year (its data end with those months).
    Not a target or a projection (set for the whole year), nor a year told again for a whole year,
    nor a year said whole ('sepanjang tahun 2023 ... USD 258,82 miliar', then '... USD 258,82
    miliar itu' under 'triwulan III 2023': lexicon whole_year_phrases)."""
    if first.period is None or later.period is None or first.kind == "projection" or first.type == "target":
        return False
    year, months = first.period, later.period
    if whole_year is not None and whole_year.search(first.evidence.text):
        return False
    return year == Period.year(year.start.year) and months.start.year == months.end.year == year.start.year \
        and months != year and months.end < year.end


def range_unit(figure: Figure) -> str | None:
    """The currency of a range of prices without its denominator ('IDR' for 'IDR/kg'), the key
    under which a range told again without 'per kilogram' is found (`same_range_unit` decides)."""
    return figure.unit.split("/", 1)[0] if figure.value_max is not None and figure.unit else figure.unit


def same_range_unit(first: Figure, later: Figure) -> bool:
    """A range's bounds told again in the same unit, or in the plain currency of a range of
    prices ('Rp 9.000 hingga Rp 11.000 per kilogram', then 'antara Rp 9.000 sampai Rp 11.000');
    never a range per another denominator ('per liter' after 'per kilogram')."""
    return first.unit == later.unit or "/" not in (first.unit or "") or "/" not in (later.unit or "")


def restates_earlier(first: Figure, later: Figure, list_item: re.Pattern | None = None) -> bool:
    """`later` tells `first` again: same type, unit and value (and upper bound), periods that
    agree (a target told again as an amount with no cue of its own is still the target); or, for the same measure, scope, kind and period, a value rounded from the first
    (one is the other rounded, or the later is said to be approximate and within 5 %)."""
    periods_agree = first.period == later.period or first.period is None or later.period is None \
        or first.type == later.type == "target" and first.value == later.value \
        and later.why.get("period", "").startswith(ARTICLE_TARGET_PERIOD)  # a default, not a period named for it
    if first.value_max is not None and (range_unit(first), first.value, first.value_max) == (range_unit(later), later.value, later.value_max) \
            and same_range_unit(first, later):
        # a range told again ('target 65-70 miliar', then 'bisa 65-70 miliar' in a quote; a range of
        # prices per kilogram told again without the denominator)
        return periods_agree
    same_amount = (first.unit, first.value_max) == (later.unit, later.value_max) and told_value_again(first, later)
    if same_amount and first.type == "target" and later.type == "figure" \
            and (later.why.get("kind") == NO_CUE or later.kind == "projection"):
        # 'target US$ X miliar', then in a quote 'bisa mencapai US$ X miliar' (or 'jika ...
        # ekspor dapat menembus US$ X miliar'): the target told again; so too when the later
        # telling has only the frame's period, a part of the target's ('Sampai Mei ...'
        # then '"Kami percaya Rp X bisa diraih"')
        return periods_agree or first.period is not None and later.period is not None \
            and later.why.get("period", "").startswith("frame") \
            and first.period.start <= later.period.start and later.period.end <= first.period.end
    if first.type == later.type == "target" and first.value_max is not None and later.value_max is None \
            and first.unit == later.unit and later.value in (first.value, first.value_max) and periods_agree \
            and not later.why.get("kind", "").startswith(TARGET_WORD_BEFORE) and not next_in_a_list(first, later, list_item):
        # 'sasaran tahun depan X sampai Y', then '"Yang X itu paling
        # rendah"': a bound of the range told again, the same target
        return True
    if first.type != later.type or first.unit != later.unit or first.value_max != later.value_max:
        return False
    if told_value_again(first, later):
        return (periods_agree or one_read_as_a_base(first, later) or precise(later.value)) and not next_in_a_list(first, later, list_item) \
            and not one_amount_of_two_items(first, later)
    if first.period is None or first.period != later.period or first.kind != later.kind \
            or first.measure != later.measure or (first.scope != later.scope and later.scope is not None) \
            or first.unit == "percent" \
            or not first.value or fold(first.what) in ("nilai", ""):
        return False
    if later.qualifier == "approx":
        return abs(first.value - later.value) <= Decimal("0.05") * abs(first.value)
    # '5,7 miliar' after '5,71 miliar', '23,664 juta' after '23,66 juta': one rounds the other;
    # '52,93 juta' after '53,02 juta', as precise as the first, is another amount; so is the
    # next item of a list ('Korea US$ 20.000, dan Vietnam US$ 17.013': no rounding of the first)
    return (rounds_to(first.value, later.value) or rounds_to(later.value, first.value)) and not next_in_a_list(first, later, list_item)


def told_values(figure: Figure) -> tuple:
    """The values a figure was told with: its own, and the rounded or precise one told right
    after it ('Rp 3.999.548.000 atau Rp 4 miliar', see `one_quantity_told_twice`)."""
    return (figure.value,) if figure.told_as is None else (figure.value, figure.told_as)


def told_value_again(first: Figure, later: Figure) -> bool:
    """`later` has a value `first` was told with: its own, or the rounded or precise one told
    right after it ('Rp 3.999.548.000 atau Rp 4 miliar') when `later` is of the same measure and
    scope ('nilai barang bukti ... Rp 4 miliar' after the loss told so is another fact; 'ekspor'
    after 'nilai ekspor' is the same measure, the words of one among the other's)."""
    if later.value == first.value:
        return True
    return later.value in told_values(first) and same_measure_words(first.measure, later.measure) \
        and (later.scope is None or later.scope == first.scope)


def same_measure_words(one: str | None, other: str | None) -> bool:
    """'nilai ekspor' and 'ekspor': the words of one measure are all among the other's. A measure
    with a digit ('ke-44' of 'PKB ke-44 sudah mencapai ...') is no measure read: either agrees."""
    if one is None or other is None:
        return one == other
    if DIGIT.search(one) or DIGIT.search(other):
        return True
    a, b = set(fold(one).split()), set(fold(other).split())
    return a <= b or b <= a


def next_in_a_list(first: Figure, later: Figure, list_item: re.Pattern | None) -> bool:
    """'Belanda 0,41 miliar dolar AS serta Kanada 0,41 miliar dolar AS', 'Kukar 1 orang, dan 1 di
    Kutai Barat': the same amount told right after the first one for the next item of a list
    ('dan' and a name or the number between them, `list_item_start`) is another fact. Without the
    pattern (a caller that reads no lexicon) no telling is taken for a next item."""
    return list_item is not None and 0 <= later.evidence.start - first.evidence.end <= 2 \
        and bool(list_item.match(later.evidence.text))


def list_item_start(lex: Lexicon) -> re.Pattern:
    """What opens the next item of a list right after a value: an optional comma, a joining word
    (lexicon list_item_joiners: 'dan', 'serta') and a capital or a digit (the item's name or number)."""
    return re.compile(r"\s*(?:,\s*)?" + words_pattern(lex.list("list_item_joiners"), suffix="") + r"\s+[A-Z\d]")


def one_amount_of_two_items(first: Figure, later: Figure) -> bool:
    """One amount said of each place of a list ('Malaysia serta China masing-masing US$500 juta',
    `one_per_item`): the facts end at the same amount and are about different places."""
    return first.evidence.end == later.evidence.end and first.scope is not None and later.scope is not None \
        and first.scope != later.scope


def told_of_another_place(first: Figure, later: Figure, places) -> bool:
    """The same amount told of two places of one kind, neither named where the other is told
    ('Irak 26 ton, ..., Rusia 26 ton'; 'Aceh (2 perusahaan), Sumatra Utara (2 perusahaan)';
    'pelabuhan laut Manokwari USD0,40 juta, pelabuhan laut Sorong USD0,40 juta'): the amounts of
    two items of a list that happen to be equal, not one amount told again. A place inside another
    ('Pelabuhan Bitung' then 'Sulawesi Utara'), a destination and the exporter, or a telling that
    names the other place too, stays one fact. Marks the later figure's scope reason."""
    if not places or first.value != later.value or first.scope is None or later.scope is None \
            or first.scope == later.scope:
        return False
    kinds = {p.place.name: p.place.kind for p in places}
    if kinds.get(first.scope) != kinds.get(later.scope):
        return False
    if first.scope in places_named(places, later.evidence) or later.scope in places_named(places, first.evidence):
        return False
    later.why["scope"] = f"the amount of {first.scope} told again for another {kinds.get(later.scope)}, {later.scope}: another fact"
    return True


def places_named(places, evidence: Evidence) -> set[str]:
    return {p.place.name for p in places.between(evidence.start, evidence.end)}


def precise(value: Decimal) -> bool:
    """An amount of three significant digits or more ('Rp 3,530 triliun', '89,14 persen', '7,09
    persen'): told again on one page, it is the same amount even when the second telling reads
    another period ('per semester', 'tahun ini'); equal precise amounts for two periods are rare
    in a news story, equal round ones ('8 peserta' in 2017 and 2019) are not. Kept without a check
    of measure, kind or written years (review of what15): in the gold of 414 real pages one page
    has two facts of one precise amount and two periods, while seven pages in seven sets tell one
    amount again with a slip ('sampai November 2022' for '2023'), a relative period, or a kind
    or measure misread; each check tried cost one of those."""
    return len(value.normalize().as_tuple().digits) >= 3


def one_read_as_a_base(first: Figure, later: Figure) -> bool:
    """The same precise amount told twice with two periods, one of them only because it was
    read as the base value of a comparison ('turun 52,97 persen dibanding Maret dengan capaian
    US$ 391,66 juta', then 'dari US$ 832,86 juta menjadi US$ 391,66 juta'): one fact, and the
    base reading was the wrong one. Precise: at least four significant digits."""
    based = [f.why.get("period", "").startswith("base value") for f in (first, later)]
    return based[0] != based[1] and len(first.value.normalize().as_tuple().digits) >= 4


def rounds_to(precise: Decimal, rounded: Decimal) -> bool:
    """`rounded` is written with fewer significant digits than `precise` and is `precise`
    rounded to them ('5,71 miliar' -> '5,7 miliar')."""
    exponent = rounded.normalize().as_tuple().exponent
    if exponent <= precise.normalize().as_tuple().exponent or not rounded:
        return False
    with localcontext() as ctx:
        ctx.prec = 80
        step = Decimal(1).scaleb(exponent)
        if abs(precise - rounded) > step / 2:
            return False
        # to as many significant digits as `rounded` has: 3,41 is 3 so rounded, never 4;
        # 7,96 is 8
        digits = len(rounded.normalize().as_tuple().digits)
        unit = Decimal(1).scaleb(abs(precise).adjusted() - digits + 1)
        return abs(precise).quantize(unit, rounding=ROUND_HALF_UP) == abs(rounded)


def met_regexes(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """Phrases saying a target was met, and that it was missed."""
    return (re.compile(r"\b" + words_pattern(lex.list("target_met_phrases")), re.I),
            re.compile(r"\b" + words_pattern(lex.list("target_missed_phrases")), re.I))


def infer_met(lex: Lexicon, figures: list[Figure], body: str, segs: list[Segment]) -> None:
    """Met or missed: said in the target's sentence, or shown by a realisation of the same
    unit and period in the article; unknown otherwise."""
    met_re, missed_re = lex.compiled(met_regexes)
    realizations: dict[tuple, list[Figure]] = {}  # by unit and period, in order: not a scan of all figures per target
    for figure in figures:
        if figure.type == "figure" and figure.kind == "realization":
            realizations.setdefault((figure.unit, figure.period), []).append(figure)
    for target in (f for f in figures if f.type == "target"):
        seg = sentence_at(segs, target.evidence.start)
        text = body[seg.start:seg.end] if seg else ""
        if missed_re.search(text):
            target.met = False
        elif met_re.search(text):
            target.met = True
        if target.met is not None or target.period is None:
            continue
        actual = realizations.get((target.unit, target.period), [])
        same_measure = [f for f in actual if f.measure == target.measure]
        if same_measure:
            met_by_measure(target, same_measure)
        elif actual:
            # no realisation of the same measure: the one stated with the target ('X atau 85 persen
            # dari target Y'), else of the same place, else the one closest in size
            actual = [f for f in actual if seg and seg.start <= f.evidence.start < seg.end] or actual
            actual = [f for f in actual if f.scope == target.scope] or actual
            closest = min(actual, key=lambda f: abs(f.value - target.value) / max(abs(f.value), abs(target.value), 1))
            target.met = closest.value >= target.value
            target.why["met"] = f"realisation of the same period: {closest.evidence.text!r}"


def met_by_measure(target: Figure, realizations: list[Figure]) -> None:
    """Met when the best realisation of the same measure, unit and period reached the target, as
    the graph's shape (TargetMetAgreesWithRealization) reads it; left unknown when the realisations
    of the target's own place say otherwise (a national total against a province's target)."""
    def reached(figures: list[Figure]) -> bool:
        return max(max(f.value, f.value_max if f.value_max is not None else f.value) for f in figures) >= target.value
    verdict = reached(realizations)
    here = [f for f in realizations if f.scope == target.scope]
    if here and reached(here) != verdict:
        target.why["met"] = "unknown: realisations of the same measure in other places disagree"
        return
    target.met = verdict
    target.why["met"] = f"best realisation of the same measure and period ({len(realizations)} stated)"


def flag_implausible(figures: list[Figure], lex: Lexicon | None = None) -> None:
    """Kept, but flagged: a value beyond any plausible magnitude for its unit (the lexicon's
    `plausible_max`, about ten times the world economy in that currency), and a money figure a
    thousand times smaller than the others of its measure (a misplaced scale word). A value
    that is not a finite number never leaves the extractor."""
    figures[:] = [f for f in figures if f.value.is_finite() and (f.value_max is None or f.value_max.is_finite())]
    bounds = lex.compiled(plausible_bounds) if lex is not None else {}
    for figure in figures:
        bound = bounds.get(figure.unit, bounds.get("default"))
        if bound is not None and max(abs(figure.value), abs(figure.value_max or 0)) > bound:
            figure.plausible = False
            figure.why["value"] = f"beyond the plausible magnitude for {figure.unit} ({bound:.0E})"
    money = [f for f in figures if is_money_unit(f.unit, per_unit=False) and f.kind in ("realization", "target")]
    smallest = two_smallest_by_measure(money)
    for figure in money:
        peers = [f.value for f in smallest[(figure.unit, figure.measure)] if f is not figure][:1]  # the least of the others
        if peers and figure.value > 0 and min(peers) / figure.value >= 500:
            figure.plausible = False
            figure.why.setdefault("value", "a thousand times smaller than the other figures of its measure")


def two_smallest_by_measure(figures: list[Figure]) -> dict[tuple, list[Figure]]:
    """The two figures of least value per unit and measure (the first told, among equal values):
    the least of the others of each figure is among them, found in one pass, not a pass per figure."""
    smallest: dict[tuple, list[Figure]] = {}
    for figure in figures:
        least = smallest.setdefault((figure.unit, figure.measure), [])
        least.append(figure)
        least.sort(key=lambda f: f.value)  # stable: among equal values, the first told stays first
        del least[2:]
    return smallest


def plausible_bounds(lex: Lexicon) -> dict[str, Decimal]:
    """The lexicon's largest plausible magnitude per unit, as exact decimals."""
    return {str(unit): Decimal(str(bound)) for unit, bound in lex.mapping("plausible_max").items()}


# one dot before three digits, the whole number ('71.314', 'Rp.71.314'): grouping thousands as Indonesian writes
# them, or a decimal mark as some writers use it ('Rp.71.314 miliar' for 71,314 miliar)
ONE_DOT_GROUP = re.compile(r"(?<![\d,])(?<!\d\.)(\d{1,3})\.(\d{3})(?![.,]?\d)")
SHARE_TOLERANCE = Decimal("0.06")  # percentage points: a share printed to two decimals of rounded amounts
THOUSAND = Decimal(1000)


def dot_grouped_scaled(figure: Figure, g: AmountGrammar) -> bool:
    """The figure's number is written with one dot before three digits and a scale word after it
    ('71.314 miliar'), and was read with the dot grouping thousands (71.314 x 1000 miliar)."""
    text = figure.evidence.text
    for match in ONE_DOT_GROUP.finditer(text):
        scale = g.scale_re.match(text, match.end())
        if scale and figure.value == Decimal(match.group(1) + match.group(2)) * g.scales[fold(scale.group("scale"))]:
            return True
    return False


def share_fits(part: Decimal, whole: Decimal, share: Decimal, tolerance: Decimal = SHARE_TOLERANCE) -> bool:
    """The share (in percent) is the part over the whole, within `tolerance` percentage points (the rounding of
    the printed numbers)."""
    return whole != 0 and abs(part / whole * 100 - share) <= tolerance


MIN_TELLING_SHARE = 1  # percent: a share this small fits any amount read a thousand times too small, so it tells nothing


def arithmetic_vote(share: Figure, part: Figure, whole: Figure, ambiguous: set[int]) -> str | None:
    """'decimal' when the share is the part over the whole only with a dot-grouped number of theirs read as a
    decimal, 'grouping' when only as read, else None (neither doubted, both readings fit, none fits, or a share
    under `MIN_TELLING_SHARE`)."""
    doubted = [id(part) in ambiguous, id(whole) in ambiguous]
    if not any(doubted) or abs(share.value) < MIN_TELLING_SHARE:
        return None
    tolerance = max(SHARE_TOLERANCE, abs(share.value) / 1000)  # a share of hundreds of percent is rounded coarser
    read = share_fits(part.value, whole.value, share.value, tolerance)
    other = any(share_fits(part.value / (THOUSAND if p else 1), whole.value / (THOUSAND if w else 1), share.value, tolerance)
                for p, w in ((True, False), (False, True), (True, True)) if (not p or doubted[0]) and (not w or doubted[1]))
    if read != other:
        return "grouping" if read else "decimal"
    return None


def read_decimal_marks(lex: Lexicon, body: str, segs: list[Segment], figures: list[Figure]) -> None:
    """'realisasi ... 86,22 persen atau Rp.71.314 miliar ... dari target Rp.82,708 miliar': a writer who puts a
    dot as the decimal mark, as the text's own arithmetic shows. In a sentence with a share in percent, a
    realised amount and a target of one currency, the share is the one divided by the other; where it fits only
    with a dot-grouped number ('71.314 miliar', `dot_grouped_scaled`) read as a decimal, and no such sentence of
    the text fits only with it read as grouping, every such number of the text is read with a decimal dot (the
    value a thousand times less), --explain says so. Without arithmetic to tell, the grouping reading stays."""
    g = lex.compiled(AmountGrammar)
    ambiguous = {id(f) for f in figures if is_money_unit(f.unit, per_unit=False) and dot_grouped_scaled(f, g)}
    if not ambiguous:
        return
    by_sentence: dict[int, list[Figure]] = {}
    for figure in figures:
        seg = sentence_at(segs, figure.evidence.start)
        by_sentence.setdefault(seg.start if seg else -1, []).append(figure)
    checks = [(f, f.part, f.whole) for f in figures if f.part is not None and f.whole is not None  # 'X atau Y persen
              and is_money_unit(f.part.unit, per_unit=False) and f.part.unit == f.whole.unit]   # dari total Z'
    for group in by_sentence.values():
        shares = [f for f in group if f.unit == "percent" and f.kind == "share" and f.part is None]
        reals = [f for f in group if f.type == "figure" and f.kind == "realization" and is_money_unit(f.unit, per_unit=False)]
        checks += [(share, real, target) for share in shares for real in reals
                   for target in group if target.type == "target" and target.unit == real.unit]
    votes = [arithmetic_vote(share, part, whole, ambiguous) for share, part, whole in checks]
    decimal, grouping = votes.count("decimal"), votes.count("grouping")
    if decimal and not grouping:
        for figure in figures:
            if id(figure) in ambiguous:
                figure.value /= THOUSAND
                if figure.value_max is not None:
                    figure.value_max /= THOUSAND
                figure.why["value"] = "the dot read as the decimal mark, as the text's own shares of targets or totals show"
