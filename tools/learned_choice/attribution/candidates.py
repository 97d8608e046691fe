"""Debug hook (an experiment, not part of the extractor): the answers the text offers for the
attribution of each figure. See docs/learned-choice.md for what was measured with it.

For each figure and target the extractor emits, the organisations (agency) and the people
(speaker) it recognises around the figure, each with where it was seen: in the figure's
sentence, in its paragraph, in the earlier paragraphs (nearest first), the speaker's body, the
body and speaker the briefing continues (the attribution of the sentences before), the lead
(opening paragraph), the speaker of the quote the figure is in; plus null. The rule's own
choice is flagged. It runs the same steps as `kg.extract.extract` (keep the two in step) and
changes nothing the extractor returns; the extractor never calls it.
"""
from __future__ import annotations

import bisect
import re

from kg.extract import abbreviations
from kg.extract.attribution import attribute_sentences
from kg.extract.facts import credit_target_setters, find_figures, flag_implausible, infer_met
from kg.extract.lexicon import Lexicon, words_of, words_pattern
from kg.extract.mentions import find_organizations, find_people, find_places
from kg.extract.quotes import find_quotes
from kg.extract.read import anchor_to_text
from kg.extract.text import sentences
from kg.model import Article, Evidence, Facts, Quote

__all__ = ["attribution_candidates"]

EARLIER = 5  # earlier paragraphs looked at, nearest first
# lexicon categories whose presence in the figure's sentence (or the one before) says who reports
CUE_LISTS = ("attribution_verbs_before", "attribution_verbs_after_quote", "attribution_prepositions", "according_words",
             "speaker_pronouns", "source_prepositions", "data_source_prepositions", "agency_report_verbs",
             "agency_report_nouns", "passing_mention_words", "briefing_break_openers", "target_setting_verbs",
             "set_by_verbs", "actor_sentence_openers", "said_back_nouns", "company_name_words")


def cue_regexes(lex: Lexicon) -> dict:
    return {k: re.compile(r"(?<!\w)" + words_pattern(lex.list(k), suffix="") + r"(?!\w)", re.I) for k in CUE_LISTS if lex.list(k)}


def attribution_candidates(article: Article, lexicon: Lexicon) -> tuple[Facts, list[dict]]:
    """(the facts `extract` returns, one dict per figure of `facts.figures` in order with
    'agency' and 'speaker': {candidate name or None: {feature: value}} and 'where')."""
    body = article.body
    segs = sentences(body, lexicon.compiled(abbreviations))
    words = words_of(body)
    places = find_places(lexicon, body, words)
    orgs = find_organizations(lexicon, body, places, article.dateline_place, words)
    people = find_people(lexicon, body, segs, orgs, places, words)
    quotes = find_quotes(lexicon, body, people)
    contexts = attribute_sentences(lexicon, body, segs, people, orgs, quotes)
    figures = find_figures(lexicon, article, segs, places, contexts)
    credit_target_setters(lexicon, body, segs, orgs, figures)
    infer_met(lexicon, figures, body, segs)
    flag_implausible(figures, lexicon)
    scene = Scene(body, segs, orgs, people, quotes, contexts)
    scene.cues = lexicon.compiled(cue_regexes)
    found = [scene.of(f) for f in figures]
    from kg.extract.decrees import find_decrees
    decrees = find_decrees(lexicon, body, segs, orgs)
    quote_facts = [Quote(body[q.start:q.end], q.speaker, Evidence(q.start, q.end, body[q.start:q.end]),
                         why={"speaker": q.why} if q.why else {}) for q in quotes]
    facts = anchor_to_text(Facts(article, figures, quote_facts, decrees, people, orgs, lexicon=lexicon))
    return facts, found


class Scene:
    """The mentions of one article, indexed by sentence and paragraph."""

    def __init__(self, body, segs, orgs, people, quotes, contexts):
        self.body, self.segs, self.contexts, self.quotes = body, segs, contexts, sorted(quotes, key=lambda q: q.start)
        self.starts = [s.start for s in segs]
        self.orgs = sorted((o for o in orgs if o.kind != "media"), key=lambda o: o.start)
        self.people = [(m, p) for p in people for m in person_mentions(p)]
        self.people.sort(key=lambda mp: mp[0])
        order = list(dict.fromkeys(s.paragraph for s in segs))
        self.rank = {p: i for i, p in enumerate(order)}
        self.org_traits = traits([(o.name, o.kind, o.region) for o in self.orgs]
                                 + [(p.organization, "agency", None) for _, p in self.people if p.organization])
        self.person_traits = traits([(p.name, "person" if p.organization else "person_no_body", None) for _, p in self.people])

    def seg_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def of(self, figure) -> dict:
        at = self.seg_at(figure.evidence.start)
        seg = self.segs[at]
        para = self.rank.get(seg.paragraph, 0)
        value = figure.evidence.start
        quote = next((q for q in self.quotes if q.start - 1 <= value < q.close), None)
        agency: dict = {None: {"src_null": 1}}
        speaker: dict = {None: {"src_null": 1}}
        for o in self.orgs:
            add_mention(agency, o.name, self.where(o.start, at, para, value))
        for start, p in self.people:
            where = self.where(start, at, para, value)
            add_mention(speaker, p.name, where)
            if p.organization and where:
                add_mention(agency, p.organization, {**{"via_" + k: v for k, v in where.items() if k.startswith("src_")},
                                                     "dist_para": where["dist_para"]})
        self.briefing(agency, speaker, at)
        if quote is not None and quote.speaker is not None:
            speaker.setdefault(quote.speaker.name, {})["src_quote"] = 1
            if quote.speaker.organization:
                agency.setdefault(quote.speaker.organization, {})["src_quote_body"] = 1
        if figure.speaker is not None and figure.speaker.organization:
            agency.setdefault(figure.speaker.organization, {})["src_speakers_body"] = 1
        for name, feats in agency.items():
            feats["rule"] = int(name == figure.agency)
            feats.update(self.org_traits.get(name, {}))
        rule_speaker = figure.speaker.name if figure.speaker else None
        for name, feats in speaker.items():
            feats["rule"] = int(name == rule_speaker)
            feats.update(self.person_traits.get(name, {}))
        agency.setdefault(figure.agency, {})["rule"] = 1
        speaker.setdefault(rule_speaker, {})["rule"] = 1
        for cands in (agency, speaker):
            for name in [n for n, f in cands.items() if not any(k.startswith(("src_", "via_")) for k in f) and not f.get("rule")]:
                del cands[name]
        return {"agency": agency, "speaker": speaker,
                "where": {"paragraph": para, "sentence_in_paragraph": at - self.first_of(at), "in_quote": int(quote is not None),
                          "why": dict(getattr(figure, "why", {}) or {}), "cues": self.cue_flags(at)}}

    def cue_flags(self, at: int) -> dict:
        seg = self.segs[at]
        flags = {"here_" + k: 1 for k, rx in self.cues.items() if rx.search(self.body, seg.start, seg.end)}
        if at > 0:
            prev = self.segs[at - 1]
            flags.update({"prev_" + k: 1 for k, rx in self.cues.items() if rx.search(self.body, prev.start, prev.end)})
        return flags

    def first_of(self, at: int) -> int:
        p = self.segs[at].paragraph
        while at > 0 and self.segs[at - 1].paragraph == p:
            at -= 1
        return at

    def where(self, start: int, at: int, para: int, value: int) -> dict:
        """Where a mention at `start` is, seen from the figure's sentence `at` (empty if too far)."""
        here = self.seg_at(start)
        p = self.rank.get(self.segs[here].paragraph, 0)
        w: dict = {}
        if p == 0:
            w["src_lead"] = 1
        if here == at:
            w["src_sentence"] = 1
            w["before_value" if start < value else "after_value"] = 1
            w["dist_chars"] = abs(value - start)
        elif p == para:
            w["src_paragraph_before" if here < at else "src_paragraph_after"] = 1
            w["dist_sent"] = abs(at - here)
        elif para - EARLIER <= p < para:
            w["src_earlier"] = 1
            w["dist_para"] = para - p
        elif p == para + 1:
            w["src_next_paragraph"] = 1
        elif not w:
            return {}
        w.setdefault("dist_para", abs(para - p))
        return w

    def briefing(self, agency: dict, speaker: dict, at: int) -> None:
        """The body and speaker that the sentences before were attributed to (nearest first)."""
        seen_a = seen_s = 0
        for back in range(at - 1, -1, -1):
            ctx = self.contexts[back]
            if ctx.agency and not seen_a:
                agency.setdefault(ctx.agency, {})["src_briefing"] = 1
                seen_a = 1
            if ctx.speaker is not None and not seen_s:
                speaker.setdefault(ctx.speaker.name, {})["src_briefing"] = 1
                seen_s = 1
            if seen_a and seen_s:
                break
        ctx = self.contexts[at]
        if ctx.agency:
            agency.setdefault(ctx.agency, {})["src_context"] = 1
        if ctx.speaker is not None:
            speaker.setdefault(ctx.speaker.name, {})["src_context"] = 1


def traits(mentions: list) -> dict:
    """Per name: its kind, whether regional, its share of the article's mentions and whether it is the most named."""
    count: dict = {}
    for name, kind, region in mentions:
        t = count.setdefault(name, {"n": 0, "kind_" + (kind or "other"): 1, "regional": int(bool(region))})
        t["n"] += 1
    top = max((t["n"] for t in count.values()), default=0)
    total = sum(t["n"] for t in count.values()) or 1
    return {name: {**{k: v for k, v in t.items() if k != "n"}, "salience": t["n"] / total, "most_named": int(t["n"] == top)}
            for name, t in count.items()}


def person_mentions(person) -> list[int]:
    starts = [person.start]
    for m in person.mentions or []:
        starts.append(m if isinstance(m, int) else getattr(m, "start", m[0] if isinstance(m, tuple) else person.start))
    return sorted(set(starts))


def add_mention(cands: dict, name: str | None, where: dict) -> None:
    """Merge one mention's features into the candidate `name` (flags or'ed, distances min'ed)."""
    if not where or not name:
        return
    feats = cands.setdefault(name, {})
    for k, v in where.items():
        if k.startswith("dist"):
            feats[k] = min(feats.get(k, v), v)
        else:
            feats[k] = max(feats.get(k, 0), v)
    feats["mentions"] = feats.get("mentions", 0) + 1
